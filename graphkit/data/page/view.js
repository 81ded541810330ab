/* graphkit view: the interactive page. Reads the graph JSON embedded in the
 * page, renders it with sigma.js, and wires search, panels and filters.
 * No network: every byte it needs is in this file. */
(function () {
  "use strict";

  var RAW = JSON.parse(document.getElementById("gk-data").textContent);
  var META = RAW.meta;
  // Unpack the rows (see graphkit.viz.page.page_data) into objects.
  function zip(columns, values) {
    var out = {};
    columns.forEach(function (c, i) { if (values[i] !== null && values[i] !== undefined) out[c] = values[i]; });
    return out;
  }
  var DATA = {
    meta: META,
    nodes: RAW.nodes.map(function (row, i) {
      var n = { id: row[0], x: row[1], y: row[2], attrs: zip(META.node_columns, row[3]), c: zip(META.measures, row[4]) };
      var extra = RAW.extras[String(i)];
      if (extra) for (var k in extra) n[k] = extra[k];
      return n;
    }),
    edges: RAW.edges.map(function (row, i) {
      var e = { s: row[0], t: row[1], k: row[2], attrs: zip(META.edge_columns, row[3]) };
      var ev = RAW.evidence[String(i)];
      if (ev) { e.ev = ev.records; e.ev_more = ev.more; }
      return e;
    })
  };
  var MIN_SIZE = 3, MAX_SIZE = 16;
  var SIGNS = [["cooperation", 1, "Cooperation (+)"], ["conflict", -1, "Conflict (−)"], ["neutral", 0, "Mixed / neutral (0)"]];
  var QUAD_NAMES = {
    verbal_cooperation: "Verbal cooperation", material_cooperation: "Material cooperation",
    verbal_conflict: "Verbal conflict", material_conflict: "Material conflict"
  };
  var MEASURE_NAMES = {
    pagerank: "PageRank", degree: "Degree", strength: "Strength", betweenness: "Betweenness",
    closeness: "Closeness", eigenvector: "Eigenvector", hub: "Hub (stance)", authority: "Authority (stance)",
    in_strength: "In-strength (stance)", out_strength: "Out-strength (stance)"
  };

  // ---- helpers -------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }
  function fmt(v) {
    if (v === null || v === undefined) return "–";
    if (typeof v !== "number") return String(v);
    if (Number.isInteger(v)) return v.toLocaleString("en");
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
  }
  function signOf(a) {
    var s = a.sign;
    if (typeof s !== "number") s = typeof a.score === "number" ? Math.sign(a.score) : 0;
    return s > 0 ? 1 : s < 0 ? -1 : 0;
  }
  function isStance(e) { return (e.attrs.kind || e.k) === "stance"; }
  function edgeKind(e) { return isStance(e) ? "stance" : "co-mention"; }

  // ---- graph -----------------------------------------------------------------
  var byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });
  var defaultMeasure = META.measures.indexOf("pagerank") >= 0 ? "pagerank" : (META.measures[0] || null);

  var graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  // Nodes go in by PageRank, highest first: labels are drawn in that order,
  // so when two would collide the more central actor keeps its label.
  var order = DATA.nodes.slice();
  if (defaultMeasure) order.sort(function (a, b) { return (b.c[defaultMeasure] || 0) - (a.c[defaultMeasure] || 0) || (a.id < b.id ? -1 : 1); });
  // A name is drawn at most LABEL_MAX characters long, as in the figures
  // (a 5,000-character name would cover the canvas); the panel shows it whole.
  var LABEL_MAX = 40;
  function shortLabel(name) {
    var chars = Array.from(String(name).split(/\s+/).join(" ").trim());
    return chars.length <= LABEL_MAX ? chars.join("") : chars.slice(0, LABEL_MAX - 1).join("").trim() + "\u2026";
  }
  order.forEach(function (n) {
    var t = n.attrs.type || "unknown";
    graph.addNode(n.id, {
      x: n.x, y: n.y, label: shortLabel(n.attrs.label || n.id), atype: t,
      color: (META.types[t] || META.types.unknown || { colour: "#999" }).colour,
      size: MIN_SIZE, forceLabel: true
    });
  });
  var maxWeight = 0;
  DATA.edges.forEach(function (e) { maxWeight = Math.max(maxWeight, +e.attrs.weight || 0); });
  // Width grows with the log of the weight; stances start thicker than
  // co-mentions, which are many and only the backdrop.
  function edgeWidth(w, stance) {
    var t = maxWeight > 0 ? Math.log1p(Math.max(w, 0)) / Math.log1p(maxWeight) : 0;
    return stance ? 2 + 5 * t : 0.6 + 4 * t;
  }
  // Co-mentions are mixed halfway to white: solid (WebGL blends alpha
  // unevenly where edges cross) and quieter than the stance arrows.
  function lighten(hex, share) {
    var v = parseInt(hex.slice(1), 16), rgb = [v >> 16, (v >> 8) & 255, v & 255];
    return "#" + rgb.map(function (c) { return Math.round(c + (255 - c) * share).toString(16).padStart(2, "0"); }).join("");
  }
  var COMENTION = lighten(META.colours["co-mention"], 0.45);
  // Co-mentions first, so stance arrows are drawn (and picked) on top.
  var edgeOrder = DATA.edges.map(function (e, i) { return i; });
  edgeOrder.sort(function (i, j) { return (isStance(DATA.edges[i]) ? 1 : 0) - (isStance(DATA.edges[j]) ? 1 : 0) || i - j; });
  edgeOrder.forEach(function (i) {
    var e = DATA.edges[i], stance = isStance(e), s = signOf(e.attrs);
    var colour = !stance ? COMENTION : s > 0 ? META.colours.cooperation : s < 0 ? META.colours.conflict : META.colours.neutral;
    graph.addEdgeWithKey("e" + i, e.s, e.t, {
      type: stance ? "arrow" : "line", color: colour, size: edgeWidth(+e.attrs.weight || 0, stance), index: i
    });
  });

  // ---- state -------------------------------------------------------------------
  var state = {
    measure: defaultMeasure, types: {}, kinds: { "co-mention": true, stance: true },
    signs: { "1": true, "-1": true, "0": true }, quads: {}, minWeight: 0,
    from: META.first_date, to: META.last_date, group: null, selectedNode: null, selectedEdge: null
  };
  Object.keys(META.types).forEach(function (t) { state.types[t] = true; });
  META.quads.forEach(function (q) { state.quads[q] = true; });

  function applySizes() {
    var m = state.measure, lo = Infinity, hi = -Infinity;
    DATA.nodes.forEach(function (n) { var v = n.c[m]; if (typeof v === "number") { lo = Math.min(lo, v); hi = Math.max(hi, v); } });
    DATA.nodes.forEach(function (n) {
      var v = n.c[m], size = MIN_SIZE;
      if (typeof v === "number" && hi > lo) size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((v - lo) / (hi - lo));
      else if (typeof v === "number") size = (MIN_SIZE + MAX_SIZE) / 2;
      graph.setNodeAttribute(n.id, "size", size);
    });
  }

  function nodeVisible(id) { return !!state.types[graph.getNodeAttribute(id, "atype")]; }
  function dateFilterOn() {
    return META.first_date && ((state.from && state.from > META.first_date) || (state.to && state.to < META.last_date));
  }
  function edgeVisible(i) {
    var e = DATA.edges[i], a = e.attrs, kind = edgeKind(e);
    if (!state.kinds[kind]) return false;
    if ((+a.weight || 0) < state.minWeight) return false;
    if (kind === "stance") {
      if (!state.signs[String(signOf(a))]) return false;
      var anyQuad = false, anyCount = false;
      META.quads.forEach(function (q) { if (+a[q] > 0) { anyCount = true; if (state.quads[q]) anyQuad = true; } });
      if (anyCount && !anyQuad) return false;
    }
    if (dateFilterOn()) {
      // As graphkit's --since/--until: an edge is kept when its dates meet
      // the range; undated edges are dropped, nothing says they fall in it.
      var first = a.first_date || a.last_date, last = a.last_date || first;
      if (!first) return false;
      if (state.from && String(last).slice(0, 10) < state.from) return false;
      if (state.to && String(first).slice(0, 10) > state.to) return false;
    }
    return nodeVisible(e.s) && nodeVisible(e.t);
  }

  var groupMembers = null;
  function setGroup(value) {
    state.group = value || null;
    groupMembers = null;
    if (value) {
      var parts = value.split(":"), list = META.groups[parts[0]][+parts[1]];
      groupMembers = {};
      list.forEach(function (n) { groupMembers[n] = true; });
    }
  }

  // ---- renderer -----------------------------------------------------------------
  // Labels: every node asks for one (forceLabel) and this function draws it,
  // right of its node or else left of it, only where it overlaps no label
  // already drawn in this frame and no other node's disc (a label across
  // another node reads as that node's name). Sigma draws the labels of the
  // biggest nodes first, so the more central actor keeps its label.
  var frameBoxes = [];
  var frameDiscs = null;  // visible nodes' discs in viewport pixels, by grid cell, once a frame
  var CELL = 64;
  var LABEL_SIZE = 12, LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
  function discGrid() {
    if (frameDiscs) return frameDiscs;
    if (!renderer) return null;  // the first frame, drawn inside the constructor (redrawn below)
    var grid = {};
    graph.forEachNode(function (id) {
      var d = renderer.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      var p = renderer.framedGraphToViewport(d), r = renderer.scaleSize(d.size);
      var disc = { id: id, x: p.x, y: p.y, r: r };
      for (var gx = Math.floor((p.x - r) / CELL); gx <= Math.floor((p.x + r) / CELL); gx++)
        for (var gy = Math.floor((p.y - r) / CELL); gy <= Math.floor((p.y + r) / CELL); gy++) {
          var k = gx + ":" + gy;
          (grid[k] || (grid[k] = [])).push(disc);
        }
    });
    frameDiscs = grid;
    return grid;
  }
  var frameBig = null;
  function bigSize() {  // the size of the 10th biggest visible node, once a frame
    if (frameBig !== null) return frameBig;
    if (!renderer) return Infinity;
    var sizes = [];
    graph.forEachNode(function (id) {
      var d = renderer.getNodeDisplayData(id);
      if (d && !d.hidden) sizes.push(d.size);
    });
    sizes.sort(function (a, b) { return b - a; });
    frameBig = sizes.length ? renderer.scaleSize(sizes[Math.min(9, sizes.length - 1)]) : Infinity;
    return frameBig;
  }
  function coversNode(box, self) {
    var grid = discGrid();
    if (!grid) return false;
    for (var gx = Math.floor(box.x / CELL); gx <= Math.floor((box.x + box.w) / CELL); gx++)
      for (var gy = Math.floor(box.y / CELL); gy <= Math.floor((box.y + box.h) / CELL); gy++) {
        var list = grid[gx + ":" + gy];
        if (!list) continue;
        for (var i = 0; i < list.length; i++) {
          var c = list[i];
          if (c.id === self) continue;
          var nx = Math.max(box.x, Math.min(c.x, box.x + box.w)), ny = Math.max(box.y, Math.min(c.y, box.y + box.h));
          if ((c.x - nx) * (c.x - nx) + (c.y - ny) * (c.y - ny) < c.r * c.r) return true;
        }
      }
    return false;
  }
  function coversLabel(box) {
    for (var i = 0; i < frameBoxes.length; i++) {
      var b = frameBoxes[i];
      if (box.x < b.x + b.w + 2 && b.x < box.x + box.w + 2 && box.y < b.y + b.h && b.y < box.y + box.h) return true;
    }
    return false;
  }
  function drawLabel(context, data, settings) {
    if (!data.label) return;
    context.font = settings.labelWeight + " " + LABEL_SIZE + "px " + LABEL_FONT;
    var w = context.measureText(data.label).width, y = data.y - LABEL_SIZE * 0.75, h = LABEL_SIZE * 1.1;
    // Right, left, above, below the node.
    var spots = [[data.x + data.size + 3, y], [data.x - data.size - 3 - w, y],
                 [data.x - w / 2, data.y - data.size - 2 - h], [data.x - w / 2, data.y + data.size + 2]];
    var box = null, touching = null;
    for (var s = 0; s < spots.length && !box; s++) {
      var b = { x: spots[s][0], y: spots[s][1], w: w, h: h };
      var inside = b.x >= 2 && (!container || b.x + w <= container.clientWidth - 2);
      if (!inside || coversLabel(b)) continue;
      if (!coversNode(b, data.key)) box = b;
      else if (!touching) touching = b;
    }
    // The most central actors keep a label even in a dense core, where every
    // spot touches a neighbour: unnamed hubs would leave the picture unread.
    if (!box && touching && data.size >= bigSize()) box = touching;
    if (!box) return;
    frameBoxes.push(box);
    box.label = data.label;
    box.key = data.key;
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.85)";
    var baseline = box.y + LABEL_SIZE * 0.75 + LABEL_SIZE / 3;
    context.strokeText(data.label, box.x, baseline);
    context.fillStyle = "#222";
    context.fillText(data.label, box.x, baseline);
  }

  var DIM = "#e4e4e4";
  function nodeReducer(id, attrs) {
    var out = Object.assign({}, attrs);
    if (!nodeVisible(id)) { out.hidden = true; return out; }
    if (groupMembers && !groupMembers[id]) { out.color = DIM; out.label = null; out.zIndex = 0; }
    else out.zIndex = 1;
    if (state.selectedNode === id) { out.highlighted = true; out.zIndex = 2; }
    return out;
  }
  function edgeReducer(id, attrs) {
    var out = Object.assign({}, attrs), e = DATA.edges[attrs.index];
    if (!edgeVisible(attrs.index)) { out.hidden = true; return out; }
    if (groupMembers && !(groupMembers[e.s] && groupMembers[e.t])) out.color = "#f0f0f0";
    if (state.selectedNode && e.s !== state.selectedNode && e.t !== state.selectedNode) out.color = "#eeeeee";
    if (state.selectedEdge === id) { out.color = "#000"; out.size = attrs.size + 1.5; }
    return out;
  }

  applySizes();
  var container = document.getElementById("graph");
  var renderer = new Sigma(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 0,
    labelSize: LABEL_SIZE,
    labelFont: LABEL_FONT,
    defaultDrawNodeLabel: drawLabel,
    nodeReducer: nodeReducer,
    edgeReducer: edgeReducer,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
    stagePadding: 40
  });
  renderer.on("beforeRender", function () { frameBoxes = []; frameDiscs = null; frameBig = null; });
  renderer.refresh();  // labels again, now that they can see the other nodes

  // ---- status line ------------------------------------------------------------------
  function counts() {
    var nodes = 0, edges = 0;
    graph.forEachNode(function (id) { if (nodeVisible(id)) nodes++; });
    graph.forEachEdge(function (id, a) { if (edgeVisible(a.index)) edges++; });
    return { nodes: nodes, edges: edges, totalNodes: META.nodes, totalEdges: META.edges };
  }
  function updateStatus() {
    var c = counts(), parts = [];
    parts.push("Showing " + fmt(c.nodes) + " of " + fmt(c.totalNodes) + " actors and " + fmt(c.edges) + " of " + fmt(c.totalEdges) + " edges");
    var out = [];
    var hiddenTypes = Object.keys(state.types).filter(function (t) { return !state.types[t]; });
    if (hiddenTypes.length) out.push("types " + hiddenTypes.map(function (t) { return META.types[t].label.toLowerCase(); }).join(", "));
    if (!state.kinds["co-mention"]) out.push("co-mentions");
    if (!state.kinds.stance) out.push("stances");
    SIGNS.forEach(function (s) { if (!state.signs[String(s[1])]) out.push(s[0] + " stances"); });
    META.quads.forEach(function (q) { if (!state.quads[q]) out.push(QUAD_NAMES[q].toLowerCase()); });
    if (state.minWeight > 0) out.push("edges lighter than " + state.minWeight);
    if (dateFilterOn()) out.push("edges outside " + (state.from || "…") + " to " + (state.to || "…"));
    var text = parts.join("") + (out.length ? "; filtered out: " + out.join("; ") : "") + ".";
    if (state.group) {
      var g = state.group.split(":");
      text += " Highlighting " + (g[0] === "communities" ? "community " : "faction ") + (+g[1] + 1) + " (" + META.groups[g[0]][+g[1]].length + " actors).";
    }
    if (META.evidence_file && META.summarised) text += " Evidence capped at " + META.cap + " per edge (" + fmt(META.summarised) + " more records in " + (META.evidence_file || "the evidence file") + ").";
    if (!META.evidence_file) text += " No evidence file was found beside the graph.";
    document.getElementById("status").textContent = text;
  }
  function refresh() { renderer.refresh(); updateStatus(); }

  // ---- panels ---------------------------------------------------------------------------
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  function openPanel(children) {
    body.textContent = "";
    children.forEach(function (c) { if (c) body.appendChild(c); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function closePanel() {
    panel.hidden = true;
    state.selectedNode = null; state.selectedEdge = null;
    renderer.refresh();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);

  function actorLink(name) {
    if (!byId[name]) return document.createTextNode(name);
    return el("a", { onclick: function () { selectNode(name, true); }, text: name });
  }
  function dl(rows) {
    var list = el("dl");
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === "") return;
      list.appendChild(el("dt", { text: r[0] }));
      list.appendChild(el("dd", null, [typeof r[1] === "object" ? r[1] : String(r[1])]));
    });
    return list;
  }
  // The sentence as text nodes with the cue in <mark>: built node by node,
  // never as HTML, so article text cannot inject markup.
  function highlighted(sentence, cue) {
    var p = el("div", { class: "sentence" });
    sentence = String(sentence || "");
    var i = cue ? sentence.toLowerCase().indexOf(String(cue).toLowerCase()) : -1;
    if (i < 0 && cue) {
      var stem = String(cue).toLowerCase().split(" ")[0].slice(0, Math.max(3, String(cue).length - 3));
      i = sentence.toLowerCase().indexOf(stem);
      if (i >= 0) cue = sentence.slice(i).match(/^[\w\u00C0-\u024F'-]+/)[0];
    }
    if (i < 0) { p.textContent = sentence; return p; }
    p.appendChild(document.createTextNode(sentence.slice(0, i)));
    p.appendChild(el("mark", { text: sentence.slice(i, i + String(cue).length) }));
    p.appendChild(document.createTextNode(sentence.slice(i + String(cue).length)));
    return p;
  }
  function evidenceItem(r, sentenceField) {
    var where = [r.article, r.date || "undated"];
    if (r.quad) where.push(QUAD_NAMES[r.quad] || r.quad);
    if (r.via) where.push("via " + r.via);
    if (r.target_text) where.push("on " + r.target_text);
    var cls = "evidence" + (r.polarity > 0 ? " pos" : r.polarity < 0 ? " neg" : "");
    return el("div", { class: cls, "data-id": r.id || "" }, [
      el("div", { class: "where", text: where.join(" · ") }),
      highlighted(r[sentenceField] || r.sentence || r.text, r.cue)
    ]);
  }
  function more(n, what) {
    return n > 0 ? el("p", { class: "more", text: "… and " + fmt(n) + " more " + what + " in " + (META.evidence_file || "the evidence file") + "." }) : null;
  }

  function nodePanel(id) {
    var n = byId[id], a = n.attrs, out = [];
    var t = META.types[a.type || "unknown"];
    out.push(el("h2", { text: a.label || id }));
    out.push(el("p", null, [el("span", { class: "swatch", style: "background:" + (t ? t.colour : "#999") }), " ", t ? t.label : (a.type || "Other")]));
    out.push(dl([
      ["Country", a.country], ["Affiliation", a.affiliation ? actorLink(a.affiliation) : null],
      ["Mentions", a.mentions], ["Articles", a.articles],
      ["Seen", a.first_date ? (a.first_date === a.last_date ? a.first_date : a.first_date + " to " + a.last_date) : null],
      ["Also named", a.aliases ? a.aliases.split("; ").filter(function (s) { return s !== (a.label || id); }).join("; ") : null]
    ]));
    var eventCounts = Object.keys(a).filter(function (k) { return k.indexOf("events_") === 0 && +a[k] > 0; });
    if (META.measures.length) {
      out.push(el("h3", { text: "Centrality" }));
      var table = el("table");
      META.measures.forEach(function (m) {
        var v = n.c[m];
        if (v === null || v === undefined) return;
        var rank = 1;
        DATA.nodes.forEach(function (o) { if ((o.c[m] || 0) > v) rank++; });
        table.appendChild(el("tr", null, [el("td", { text: MEASURE_NAMES[m] || m }), el("td", { class: "num", text: fmt(v) }), el("td", { class: "num", text: "#" + rank })]));
      });
      out.push(table);
    }
    [["allies", "Strongest allies"], ["opponents", "Strongest opponents"]].forEach(function (p) {
      if (!n[p[0]]) return;
      out.push(el("h3", { text: p[1] }));
      out.push(el("ol", null, n[p[0]].map(function (r) {
        return el("li", null, [actorLink(r[0]), " ", el("span", { class: "tag", text: "net " + (r[1] > 0 ? "+" : "") + fmt(r[1]) + " over " + fmt(r[2]) + " records" })]);
      })));
    });
    if (n.events || eventCounts.length) {
      out.push(el("h3", { text: "One-sided events" }));
      if (eventCounts.length) out.push(dl(eventCounts.map(function (k) { return [QUAD_NAMES[k.slice(7)] || k.slice(7), a[k]]; })));
      (n.events || []).forEach(function (r) { out.push(evidenceItem(r, "sentence")); });
      out.push(more(n.events_more, "events"));
    }
    if (n.quotes) {
      out.push(el("h3", { text: "Quotes by " + (a.label || id) }));
      n.quotes.forEach(function (r) {
        var item = evidenceItem(r, "text");
        if (r.targets && r.targets.length) item.appendChild(el("div", { class: "where", text: "about " + r.targets.join(", ") }));
        out.push(item);
      });
      out.push(more(n.quotes_more, "quotes"));
    }
    return out;
  }

  function edgePanel(key) {
    var i = graph.getEdgeAttribute(key, "index"), e = DATA.edges[i], a = e.attrs, out = [];
    var stance = isStance(e), s = signOf(a);
    out.push(el("h2", null, [actorLink(e.s), stance ? " → " : " — ", actorLink(e.t)]));
    out.push(el("p", null, [el("span", { class: "tag", text: stance ? "stance" : "co-mention" }),
      stance ? " " + (s > 0 ? "cooperation" : s < 0 ? "conflict" : "mixed or neutral") : ""]));
    var rows = [[stance ? "Records" : "Co-mentions", a.weight], ["Articles", a.articles]];
    if (stance) {
      rows.push(["Score", a.score]);
      META.quads.forEach(function (q) { if (+a[q] > 0) rows.push([QUAD_NAMES[q], a[q]]); });
    }
    rows.push(["Seen", a.first_date ? (a.first_date === a.last_date ? a.first_date : a.first_date + " to " + a.last_date) : "undated"]);
    out.push(dl(rows));
    if (stance) {
      out.push(el("h3", { text: "Evidence" }));
      if (e.ev && e.ev.length) e.ev.forEach(function (r) { out.push(evidenceItem(r, "sentence")); });
      else out.push(el("p", { class: "more", text: META.evidence_file ? "No evidence record found for this edge." : "No evidence file was found beside the graph." }));
      out.push(more(e.ev_more, "records"));
    } else {
      out.push(el("p", { class: "note", text: "Named together in the same " + (META.graph.window || "sentence") + " " + fmt(a.weight) + " times. Co-mentions are counted, not quoted: see the mention records of the evidence file." }));
    }
    return out;
  }

  function selectNode(id, moveCamera) {
    if (!graph.hasNode(id)) return;
    state.selectedNode = id; state.selectedEdge = null;
    openPanel(nodePanel(id));
    if (moveCamera) {
      var d = renderer.getNodeDisplayData(id);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
    }
    renderer.refresh();
  }
  function selectEdge(key) {
    state.selectedEdge = key; state.selectedNode = null;
    openPanel(edgePanel(key));
    renderer.refresh();
  }
  renderer.on("clickNode", function (ev) { selectNode(ev.node, false); });
  renderer.on("clickEdge", function (ev) { selectEdge(ev.edge); });
  renderer.on("clickStage", function () { if (!panel.hidden) closePanel(); });
  renderer.on("enterNode", function () { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", function () { container.style.cursor = ""; });
  renderer.on("enterEdge", function () { container.style.cursor = "pointer"; });
  renderer.on("leaveEdge", function () { container.style.cursor = ""; });

  // ---- search -------------------------------------------------------------------------------
  var index = DATA.nodes.map(function (n) {
    var names = [n.attrs.label || n.id, n.id].concat(n.attrs.aliases ? String(n.attrs.aliases).split("; ") : []);
    return { id: n.id, names: names, folded: names.map(fold), rank: n.c[defaultMeasure] || 0 };
  });
  var search = document.getElementById("search"), results = document.getElementById("search-results");
  var matches = [], active = 0;
  function findActors(q) {
    q = fold(q);
    if (!q) return [];
    var found = [];
    index.forEach(function (item) {
      var best = -1, via = null;
      item.folded.forEach(function (f, j) {
        var score = f === q ? 3 : f.indexOf(q) === 0 ? 2 : f.indexOf(q) >= 0 ? 1 : -1;
        if (score > best) { best = score; via = item.names[j]; }
      });
      if (best >= 0) found.push({ id: item.id, score: best, via: via, rank: item.rank });
    });
    found.sort(function (a, b) { return b.score - a.score || b.rank - a.rank || (a.id < b.id ? -1 : 1); });
    return found.slice(0, 12);
  }
  function showResults() {
    results.textContent = "";
    matches.forEach(function (m, i) {
      var label = byId[m.id].attrs.label || m.id;
      results.appendChild(el("li", {
        class: i === active ? "active" : "", role: "option", "data-id": m.id,
        onmousedown: function (ev) { ev.preventDefault(); choose(i); }
      }, [label, m.via && m.via !== label ? el("span", { class: "alias", text: "  (" + m.via + ")" }) : null]));
    });
    results.hidden = matches.length === 0;
  }
  function choose(i) {
    var m = matches[i];
    if (!m) return;
    search.value = byId[m.id].attrs.label || m.id;
    matches = []; showResults();
    if (!nodeVisible(m.id)) { state.types[graph.getNodeAttribute(m.id, "atype")] = true; syncControls(); updateStatus(); }
    selectNode(m.id, true);
  }
  search.addEventListener("input", function () { matches = findActors(search.value); active = 0; showResults(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, matches.length - 1); showResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); showResults(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (!matches.length) matches = findActors(search.value); choose(active); ev.preventDefault(); }
    else if (ev.key === "Escape") { matches = []; showResults(); }
  });
  search.addEventListener("blur", function () { setTimeout(function () { matches = []; showResults(); }, 150); });

  // ---- controls --------------------------------------------------------------------------------
  var sizeBy = document.getElementById("size-by");
  META.measures.forEach(function (m) { sizeBy.appendChild(el("option", { value: m, text: MEASURE_NAMES[m] || m })); });
  if (state.measure) sizeBy.value = state.measure;
  sizeBy.addEventListener("change", function () { state.measure = sizeBy.value; applySizes(); refresh(); });

  var highlight = document.getElementById("highlight");
  [["communities", "Community"], ["factions", "Faction"]].forEach(function (g) {
    var groups = META.groups[g[0]] || [];
    if (!groups.length) return;
    var og = el("optgroup", { label: g[0] === "communities" ? "Communities (co-mention, Louvain)" : "Factions (signed stances)" });
    groups.forEach(function (members, i) {
      var head = members.slice(0, 3).join(", ") + (members.length > 3 ? ", …" : "");
      og.appendChild(el("option", { value: g[0] + ":" + i, text: g[1] + " " + (i + 1) + " (" + members.length + "): " + head }));
    });
    highlight.appendChild(og);
  });
  highlight.addEventListener("change", function () { setGroup(highlight.value); refresh(); });

  var typeCounts = {};
  DATA.nodes.forEach(function (n) { var t = n.attrs.type || "unknown"; typeCounts[t] = (typeCounts[t] || 0) + 1; });
  function checkbox(name, value, checked, label, extra, onchange) {
    var box = el("input", { type: "checkbox", name: name, value: value });
    box.checked = checked;
    box.addEventListener("change", function () { onchange(box.checked); refresh(); });
    return el("label", null, [box].concat(extra || []).concat([label]));
  }
  var typeBox = document.getElementById("type-filters");
  Object.keys(META.types).forEach(function (t) {
    typeBox.appendChild(checkbox("type", t, true, META.types[t].label,
      [el("span", { class: "swatch", style: "background:" + META.types[t].colour })],
      function (on) { state.types[t] = on; }));
    typeBox.lastChild.appendChild(el("span", { class: "count", text: fmt(typeCounts[t] || 0) }));
  });
  var kindBox = document.getElementById("kind-filters");
  [["co-mention", "Co-mention", COMENTION], ["stance", "Stance (arrow: source → target)", META.colours.neutral]].forEach(function (k) {
    kindBox.appendChild(checkbox("kind", k[0], true, k[1], [el("span", { class: "line-swatch", style: "border-color:" + k[2] })], function (on) { state.kinds[k[0]] = on; }));
  });
  var signBox = document.getElementById("sign-filters");
  SIGNS.forEach(function (s) {
    signBox.appendChild(checkbox("sign", String(s[1]), true, s[2], [el("span", { class: "line-swatch", style: "border-color:" + META.colours[s[0]] })], function (on) { state.signs[String(s[1])] = on; }));
  });
  var quadBox = document.getElementById("quad-filters");
  META.quads.forEach(function (q) {
    quadBox.appendChild(checkbox("quad", q, true, QUAD_NAMES[q] || q, [], function (on) { state.quads[q] = on; }));
  });
  var minWeight = document.getElementById("min-weight");
  minWeight.max = String(maxWeight);
  minWeight.addEventListener("input", function () { state.minWeight = +minWeight.value || 0; refresh(); });

  var from = document.getElementById("date-from"), to = document.getElementById("date-to");
  if (META.first_date) {
    document.getElementById("date-section").hidden = false;
    [from, to].forEach(function (input) { input.min = META.first_date; input.max = META.last_date; });
    from.value = META.first_date; to.value = META.last_date;
    from.addEventListener("change", function () { state.from = from.value || null; refresh(); });
    to.addEventListener("change", function () { state.to = to.value || null; refresh(); });
  }

  function syncControls() {
    document.querySelectorAll("input[name=type]").forEach(function (b) { b.checked = !!state.types[b.value]; });
    document.querySelectorAll("input[name=kind]").forEach(function (b) { b.checked = !!state.kinds[b.value]; });
    document.querySelectorAll("input[name=sign]").forEach(function (b) { b.checked = !!state.signs[b.value]; });
    document.querySelectorAll("input[name=quad]").forEach(function (b) { b.checked = !!state.quads[b.value]; });
    minWeight.value = String(state.minWeight);
    sizeBy.value = state.measure || "";
    highlight.value = state.group || "";
    if (META.first_date) { from.value = state.from || ""; to.value = state.to || ""; }
  }
  document.getElementById("reset").addEventListener("click", function () {
    Object.keys(state.types).forEach(function (t) { state.types[t] = true; });
    state.kinds = { "co-mention": true, stance: true };
    state.signs = { "1": true, "-1": true, "0": true };
    META.quads.forEach(function (q) { state.quads[q] = true; });
    state.minWeight = 0; state.from = META.first_date; state.to = META.last_date;
    state.measure = defaultMeasure; setGroup(null);
    syncControls(); applySizes();
    renderer.getCamera().animatedReset({ duration: 300 });
    closePanel(); updateStatus();
  });

  // For tests and for anyone scripting the page from the console.
  window.graphkitView = {
    graph: graph, renderer: renderer, data: DATA, counts: counts,
    labelBoxes: function () { return frameBoxes.slice(); },
    nodeDiscs: function () {  // visible nodes as drawn: viewport centre and radius, in pixels
      var out = [];
      graph.forEachNode(function (id) {
        var d = renderer.getNodeDisplayData(id);
        if (!d || d.hidden) return;
        var p = renderer.framedGraphToViewport(d);
        out.push({ key: id, x: p.x, y: p.y, r: renderer.scaleSize(d.size) });
      });
      return out;
    },
    selectNode: selectNode, selectEdge: selectEdge,
    edgeKey: function (s, t, kind) {
      var found = null;
      graph.forEachEdge(s, t, function (key, a) { if (!found && edgeKind(DATA.edges[a.index]) === kind && DATA.edges[a.index].s === s) found = key; });
      return found;
    },
    visibleNodes: function () {
      var ids = [];
      graph.forEachNode(function (id) { var d = renderer.getNodeDisplayData(id); if (d && !d.hidden) ids.push(id); });
      return ids;
    }
  };
  updateStatus();
})();
