// vis-timeline on the same dataset as the app: fetch, map events to items and actors to groups,
// render, and set window.__timelineReadyAt (ms since navigation start) once the first render that
// shows the data is on screen. vis treats string content as HTML, so dataset strings are escaped
// first: no dataset markup ever reaches the DOM.
/* global vis */
(() => {
  'use strict';
  // The harness waits 180 s for vis at 100,000 events; give up a little before that.
  const READY_TIMEOUT_MS = 170_000;
  const status = document.getElementById('status');
  const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escapeText = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

  const fail = (message) => {
    status.textContent = `Error: ${message}`;
    window.__benchError = message;
  };

  const markReady = (how, at) => {
    if (window.__timelineReadyAt !== undefined) return;
    window.__timelineReadyAt = at;
    window.__readyHow = how;
    document.documentElement.dataset.timelineReady = 'true';
  };

  const file = new URLSearchParams(location.search).get('data');
  // Same-origin benchmark datasets only.
  if (!file || !/^\/bench-data\/[A-Za-z0-9._-]+\.json$/.test(file)) {
    fail('missing or unexpected ?data=');
    return;
  }

  fetch(file, { credentials: 'omit' })
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    })
    .then((data) => {
      const groups = data.actors.map((a) => ({ id: a.id, content: escapeText(a.name) }));
      const items = data.events.map((e) => {
        const item = { id: e.id, content: escapeText(e.title), start: e.date, group: e.from };
        if (e.dateEnd) item.end = e.dateEnd;
        return item;
      });
      status.textContent = `${data.title}: ${items.length} events`;
      const container = document.getElementById('timeline');
      const t0 = performance.now();
      const changes = [];
      window.__visChanges = changes;
      // zoomKey '' is the default, set explicitly: a plain wheel zooms, as in the app.
      const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
        stack: true,
        zoomKey: '',
      });
      window.__vis = timeline;
      window.__visConstructMs = performance.now() - t0;

      // vis draws once, hidden, with its default window (today ± 3 days); in that first 'changed'
      // it fits the window to the data, then draws again, visibly. Ready is the first 'changed'
      // after the fit, plus one frame: the first render that shows the data.
      let fitSeen = Boolean(timeline.initialFitDone);
      let afterConstructFrame;
      requestAnimationFrame(() => {
        afterConstructFrame = performance.now();
      });
      // If that 'changed' never comes, fall back to construction + one frame.
      const timer = setTimeout(() => {
        markReady('timeout: construction + one frame', afterConstructFrame ?? performance.now());
      }, READY_TIMEOUT_MS);
      const onChanged = () => {
        const w = timeline.getWindow();
        changes.push({ t: performance.now(), start: w.start.valueOf(), end: w.end.valueOf() });
        if (!fitSeen) {
          if (timeline.initialFitDone) fitSeen = true;
          return;
        }
        timeline.off('changed', onChanged);
        clearTimeout(timer);
        requestAnimationFrame(() => markReady('changed', performance.now()));
      };
      timeline.on('changed', onChanged);
    })
    .catch((err) => fail(err && err.message ? err.message : String(err)));
})();
