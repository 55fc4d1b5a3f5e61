// Chart pictures for the emulator's EmbeddedChart.getAs('image/png') and for charts placed in xlsx.
//
// The SVG is drawn by hand rather than through vega because Apps Script's getAs is synchronous and
// vega's toSVG is not; resvg then rasterises it synchronously. The look follows Google Sheets'
// defaults (Roboto, its palette, light gridlines, legend on the right of a pie).

import {
  AXIS_TEXT_COLOR,
  BASELINE_COLOR,
  cleanLabel,
  escapeXml,
  FONT_FAMILY,
  fmt,
  formatNumber,
  GRID_COLOR,
  MUTED_TEXT_COLOR,
  num,
  PAD,
  text,
  textWidth,
  truncate,
} from './svg-text';

export { escapeXml, textWidth, truncate } from './svg-text';

export interface ChartData {
  type: 'pie' | 'column' | 'bar';
  title?: string;
  categories: string[]; // labels (pie slices / x axis)
  series: Array<{ name: string; values: number[] }>; // pie uses series[0]
  width?: number; // px, default 600
  height?: number; // px, default 371
  colors?: string[];
  /** Decimal mark for percentages and fractional values; Indonesian spreadsheets use ','. */
  decimalSeparator?: string;
  /** What a pie slice says (Google Charts' pieSliceText): 'percentage' (default), 'value', 'label', 'none'. */
  pieSliceText?: string;
}

export const DEFAULT_WIDTH = 600;
export const DEFAULT_HEIGHT = 371;
export const NO_DATA_TEXT = 'Tidak ada data';
export const GOOGLE_PALETTE = [
  '#4285F4',
  '#DB4437',
  '#F4B400',
  '#0F9D58',
  '#AB47BC',
  '#00ACC1',
  '#FF7043',
  '#9E9D24',
  '#5C6BC0',
  '#F06292',
  '#00796B',
  '#C2185B',
];

// ---------------------------------------------------------------------------------------------
// Normalising the input

interface Normalized {
  type: 'pie' | 'column' | 'bar';
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  width: number;
  height: number;
  colors: string[];
  sep: string;
  sliceText: 'percentage' | 'value' | 'label' | 'none';
}

const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|rgba?\(\s*[\d.,\s%]+\))$/;

function size(v: unknown, fallback: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 1) return fallback;
  return Math.min(Math.round(n), 8000);
}

function normalize(d: ChartData): Normalized {
  const categories = (Array.isArray(d.categories) ? Array.from(d.categories) : []).map(cleanLabel);
  const rawSeries = Array.isArray(d.series) ? Array.from(d.series) : [];
  const series = rawSeries.map((s, i) => {
    const vals = s && Array.isArray(s.values) ? Array.from(s.values) : [];
    return {
      name: cleanLabel(s?.name) || `Seri ${i + 1}`,
      // A missing cell counts as zero, as Sheets plots it; extra values have no category to sit on.
      values: categories.map((_, j) => num(vals[j])),
    };
  });
  const given = (Array.isArray(d.colors) ? Array.from(d.colors) : []).map((c) => String(c ?? '').trim());
  const colors = given.length
    ? given.map((c, i) => (SAFE_COLOR.test(c) ? c : GOOGLE_PALETTE[i % GOOGLE_PALETTE.length]))
    : GOOGLE_PALETTE;
  const sep = d.decimalSeparator === ',' ? ',' : '.';
  return {
    type: d.type === 'bar' || d.type === 'pie' ? d.type : 'column',
    title: cleanLabel(d.title),
    categories,
    series,
    width: size(d.width, DEFAULT_WIDTH),
    height: size(d.height, DEFAULT_HEIGHT),
    colors,
    sep,
    sliceText: (['value', 'label', 'none'] as const).find((k) => k === d.pieSliceText) ?? 'percentage',
  };
}

function colorAt(n: Normalized, i: number): string {
  return n.colors[i % n.colors.length];
}

// ---------------------------------------------------------------------------------------------
// Shared frame: background, title, "no data"

const TITLE_SIZE = 16;

function titleBlock(n: Normalized): { svg: string; bottom: number } {
  if (!n.title) return { svg: '', bottom: PAD };
  const t = truncate(n.title, n.width - 2 * PAD, TITLE_SIZE, true);
  return {
    svg: text(PAD, PAD + TITLE_SIZE, t, { size: TITLE_SIZE, weight: 500, cls: 'title' }),
    bottom: PAD + TITLE_SIZE + 14,
  };
}

