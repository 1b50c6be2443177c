// The timeline: a daily-count histogram drawn on one canvas and two range sliders picking the
// first and last day shown. Counting and filtering happen in the page on the already-loaded
// features, so moving a slider never waits for the server.

const DAY = 86400000;

export function dayNumber(iso) {
  if (!iso) return null;
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1 || 0, +iso.slice(8, 10) || 1);
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

export function isoDay(n) {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** Daily counts per category between the first and last dated feature. */
export function dailyCounts(features, categories) {
  let min = Infinity, max = -Infinity;
  const days = new Int32Array(features.length);
  features.forEach((f, i) => {
    const d = dayNumber(f.properties.date);
    days[i] = d ?? -1;
    if (d !== null) { if (d < min) min = d; if (d > max) max = d; }
  });
  if (min === Infinity) return { start: null, end: null, total: [], byCat: [] };
  const n = max - min + 1;
  const total = new Int32Array(n);
  const catIndex = new Map(categories.map((c, i) => [c, i]));
  const byCat = categories.map(() => new Int32Array(n));
  features.forEach((f, i) => {
    if (days[i] < 0) return;
    const k = days[i] - min;
    total[k]++;
    const ci = catIndex.get(f.properties.category) ?? categories.length - 1;
    byCat[ci][k]++;
  });
  return { start: min, end: max, total, byCat };
}

export class Timeline {
  constructor({ canvas, from, to, labels, categories, colors, onChange }) {
    Object.assign(this, { canvas, from, to, labels, categories, colors, onChange });
    this.counts = { start: null, end: null, total: [], byCat: [] };
    let timer = null;
    const changed = (e) => {
      if (+this.from.value > +this.to.value) {
        if (e.target === this.from) this.to.value = this.from.value; else this.from.value = this.to.value;
      }
      this.draw();
      clearTimeout(timer);
      timer = setTimeout(() => this.onChange(this.range()), 120);
    };
    from.addEventListener("input", changed);
    to.addEventListener("input", changed);
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  /** New data: reset the window to the whole span. */
  setFeatures(features) {
    this.counts = dailyCounts(features, this.categories);
    const n = this.counts.start === null ? 0 : this.counts.end - this.counts.start;
    for (const el of [this.from, this.to]) { el.min = 0; el.max = n; }
    this.from.value = 0;
    this.to.value = n;
    this.draw();
  }

  /** [first, last] ISO days of the window, or nulls when nothing is dated. */
  range() {
    const s = this.counts.start;
    if (s === null) return [null, null];
    return [isoDay(s + +this.from.value), isoDay(s + +this.to.value)];
  }

  draw() {
    const { canvas, counts } = this;
    const ratio = window.devicePixelRatio || 1;
    const w = canvas.clientWidth, hgt = canvas.clientHeight;
    canvas.width = Math.max(1, w * ratio);
    canvas.height = Math.max(1, hgt * ratio);
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    const [a, b] = this.range();
    this.labels.from.textContent = a ?? "no dated events";
    this.labels.to.textContent = b ?? "";
    if (counts.start === null) { this.labels.count.textContent = ""; return; }
    const n = counts.total.length;
    // Thumbs sit 7px in from each end of the range input; line the bars up with them.
    const x0 = 7, span = Math.max(1, w - 14);
    const bw = span / n;
    const max = Math.max(1, ...counts.total);
    const lo = +this.from.value, hi = +this.to.value;
    let shown = 0;
    for (let k = 0; k < n; k++) {
      const inside = k >= lo && k <= hi;
      if (inside) shown += counts.total[k];
      let y = hgt;
      for (let c = 0; c < this.categories.length; c++) {
        const v = counts.byCat[c][k];
        if (!v) continue;
        const barH = Math.max(3, (v / max) * (hgt - 4)); // a single event must stay visible next to a peak
        ctx.globalAlpha = inside ? 0.95 : 0.25;
        ctx.fillStyle = this.colors[c];
        ctx.fillRect(x0 + k * bw, y - barH, Math.max(1, bw - (bw > 3 ? 1 : 0)), barH);
        y -= barH;
      }
    }
    ctx.globalAlpha = 1;
    this.labels.count.textContent = `${shown.toLocaleString()} event(s) in window · peak ${max}/day`;
  }
}
