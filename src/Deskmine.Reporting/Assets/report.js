// Deskmine report page script. Builds Graphviz DOT from the embedded JSON data for the chosen map, view
// and slider positions, and lays it out with the embedded Viz.js (global `Viz`). Nothing is fetched.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('deskmine-data').textContent);
  var canvas = document.getElementById('map-canvas');
  var legend = document.getElementById('map-legend');
  var ui = {
    map: document.getElementById('map-select'),
    measure: document.getElementById('measure'),
    measureControl: document.getElementById('measure-control'),
    activities: document.getElementById('activities'),
    paths: document.getElementById('paths'),
    activitiesOut: document.getElementById('activities-out'),
    pathsOut: document.getElementById('paths-out'),
    zoom: document.getElementById('zoom'),
    views: document.querySelectorAll('input[name="view"]')
  };
  var state = {
    map: 0,
    view: data.options.view,
    measure: data.options.measure,
    activities: data.options.activities,
    paths: data.options.paths,
    zoom: 'auto'
  };
  var viz = null;
  var pending = false;

  // ---- formatting -------------------------------------------------------------------------------

  function fmtCount(n) { return Number(n).toLocaleString('en-US'); }

  // Same rules as DurationText.Format on the C# side: 450ms, 4.2s, 42s, 5m 3s, 2h 5m, 3d 4h.
  function fmtDuration(s) {
    if (s === null || s === undefined || !isFinite(s) || s < 0) return '\u2013';
    if (s < 1) return Math.round(s * 1000) + 'ms';
    if (s < 10) return (Math.round(s * 10) / 10).toFixed(1) + 's';
    var r = Math.round(s);
    if (r < 60) return r + 's';
    if (r < 3600) return pair(Math.floor(r / 60), 'm', r % 60, 's');
    if (r < 86400) {
      var m = Math.round(r / 60);
      return pair(Math.floor(m / 60), 'h', m % 60, 'm');
    }
    var h = Math.round(r / 3600);
    return pair(Math.floor(h / 24), 'd', h % 24, 'h');
  }

  function pair(a, au, b, bu) { return b === 0 ? a + au : a + au + ' ' + b + bu; }

  // A DOT quoted string. Backslashes and quotes are escaped so a name cannot end the string or start
  // a Graphviz escape (\N, \G, \l …); line breaks in names become spaces.
  function dotText(text) {
    return String(text).replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  }

  // Wraps long activity names on word boundaries so boxes stay narrow; returns DOT text with \n breaks.
  function wrapLabel(name, width) {
    var words = String(name).replace(/[\r\n]+/g, ' ').split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) lines.push(line);
    return lines.map(dotText).join('\\n');
  }

  // Graphviz puts an edge label's left edge on the line; leading spaces keep the text off it.
  function pad(label) { return '  ' + label; }

  function mix(from, to, t) {
    t = Math.max(0, Math.min(1, t));
    var out = '#';
    for (var i = 1; i < 7; i += 2) {
      var a = parseInt(from.substr(i, 2), 16);
      var b = parseInt(to.substr(i, 2), 16);
      var c = Math.round(a + (b - a) * t).toString(16);
      out += c.length === 1 ? '0' + c : c;
    }
    return out;
  }

  // ---- graph helpers ----------------------------------------------------------------------------

  function adjacency(size, edges, reverse) {
    var adj = [];
    for (var i = 0; i < size; i++) adj.push([]);
    edges.forEach(function (e) { adj[reverse ? e.t : e.s].push(e); });
    return adj;
  }

  function reachable(size, edges, root, reverse) {
    var adj = adjacency(size, edges, reverse);
    var seen = new Array(size).fill(false);
    var stack = [root];
    seen[root] = true;
    while (stack.length) {
      adj[stack.pop()].forEach(function (e) {
        var x = reverse ? e.s : e.t;
        if (!seen[x]) { seen[x] = true; stack.push(x); }
      });
    }
    return seen;
  }

  // Widest (maximum-bottleneck) paths from src, following edges backwards when reverse is set. Only
  // nodes for which passable() holds are expanded; any node may be reached as an end point.
  function widest(size, edges, src, reverse, passable) {
    var adj = adjacency(size, edges, reverse);
    var width = new Array(size).fill(0);
    var parent = new Array(size).fill(null);
    var done = new Array(size).fill(false);
    width[src] = Infinity;
    for (;;) {
      var u = -1;
      for (var i = 0; i < size; i++) {
        if (!done[i] && width[i] > 0 && (u < 0 || width[i] > width[u])) u = i;
      }
      if (u < 0) break;
      done[u] = true;
      if (u !== src && !passable(u)) continue;
      adj[u].forEach(function (e) {
        var x = reverse ? e.s : e.t;
        var w = Math.min(width[u], e.f);
        if (!done[x] && w > width[x]) { width[x] = w; parent[x] = e; }
      });
    }
    return { width: width, parent: parent };
  }

  // ---- selection: the slider rules (see docs/report.md) -----------------------------------------

  // Activities slider: keep the top N % of activities by frequency (at least one). A kept activity that
  // is cut off from start (or end) because its neighbours are hidden gets one dotted edge standing for
  // the widest path through hidden activities, from the best-connected kept activity.
  function bridge(size, count, all, cand, kept, root, reverse) {
    for (var v = 0; v < count; v++) {
      if (!kept[v]) continue;
      var reach = reachable(size, cand, root, reverse);
      if (reach[v]) continue;
      var search = widest(size, all, v, !reverse, function (x) { return !kept[x]; });
      var pick = -1;
      var best = 0;
      for (var x = 0; x < size; x++) {
        if (x !== v && kept[x] && reach[x] && search.width[x] > best) { best = search.width[x]; pick = x; }
      }
      if (pick >= 0) {
        cand.push(reverse
          ? { s: v, t: pick, f: best, mean: null, median: null, bridge: true }
          : { s: pick, t: v, f: best, mean: null, median: null, bridge: true });
      }
    }
  }

  // Paths slider: keep the top N % of the remaining edges by frequency, then add back, for every kept
  // activity that lost its way from start (or to end), the edges of its widest path from start (to end).
  function repair(size, count, cand, chosen, kept, root, reverse) {
    var tree = widest(size, cand, root, reverse, function () { return true; });
    for (var v = 0; v < count; v++) {
      if (!kept[v]) continue;
      if (reachable(size, Array.from(chosen), root, reverse)[v]) continue;
      for (var x = v, guard = 0; x !== root && tree.parent[x] && guard < size; guard++) {
        var e = tree.parent[x];
        chosen.add(e);
        x = reverse ? e.t : e.s;
      }
    }
  }

  function select(map, activitiesPct, pathsPct) {
    var n = map.activities.length;
    var START = n;
    var END = n + 1;
    var size = n + 2;
    var keep = n === 0 ? 0 : Math.max(1, Math.round(n * activitiesPct / 100));
    var kept = [];
    for (var i = 0; i < size; i++) kept.push(i < keep || i >= n);

    var all = map.edges.map(function (e) { return { s: e[0], t: e[1], f: e[2], mean: e[3], median: e[4] }; });
    map.start.forEach(function (p) { all.push({ s: START, t: p[0], f: p[1], mean: null, median: null, pseudo: true }); });
    map.end.forEach(function (p) { all.push({ s: p[0], t: END, f: p[1], mean: null, median: null, pseudo: true }); });

    var cand = all.filter(function (e) { return kept[e.s] && kept[e.t]; });
    bridge(size, n, all, cand, kept, START, false);
    bridge(size, n, all, cand, kept, END, true);

    var sorted = cand.map(function (e, i) { return { e: e, i: i }; })
      .sort(function (a, b) { return b.e.f - a.e.f || a.i - b.i; })
      .map(function (x) { return x.e; });
    var chosen = new Set(sorted.slice(0, Math.ceil(sorted.length * pathsPct / 100)));
    repair(size, n, cand, chosen, kept, START, false);
    repair(size, n, cand, chosen, kept, END, true);

    return {
      n: n, START: START, END: END, kept: kept, keep: keep,
      candidates: cand.length,
      edges: cand.filter(function (e) { return chosen.has(e); })
    };
  }

  // ---- DOT --------------------------------------------------------------------------------------

  function buildDot(map, sel, view, measure) {
    var out = [];
    var perf = view === 'performance';
    out.push('digraph process {');
    out.push('graph [rankdir=TB, bgcolor="transparent", nodesep=0.35, ranksep=0.45, pad=0.2, fontname="Helvetica"];');
    out.push('node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#51606f", penwidth=1, margin="0.16,0.06", height=0.42];');
    out.push('edge [fontname="Helvetica", fontsize=10, arrowsize=0.7, color="#7b8794", fontcolor="#33404d"];');

    var maxCount = 1;
    for (var i = 0; i < sel.keep; i++) maxCount = Math.max(maxCount, map.activities[i][1]);
    var used = { start: false, end: false };
    sel.edges.forEach(function (e) {
      if (e.s === sel.START) used.start = true;
      if (e.t === sel.END) used.end = true;
    });
    if (used.start) {
      out.push('s [shape=circle, label="Start", fixedsize=true, width=0.62, fontsize=10, style=filled, fillcolor="#2f9e5e", color="#237a46", fontcolor="#ffffff", tooltip="Case start"];');
      out.push('{rank=source; s}');
    }
    if (used.end) {
      out.push('e [shape=circle, label="End", fixedsize=true, width=0.62, fontsize=10, style=filled, fillcolor="#b3412f", color="#8a2f21", fontcolor="#ffffff", tooltip="Case end"];');
      out.push('{rank=sink; e}');
    }
    for (var a = 0; a < sel.keep; a++) {
      var act = map.activities[a];
      var t = Math.sqrt(act[1] / maxCount);
      var fill = perf ? '#f4f6f8' : mix('#eaf2fb', '#1f5d99', t);
      var font = !perf && t > 0.6 ? '#ffffff' : '#1d2630';
      out.push('a' + a + ' [label="' + wrapLabel(act[0], 24) + '\\n' + fmtCount(act[1]) +
        '", fillcolor="' + fill + '", fontcolor="' + font + '", tooltip="' + dotText(act[0]) + ': ' +
        fmtCount(act[1]) + ' events in ' + fmtCount(act[2]) + ' cases"];');
    }

    var maxF = 1;
    var maxT = 0;
    sel.edges.forEach(function (e) {
      if (e.pseudo || e.bridge) return;
      maxF = Math.max(maxF, e.f);
      var v = e[measure];
      if (v !== null && v !== undefined) maxT = Math.max(maxT, v);
    });
    sel.edges.forEach(function (e) {
      var from = e.s === sel.START ? 's' : 'a' + e.s;
      var to = e.t === sel.END ? 'e' : 'a' + e.t;
      var attrs = [];
      if (e.pseudo) {
        attrs.push('style=dashed', 'color="#9aa5b1"', 'penwidth=1.2');
        if (!perf) attrs.push('label="' + pad(fmtCount(e.f)) + '"', 'fontcolor="#6b7785"');
      } else if (e.bridge) {
        attrs.push('style=dotted', 'color="#9aa5b1"', 'penwidth=1.4', 'tooltip="via hidden activities"');
        if (!perf) attrs.push('label="' + pad('~' + fmtCount(e.f)) + '"', 'fontcolor="#6b7785"');
      } else if (perf) {
        var v = e[measure];
        var r = maxT > 0 && v !== null ? v / maxT : 0;
        attrs.push('label="' + pad(fmtDuration(v)) + '"', 'penwidth=' + (1 + 4 * r).toFixed(2),
          'color="' + mix('#9aa5b1', '#c0392b', Math.sqrt(r)) + '"', 'fontcolor="' + mix('#52606d', '#a93226', Math.sqrt(r)) + '"');
      } else {
        var q = e.f / maxF;
        attrs.push('label="' + pad(fmtCount(e.f)) + '"', 'penwidth=' + (1 + 5 * q).toFixed(2),
          'color="' + mix('#9fb3c8', '#1f4e79', Math.sqrt(q)) + '"');
      }
      out.push(from + ' -> ' + to + ' [' + attrs.join(', ') + '];');
    });
    out.push('}');
    return out.join('\n');
  }

  // ---- drawing ----------------------------------------------------------------------------------

  function describe(map, sel) {
    var shown = sel.edges.filter(function (e) { return !e.pseudo && !e.bridge; }).length;
    var bridges = sel.edges.filter(function (e) { return e.bridge; }).length;
    var text = 'Showing ' + fmtCount(sel.keep) + ' of ' + fmtCount(sel.n) + ' activities and ' +
      fmtCount(shown) + ' of ' + fmtCount(map.edges.length) + ' paths · ' + fmtCount(map.cases) + ' cases. ';
    text += state.view === 'performance'
      ? 'Labels: ' + state.measure + ' time between activities; red and thick = slow. '
      : 'Labels: how often; thick = frequent. ';
    text += 'Dashed: case start and end.';
    if (bridges) text += ' Dotted: path through hidden activities.';
    return text;
  }

  function showError(err) {
    canvas.textContent = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'The process map could not be drawn: ' + (err && err.message ? err.message : String(err));
    canvas.appendChild(p);
  }

  function draw() {
    pending = false;
    var map = data.maps[state.map];
    ui.activitiesOut.textContent = state.activities + '%';
    ui.pathsOut.textContent = state.paths + '%';
    ui.measureControl.hidden = state.view !== 'performance';
    var sel = select(map, state.activities, state.paths);
    var dot = buildDot(map, sel, state.view, state.measure);
    var t0 = performance.now();
    var svg;
    try {
      svg = viz.renderSVGElement(dot);
    } catch (err) {
      showError(err);
      return;
    }
    var ms = performance.now() - t0;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Process map, ' + state.view + ' view');
    canvas.textContent = '';
    canvas.appendChild(svg);
    applyZoom();
    canvas.dataset.layoutMs = ms.toFixed(1);
    canvas.dataset.nodes = String(sel.keep);
    canvas.dataset.edges = String(sel.edges.length);
    legend.textContent = describe(map, sel);
    console.log('deskmine: layout of ' + sel.keep + ' activities and ' + sel.edges.length + ' edges took ' + ms.toFixed(1) + ' ms');
  }

  // Graphviz sizes the SVG in points. "auto" shows the whole map when it fits at 60 % or more,
  // otherwise fits the width and lets the box scroll; the other choices are fixed scales.
  function applyZoom() {
    var svg = canvas.querySelector('svg');
    if (!svg) return;
    var w = parseFloat(svg.getAttribute('width')) * 4 / 3;
    var h = parseFloat(svg.getAttribute('height')) * 4 / 3;
    var boxW = Math.max(100, canvas.clientWidth - 24);
    var boxH = Math.max(100, canvas.clientHeight - 24);
    var whole = Math.min(1, boxW / w, boxH / h);
    var z = state.zoom === 'fit' ? whole
      : state.zoom === 'auto' ? (whole >= 0.6 ? whole : Math.min(1, boxW / w))
      : Number(state.zoom);
    svg.style.width = Math.round(w * z) + 'px';
    svg.style.height = Math.round(h * z) + 'px';
    canvas.dataset.zoom = z.toFixed(2);
  }

  function schedule() {
    if (!viz || pending) return;
    pending = true;
    window.requestAnimationFrame(draw);
  }

  function init() {
    ui.activities.value = state.activities;
    ui.paths.value = state.paths;
    ui.measure.value = state.measure;
    ui.views.forEach(function (r) { r.checked = r.value === state.view; });
    ui.activities.addEventListener('input', function () { state.activities = Number(ui.activities.value); schedule(); });
    ui.paths.addEventListener('input', function () { state.paths = Number(ui.paths.value); schedule(); });
    ui.measure.addEventListener('change', function () { state.measure = ui.measure.value; schedule(); });
    ui.views.forEach(function (r) {
      r.addEventListener('change', function () { if (r.checked) { state.view = r.value; schedule(); } });
    });
    ui.zoom.addEventListener('change', function () { state.zoom = ui.zoom.value; applyZoom(); });
    window.addEventListener('resize', applyZoom);
    if (ui.map) ui.map.addEventListener('change', function () { state.map = Number(ui.map.value); schedule(); });
    // The task-type table's links open that type's map.
    Array.prototype.forEach.call(document.querySelectorAll('a[data-map]'), function (link) {
      link.addEventListener('click', function () {
        if (!ui.map) return;
        ui.map.value = link.getAttribute('data-map');
        state.map = Number(ui.map.value);
        schedule();
      });
    });

    if (typeof Viz === 'undefined') {
      showError(new Error('the embedded layout engine did not load'));
      return;
    }
    var t0 = performance.now();
    Viz.instance().then(function (instance) {
      viz = instance;
      canvas.dataset.initMs = (performance.now() - t0).toFixed(1);
      canvas.dataset.graphviz = instance.graphvizVersion;
      draw();
    }).catch(showError);
  }

  init();
}());
