// frontwatch map page: wires the map, the filters, the timeline, the control layer and the
// evidence drawer. Data flow: server-side filters (form) → /events.geojson once → the page
// filters that array by category and date window → one clustered GeoJSON source. No marker
// is a DOM element, so 100,000 events cost one worker-side clustering, not 100,000 nodes.

import { startAlerts } from "./alerts.js";
import { formFilters, getAllFeatures, getJSON, withParams } from "./api.js";
import { Drawer, storyTitle } from "./drawer.js";
import { h } from "./dom.js";
import { renderCountryLevel, splitCountryLevel } from "./countrylevel.js";
import { CATEGORIES, addTextImages, baseStyle, controlFeatures, setOnlineTiles } from "./layers.js";
import { spiderfy, unspiderfy } from "./spider.js";
import { Timeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const CLUSTER_MAX_ZOOM = 11; // layers.js: the events source's clusterMaxZoom
const STACK_LIMIT = 500; // events listed for one stacked point (the list says when there are more)

/** True when every feature sits within ~50 m of the first: zooming in would never separate them. */
export function stacked(features) {
  const [x0, y0] = features[0].geometry.coordinates;
  return features.every(({ geometry: { coordinates: [x, y] } }) => Math.abs(x - x0) < 5e-4 && Math.abs(y - y0) < 5e-4);
}
const state = { all: [], shown: [], countryLevel: [], hidden: new Set(), window: [null, null], config: null,
                fitted: false };
let resolveReady;
const ready = new Promise((r) => { resolveReady = r; });
const timing = {};
const mark = (name) => { timing[name] = Math.round(performance.now()); };
window.frontwatch = { state, ready, timing };

function status(message, error = false) {
  const el = $("status");
  el.textContent = message;
  el.classList.toggle("error", error);
}

function categoryLegend(onToggle) {
  const list = $("categories");
  list.replaceChildren(...CATEGORIES.map(([name, color]) => h("li", {},
    h("label", {},
      h("input", { type: "checkbox", checked: true, "data-category": name,
                   onchange: (e) => onToggle(name, e.target.checked) }),
      h("span", { class: "swatch", style: `background:${color}` }), name,
      h("span", { class: "n", "data-count": name }, "0")))));
}

function updateCounts(features) {
  const counts = Object.fromEntries(CATEGORIES.map(([c]) => [c, 0]));
  for (const f of features) counts[f.properties.category] = (counts[f.properties.category] || 0) + 1;
  for (const el of document.querySelectorAll("[data-count]")) el.textContent = (counts[el.dataset.count] || 0).toLocaleString();
}

function inWindow(f, [from, to]) {
  const d = f.properties.date;
  if (!from) return true;
  return d && d >= from && d <= to;
}

function bounds(features) {
  let w = 180, s = 90, e = -180, n = -90;
  for (const f of features) {
    const [x, y] = f.geometry.coordinates;
    if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y;
  }
  return features.length ? [[w, s], [e, n]] : null;
}

const median = (values) => {
  const v = Float64Array.from(values).sort();
  return v.length ? v[v.length >> 1] : 0;
};

/** Where the first view should look: the bulk of the events, not every outlier.
 * One mention of a capital far away (talks in Doha, a statement in Washington) would otherwise
 * zoom the map out until the theatre is a corner. Country-centroid points are left out when
 * finer ones exist; then everything within max(400 km, 3 × the median distance) of the median
 * point is kept. Pure arithmetic over the loaded array: O(n log n) even for 100,000 events. */
export function focusBounds(features) {
  const fine = features.filter((f) => f.properties.precision !== "country");
  const pts = (fine.length ? fine : features).map((f) => f.geometry.coordinates);
  if (!pts.length) return null;
  const cx = median(pts.map((p) => p[0])), cy = median(pts.map((p) => p[1]));
  const km = ([x, y]) => 111.2 * Math.hypot((x - cx) * Math.cos((cy * Math.PI) / 180), y - cy);
  const dist = pts.map(km);
  const limit = Math.max(400, 3 * median(dist));
  const kept = pts.filter((_, i) => dist[i] <= limit);
  return bounds(kept.map((coordinates) => ({ geometry: { coordinates } })));
}

async function main() {
  state.config = await getJSON("/config.json");
  if (!state.config.vendor_built) {
    status("Map files are missing: run scripts/build-web, then reload.", true);
    return;
  }
  let maplibregl;
  try {
    maplibregl = await import("./vendor/maplibre-gl.mjs");
  } catch (err) {
    status(`Could not load the map library: ${err.message}`, true);
    return;
  }
  const map = new maplibregl.Map({
    container: "map", style: baseStyle(), center: [38.5, 35], zoom: 4.5, maxZoom: 15,
    attributionControl: { compact: true, customAttribution: "Natural Earth via world-atlas" },
  });
  window.frontwatch.map = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
  addTextImages(map);
  mark("map-created");
  await new Promise((r) => map.once("load", r));
  mark("map-loaded");

  const drawer = new Drawer({
    root: $("drawer"), body: $("drawer-body"), close: $("drawer-close"),
    // the drawer covers the map's right side: put the story's place in the middle of what is left
    onShowStory: (story) => { if (story.lon != null) map.easeTo({ center: [story.lon, story.lat], zoom: Math.max(map.getZoom(), 7),
                                                                 offset: [-Math.round($("drawer").offsetWidth / 2), 0] }); },
  });
  $("drawer").addEventListener("closed", () => { map.setFilter("selected", ["==", ["get", "id"], ""]); unspiderfy(map); });
  window.frontwatch.openEvent = (id) => drawer.openEvent(id); // for scripts (scripts/screenshot-map)
  startAlerts({ list: $("alerts"), count: $("alert-count"), onOpen: (id) => drawer.openStory(id) });

  const show = () => {
    state.shown = state.all.filter((f) => !state.hidden.has(f.properties.category) && inWindow(f, state.window));
    map.getSource("events").setData({ type: "FeatureCollection", features: state.shown });
    updateCounts(state.all.filter((f) => inWindow(f, state.window)));
    renderCountryLevel($("country-events"), $("country-count"),
      state.countryLevel.filter((f) => !state.hidden.has(f.properties.category) && inWindow(f, state.window)),
      (id) => drawer.openEvent(id));
    status(`${state.shown.length.toLocaleString()} of ${state.all.length.toLocaleString()} located event(s) shown`);
  };

  const loadControl = async () => {
    const on = $("toggle-control").checked;
    for (const id of ["control-front-fill", "control-front-line", "control-area", "control-label"]) {
      map.setLayoutProperty(id, "visibility", on ? "visible" : "none");
    }
    if (!on) return;
    try {
      const pic = await getJSON("/control", { date: state.window[1] || undefined });
      state.control = pic.items;
      map.getSource("control").setData(controlFeatures(pic.items));
    } catch (err) {
      status(String(err.message || err), true);
    }
  };

  const timeline = new Timeline({
    canvas: $("histogram"), from: $("range-from"), to: $("range-to"),
    labels: { from: $("t-from"), to: $("t-to"), count: $("t-count") },
    categories: CATEGORIES.map(([c]) => c), colors: CATEGORIES.map(([, col]) => col),
    onChange: (range) => { state.window = range; show(); loadControl(); storiesFollow(); },
  });

  categoryLegend((name, on) => { if (on) state.hidden.delete(name); else state.hidden.add(name); show(); storiesFollow(); });

  // The categories left on, as /stories type filters (none when all are on; "Other" has no ACLED type).
  const shownTypes = () => (state.hidden.size ? CATEGORIES.map(([c]) => c).filter((c) => c !== "Other" && !state.hidden.has(c))
    : undefined);
  let storiesTimer = null;
  const storiesFollow = () => { clearTimeout(storiesTimer); storiesTimer = setTimeout(() => loadStories(state.filters), 250); };
  const loadStories = async (filters) => {
    const list = $("stories");
    try {
      const [from, to] = state.window;
      const page = await getJSON("/stories", { limit: 25, min_corroboration: filters.min_corroboration, place: filters.place,
                                                date_from: from || undefined, date_to: to || undefined, type: shownTypes() });
      list.replaceChildren(...page.items.map((s) => h("li", { "data-story-id": s.id, onclick: () => drawer.openStory(s.id) },
        h("span", { class: "t" }, `${storyTitle(s)} — ${s.place_name || "unknown place"}`),
        h("div", { class: "meta" }, `${s.date || "undated"} · ${s.corroboration} outlet(s)${s.disagreement?.length ? " · ⚠ disagreement" : ""}`))));
      if (!page.items.length) list.replaceChildren(h("li", { class: "meta" }, "no stories for these filters"));
    } catch (err) {
      list.replaceChildren(h("li", { class: "meta" }, String(err.message || err)));
    }
  };

  const loadEvents = async () => {
    const filters = formFilters($("filters"));
    state.filters = filters;
    status("loading events…");
    const t0 = performance.now();
    try {
      const fc = await getAllFeatures(filters);
      const { points, countryLevel } = splitCountryLevel(fc.features); // no point on a country's centroid
      state.all = points;
      state.countryLevel = countryLevel;
    } catch (err) {
      status(String(err.message || err), true);
      return;
    }
    timeline.setFeatures([...state.all, ...state.countryLevel]);
    state.window = timeline.range();
    show();
    state.loadMs = Math.round(performance.now() - t0);
    if (!state.fitted && state.all.length) {
      map.fitBounds(focusBounds(state.all), { padding: 80, maxZoom: 8, duration: 0 }); // room for labels
      state.fitted = true;
    }
    await Promise.all([loadControl(), loadStories(filters)]);
  };

  $("filters").addEventListener("submit", (e) => { e.preventDefault(); loadEvents(); });
  $("toggle-control").addEventListener("change", loadControl);
  const online = $("toggle-online");
  online.disabled = !state.config.tiles_url;
  online.addEventListener("change", () => setOnlineTiles(map, state.config, online.checked));

  // One click handler, so a click opens one thing: events over clusters over the control circle
  // beneath them (per-layer handlers would all fire, and the last one would win).
  // A cluster zooms in until it splits; one that cannot split (events on one point: a town's many
  // reports) fans out around its point and opens as a list, as do points drawn on top of each other.
  const openStack = (center, features, total) => {
    spiderfy(map, center, features);
    drawer.openList(features, total);
  };
  const openCluster = async (f) => {
    const source = map.getSource("events");
    const zoom = await source.getClusterExpansionZoom(f.properties.cluster_id);
    const leaves = zoom > CLUSTER_MAX_ZOOM ? await source.getClusterLeaves(f.properties.cluster_id, STACK_LIMIT, 0) : null;
    if (leaves && stacked(leaves)) openStack(f.geometry.coordinates, leaves, f.properties.point_count);
    else map.easeTo({ center: f.geometry.coordinates, zoom });
  };
  const openPoints = (features) => {
    const seen = new Set();
    const here = features.filter((x) => !seen.has(x.properties.id) && seen.add(x.properties.id));
    if (here.length > 1 && stacked(here)) {
      openStack(here[0].geometry.coordinates, here, here.length);
      return;
    }
    if (here.length > 1) {
      drawer.openList(here, here.length);
      return;
    }
    map.setFilter("selected", ["==", ["get", "id"], here[0].properties.id]);
    drawer.openEvent(here[0].properties.id);
  };
  const openControl = (f) => {
    const p = f.properties;
    const item = (state.control || []).find((c) => c.place_name === p.place && c.controller === p.controller);
    if (item?.evidence?.length) drawer.openEvent(item.evidence[item.evidence.length - 1]);
  };
  map.on("click", (e) => {
    const hits = map.queryRenderedFeatures(e.point, { layers: ["spider-points", "events", "clusters", "control-area"] });
    const on = (layer) => hits.filter((f) => f.layer.id === layer);
    if (on("spider-points").length) { drawer.openEvent(on("spider-points")[0].properties.id); return; }
    unspiderfy(map); // a click anywhere else folds an open fan
    if (on("events").length) openPoints(on("events"));
    else if (on("clusters").length) openCluster(on("clusters")[0]);
    else if (on("control-area").length) openControl(on("control-area")[0]);
  });
  map.on("zoomstart", () => unspiderfy(map)); // the fan is laid out in pixels of one zoom
  for (const layer of ["clusters", "events", "control-area", "spider-points"]) {
    map.on("mouseenter", layer, () => { map.getCanvas().style.cursor = "pointer"; });
    map.on("mouseleave", layer, () => { map.getCanvas().style.cursor = ""; });
  }

  await loadEvents();
  mark("events-loaded");
  map.once("idle", () => { mark("idle"); document.body.dataset.ready = "1"; resolveReady(map); });
  map.triggerRepaint();
}

main().catch((err) => { status(`Error: ${err.message || err}`, true); console.error(err); });