function noData(n: Normalized, top: number): string {
  const cy = (top + n.height) / 2;
  return text(n.width / 2, cy, NO_DATA_TEXT, {
    size: 14,
    anchor: 'middle',
    fill: MUTED_TEXT_COLOR,
    cls: 'no-data',
    baseline: 'middle',
  });
}

function wrap(n: Normalized, body: string): string {
  const label = escapeXml(n.title || `${n.type} chart`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n.width}" height="${n.height}" ` +
    `viewBox="0 0 ${n.width} ${n.height}" font-family="${FONT_FAMILY}" role="img" aria-label="${label}">` +
    `<rect class="bg" x="0" y="0" width="${n.width}" height="${n.height}" fill="#FFFFFF"/>` +
    body +
    `</svg>`
  );
}

// ---------------------------------------------------------------------------------------------
// Pie

/**
 * Percentages rounded to `decimals` that still add up to exactly 100 (largest remainder), so a
 * reader adding the labels never gets 99.9%.
 */
export function roundedPercentages(values: number[], decimals = 1): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const unit = 10 ** decimals;
  const exact = values.map((v) => (v / total) * 100 * unit);
  const floors = exact.map(Math.floor);
  let left = Math.round(100 * unit - floors.reduce((a, b) => a + b, 0));
  const order = exact.map((e, i) => ({ i, r: e - floors[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (values[i] > 0) {
      floors[i] += 1;
      left -= 1;
    }
  }
  return floors.map((f) => f / unit);
}

function pie(n: Normalized, top: number): string {
  // Sheets leaves negative slices out rather than failing the chart.
  const values = (n.series[0]?.values ?? []).map((v) => Math.max(v, 0));
  const total = values.reduce((a, b) => a + b, 0);
  if (!n.categories.length || total <= 0) return noData(n, top);

  const pct = roundedPercentages(values, 1);
  const bottom = n.height - PAD;
  const legendSize = 12;
  const longest = Math.max(...n.categories.map((c) => textWidth(c, legendSize)));
  const legendW = Math.min(Math.max(n.width * 0.38, 60), longest + 24);
  const plotRight = n.width - PAD - legendW - 12;
  const cx = (PAD + plotRight) / 2;
  const cy = (top + bottom) / 2;
  const r = Math.max(4, Math.min(plotRight - PAD, bottom - top) / 2 - 2);

  const out: string[] = [];
  let angle = -Math.PI / 2; // Sheets starts the first slice at twelve o'clock and goes clockwise.
  const labels: string[] = [];
  values.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const a0 = angle;
    const a1 = angle + sweep;
    angle = a1;
    const color = colorAt(n, i);
    const data = `data-category="${escapeXml(n.categories[i])}" data-value="${v}" data-percent="${pct[i]}"`;
    let d: string;
    if (sweep >= Math.PI * 2 - 1e-9) {
      // A single arc cannot start and end on the same point, so a full circle is two half arcs.
      d = `M${fmt(cx)} ${fmt(cy - r)}A${fmt(r)} ${fmt(r)} 0 1 1 ${fmt(cx)} ${fmt(cy + r)}A${fmt(r)} ${fmt(r)} 0 1 1 ${fmt(cx)} ${fmt(cy - r)}Z`;
    } else {
      const large = sweep > Math.PI ? 1 : 0;
      d =
        `M${fmt(cx)} ${fmt(cy)}L${fmt(cx + r * Math.cos(a0))} ${fmt(cy + r * Math.sin(a0))}` +
        `A${fmt(r)} ${fmt(r)} 0 ${large} 1 ${fmt(cx + r * Math.cos(a1))} ${fmt(cy + r * Math.sin(a1))}Z`;
    }
    out.push(
      `<path class="slice" ${data} d="${d}" fill="${color}" stroke="#FFFFFF" stroke-width="1" stroke-linejoin="round"/>`,
    );

    const label = {
      percentage: `${formatNumber(pct[i], 1, n.sep)}%`,
      value: formatNumber(v, 0, n.sep),
      label: n.categories[i],
      none: '',
    }[n.sliceText];
    const labelSize = r > 90 ? 12 : 11;
    const mid = (a0 + a1) / 2;
    const lr = sweep >= Math.PI * 2 - 1e-9 ? 0 : r * 0.68;
    // Only label slices wide enough to hold the text, as Sheets does; the legend still names them.
    const arcRoom = sweep * r * 0.68;
    if (label && arcRoom >= textWidth(label, labelSize) * 0.9 && r >= 30) {
      labels.push(
        text(cx + lr * Math.cos(mid), cy + lr * Math.sin(mid), label, {
          size: labelSize,
          anchor: 'middle',
          fill: '#FFFFFF',
          cls: 'slice-label',
          baseline: 'middle',
        }),
      );
    }
  });
  out.push(...labels);
  out.push(
    legendVertical(
      n,
      n.categories.map((c, i) => ({ label: c, color: colorAt(n, i) })),
      plotRight + 12,
      top,
      bottom,
      legendW,
    ),
  );
  return out.join('');
}

