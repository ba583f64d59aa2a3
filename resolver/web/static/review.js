// The review page's only script (a static file: the Content-Security-Policy allows no inline
// script). Progressive enhancement: every page works without it.
//  - <time datetime="…"> elements are shown in the reader's time zone (the ISO form stays on hover);
//  - keyboard review: j/k move between rows (queue) or outcomes (market page), a/o/d open the
//    decision (accept/override/defer) for the selected one, Enter opens the selected market.
(function () {
  "use strict";

  var fmt = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", year: "numeric",
    hour: "2-digit", minute: "2-digit", timeZoneName: "short"
  });
  document.querySelectorAll("time[datetime]").forEach(function (el) {
    var d = new Date(el.getAttribute("datetime"));
    if (!isNaN(d.getTime())) {
      el.textContent = fmt.format(d);
      el.classList.add("local");
    }
  });

  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-key-row]"));
  var form = document.getElementById("decide");
  if (!rows.length && !form) { return; }
  var current = -1;
  rows.forEach(function (r, i) { if (r.classList.contains("selected")) { current = i; } });

  function select(k) {
    if (!rows.length) { return; }
    current = Math.max(0, Math.min(rows.length - 1, k));
    rows.forEach(function (r, i) {
      r.classList.toggle("selected", i === current);
      r.setAttribute("aria-selected", i === current ? "true" : "false");
    });
    rows[current].scrollIntoView({block: "nearest"});
    var picker = document.getElementById("outcome-picker");
    var oid = rows[current].getAttribute("data-outcome");
    if (picker && oid !== null) { picker.value = oid; }
  }

  function openDecision(action) {
    var row = current >= 0 ? rows[current] : null;
    if (form) {
      var picker = document.getElementById("outcome-picker");
      if (row && picker && row.getAttribute("data-outcome") !== null) { picker.value = row.getAttribute("data-outcome"); }
      document.getElementById("action").value = action;
      form.scrollIntoView({block: "center"});
      var next = action === "override" ? "target" : (action === "defer" ? "note" : "analyst");
      var el = document.getElementById(next);
      if (action === "accept" && el && el.value) { el = document.getElementById("submit"); }
      (el || document.getElementById("action")).focus();
      return;
    }
    if (row && row.getAttribute("data-href")) {
      var href = row.getAttribute("data-href");
      window.location.href = href + (href.indexOf("?") < 0 ? "?" : "&") + "action=" + action + "#decide";
    }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (ev.key === "Escape") { ev.target.blur(); }
      return;
    }
    var key = ev.key;
    if (key === "j") { select(current + 1); }
    else if (key === "k") { select(current < 0 ? 0 : current - 1); }
    else if (key === "a") { openDecision("accept"); }
    else if (key === "o") { openDecision("override"); }
    else if (key === "d") { openDecision("defer"); }
    else if (key === "Enter" && current >= 0 && rows[current].getAttribute("data-href")) {
      window.location.href = rows[current].getAttribute("data-href");
    } else { return; }
    ev.preventDefault();
  });

  if (form && window.location.hash === "#decide") {
    form.scrollIntoView({block: "center"});
    var first = document.getElementById("action").value === "override" ? "target" : "note";
    var focus = document.getElementById(first);
    if (focus) { focus.focus(); }
  }
})();
