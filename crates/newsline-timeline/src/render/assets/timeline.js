// Draws the newsline timeline embedded in #timeline-data: dated events as
// bars along a time axis (a bar covers every day the event may be on, so a
// month-long date looks month-long), undated events in a tray, and the
// sources of the clicked event (or of the one the URL's #id names) in
// #details. All text goes in through textContent or attributes, never as
// HTML.
(function () {
  "use strict";
  var DAY_MS = 86400000;
  var LANE_PX = 30;
  var TICKS_PX = 26;
  var LABEL_PX = 390;
  var KIND_COLORS = {
    meeting: "#2f6fb0", call: "#5b9bd5", statement: "#7a7f87", proposal: "#3f9e6e",
    demand: "#c98a1b", agreement: "#2e8b57", ceasefire: "#58b09c", withdrawal: "#8fb339",
    attack: "#c0392b", deployment: "#d35400", sanction: "#8e44ad", accusation: "#b5651d",
    rejection: "#a0522d", threat: "#e74c3c", humanitarian: "#16a085", occupation: "#7b241c"
  };

  var drawn = {};
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = data.events || [];
  var names = {};
  (data.entities || []).forEach(function (entity) {
    if (!Object.prototype.hasOwnProperty.call(names, entity.id)) names[entity.id] = entity.name;
  });

  function name(id) {
    return Object.prototype.hasOwnProperty.call(names, id) ? names[id] : id;
  }
  function dayNumber(iso) {
    var parts = String(iso).split("-");
    return Date.UTC(+parts[0], +parts[1] - 1, +parts[2]) / DAY_MS;
  }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function oneLine(text) {
    return String(text || "").replace(/\s+/g, " ").trim();
  }
  function headline(event) {
    var who = (event.participants || []).map(function (p) { return name(p.entity); });
    return who.length ? event.kind + ": " + who.join(", ") : event.kind;
  }
  function dateText(event) {
    return event.date ? event.date.value : "undated";
  }
  function evidenceText(event) {
    var lines = [headline(event) + " (" + dateText(event) + ")"];
    (event.mentions || []).forEach(function (m) {
      lines.push(m.doc + " «" + oneLine(m.trigger) + "»: " + oneLine(m.sentence));
    });
    return lines.join("\n");
  }

  // One drawn event: a bar and a label, focusable, with its evidence as
  // the tooltip.
  function eventElement(event) {
    var node = element("div", "event");
    node.setAttribute("data-id", event.id);
    node.setAttribute("data-kind", event.kind);
    node.setAttribute("title", evidenceText(event));
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.style.setProperty("--kind", KIND_COLORS[event.kind] || "#8a94a3");
    if (event.modality !== "asserted") node.classList.add("not-asserted");
    if (event.dispute) node.classList.add("disputed");
    node.appendChild(element("span", "bar"));
    node.appendChild(element("span", "label", dateText(event) + " · " + headline(event)));
    drawn[event.id] = { event: event, node: node };
    node.addEventListener("click", function () { select(event, node); });
    node.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(event, node); }
    });
    return node;
  }

  // Tick marks at day, month or year boundaries, thinned to stay legible.
  function drawTicks(axis, first, last, pxPerDay) {
    var span = last - first;
    var unit = span <= 60 ? "day" : span <= 3 * 366 ? "month" : "year";
    var start = new Date(first * DAY_MS);
    var cursor = unit === "day" ? start
      : unit === "month" ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1))
      : new Date(Date.UTC(start.getUTCFullYear(), 0, 1));
    var step = 1;
    var unitDays = unit === "day" ? 1 : unit === "month" ? 30.4 : 365.25;
    while (step * unitDays * pxPerDay < 70) step += 1;
    for (var guard = 0; guard < 5000; guard += 1) {
      var day = cursor.getTime() / DAY_MS;
      if (day > last) break;
      if (day >= first) {
        var tick = element("div", "tick");
        tick.style.left = ((day - first) * pxPerDay) + "px";
        var iso = cursor.toISOString();
        tick.appendChild(element("span", null,
          unit === "day" ? iso.slice(0, 10) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 4)));
        axis.appendChild(tick);
      }
      if (unit === "day") cursor = new Date(cursor.getTime() + step * DAY_MS);
      else if (unit === "month") cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 1));
      else cursor = new Date(Date.UTC(cursor.getUTCFullYear() + step, 0, 1));
    }
  }

  // Dated events along the axis, each in the first lane where it and its
  // label do not overlap an earlier one.
  function drawAxis(dated) {
    var axis = document.getElementById("axis");
    var scroll = document.getElementById("scroll");
    if (!dated.length) { scroll.hidden = true; return; }
    var first = Infinity, last = -Infinity;
    dated.forEach(function (event) {
      first = Math.min(first, dayNumber(event.date.earliest));
      last = Math.max(last, dayNumber(event.date.latest) + 1);
    });
    var pad = Math.max(1, Math.round((last - first) * 0.03));
    first -= pad; last += pad;
    // Fit the axis and the last label in the view; past a few years, keep
    // days apart and let the axis scroll instead.
    var available = Math.max(scroll.clientWidth - 2 - LABEL_PX, 300);
    var pxPerDay = Math.max(available / (last - first), Math.min(2, 20000 / (last - first)));
    var width = (last - first) * pxPerDay;
    axis.style.width = (width + LABEL_PX) + "px";
    drawTicks(axis, first, last, pxPerDay);
    var laneEnds = [];
    dated.forEach(function (event) {
      var from = dayNumber(event.date.earliest);
      var to = Math.max(dayNumber(event.date.latest) + 1, from + 1);
      var left = (from - first) * pxPerDay;
      var barWidth = Math.max((to - from) * pxPerDay, 8);
      var lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > left) lane += 1;
      laneEnds[lane] = left + barWidth + LABEL_PX + 8;
      var node = eventElement(event);
      node.style.left = left + "px";
      node.style.top = (TICKS_PX + lane * LANE_PX) + "px";
      node.firstChild.style.width = barWidth + "px";
      axis.appendChild(node);
    });
    axis.style.height = (TICKS_PX + laneEnds.length * LANE_PX + 8) + "px";
  }

  function drawUndated(undated) {
    var section = document.getElementById("undated");
    if (!undated.length) return;
    section.hidden = false;
    var tray = section.querySelector(".tray");
    undated.forEach(function (event) { tray.appendChild(eventElement(event)); });
  }

  function drawLegend() {
    var legend = document.getElementById("legend");
    var seen = {};
    events.forEach(function (event) {
      if (seen[event.kind]) return;
      seen[event.kind] = true;
      var item = element("span", "kind");
      var swatch = element("span", "swatch");
      swatch.style.background = KIND_COLORS[event.kind] || "#8a94a3";
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(event.kind));
      legend.appendChild(item);
    });
  }

  // The sentence with its trigger marked, built from text nodes.
  function evidenceQuote(mention) {
    var quote = element("blockquote");
    var sentence = oneLine(mention.sentence);
    var trigger = oneLine(mention.trigger);
    // The mention's own occurrence when the words recur in the sentence.
    var at = trigger ? sentence.indexOf(trigger) : -1;
    for (var n = mention.trigger_nth || 0; n > 0 && at >= 0; n--) {
      var next = sentence.indexOf(trigger, at + trigger.length);
      if (next < 0) { break; }
      at = next;
    }
    if (at < 0) { quote.textContent = sentence; return quote; }
    quote.appendChild(document.createTextNode(sentence.slice(0, at)));
    quote.appendChild(element("mark", null, trigger));
    quote.appendChild(document.createTextNode(sentence.slice(at + trigger.length)));
    return quote;
  }

  function select(event, node) {
    Array.prototype.forEach.call(document.querySelectorAll(".event.selected"), function (n) {
      n.classList.remove("selected");
    });
    node.classList.add("selected");
    // Keep the selection linkable; some file:// contexts refuse, harmlessly.
    try { history.replaceState(null, "", "#" + encodeURIComponent(event.id)); } catch (e) { /* ignore */ }
    var details = document.getElementById("details");
    details.textContent = "";
    details.appendChild(element("h2", null, headline(event)));
    var facts = [dateText(event), event.kind];
    if (event.location) facts.push("in " + name(event.location));
    if (event.modality !== "asserted") facts.push(event.modality);
    details.appendChild(element("p", "facts", facts.join(" · ") + " · " + event.id));
    if (event.dispute) {
      var side = function (claims) {
        return claims.map(function (c) {
          return (c.source ? name(c.source) : "the journalist") + " (" + c.mention + ")";
        }).join(", ");
      };
      var parts = [];
      if (event.dispute.claimed_by.length) parts.push("claimed by " + side(event.dispute.claimed_by));
      if (event.dispute.denied_by.length) parts.push("denied by " + side(event.dispute.denied_by));
      details.appendChild(element("p", "dispute", "Disputed: " + parts.join("; ")));
    }
    var list = element("ul");
    (event.mentions || []).forEach(function (mention) {
      var item = element("li");
      item.appendChild(element("code", null, mention.doc));
      var notes = [];
      if (mention.modality !== "asserted") notes.push(mention.modality);
      if (mention.attributed_to) notes.push("according to " + name(mention.attributed_to));
      if (mention.date) notes.push("dated " + mention.date.value);
      if (notes.length) item.appendChild(document.createTextNode(" (" + notes.join(", ") + ")"));
      item.appendChild(evidenceQuote(mention));
      if (mention.merged) {
        item.appendChild(element("div", "merge", "merged with " + mention.merged.with +
          " (score " + Number(mention.merged.score).toFixed(2) + ")"));
      }
      list.appendChild(item);
    });
    details.appendChild(list);
    (event.date_conflicts || []).forEach(function (conflict) {
      details.appendChild(element("p", "conflict",
        "Date conflict: " + conflict.mention + " gives " + conflict.date.value));
    });
  }

  drawLegend();
  drawAxis(events.filter(function (event) { return event.date; }));
  drawUndated(events.filter(function (event) { return !event.date; }));
  // A link to `page.html#e2` opens with that event's sources shown.
  var wanted = window.location.hash.slice(1);
  try { wanted = decodeURIComponent(wanted); } catch (e) { /* a malformed hash names nothing */ }
  if (Object.prototype.hasOwnProperty.call(drawn, wanted)) {
    select(drawn[wanted].event, drawn[wanted].node);
    drawn[wanted].node.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}());
