// dragoman serve: the one script of the workbench (plain JavaScript, no
// build step). On a report page, selecting a mark in the text or an item in
// the lists shows the annotation's fields and highlights its exact
// characters. Every value is written with textContent, never as HTML.
"use strict";

(function () {
  var data = document.getElementById("marks");
  if (!data) { return; }
  var marks = {};
  JSON.parse(data.textContent).forEach(function (m) { marks[m.id] = m; });
  var spans = Array.prototype.slice.call(document.querySelectorAll("#text span[data-a]"));

  function tokens(el) { return el.getAttribute("data-a").split(" "); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function link(href, text) {
    var a = el("a", text);
    a.setAttribute("href", href);
    return a;
  }

  function value(m, key, v) {
    if (Array.isArray(v)) { return el("span", v.join(", ")); }
    if (m.kind === "entity" && (key === "actor" || key === "canonical") && typeof v === "string") {
      return link("/actor/" + encodeURIComponent(v), v);
    }
    if (m.kind === "event" && (key === "actor" || key === "recipient") && typeof v === "string") {
      return link("/events?actor=" + encodeURIComponent(v), v);
    }
    if (key === "quote" && marks[v]) {
      var b = el("button", v);
      b.type = "button";
      b.setAttribute("data-select", v);
      return b;
    }
    return el("span", v);
  }

  function panel(m) {
    var box = document.getElementById("detail");
    box.textContent = "";
    box.appendChild(el("h3", m.kind + ": " + m.label));
    box.appendChild(el("p", "characters " + m.char_start + "–" + m.char_end +
      " (bytes " + m.start + "–" + m.end + ")", "where"));
    box.appendChild(el("blockquote", m.text, "selected-text"));
    var dl = el("dl");
    Object.keys(m.fields).forEach(function (k) {
      var v = m.fields[k];
      if (v === "" || (Array.isArray(v) && v.length === 0)) { return; }
      dl.appendChild(el("dt", k));
      var dd = el("dd");
      dd.appendChild(value(m, k, v));
      dl.appendChild(dd);
    });
    box.appendChild(dl);
  }

  function select(id) {
    var m = marks[id];
    if (!m) { return; }
    var first = null;
    spans.forEach(function (s) {
      var t = tokens(s);
      var whole = t.indexOf(id) >= 0;
      var part = t.some(function (x) { return x.indexOf(id + ":") === 0; });
      s.classList.toggle("sel", whole);
      s.classList.toggle("sel-part", part && !whole);
      if (whole && !first) { first = s; }
    });
    document.querySelectorAll("[data-select]").forEach(function (b) {
      b.classList.toggle("active", b.getAttribute("data-select") === id);
    });
    panel(m);
    if (first) { first.scrollIntoView({ block: "nearest" }); }
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  }

  function narrowest(span) {
    var best = null;
    tokens(span).forEach(function (t) {
      var id = t.split(":")[0];
      var m = marks[id];
      if (m && (!best || (m.end - m.start) < (best.end - best.start))) { best = m; }
    });
    return best;
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target;
    var button = target.closest ? target.closest("[data-select]") : null;
    if (button) { select(button.getAttribute("data-select")); return; }
    var span = target.closest ? target.closest("#text span[data-a]") : null;
    if (span) {
      var m = narrowest(span);
      if (m) { select(m.id); }
    }
  });

  var wanted = decodeURIComponent(location.hash.slice(1));
  if (marks[wanted]) { select(wanted); }
})();
