// The floor: the least any page can do with a dataset, to put the app's figures in proportion.
// It fetches the file, JSON.parses it, shows the number of events and sets the ready flag on the
// next frame: no validation, no layout, no chart. With React on the page (react.html loads the
// app's own vendor script first), the same through one React root and one state update. With
// the app's pipeline (checked.html), the same but the file is loaded by the app's data worker;
// with a bare worker (worker.html), by a worker that parses it and sends the events, checking nothing;
// read in slices on the page (slices.html), by slices.js's reader, checking nothing, or checking
// each piece's events with the app's own checks as they are parsed (slicechecks.html).
(function () {
  var url = new URLSearchParams(location.search).get('data');
  var out = document.getElementById('out');
  var ready = function () {
    requestAnimationFrame(function () {
      window.__timelineReadyAt = performance.now();
    });
  };
  // checked.html: the app's own data worker fetches, parses and checks the file and sends the
  // events over in batches, as the app receives them; worker.html: handover.js does the same
  // without checking. The page only counts them.
  var pipeline = document.currentScript && document.currentScript.getAttribute('data-pipeline');
  var sliced = document.currentScript && document.currentScript.hasAttribute('data-sliced');
  var load = sliced
    ? window.__floorReadSliced(url)
    : pipeline
    ? new Promise(function (resolve, reject) {
        var worker = new Worker(pipeline);
        var count = 0;
        worker.onmessage = function (e) {
          var m = e.data;
          if (m.type === 'events') count += m.events.length;
          else if (m.type === 'done') {
            worker.terminate();
            resolve({ events: { length: count } });
          } else if (m.type === 'error') reject(new Error('pipeline: ' + m.kind));
        };
        worker.postMessage({ url: new URL(url, location.href).href, pageUrl: location.href });
      })
    : fetch(url).then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      });
  load.catch(function (err) {
    window.__benchError = String(err);
  });
  var R = window.__ctReact;
  var D = window.__ctReactDOMClient;
  if (!R || !D) {
    load.then(function (data) {
      out.textContent = data.events.length + ' events';
      ready();
    });
    return;
  }
  function App() {
    var state = R.useState(null);
    var count = state[0];
    R.useEffect(function () {
      load.then(function (data) {
        state[1](data.events.length);
      });
    }, []);
    R.useEffect(
      function () {
        if (count !== null) ready();
      },
      [count],
    );
    return R.createElement('p', null, count === null ? 'Loading…' : count + ' events');
  }
  D.createRoot(out).render(R.createElement(App));
})();
