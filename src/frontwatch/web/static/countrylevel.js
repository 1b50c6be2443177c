// Events known only to their country. The API sends them with a null geometry: drawing them on
// the country's centroid would show a cluster where nothing happened (and hide how vague they are),
// so they are listed beside the map, grouped by country, and open in the evidence drawer.

import { h } from "./dom.js";

const names = (() => {
  try { return new Intl.DisplayNames(["en"], { type: "region" }); } catch { return null; }
})();

/** "SY" → "Syria" (the browser's own CLDR names); the code itself when unknown. */
export function countryName(code) {
  if (!code) return "unknown country";
  try { return names?.of(code) || code; } catch { return code; }
}

/** Split a FeatureCollection's features into map points and country-level events. */
export function splitCountryLevel(features) {
  const points = [], countryLevel = [];
  for (const f of features) (f.geometry ? points : countryLevel).push(f);
  return { points, countryLevel };
}

/** Render the "Country-level events (N)" list, grouped by country, most events first. */
export function renderCountryLevel(list, count, features, onOpen) {
  count.textContent = features.length.toLocaleString();
  const groups = new Map();
  for (const f of features) {
    const key = f.properties.country || "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  list.replaceChildren(...ordered.map(([code, items]) => h("li", { "data-country": code },
    h("span", { class: "t" }, `${countryName(code)} (${items.length})`),
    h("ul", {}, ...items.map((f) => h("li", { "data-event-id": f.properties.id, onclick: () => onOpen(f.properties.id) },
      `${f.properties.date || "undated"} · ${f.properties.sub_event_type || f.properties.event_type}`
      + (f.properties.fatalities ? ` · ${f.properties.fatalities} killed` : "")))))));
  if (!features.length) list.replaceChildren(h("li", { class: "meta" }, "none for these filters"));
}
