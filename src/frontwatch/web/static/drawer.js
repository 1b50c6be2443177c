// The evidence drawer: what a click on an event or a story opens. Its purpose is to answer
// "why does the map say this?" — the sentence, the outlet and link, who said it, the confidence.

import { getJSON } from "./api.js";
import { h, safeHref } from "./dom.js";
import { CATEGORIES } from "./layers.js";

const colorOf = (category) => (CATEGORIES.find(([c]) => c === category) || CATEGORIES.at(-1))[1];

export class Drawer {
  constructor({ root, body, close, onShowStory }) {
    Object.assign(this, { root, body, onShowStory });
    close.addEventListener("click", () => this.hide());
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") this.hide(); });
  }

  hide() {
    this.root.hidden = true;
    this.root.dispatchEvent(new CustomEvent("closed"));
  }

  show(...nodes) {
    this.body.replaceChildren(...nodes.filter((n) => n != null)); // replaceChildren would write "null"
    this.root.hidden = false;
    this.root.scrollTop = 0;
  }

  async openEvent(id) {
    this.show(h("p", { class: "sub" }, "loading…"));
    try {
      const ev = await getJSON(`/events/${encodeURIComponent(id)}`);
      this.show(...eventView(ev, (sid) => this.openStory(sid)));
      this.root.dataset.eventId = ev.id;
      delete this.root.dataset.list;
    } catch (err) {
      this.show(h("p", { class: "flag" }, String(err.message || err)));
    }
  }

  /** Events drawn on one point (a stacked cluster, overlapping dots): a list, newest first. */
  openList(features, total) {
    const items = [...features].sort((a, b) => String(b.properties.date || "").localeCompare(String(a.properties.date || "")));
    const place = items[0]?.properties.place || "one point";
    this.show(
      h("h3", {}, `${total.toLocaleString()} events at ${place}`),
      total > items.length ? h("p", { class: "sub" }, `the ${items.length.toLocaleString()} most recent listed`) : null,
      h("ul", { class: "stack" }, ...items.map((f) => {
        const p = f.properties;
        return h("li", { "data-event-id": p.id, onclick: () => this.openEvent(p.id) },
          h("span", { class: "swatch", style: `background:${colorOf(p.category)}` }),
          `${p.date || "undated"} · ${p.sub_event_type || human(p.event_type)}` + (p.fatalities ? ` · ${p.fatalities} killed` : ""));
      })));
    delete this.root.dataset.eventId;
    this.root.dataset.list = String(total);
  }

  async openStory(id) {
    this.show(h("p", { class: "sub" }, "loading…"));
    try {
      const story = await getJSON(`/stories/${encodeURIComponent(id)}`);
      this.show(...storyView(story));
      this.root.dataset.storyId = story.id;
      this.onShowStory?.(story);
    } catch (err) {
      this.show(h("p", { class: "flag" }, String(err.message || err)));
    }
  }
}

const human = (s) => String(s || "").replace(/_/g, " ");

/** A heading for an event or story: the ACLED sub-type unless it is the catch-all "Other". */
export function typeTitle(acled, eventType) {
  const sub = acled?.sub_event_type;
  if (sub && sub !== "Other") return sub;
  return acled?.event_type ? `${acled.event_type} (${human(eventType)})` : human(eventType);
}

function title(ev) {
  return typeTitle(ev.acled, ev.event_type);
}

function when(ev) {
  // A date worked out from a file's modification time is a guess about the bytes, not the report: say so.
  const guessed = ev.date_source === "file_mtime" ? " (from the file's time, not a stated date)" : "";
  if (ev.date) return (ev.date_precision && ev.date_precision !== "day" ? `${ev.date} (${ev.date_precision})` : ev.date) + guessed;
  const pub = ev.article?.published;
  return pub ? `by ${pub.slice(0, 10)} (publication date)` : "date unknown";
}

function where(ev) {
  const loc = ev.location;
  if (!loc) return "no location";
  const name = loc.name || loc.text || "?";
  const rel = loc.relative;
  const relText = rel ? ` — ${rel.km_max ?? rel.km ?? rel.radius_km ?? "?"} km ${rel.direction || ""} of ${rel.anchor || "?"}` : "";
  return `${name}${relText} (${loc.precision || "?"})`;
}

function outletOf(article) {
  if (article?.outlet) return article.outlet;
  try { return new URL(article?.url).hostname.replace(/^www\./, ""); } catch { return "unknown outlet"; }
}

function confidence(value) {
  const pct = Math.round((value ?? 0) * 100);
  return h("span", {}, h("span", { class: "conf", title: `${pct}%` }, h("i", { style: `width:${pct}%` })), `${pct}%`);
}

