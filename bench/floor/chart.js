// The floor with the least chart (chart.html): what any page that meets the other rules
// must do before a reader can use a 10,000-event timeline. The file is read as slicechecks.html
// reads it (in slices, so no task runs long, with the app's own checks on each piece's events),
// then one React state update shows the title, a date axis formatted with Intl (the project's
// rule for dates) and a canvas with one lane per actor, the events counted per 40-pixel column and
// drawn as circles with their counts; the wheel zooms. Ready on the frame after the canvas is
// drawn, as the app. Left out, so that this stays a floor: filters, search, the overview, the
// legend, keyboard travel between events, focus, tooltips, reply arcs, labels, hit-testing.
(function () {
  var LANE_PX = 120;
  var BIN_PX = 40;
  var TICKS = 8;

  /** Events per lane and per `binPx` column over [t0, t1) drawn `width` pixels wide (lane-major). */
  function clusterCounts(times, lanes, laneCount, t0, t1, width, binPx) {
    var bins = Math.ceil(width / binPx);
    var counts = new Int32Array(laneCount * bins);
    var k = width / (t1 - t0);
    for (var i = 0; i < times.length; i++) {
      var x = (times[i] - t0) * k;
      if (x >= 0 && x < width) counts[lanes[i] * bins + Math.floor(x / binPx)]++;
    }
    return { bins: bins, counts: counts };
  }
  window.__floorClusterCounts = clusterCounts;

  var R = window.__ctReact;
  var D = window.__ctReactDOMClient;
  var out = document.getElementById('out');
  if (!R || !D || !window.__floorReadSliced) return;
  var h = R.createElement;
  var url = new URLSearchParams(location.search).get('data');
  var load = window.__floorReadSliced(url);
  load.catch(function (err) {
    window.__benchError = String(err);
  });

  function Chart(props) {
    var data = props.data;
    var canvas = R.useRef(null);
    var zoom = R.useState(1);
    var k = zoom[0];
    var width = Math.max(320, out.clientWidth);
    var model = R.useMemo(
      function () {
        var laneOf = new Map();
        data.actors.forEach(function (a, i) {
          laneOf.set(a.id, i);
        });
        var n = data.events.length;
        var times = new Float64Array(n);
        var lanes = new Int32Array(n);
        var min = Infinity;
        var max = -Infinity;
        for (var i = 0; i < n; i++) {
          times[i] = Date.parse(data.events[i].date);
          lanes[i] = laneOf.get(data.events[i].from) || 0;
          if (times[i] < min) min = times[i];
          if (times[i] > max) max = times[i];
        }
        return { times: times, lanes: lanes, t0: min, t1: max + 1, laneCount: data.actors.length };
      },
      [data],
    );
    var format = R.useMemo(function () {
      return new Intl.DateTimeFormat(document.documentElement.lang, { year: 'numeric', month: 'short' });
    }, []);
    var t1 = model.t0 + (model.t1 - model.t0) / k;
    var ticks = [];
    for (var i = 0; i <= TICKS; i++) ticks.push(format.format(new Date(model.t0 + ((t1 - model.t0) * i) / TICKS)));
    var height = model.laneCount * LANE_PX;
    R.useLayoutEffect(
      function () {
        var ctx = canvas.current.getContext('2d');
        var c = clusterCounts(model.times, model.lanes, model.laneCount, model.t0, t1, width, BIN_PX);
        ctx.clearRect(0, 0, width, height);
        ctx.font = 'bold 11px sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        for (var l = 0; l < model.laneCount; l++) {
          ctx.fillStyle = '#222';
          ctx.fillText(data.actors[l].name, 40, l * LANE_PX + 12);
          for (var b = 0; b < c.bins; b++) {
            var count = c.counts[l * c.bins + b];
            if (!count) continue;
            var x = b * BIN_PX + BIN_PX / 2;
            var y = l * LANE_PX + LANE_PX / 2;
            ctx.beginPath();
            ctx.arc(x, y, 14, 0, 2 * Math.PI);
            ctx.fillStyle = '#0072B2';
            ctx.fill();
            ctx.stroke();
            ctx.fillStyle = '#fff';
            ctx.fillText(String(count), x, y);
          }
        }
        if (k === 1)
          requestAnimationFrame(function () {
            window.__timelineReadyAt = performance.now();
          });
      },
      [model, t1, k, width, height, data],
    );
    R.useEffect(function () {
      var el = canvas.current;
      var onWheel = function (e) {
        e.preventDefault();
        zoom[1](function (v) {
          return Math.max(1, v * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
        });
      };
      el.addEventListener('wheel', onWheel, { passive: false });
      return function () {
        el.removeEventListener('wheel', onWheel);
      };
    }, []);
    return h(
      'div',
      null,
      h(
        'div',
        { style: { display: 'flex', justifyContent: 'space-between', width: width } },
        ticks.map(function (s, i) {
          return h('span', { key: i }, s);
        }),
      ),
      h('canvas', { ref: canvas, width: width, height: height, tabIndex: 0, role: 'img', 'aria-label': data.events.length + ' events' }),
    );
  }

  function App() {
    var state = R.useState(null);
    R.useEffect(function () {
      load.then(function (data) {
        state[1](data);
      });
    }, []);
    return state[0] ? h('main', null, h('h1', null, state[0].title), h(Chart, { data: state[0] })) : h('p', null, 'Loading…');
  }
  D.createRoot(out).render(h(App));
})();
