// The map's style: an offline basemap (Natural Earth countries from world-atlas, served from
// /static/vendor), the clustered event source and the control layer. No glyph server is
// available offline, so the few texts on the map (country names, control labels) and the cluster
// donuts with their counts are drawn into images on demand (see addTextImages) instead of symbol text.

export const CATEGORIES = [
  ["Battles", "#d62728"],
  ["Explosions/Remote violence", "#ff7f0e"],
  ["Violence against civilians", "#9467bd"],
  ["Protests", "#1f77b4"],
  ["Riots", "#8c564b"],
  ["Strategic developments", "#17becf"],
  ["Other", "#7f7f7f"],
];

// Contested is a yellow no event category uses (orange would read as an explosion).
export const SIDES = { opposition: "#00897b", government: "#3949ab", other: "#8d6e63", contested: "#e0b800" };

const EMPTY = { type: "FeatureCollection", features: [] };

const categoryColor = ["match", ["get", "category"], ...CATEGORIES.slice(0, -1).flat(), CATEGORIES.at(-1)[1]];
// Each cluster counts its events per category (c0…c6, in CATEGORIES order) so it can be drawn as a
// donut of type colours: a grey disc would hide what kind of violence a dense area has.
// One `match` per count (1 for its own category, "Other" for anything unnamed): the worker evaluates these
// for every point it clusters (100,000 on a large store), so no nested index lookup inside a `case`.
const NAMED = CATEGORIES.slice(0, -1).map(([c]) => c);
const isCategory = (i) => (i < NAMED.length ? ["match", ["get", "category"], NAMED[i], 1, 0]
  : ["match", ["get", "category"], NAMED, 0, 1]);
export const CLUSTER_PROPERTIES = Object.fromEntries(CATEGORIES.map((_, i) => [`c${i}`, ["+", isCategory(i)]]));
// The donut image id: "pie:<size step>:<24ths per category>:<count>". Shares are rounded to 24ths
// so clusters with about the same mix share one image (bounded image count at any data size).
const share = (i) => ["to-string", ["round", ["*", 24, ["/", ["get", `c${i}`], ["get", "point_count"]]]]];
const pieImage = ["concat", "pie:", ["step", ["get", "point_count"], 0, 10, 1, 100, 2, 1000, 3, 10000, 4], ":",
  ...CATEGORIES.flatMap((_, i) => (i ? [",", share(i)] : [share(i)])), ":", ["get", "point_count_abbreviated"]];
const PIE_RADII = [14, 17, 21, 26, 31];

const sideColor = ["match", ["get", "side"], "opposition", SIDES.opposition, "government", SIDES.government, SIDES.other];