function link(article) {
  const href = safeHref(article?.url);
  const text = article?.title || article?.url || "(no title)";
  return href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, text) : h("span", {}, text);
}

function whoSaid(ev) {
  return ev.reported_by?.length ? ev.reported_by.join("; ") : `${outletOf(ev.article)} (no attribution in the text)`;
}

/** The sentence with the words read as place, actor and trigger marked (each in its own style, named
 * in a tooltip), so the reader sees what the coding rests on. `terms`: [text, role] pairs. */
export function marked(text, terms) {
  const spans = [];
  const lower = text.toLowerCase();
  for (const [term, role] of terms) {
    if (!term || term.length < 2) continue;
    const at = lower.indexOf(term.toLowerCase());
    if (at >= 0 && !spans.some(([a, b]) => at < b && at + term.length > a)) spans.push([at, at + term.length, role]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const out = [];
  let pos = 0;
  for (const [a, b, role] of spans) {
    out.push(text.slice(pos, a), h("mark", { class: role, title: `read as ${role}` }, text.slice(a, b)));
    pos = b;
  }
  out.push(text.slice(pos));
  return out.filter((x) => x !== "");
}

function evidenceQuote(ev) {
  const terms = [[ev.location?.text, "place"], [ev.actor1?.text, "actor"], [ev.actor2?.text, "actor"],
                 [ev.trigger, "trigger"]];
  return h("blockquote", { class: "evidence" }, marked(ev.evidence?.text || "", terms));
}

function details(ev) {
  const actors = [ev.actor1?.name || ev.actor1?.text, ev.actor2?.name || ev.actor2?.text].filter(Boolean);
  return h("dl", {},
    h("dt", {}, "Who said it"), h("dd", { class: "who" }, whoSaid(ev)),
    h("dt", {}, "Outlet"), h("dd", { class: "outlet" }, outletOf(ev.article)),
    h("dt", {}, "Article"), h("dd", {}, link(ev.article)),
    h("dt", {}, "Confidence"), h("dd", { class: "confidence" }, confidence(ev.confidence)),
    actors.length ? [h("dt", {}, "Actors"), h("dd", {}, actors.join(" → "))] : null,
    ev.fatalities ? [h("dt", {}, "Fatalities"), h("dd", { class: "fatalities" }, `${ev.fatalities} reported killed`)] : null,
    h("dt", {}, "Coding"), h("dd", {}, [ev.acled?.event_type, ev.plover && `PLOVER ${ev.plover}`, human(ev.event_type)]
      .filter(Boolean).join(" · ")),
  );
}

export function eventView(ev, openStory) {
  const nodes = [
    h("h3", {}, title(ev)),
    h("div", { class: "sub" }, h("span", { class: `badge ${ev.modality}` }, ev.modality), `${when(ev)} · ${where(ev)}`),
    evidenceQuote(ev),
    details(ev),
  ];
  const story = ev.story;
  if (story) {
    const others = story.outlets.filter(Boolean);
    nodes.push(h("p", { class: "story-ref" },
      `Story: reported by ${story.corroboration} outlet${story.corroboration === 1 ? "" : "s"}`,
      others.length ? ` (${others.join(", ")})` : "", " — ",
      h("button", { class: "link", type: "button", onclick: () => openStory(story.id) }, "every report")));
  }
  return nodes;
}

export function storyTitle(story) {
  return typeTitle({ event_type: story.acled_event_type, sub_event_type: story.acled_sub_event_type }, story.family);
}

export function storyView(story) {
  const head = [
    h("h3", {}, `${storyTitle(story)} — ${story.place_name || "unknown place"}`),
    h("div", { class: "sub" }, `${story.date || "date unknown"} · corroborated by ${story.corroboration} outlet(s): `,
      story.outlets.join(", ") || "—"),
  ];
  for (const flag of story.disagreement || []) {
    head.push(h("div", { class: "flag" }, "⚠ ", flag.summary || `reports disagree (${flag.kind})`));
  }
  const reports = story.events.map((ev) => h("div", { class: "report", "data-event-id": ev.id },
    h("div", { class: "sub" }, h("span", { class: `badge ${ev.modality}` }, ev.modality), `${outletOf(ev.article)} · ${when(ev)}`),
    evidenceQuote(ev),
    details(ev),
  ));
  const why = (story.explanation || []).map((x) => h("li", {},
    `${x.action || "?"} ${x.event_id ? x.event_id.slice(0, 10) : ""}: `,
    x.reason || [x.place, x.distance_km != null && `${x.distance_km} km`, x.days_apart != null && `${x.days_apart} day(s) apart`,
      x.actors].filter(Boolean).join(", ")));
  return [...head, ...reports, why.length ? h("details", {}, h("summary", {}, "Why these reports were merged"), h("ul", {}, why)) : null]
    .filter(Boolean);
}
