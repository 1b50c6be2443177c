// Events stacked on one point fan out around it ("spiderfy"), each on a leg back to the true point.
// Why: many reports geocode to the same town centre; zooming in never separates them, and a single
// dot would hide that there are several (and of which types). The fan is laid out in screen pixels
// at the current zoom, so it is cleared when the zoom changes; the drawer's list stays the way to
// reach every event when there are more than the fan can hold.

const EMPTY = { type: "FeatureCollection", features: [] };
export const FAN_MAX = 60; // dots fanned at most (more would cover the region); the drawer lists them all

/** Pixel offsets of n fanned dots: a ring for a few, a spiral for more. */
export function fanOffsets(n) {
  if (n <= 9) {
    const r = Math.max(36, (20 * n) / (2 * Math.PI)); // clear of the donut, ≥ 20 px between dots
    return Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n - Math.PI / 2;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
  }
  // An Archimedean spiral r = 36 + 22·θ/2π: 22 px between turns, 22 px along the curve between dots.
  const out = [];
  let angle = 0;
  for (let i = 0; i < n; i++) {
    const r = 36 + (22 * angle) / (2 * Math.PI);
    out.push([r * Math.cos(angle - Math.PI / 2), r * Math.sin(angle - Math.PI / 2)]);
    angle += 22 / r;
  }
  return out;
}

/** Fan `features` (all on one point) out around `center` ([lon, lat]); returns the fanned ids. */
export function spiderfy(map, center, features) {
  const items = features.slice(0, FAN_MAX);
  const origin = map.project(center);
  const legs = [], dots = [];
  fanOffsets(items.length).forEach(([dx, dy], i) => {
    const at = map.unproject([origin.x + dx, origin.y + dy]).toArray();
    legs.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [center, at] } });
    dots.push({ type: "Feature", properties: { ...items[i].properties, fanned: true }, geometry: { type: "Point", coordinates: at } });
  });
  map.getSource("spider").setData({ type: "FeatureCollection", features: [...legs, ...dots] });
  map.setPaintProperty("control-label", "icon-opacity", 0.2); // a place label would cross the fan
  return items.map((f) => f.properties.id);
}

export function unspiderfy(map) {
  map.getSource("spider")?.setData(EMPTY);
  map.setPaintProperty("control-label", "icon-opacity", 1);
}
