// The floor with a worker (worker.html): the least a page can do to read a file without parsing
// it on its main thread. A worker fetches the file, JSON.parses it and sends its events to the
// page in batches, as the app's data worker does, but checks nothing; the page (floor.js) only
// counts them. The batch size is the app's (BATCH_SIZE, src/features/dataset/pipeline.ts; a
// test keeps the two equal).
var BATCH_SIZE = 1250;
onmessage = function (e) {
  fetch(e.data.url)
    .then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    })
    .then(function (data) {
      var events = data.events;
      for (var i = 0; i < events.length; i += BATCH_SIZE) postMessage({ type: 'events', events: events.slice(i, i + BATCH_SIZE) });
      postMessage({ type: 'done' });
    })
    .catch(function (err) {
      postMessage({ type: 'error', kind: String(err) });
    });
};
