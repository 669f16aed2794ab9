// The floor that reads on the main thread in slices (slices.html): the file's bytes scanned as
// they arrive by a scanner that follows JSON's strings and nesting (UTF-8 never puts a byte
// below 0x80 inside a multi-byte character, so quotes and brackets are found in the bytes), and
// each piece's whole events put together as bytes, decoded and JSON.parsed at once, yielding to the page whenever a
// slice has run 40 ms so that no task runs long; the text around the events array is parsed at
// the end. Nothing checked: the least a page does to read a large file on its main thread
// without one long task.
(function () {
  var SLICE_MS = 40;
  // Bytes scanned at a time: the app's SCAN_BYTES (src/features/dataset/slicedPipeline.ts).
  var SCAN_BYTES = 128 * 1024;
  var yieldNow = function () {
    // A task of its own, so that input and rendering may run between slices.
    if (globalThis.scheduler && scheduler.yield) return scheduler.yield();
    return new Promise(function (resolve) {
      var ch = new MessageChannel();
      ch.port1.onmessage = function () {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(0);
    });
  };
  window.__floorReadSliced = async function (url) {
    var res = await fetch(url);
    if (!res.ok) throw new Error('HTTP ' + res.status);
    var reader = res.body.getReader();
    var decoder = new TextDecoder();
    var decode = function (bytes) {
      return decoder.decode(bytes, { stream: true });
    };
    var depth = 0;
    var inString = false;
    var escaped = false;
    var stage = 0; // 0: before the events array, 1: in it, 2: after it
    var key = null; // the bytes of a string at the top level, before the events array
    var lastKey = '';
    var head = [];
    var pending = []; // the bytes of the unparsed events from earlier pieces
    // Whole events start and end on ASCII bytes: decoded once per run, not streaming (as the app's EventSlicer).
    var eventsDecoder = new TextDecoder();
    // slicechecks.html: the app's depth limit, counted while scanning as the app's slicer does.
    var maxDepth = window.__floorMaxDepth || Infinity;
    var tail = [];
    var events = [];
    var sliceStart = performance.now();
    // slicechecks.html: the app's own checks (eventCheck.ts), started on the header once the
    // events array opens and given each piece's events as they are parsed.
    var startChecks = window.__floorChecks;
    var checks = null;
    // The pending bytes and these, from the first event on, put together with the array's brackets and decoded once.
    var eventsText = function (bytes) {
      var parts = pending.concat([bytes]);
      pending = [];
      var total = 0;
      for (var p = 0; p < parts.length; p++) total += parts[p].length;
      var out = new Uint8Array(total + 2);
      out[0] = 91;
      var at = 1;
      var started = false;
      for (var q = 0; q < parts.length; q++) {
        var part = parts[q];
        var from = 0;
        if (!started) {
          while (from < part.length && part[from] !== 123) from++;
          if (from === part.length) continue;
          started = true;
        }
        out.set(part.subarray(from), at);
        at += part.length - from;
      }
      if (!started) return null;
      out[at++] = 93;
      return eventsDecoder.decode(out.subarray(0, at));
    };
    var parseEvents = function (text) {
      if (text === null) return;
      var batch = JSON.parse(text);
      if (checks) checks.add(batch);
      for (var i = 0; i < batch.length; i++) events.push(batch[i]);
    };
    // One part of the body: its bytes scanned, its whole events parsed (and checked).
    var scan = function (b) {
      var n = b.length;
      var segStart = 0;
      var lastEnd = -1;
      for (var i = 0; i < n; i++) {
        var c = b[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) {
            inString = false;
            if (key) {
              lastKey = new TextDecoder().decode(new Uint8Array(key));
              key = null;
            }
          } else if (key) key.push(c);
        } else if (c === 34) {
          inString = true;
          if (stage === 0 && depth === 1) key = [];
        } else if (c === 123 || c === 91) {
          if (depth >= maxDepth) throw new Error('the file nests too deep');
          if (stage === 0 && depth === 1 && c === 91 && lastKey === 'events') {
            stage = 1;
            head.push(decode(b.subarray(segStart, i + 1)));
            segStart = i + 1;
            // Everything before the events, with the array closed: the header the checks start from.
            if (startChecks) checks = startChecks(JSON.parse(head.join('') + ']}'));
          }
          depth++;
        } else if (c === 125 || c === 93) {
          depth--;
          if (stage === 1 && depth === 2 && c === 125) lastEnd = i + 1;
          else if (stage === 1 && depth === 1) {
            if (lastEnd >= 0) parseEvents(eventsText(b.subarray(segStart, lastEnd)));
            pending = [];
            stage = 2;
            segStart = i;
          }
        }
      }
      if (stage === 0) head.push(decode(b.subarray(segStart)));
      else if (stage === 2) tail.push(decode(b.subarray(segStart)));
      else {
        if (lastEnd >= 0) {
          parseEvents(eventsText(b.subarray(segStart, lastEnd)));
          segStart = lastEnd;
        }
        if (segStart < n) pending.push(b.slice(segStart));
      }
    };
    for (;;) {
      var step = await reader.read();
      if (step.done) break;
      // A network chunk can be megabytes: scanned in parts, as the app does, so that no task runs long.
      for (var at = 0; at < step.value.length; at += SCAN_BYTES) {
        scan(step.value.subarray(at, at + SCAN_BYTES));
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldNow();
          sliceStart = performance.now();
        }
      }
    }
    tail.push(decoder.decode());
    var data = JSON.parse(head.join('') + tail.join(''));
    data.events = events;
    if (checks) checks.finish();
    return data;
  };
})();