export function baseStyle() {
  return {
    version: 8,
    sources: {
      countries: { type: "geojson", data: "/static/vendor/countries.geojson" },
      borders: { type: "geojson", data: "/static/vendor/borders.geojson" },
      countryLabels: { type: "geojson", data: "/static/vendor/country-labels.geojson" },
      control: { type: "geojson", data: EMPTY },
      spider: { type: "geojson", data: EMPTY }, // a stack fanned out (spider.js)
      events: {
        type: "geojson", data: EMPTY, cluster: true, clusterRadius: 42, clusterMaxZoom: 11,
        clusterProperties: CLUSTER_PROPERTIES, promoteId: "id",
      },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#d4e3ee" } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f3f0e8" } },
      { id: "coast", type: "line", source: "countries", paint: { "line-color": "#9bb2c4", "line-width": 0.7 } },
      { id: "borders", type: "line", source: "borders",
        paint: { "line-color": "#8e8a84", "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6, 8, 1.6] } },
      // Country names for orientation (placed inside each polygon; they give way to everything else).
      { id: "country-label", type: "symbol", source: "countryLabels", minzoom: 2.5,
        layout: { "icon-image": ["concat", "txt:country:", ["get", "name"]], "icon-allow-overlap": false,
                  "icon-padding": 4, "symbol-sort-key": ["-", 0, ["get", "area"]] } },
      { id: "control-front-fill", type: "fill", source: "control", filter: ["==", ["get", "kind"], "front"],
        paint: { "fill-color": sideColor, "fill-opacity": 0.07 } },
      { id: "control-front-line", type: "line", source: "control", filter: ["==", ["get", "kind"], "front"],
        paint: { "line-color": sideColor, "line-width": 2, "line-dasharray": [3, 2] } },
      { id: "control-area", type: "circle", source: "control", filter: ["==", ["get", "kind"], "held"],
        paint: {
          "circle-radius": ["interpolate", ["exponential", 2], ["zoom"], 4, 9, 8, 26, 11, 90],
          "circle-color": sideColor, "circle-opacity": 0.18,
          "circle-stroke-color": ["case", ["==", ["get", "status"], "contested"], SIDES.contested, sideColor],
          "circle-stroke-width": ["case", ["==", ["get", "status"], "contested"], 3, 1.5],
        } },
      { id: "events", type: "circle", source: "events", filter: ["!", ["has", "point_count"]],
        paint: {
          "circle-color": categoryColor,
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 3, 4, 10, 7],
          "circle-opacity": ["match", ["get", "modality"], ["denied", "planned", "background"], 0.45, 0.95],
          "circle-stroke-color": ["match", ["get", "modality"], "claimed", "#222", "#fff"],
          "circle-stroke-width": ["match", ["get", "modality"], "claimed", 2, 1.2],
        } },
      { id: "selected", type: "circle", source: "events", filter: ["==", ["get", "id"], ""],
        paint: { "circle-radius": 11, "circle-color": "transparent", "circle-stroke-color": "#111", "circle-stroke-width": 2.5 } },
      // Place labels go above the event dots and collide with each other; the held places win over
      // contested ones and front lines when space is short. Text colour = side. A label that would
      // cover a cluster's donut (one on its own point included) is not drawn: see "clusters" below.
      { id: "control-label", type: "symbol", source: "control", filter: ["has", "label"],
        layout: { "icon-image": ["concat", "txt:label:", ["get", "ink"], ":", ["get", "label"]], "icon-anchor": "top",
                  "icon-offset": [0, 12], "icon-allow-overlap": false, "icon-padding": 1,
                  "symbol-sort-key": ["match", ["get", "status"], "held", 0, "contested", 1, 2] } },
      // Always drawn, and in the collision grid. MapLibre places symbols from the top layer down, so the
      // donuts sit above every label layer: placed first, the place labels and country names (placed
      // after) give way to them instead of being drawn across a donut.
      { id: "clusters", type: "symbol", source: "events", filter: ["has", "point_count"],
        layout: { "icon-image": pieImage, "icon-allow-overlap": true, "icon-ignore-placement": false } },
      // An opened stack (spider.js) lies over everything, labels included.
      { id: "spider-legs", type: "line", source: "spider", filter: ["==", ["geometry-type"], "LineString"],
        paint: { "line-color": "#3b4450", "line-width": 1.2, "line-opacity": 0.8 } },
      { id: "spider-points", type: "circle", source: "spider", filter: ["==", ["geometry-type"], "Point"],
        paint: { "circle-color": categoryColor, "circle-radius": 7,
                 "circle-stroke-color": ["match", ["get", "modality"], "claimed", "#222", "#fff"],
                 "circle-stroke-width": ["match", ["get", "modality"], "claimed", 2, 1.5] } },
    ],
  };
}

/** Render "txt:<kind>:<text>" images when a layer asks for them (no glyphs offline). */
export function addTextImages(map) {
  const resolve = (id) => {
    if (map.hasImage(id)) return;
    const [prefix, kind, ...rest] = id.split(":");
    let image;
    if (prefix === "pie") { // "pie:<size step>:<shares>:<count>"
      const [shares, count] = rest;
      image = donutImage(PIE_RADII[Number(kind)] || PIE_RADII[0], shares.split(",").map(Number), count);
    } else if (prefix === "txt") {
      image = kind === "country" ? textImage(rest.join(":").toUpperCase(), "#8b8478", 10)
        : textImage(rest.slice(1).join(":"), INK[rest[0]] || INK.other);
    } else return;
    map.addImage(id, image, { pixelRatio: TEXT_RATIO });
  };
  // MapLibre 6 asks a resolver before laying out symbols; older versions only fire the event.
  if (typeof map.setMissingStyleImageResolver === "function") map.setMissingStyleImageResolver(resolve);
  else map.on("styleimagemissing", (e) => resolve(e.id));
}

const TEXT_RATIO = 2;
// Darker shades of SIDES for text on the light basemap (the fills stay light).
const INK = { opposition: "#00594f", government: "#283593", other: "#5d4037", contested: "#7a6300" };

function textImage(text, ink = "#1d2530", px = 12) {
  const size = px * TEXT_RATIO;
  const ctx = document.createElement("canvas").getContext("2d");
  const font = `600 ${size}px system-ui, "DejaVu Sans", sans-serif`;
  ctx.font = font;
  const pad = 4 * TEXT_RATIO;
  const w = Math.ceil(ctx.measureText(text).width + pad * 2) || 1;
  const hgt = Math.ceil(size * 1.35);
  ctx.canvas.width = w;
  ctx.canvas.height = hgt;
  ctx.font = font; // resizing the canvas resets its state
  ctx.textBaseline = "middle";
  ctx.lineWidth = 3 * TEXT_RATIO;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  ctx.lineJoin = "round";
  ctx.strokeText(text, pad, hgt / 2);
  ctx.fillStyle = ink;
  ctx.fillText(text, pad, hgt / 2);
  return ctx.getImageData(0, 0, w, hgt);
}

/** A donut: one arc per category in proportion to `shares` (24ths), the count in a white centre. */
function donutImage(radius, shares, count) {
  const r = radius * TEXT_RATIO;
  const size = 2 * r + 2 * TEXT_RATIO;
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.canvas.width = ctx.canvas.height = size;
  const c = size / 2;
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  let angle = -Math.PI / 2;
  shares.forEach((n, i) => {
    if (!n) return;
    const next = angle + (2 * Math.PI * n) / total;
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.arc(c, c, r, angle, next);
    ctx.closePath();
    ctx.fillStyle = CATEGORIES[i][1];
    ctx.fill();
    angle = next;
  });
  ctx.beginPath();
  ctx.arc(c, c, r * 0.58, 0, 2 * Math.PI);
  ctx.fillStyle = "rgba(255,255,255,0.94)";
  ctx.fill();
  ctx.beginPath();
  ctx.arc(c, c, r, 0, 2 * Math.PI);
  ctx.lineWidth = 1.5 * TEXT_RATIO;
  ctx.strokeStyle = "#fff";
  ctx.stroke();
  const px = Math.max(9, Math.round(radius * 0.62)) * TEXT_RATIO;
  ctx.font = `bold ${px}px system-ui, "DejaVu Sans", sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillStyle = "#1d2530";
  ctx.fillText(count, c, c + TEXT_RATIO);
  return ctx.getImageData(0, 0, size, size);
}

/** A control picture (from /control) as map features: held/contested places and front-line circles. */
export function controlFeatures(items) {
  const features = [];
  for (const c of items) {
    if (c.lat == null || c.lon == null) continue;
    const side = normaliseSide(c.controller);
    const ink = c.status === "contested" ? "contested" : side;
    const props = { side, ink, status: c.status || "held", controller: c.controller, place: c.place_name };
    if (c.status === "frontline" && c.radius_km) {
      features.push({ type: "Feature", properties: { ...props, kind: "front" }, geometry: circle(c.lon, c.lat, c.radius_km) });
      // Labels stay short (the colour says the side, see the legend) so fewer of them collide.
      const who = side === "other" ? ` · ${c.controller}` : "";
      features.push({ type: "Feature", properties: { ...props, kind: "front-center",
        label: `${c.place_name || "front"}${who} (±${Math.round(c.radius_km)} km)` },
        geometry: { type: "Point", coordinates: [c.lon, c.lat] } });
    } else {
      const label = c.status === "contested" ? `${c.place_name || "?"} (contested)`
        : `${c.place_name || "?"}${side === "other" ? ` · ${c.controller}` : ""}`;
      features.push({ type: "Feature", properties: { ...props, kind: "held", label },
        geometry: { type: "Point", coordinates: [c.lon, c.lat] } });
    }
  }
  return { type: "FeatureCollection", features };
}

export function normaliseSide(controller) {
  const c = String(controller || "").toLowerCase();
  if (/opposition|rebel|insurgent|hts|tahrir|sdf|fsa|free syrian/.test(c)) return "opposition";
  if (/government|regime|army|state|armed forces|military/.test(c)) return "government";
  return "other";
}

/** A geodesic circle as a 64-vertex polygon (a front-line claim's radius around its point). */
export function circle(lon, lat, km, steps = 64) {
  const R = 6371.0088;
  const d = km / R;
  const φ1 = (lat * Math.PI) / 180;
  const λ1 = (lon * Math.PI) / 180;
  const ring = [];
  for (let i = 0; i <= steps; i++) {
    const θ = (2 * Math.PI * i) / steps;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
    const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    ring.push([((λ2 * 180) / Math.PI + 540) % 360 - 180, (φ2 * 180) / Math.PI]);
  }
  return { type: "Polygon", coordinates: [ring] };
}

/** The online raster layer, added only when the user asks (it fetches tiles from the internet). */
export function setOnlineTiles(map, config, on) {
  if (on && config.tiles_url && !map.getSource("online")) {
    map.addSource("online", { type: "raster", tiles: [config.tiles_url], tileSize: 256, maxzoom: 19,
                              attribution: config.tiles_attribution || "" });
    map.addLayer({ id: "online", type: "raster", source: "online", paint: { "raster-opacity": 0.85 } }, "coast");
  } else if (!on && map.getSource("online")) {
    map.removeLayer("online");
    map.removeSource("online");
  }
}
