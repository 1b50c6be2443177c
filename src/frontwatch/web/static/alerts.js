// The alerts panel: what the saved watches caught (GET /alerts), newest change first, refreshed
// every 30 s. An alert opens its story in the evidence drawer. Alerts changed since the page was
// opened are marked, so an analyst who keeps the map open sees what is new at a glance.

import { getJSON } from "./api.js";
import { h } from "./dom.js";

const REFRESH_MS = 30_000;

/** Render one page of /alerts into `list` and its total into `count`. */
export function renderAlerts(list, count, page, onOpen, since) {
  count.textContent = page.total.toLocaleString();
  list.replaceChildren(...page.items.map((a) => {
    const s = a.summary?.story || {};
    const fresh = since && a.updated_at > since;
    const sent = a.deliveries.length
      ? a.deliveries.filter((d) => d.version === a.version).map((d) => `${d.channel} ${d.status}`).join(", ")
      : "map only";
    return h("li", { "data-alert-id": a.id, class: fresh ? "fresh" : undefined, onclick: () => onOpen(a.story_id) },
      h("span", { class: "t" }, `${a.version > 1 ? "Update: " : ""}${a.title || a.story_id}`),
      h("div", { class: "meta" }, `${a.watch_name} · ${s.date || "undated"} · ${a.corroboration} outlet(s) · ${sent}`));
  }));
  if (!page.items.length) list.replaceChildren(h("li", { class: "meta" }, "no alerts yet (frontwatch watches add …)"));
}

/** Load the panel now and every REFRESH_MS; returns a function that stops the refresh. */
export function startAlerts({ list, count, onOpen }) {
  const since = new Date().toISOString();
  const load = async () => {
    try {
      renderAlerts(list, count, await getJSON("/alerts", { limit: 20 }), onOpen, since);
    } catch (err) {
      list.replaceChildren(h("li", { class: "meta" }, String(err.message || err)));
    }
  };
  load();
  const timer = setInterval(load, REFRESH_MS);
  return () => clearInterval(timer);
}
