/*
 * Correspondence timeline: host script for newsroom pages.
 * Add once per page: <script src=".../embed.js" async></script>
 * Every <iframe data-correspondence-timeline> then follows the height its timeline reports.
 * Only messages from that iframe's own window, of exactly this shape, are accepted:
 *   { "type": "correspondence-timeline:resize", "height": <number> }
 * As it starts, it asks each frame for its height, which the frame may have posted before this
 * script ran (it came late, or the page held it): { "type": "correspondence-timeline:measure" }
 */
(function () {
  'use strict';
  if (window.__correspondenceTimelineHost) return;
  window.__correspondenceTimelineHost = true;
  var TYPE = 'correspondence-timeline:resize';
  var MIN = 120;
  var MAX = 20000;

  function frames() {
    return document.querySelectorAll('iframe[data-correspondence-timeline]');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var keys = Object.keys(data);
    if (keys.length !== 2) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow && event.source === frame.contentWindow) {
        frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
        return;
      }
    }
  });

  // A frame not shown yet posts its height once it is; '*': the request holds nothing to keep from any page.
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'correspondence-timeline:measure' }, '*');
  }
})();