function legendVertical(
  _n: Normalized,
  items: Array<{ label: string; color: string }>,
  x: number,
  top: number,
  bottom: number,
  width: number,
): string {
  const size = 12;
  const rowH = 20;
  const capacity = Math.max(1, Math.floor((bottom - top) / rowH));
  let shown = items;
  let more = 0;
  if (items.length > capacity) {
    shown = items.slice(0, capacity - 1);
    more = items.length - shown.length;
  }
  const rows = shown.length + (more ? 1 : 0);
  let y = (top + bottom) / 2 - (rows * rowH) / 2 + rowH / 2;
  const out: string[] = ['<g class="legend">'];
  for (const it of shown) {
    out.push(`<circle cx="${fmt(x + 5)}" cy="${fmt(y)}" r="5" fill="${it.color}"/>`);
    out.push(text(x + 16, y, truncate(it.label, width - 16, size), { size, baseline: 'middle', cls: 'legend-label' }));
    y += rowH;
  }
  if (more)
    out.push(
      text(x + 16, y, `+${more} lainnya`, { size, baseline: 'middle', fill: MUTED_TEXT_COLOR, cls: 'legend-more' }),
    );
  out.push('</g>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Axes

export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
  decimals: number;
}

/**
 * Round axis ticks covering [lo, hi] and zero, about five intervals of 1/2/5×10^k. Counts
 * (all-integer data) never get fractional ticks: "2.5 permohonan" is meaningless.
 */
export function niceTicks(lo: number, hi: number, integer: boolean, target = 5): Ticks {
  lo = Math.min(0, lo);
  hi = Math.max(0, hi);
  if (hi - lo <= 0) hi = integer ? Math.max(1, target) : 1;
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  if (integer && step < 1) step = 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  for (let k = 0, v = min; v <= max + step / 2 && k < 100; k++, v = min + k * step) {
    values.push(Number(v.toFixed(decimals)));
  }
  return { min, max: values[values.length - 1], step, values, decimals };
}

function allValues(n: Normalized): number[] {
  return n.series.flatMap((s) => s.values);
}

function valueDecimals(values: number[]): number {
  // Show up to two decimals, and only as many as the data actually has.
  let d = 0;
  for (const v of values) {
    for (let k = d; k <= 2; k++) {
      if (Math.abs(v * 10 ** k - Math.round(v * 10 ** k)) < 1e-9) {
        d = Math.max(d, k);
        break;
      }
      if (k === 2) d = 2;
    }
  }
  return d;
}

function legendTop(n: Normalized, top: number): { svg: string; bottom: number } {
  if (n.series.length < 2) return { svg: '', bottom: top };
  const size = 12;
  const avail = n.width - 2 * PAD;
  const gap = 18;
  const perItemMax = Math.max(30, avail / n.series.length - gap - 16);
  const items = n.series.map((s, i) => ({ label: truncate(s.name, perItemMax, size), color: colorAt(n, i) }));
  const widths = items.map((it) => 16 + textWidth(it.label, size));
  const total = widths.reduce((a, b) => a + b, 0) + gap * (items.length - 1);
  let x = PAD + Math.max(0, (avail - total) / 2);
  const y = top + 6;
  const out: string[] = ['<g class="legend">'];
  items.forEach((it, i) => {
    out.push(`<circle cx="${fmt(x + 5)}" cy="${fmt(y)}" r="5" fill="${it.color}"/>`);
    out.push(text(x + 16, y, it.label, { size, baseline: 'middle', cls: 'legend-label' }));
    x += widths[i] + gap;
  });
  out.push('</g>');
  return { svg: out.join(''), bottom: top + 24 };
}

// ---------------------------------------------------------------------------------------------
// Column (vertical bars) and bar (horizontal bars)

const SLANT_DEG = 40;
const SLANT_MAX_LABEL = 110;

function bars(n: Normalized, top: number): string {
  const values = allValues(n);
  if (!n.categories.length || !n.series.length || values.every((v) => v === 0)) return noData(n, top);

  const horizontal = n.type === 'bar';
  const integer = values.every((v) => Number.isInteger(v));
  const dec = integer ? 0 : valueDecimals(values);
  const axisSize = 12;
  const legend = legendTop(n, top);
  const out: string[] = [legend.svg];
  const plotTop0 = legend.bottom + (legend.svg ? 6 : 0);
  const nCat = n.categories.length;
  const nSer = n.series.length;
  const valueLabel = (v: number) => formatNumber(v, dec, n.sep);
  const labelW = (size: number) => Math.max(...values.map((v) => textWidth(valueLabel(v), size)));
  // Value labels shrink a little for crowded charts and disappear only when even 9px will not fit.
  const fitSize = (fits: (size: number) => boolean) => [11, 10, 9].find(fits);

  if (!horizontal) {
    const ticks = niceTicks(
      Math.min(...values),
      Math.max(...values),
      integer,
      Math.max(2, Math.min(5, Math.floor((n.height - plotTop0) / 40))),
    );
    const tickLabels = ticks.values.map((t) => formatNumber(t, ticks.decimals, n.sep));
    const left = PAD + Math.max(...tickLabels.map((t) => textWidth(t, axisSize))) + 8;
    const right = n.width - PAD;
    const plotTop = plotTop0 + 11 + 4; // room for a value label above the tallest bar
    // Like Sheets, labels that do not fit under their column are slanted rather than cut short.
    const bandGuess = (right - left) / Math.max(1, nCat);
    const widest = Math.min(SLANT_MAX_LABEL, Math.max(...n.categories.map((c) => textWidth(c, axisSize))));
    const slant = widest > bandGuess - 6 && bandGuess >= axisSize + 2;
    const labelDrop = slant ? widest * Math.sin((SLANT_DEG * Math.PI) / 180) + axisSize * 0.8 : axisSize;
    const bottom = n.height - PAD - labelDrop - 6;
    const h = Math.max(1, bottom - plotTop);
    const y = (v: number) => bottom - ((v - ticks.min) / (ticks.max - ticks.min)) * h;

    out.push('<g class="grid">');
    ticks.values.forEach((t, i) => {
      if (t !== 0)
        out.push(
          `<line x1="${fmt(left)}" x2="${fmt(right)}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="${GRID_COLOR}" stroke-width="1"/>`,
        );
      out.push(
        text(left - 8, y(t), tickLabels[i], {
          size: axisSize,
          anchor: 'end',
          fill: AXIS_TEXT_COLOR,
          baseline: 'middle',
          cls: 'tick',
        }),
      );
    });
    out.push('</g>');

    const band = (right - left) / nCat;
    const group = band * (nSer > 1 ? 0.75 : 0.62);
    const barW = group / nSer;
    const valueSize = fitSize((sz) => labelW(sz) <= barW + 2);
    const out2: string[] = [];
    n.categories.forEach((cat, i) => {
      const gx = left + i * band + (band - group) / 2;
      n.series.forEach((s, j) => {
        const v = s.values[i];
        const y0 = y(0);
        const y1 = y(v);
        const x = gx + j * barW;
        const inset = nSer > 1 && barW > 4 ? 0.5 : 0;
        out.push(
          `<rect class="bar" data-category="${escapeXml(cat)}" data-series="${escapeXml(s.name)}" data-value="${v}" ` +
            `x="${fmt(x + inset)}" y="${fmt(Math.min(y0, y1))}" width="${fmt(Math.max(0, barW - 2 * inset))}" height="${fmt(Math.abs(y1 - y0))}" fill="${colorAt(n, j)}"/>`,
        );
        if (valueSize) {
          const ly = v >= 0 ? y1 - 4 : y1 + valueSize + 2;
          out2.push(
            text(x + barW / 2, ly, valueLabel(v), {
              size: valueSize,
              anchor: 'middle',
              fill: AXIS_TEXT_COLOR,
              cls: 'value-label',
            }),
          );
        }
      });
    });
    out.push(...out2);
    out.push(
      `<line class="baseline" x1="${fmt(left)}" x2="${fmt(right)}" y1="${fmt(y(0))}" y2="${fmt(y(0))}" stroke="${BASELINE_COLOR}" stroke-width="1"/>`,
    );
    if (slant) {
      n.categories.forEach((cat, i) => {
        const label = truncate(cat, SLANT_MAX_LABEL, axisSize);
        out.push(
          text(left + (i + 0.5) * band + axisSize * 0.3, bottom + axisSize + 2, label, {
            size: axisSize,
            anchor: 'end',
            fill: AXIS_TEXT_COLOR,
            cls: 'category',
            rotate: -SLANT_DEG,
          }),
        );
      });
      return out.join('');
    }
    // Crowded axes show every k-th category rather than a smear of ellipses.
    const every = Math.max(1, Math.ceil(36 / band));
    n.categories.forEach((cat, i) => {
      if (i % every) return;
      const label = truncate(cat, band * every - 6, axisSize);
      out.push(
        text(left + (i + 0.5) * band, n.height - PAD, label, {
          size: axisSize,
          anchor: 'middle',
          fill: AXIS_TEXT_COLOR,
          cls: 'category',
        }),
      );
    });
    return out.join('');
  }

  // Horizontal bars: categories down the left, values along the bottom.
  const bottom = n.height - PAD - axisSize - 6;
  const plotTop = plotTop0 + 4;
  const catW = Math.min(n.width * 0.3, Math.max(...n.categories.map((c) => textWidth(c, axisSize)))) + 8;
  const left = PAD + catW;
  const right = n.width - PAD - labelW(11) - 6;
  const w = Math.max(1, right - left);
  const ticks = niceTicks(
    Math.min(...values),
    Math.max(...values),
    integer,
    Math.max(2, Math.min(5, Math.floor(w / 70))),
  );
  const tickLabels = ticks.values.map((t) => formatNumber(t, ticks.decimals, n.sep));
  const x = (v: number) => left + ((v - ticks.min) / (ticks.max - ticks.min)) * w;

  out.push('<g class="grid">');
  ticks.values.forEach((t, i) => {
    if (t !== 0)
      out.push(
        `<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${fmt(plotTop)}" y2="${fmt(bottom)}" stroke="${GRID_COLOR}" stroke-width="1"/>`,
      );
    out.push(
      text(x(t), n.height - PAD, tickLabels[i], {
        size: axisSize,
        anchor: 'middle',
        fill: AXIS_TEXT_COLOR,
        cls: 'tick',
      }),
    );
  });
  out.push('</g>');

  const band = (bottom - plotTop) / nCat;
  const group = band * (nSer > 1 ? 0.75 : 0.62);
  const barH = group / nSer;
  const valueSize = fitSize((sz) => barH >= sz * 0.8);
  const out2: string[] = [];
  const every = Math.max(1, Math.ceil((axisSize + 2) / band));
  n.categories.forEach((cat, i) => {
    const gy = plotTop + i * band + (band - group) / 2;
    n.series.forEach((s, j) => {
      const v = s.values[i];
      const x0 = x(0);
      const x1 = x(v);
      const yy = gy + j * barH;
      const inset = nSer > 1 && barH > 4 ? 0.5 : 0;
      out.push(
        `<rect class="bar" data-category="${escapeXml(cat)}" data-series="${escapeXml(s.name)}" data-value="${v}" ` +
          `x="${fmt(Math.min(x0, x1))}" y="${fmt(yy + inset)}" width="${fmt(Math.abs(x1 - x0))}" height="${fmt(Math.max(0, barH - 2 * inset))}" fill="${colorAt(n, j)}"/>`,
      );
      if (valueSize) {
        out2.push(
          text(v >= 0 ? x1 + 4 : x1 - 4, yy + barH / 2, valueLabel(v), {
            size: valueSize,
            anchor: v >= 0 ? 'start' : 'end',
            fill: AXIS_TEXT_COLOR,
            baseline: 'middle',
            cls: 'value-label',
          }),
        );
      }
    });
    if (i % every === 0) {
      out.push(
        text(left - 8, plotTop + (i + 0.5) * band, truncate(cat, catW - 8, axisSize), {
          size: axisSize,
          anchor: 'end',
          fill: AXIS_TEXT_COLOR,
          baseline: 'middle',
          cls: 'category',
        }),
      );
    }
  });
  out.push(...out2);
  out.push(
    `<line class="baseline" x1="${fmt(x(0))}" x2="${fmt(x(0))}" y1="${fmt(plotTop)}" y2="${fmt(bottom)}" stroke="${BASELINE_COLOR}" stroke-width="1"/>`,
  );
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Public API

export function renderChartSvg(d: ChartData): string {
  const n = normalize(d);
  const title = titleBlock(n);
  const body = n.type === 'pie' ? pie(n, title.bottom) : bars(n, title.bottom);
  return wrap(n, title.svg + body);
}
