// Talking to the frontwatch API. Same origin, relative URLs: the page never calls another host
// (the opt-in online tile layer is the only exception, and only when the user switches it on).

/** GET a JSON document; throws an Error carrying the server's one-line `detail`. */
export async function getJSON(path, params) {
  const res = await fetch(withParams(path, params), { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try { detail = (await res.json()).detail || detail; } catch { /* not JSON */ }
    throw new Error(`${path}: ${detail}`);
  }
  return res.json();
}

/** Every page of `/events.geojson` as one FeatureCollection: the server sends at most `limit` points a
 *  response and names the next page's `offset` in `next_offset` (null on the last). The map asks for
 *  MAP_PAGE points a page, not the API's default 5,000: each page re-runs the sorted query, so at
 *  100,000 points twenty small pages took 13.6 s where two large ones take a fraction of it
 *  (bench/web_map_load.py), while a page still stays a bounded response. */
export const MAP_PAGE = 100_000;

/** The map asks for the lean points (`view=map`: only the members the page reads; the drawer fetches an
 *  event's details on click): about half the bytes to send, parse and hand to MapLibre's worker. One
 *  page is used as it came (no copy); later pages are appended in place (no spread of 100,000 arguments). */
export async function getAllFeatures(params) {
  let features = null;
  let offset = 0;
  for (;;) {
    const page = await getJSON("/events.geojson", { ...params, view: "map", limit: MAP_PAGE, ...(offset ? { offset } : {}) });
    if (features === null) features = page.features;
    else for (const f of page.features) features.push(f);
    if (page.next_offset === null || page.next_offset === undefined) return { type: "FeatureCollection", features };
    offset = page.next_offset;
  }
}

/** `/events.geojson?...` etc.; empty values and empty lists are left out, lists repeat the key. */
export function withParams(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) qs.append(key, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** The server-side filters from the sidebar form (the date window is applied client-side). */
export function formFilters(form) {
  const data = new FormData(form);
  const modality = data.getAll("modality");
  const minc = Number(data.get("min_corroboration") || 1);
  return {
    modality,
    min_corroboration: minc > 1 ? minc : undefined,
    actor: (data.get("actor") || "").trim(),
    place: (data.get("place") || "").trim(),
    language: (data.get("language") || "").trim(),
  };
}
