// The floor: the least any page can do with a dataset, to put the app's figures in proportion.
// It fetches the file, JSON.parses it, shows the number of events and sets the ready flag on the
// next frame: no validation, no layout, no chart. With React on the page (react.html loads the
// app's own vendor script first), the same through one React root and one state update.
(function () {
  var url = new URLSearchParams(location.search).get('data');
  var out = document.getElementById('out');
  var ready = function () {
    requestAnimationFrame(function () {
      window.__timelineReadyAt = performance.now();
    });
  };
  var load = fetch(url).then(function (res) {
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
