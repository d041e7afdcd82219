// Draws the report's BPMN process models with the embedded bpmn-js (global BpmnJS): the model of the map the map
// selector shows (all work, or one task type), and offers the same file for download. Records on the canvas what it
// drew, for a reader's tools and for the tests: data-model (index), data-shapes (flow nodes), data-flows (sequence
// flows), data-warnings and data-draw-ms; or data-error when the import failed.
(function () {
  'use strict';
  var canvas = document.getElementById('model-canvas');
  var source = document.getElementById('deskmine-bpmn');
  if (!canvas || !source) { return; }
  var models = JSON.parse(source.textContent).models;
  var link = document.getElementById('model-download');
  var nameOut = document.getElementById('model-name');
  var treeOut = document.getElementById('model-tree');
  var select = document.getElementById('map-select');
  var blobUrl = null;

  canvas.textContent = '';
  var host = document.createElement('div');
  host.className = 'model-host';
  var message = document.createElement('p');
  message.className = 'error';
  message.hidden = true;
  canvas.appendChild(host);
  canvas.appendChild(message);

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? 'error' : 'loading';
    message.hidden = false;
    host.style.visibility = 'hidden';
  }

  function fail(text) {
    canvas.setAttribute('data-error', text);
    say('The process model could not be drawn: ' + text, true);
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
  var viewer = new BpmnJS({ container: host });
  var shown = -1;

  function show(index) {
    if (!models[index]) { index = 0; }
    if (index === shown) { return; }
    shown = index;
    var model = models[index];
    ['data-error', 'data-shapes', 'data-flows', 'data-warnings', 'data-draw-ms'].forEach(function (a) { canvas.removeAttribute(a); });
    canvas.setAttribute('data-model', String(index));
    if (nameOut) { nameOut.textContent = '— ' + model.name; }
    if (treeOut) { treeOut.textContent = model.tree || ''; }
    if (blobUrl) { URL.revokeObjectURL(blobUrl); blobUrl = null; }
    if (link) { link.hidden = !model.bpmn; link.removeAttribute('href'); }
    if (!model.bpmn) { say('No process model for this map (too few cases).', false); return; }
    if (link && window.Blob && window.URL && URL.createObjectURL) {
      blobUrl = URL.createObjectURL(new Blob([model.bpmn], { type: 'application/xml' }));
      link.href = blobUrl;
    }
    message.hidden = true;
    host.style.visibility = 'visible';
    var started = performance.now();
    viewer.importXML(model.bpmn).then(function (result) {
      if (shown !== index) { return; }
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
      if (shown === index) { fail(err && err.message ? err.message : String(err)); }
    });
  }

  // The map script changes the selector itself when a task type's link is followed, without a change event.
  function follow() { show(select ? Number(select.value) : 0); }
  if (select) { select.addEventListener('change', follow); }
  Array.prototype.forEach.call(document.querySelectorAll('a[data-map]'), function (a) {
    a.addEventListener('click', function () { setTimeout(follow, 0); });
  });
  follow();
})();
