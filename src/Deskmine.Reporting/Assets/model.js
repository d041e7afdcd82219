// Draws the report's BPMN process model with the embedded bpmn-js (global BpmnJS) and offers the same file for
// download. Records on the canvas what it drew, for a reader's tools and for the tests: data-shapes (flow nodes),
// data-flows (sequence flows), data-warnings and data-draw-ms; or data-error when the import failed.
(function () {
  'use strict';
  var canvas = document.getElementById('model-canvas');
  var source = document.getElementById('deskmine-bpmn');
  if (!canvas || !source) { return; }
  var xml = JSON.parse(source.textContent);

  var link = document.getElementById('model-download');
  if (link && window.Blob && window.URL && URL.createObjectURL) {
    link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  }

  function fail(message) {
    canvas.setAttribute('data-error', message);
    canvas.textContent = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'The process model could not be drawn: ' + message;
    canvas.appendChild(p);
  }

  // Like bpmn-js's 'fit-viewport', but with a margin, centred, and never enlarged past 100 %.
  function fit(view) {
    var box = view.viewbox();
    var inner = box.inner, outer = box.outer, pad = 24;
    if (!inner || inner.width === 0 || outer.width === 0) { return; }
    var width = inner.width + 2 * pad, height = inner.height + 2 * pad;
    var scale = Math.min(1, outer.width / width, outer.height / height);
    view.viewbox({
      x: inner.x - pad - (outer.width / scale - width) / 2,
      y: inner.y - pad - (outer.height / scale - height) / 2,
      width: outer.width / scale,
      height: outer.height / scale
    });
  }

  if (typeof BpmnJS !== 'function') { fail('bpmn-js did not load'); return; }
  var started = performance.now();
  canvas.textContent = '';
  var viewer = new BpmnJS({ container: canvas });
  viewer.importXML(xml).then(function (result) {
    var registry = viewer.get('elementRegistry');
    // Flow nodes are shapes with a parent (the process itself is the root); labels stand beside their element.
    var shapes = registry.filter(function (e) { return !e.waypoints && !e.labelTarget && e.parent; }).length;
    var flows = registry.filter(function (e) { return !!e.waypoints; }).length;
    fit(viewer.get('canvas'));
    canvas.setAttribute('data-shapes', String(shapes));
    canvas.setAttribute('data-flows', String(flows));
    canvas.setAttribute('data-warnings', String(result.warnings.length));
    canvas.setAttribute('data-draw-ms', String(Math.round(performance.now() - started)));
    if (result.warnings.length > 0 && window.console) {
      console.warn('process model: ' + result.warnings.map(function (w) { return w.message; }).join('; '));
    }
  }).catch(function (err) {
    fail(err && err.message ? err.message : String(err));
  });
})();
