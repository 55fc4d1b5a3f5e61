// The SVG text layer of the chart pictures: Sheets' chart font and colours, text widths measured
// from Roboto's advance widths (so labels are truncated as Sheets does), XML escaping, <text>.

export const FONT_FAMILY = 'Roboto, Arial, Helvetica, sans-serif';
export const TEXT_COLOR = '#222222';
export const AXIS_TEXT_COLOR = '#444444';
export const MUTED_TEXT_COLOR = '#757575';
export const GRID_COLOR = '#E0E0E0';
export const BASELINE_COLOR = '#757575';
export const PAD = 16;

// ---------------------------------------------------------------------------------------------
// Text helpers

// Roboto Regular advance widths (per 1000 em) for ASCII 32..126, read once from the bundled font,
// so that truncation decisions match what resvg will actually draw.
const ASCII_WIDTHS = [
  248, 258, 320, 616, 562, 732, 622, 175, 342, 348, 431, 567, 197, 276, 264, 413, 562, 562, 562, 562, 562, 562, 562,
  562, 562, 562, 242, 211, 508, 549, 523, 473, 898, 652, 623, 651, 656, 568, 553, 681, 713, 272, 552, 627, 539, 873,
  713, 688, 631, 688, 616, 594, 597, 648, 637, 887, 627, 601, 599, 265, 411, 265, 418, 451, 309, 544, 562, 523, 564,
  530, 348, 562, 551, 243, 239, 507, 243, 877, 552, 570, 562, 568, 339, 516, 327, 551, 484, 751, 496, 473, 496, 338,
  244, 338, 680,
];
const ELLIPSIS = '\u2026';
const ELLIPSIS_WIDTH = 669;

function charWidth(cp: number): number {
  if (cp >= 32 && cp <= 126) return ASCII_WIDTHS[cp - 32];
  if (cp === 0x2026) return ELLIPSIS_WIDTH;
  // Accented Latin letters are about as wide as their base letter; wide scripts are wider.
  return cp < 0x2e80 ? 580 : 1000;
}

/** Estimated rendered width in px of `s` in Roboto at `size` px (bold text runs ~4% wider). */
export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return (w / 1000) * size * (bold ? 1.04 : 1);
}

/** Shortens `s` with a trailing ellipsis so it fits `maxWidth` px; never splits a surrogate pair. */
export function truncate(s: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= maxWidth) return s;
  const chars = Array.from(s);
  const budget = maxWidth - textWidth(ELLIPSIS, size, bold);
  let w = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const cw = textWidth(chars[n], size, bold);
    if (w + cw > budget) break;
    w += cw;
  }
  return n === 0 ? (budget >= 0 ? ELLIPSIS : '') : chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

// Characters XML 1.0 forbids, plus lone surrogates: resvg refuses the whole document on any of them,
// and these labels come straight from user cells.
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids, matched to be removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Makes user text safe for SVG character data and attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Cell text as a label: line breaks and tabs would be dropped by SVG, so they become spaces. */
export function cleanLabel(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
}

export function num(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

/** Formats a value without floating-point noise (0.1+0.2 shows as 0.3) using the chosen decimal mark. */
export function formatNumber(v: number, decimals: number, sep: string): string {
  const fixed = v.toFixed(Math.max(0, Math.min(decimals, 10)));
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const out = trimmed === '-0' ? '0' : trimmed;
  return sep === '.' ? out : out.replace('.', sep);
}

export function fmt(n: number): string {
  // Coordinates with two decimals keep the SVG small and byte-stable across platforms.
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

export interface TextOpts {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  weight?: number;
  cls?: string;
  baseline?: 'middle' | 'alphabetic';
  /** Degrees, around the text's own anchor point (slanted axis labels). */
  rotate?: number;
}

export function text(x: number, y: number, content: string, o: TextOpts = {}): string {
  const size = o.size ?? 12;
  // dominant-baseline support varies between renderers; shifting y by ~0.35em centres reliably.
  const yy = o.baseline === 'middle' ? y + size * 0.35 : y;
  const attrs = [
    o.cls ? `class="${o.cls}"` : '',
    `x="${fmt(x)}"`,
    `y="${fmt(yy)}"`,
    `font-size="${size}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.weight ? `font-weight="${o.weight}"` : '',
    `fill="${o.fill ?? TEXT_COLOR}"`,
    o.rotate ? `transform="rotate(${fmt(o.rotate)} ${fmt(x)} ${fmt(yy)})"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<text ${attrs}>${escapeXml(content)}</text>`;
}
