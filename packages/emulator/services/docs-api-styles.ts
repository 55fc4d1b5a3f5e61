// The Docs API's ParagraphStyle and TextStyle (https://developers.google.com/docs/api/reference/rest/v1/documents#ParagraphStyle,
// …#TextStyle) read into, and written from, the attributes DocumentApp's elements hold, so the two
// views of a document agree: namedStyleType is DocumentApp's heading, alignment START/END its
// LEFT/RIGHT, spaceAbove/spaceBelow its spacing before/after, lineSpacing 115 its 1.15.
//
// Google's default named styles, as documents.get returns them for a new document (quoted in
// the Rapid7 InsightConnect Google Docs plugin's help, a documents.get of a new document):
// NORMAL_TEXT Arial 11 pt, lineSpacing 115, no space above or below, avoidWidowAndOrphan;
// HEADING_1 20 pt, 20 above / 6 below; HEADING_2 16 pt, 18 / 6; HEADING_3 14 pt #434343, 16 / 4;
// HEADING_4 12 pt #666666, 14 / 4; HEADING_5 11 pt #666666, 12 / 4; HEADING_6 11 pt italic
// #666666, 12 / 4; TITLE 26 pt, 0 / 3; SUBTITLE 15 pt #666666, 0 / 16; every heading, the title
// and the subtitle with keepLinesTogether and keepWithNext true.
import { type EnumValue, gasError } from './common';
import { type Attrs, HorizontalAlignment, ParagraphHeading } from './docs-enums';

export const NAMED_TO_HEADING: Record<string, string> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};
const HEADING_TO_NAMED = Object.fromEntries(Object.entries(NAMED_TO_HEADING).map(([k, v]) => [v, k]));
const ALIGN_IN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const ALIGN_OUT = Object.fromEntries(Object.entries(ALIGN_IN).map(([k, v]) => [v, k]));

/** A named style's defaults (points), as Google's new document has them; the exporters read them too. */
export interface NamedDefaults {
  size: number;
  spaceAbove: number;
  spaceBelow: number;
  keep: boolean;
  color?: string;
  italic?: boolean;
}
// biome-ignore format: a table laid out by hand, one entry per line
export const NAMED_DEFAULTS: Record<string, NamedDefaults> = {
  NORMAL: { size: 11, spaceAbove: 0, spaceBelow: 0, keep: false },
  TITLE: { size: 26, spaceAbove: 0, spaceBelow: 3, keep: true },
  SUBTITLE: { size: 15, spaceAbove: 0, spaceBelow: 16, keep: true, color: '#666666' },
  HEADING1: { size: 20, spaceAbove: 20, spaceBelow: 6, keep: true },
  HEADING2: { size: 16, spaceAbove: 18, spaceBelow: 6, keep: true },
  HEADING3: { size: 14, spaceAbove: 16, spaceBelow: 4, keep: true, color: '#434343' },
  HEADING4: { size: 12, spaceAbove: 14, spaceBelow: 4, keep: true, color: '#666666' },
  HEADING5: { size: 11, spaceAbove: 12, spaceBelow: 4, keep: true, color: '#666666' },
  HEADING6: { size: 11, spaceAbove: 12, spaceBelow: 4, keep: true, color: '#666666', italic: true },
};
/** Google's normal text: Arial, lines at 115 % (of the font's own line height). */
export const NORMAL_LINE_SPACING = 1.15;
export const NORMAL_FONT = 'Arial';

export function isHeadingName(heading: string): boolean {
  return /^HEADING[1-6]$/.test(heading);
}

/** A field mask ("bold,fontSize", "min_row_height", "*") as camelCase names. */
export function maskFields(fields: unknown, all: readonly string[]): string[] {
  const s = String(fields ?? '').trim();
  if (!s) throw new Error('At least one field must be specified.');
  if (s === '*') return [...all];
  return s.split(',').map((f) => f.trim().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
}

function dimension(v: unknown, what: string): number | null {
  if (v == null) return null;
  const d = v as { magnitude?: number; unit?: string };
  if (d.unit != null && d.unit !== 'PT') throw gasError(`not emulated: ${what} in ${d.unit}`);
  return Number(d.magnitude ?? 0);
}

function dimOut(v: unknown): Record<string, unknown> {
  return { magnitude: Number(v), unit: 'PT' };
}

/** An OptionalColor as "#rrggbb", or null for transparent / unset. */
export function colorIn(v: unknown): string | null {
  const rgb = (v as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } })?.color?.rgbColor;
  if (!rgb) return null;
  const h = (x: number | undefined) =>
    Math.round(Math.max(0, Math.min(1, Number(x ?? 0))) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(rgb.red)}${h(rgb.green)}${h(rgb.blue)}`;
}

export function colorOut(hex: unknown): Record<string, unknown> {
  const s = String(hex).replace('#', '');
  const c = (i: number) => parseInt(s.slice(i, i + 2), 16) / 255;
  return { color: { rgbColor: { red: c(0), green: c(2), blue: c(4) } } };
}

export const PARAGRAPH_FIELDS = [
  'namedStyleType',
  'alignment',
  'keepWithNext',
  'keepLinesTogether',
  'spaceAbove',
  'spaceBelow',
  'lineSpacing',
  'indentStart',
  'indentEnd',
  'indentFirstLine',
  'direction',
] as const;
/** Fields of ParagraphStyle the emulator does not model: a request naming one throws "not emulated". */
const PARAGRAPH_NOT_EMULATED = [
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'shading',
  'spacingMode',
  'avoidWidowAndOrphan',
  'pageBreakBefore',
];

/**
 * Applies the masked fields of a ParagraphStyle to a paragraph's attributes. The named style
 * goes first ("the named style type is applied before the other properties are updated"); a
 * field in the mask but unset goes back to its default. Returns whether the paragraph became a
 * heading (it then needs a heading ID) or stopped being one.
 */
export function applyParagraphStyle(a: Attrs, style: Record<string, unknown>, fields: string[]): void {
  const s = style ?? {};
  const order = fields.includes('namedStyleType')
    ? ['namedStyleType', ...fields.filter((f) => f !== 'namedStyleType')]
    : fields;
  for (const f of order) {
    const v = s[f];
    switch (f) {
      case 'namedStyleType': {
        const name = v == null ? 'NORMAL' : NAMED_TO_HEADING[String(v)];
        if (!name) throw new Error(`Invalid value for namedStyleType: ${String(v)}`);
        a.HEADING = ParagraphHeading[name];
        break;
      }
      case 'alignment': {
        if (v == null) a.HORIZONTAL_ALIGNMENT = null;
        else {
          const name = ALIGN_IN[String(v)];
          if (!name) throw new Error(`Invalid value for alignment: ${String(v)}`);
          a.HORIZONTAL_ALIGNMENT = HorizontalAlignment[name];
        }
        break;
      }
      case 'keepWithNext':
        a.KEEP_WITH_NEXT = v == null ? null : !!v;
        break;
      case 'keepLinesTogether':
        a.KEEP_LINES_TOGETHER = v == null ? null : !!v;
        break;
      case 'spaceAbove':
        a.SPACING_BEFORE = dimension(v, f);
        break;
      case 'spaceBelow':
        a.SPACING_AFTER = dimension(v, f);
        break;
      case 'lineSpacing':
        a.LINE_SPACING = v == null ? null : Number(v) / 100;
        break;
      case 'indentStart':
        a.INDENT_START = dimension(v, f);
        break;
      case 'indentEnd':
        a.INDENT_END = dimension(v, f);
        break;
      case 'indentFirstLine':
        a.INDENT_FIRST_LINE = dimension(v, f);
        break;
      case 'direction':
        a.LEFT_TO_RIGHT = v == null ? null : v !== 'RIGHT_TO_LEFT';
        break;
      case 'headingId':
        throw new Error('headingId is read-only.');
      default:
        if (PARAGRAPH_NOT_EMULATED.includes(f)) throw new Error(`not emulated: ParagraphStyle.${f}`);
        throw new Error(`Invalid field mask: unknown field "${f}" of ParagraphStyle.`);
    }
  }
}

/** The paragraphStyle documents.get returns: the named style, then what is set on the paragraph. */
export function paragraphStyleOut(a: Attrs): Record<string, unknown> {
  const heading = String(a.HEADING ?? 'NORMAL');
  const out: Record<string, unknown> = { namedStyleType: HEADING_TO_NAMED[heading] ?? 'NORMAL_TEXT' };
  if (a.HORIZONTAL_ALIGNMENT != null) out.alignment = ALIGN_OUT[String(a.HORIZONTAL_ALIGNMENT)];
  out.direction = a.LEFT_TO_RIGHT === false ? 'RIGHT_TO_LEFT' : 'LEFT_TO_RIGHT';
  if (a.HEADING_ID) out.headingId = a.HEADING_ID;
  if (a.SPACING_BEFORE != null) out.spaceAbove = dimOut(a.SPACING_BEFORE);
  if (a.SPACING_AFTER != null) out.spaceBelow = dimOut(a.SPACING_AFTER);
  if (a.LINE_SPACING != null) out.lineSpacing = Math.round(Number(a.LINE_SPACING) * 1000) / 10;
  if (a.INDENT_START != null) out.indentStart = dimOut(a.INDENT_START);
  if (a.INDENT_END != null) out.indentEnd = dimOut(a.INDENT_END);
  if (a.INDENT_FIRST_LINE != null) out.indentFirstLine = dimOut(a.INDENT_FIRST_LINE);
  if (a.KEEP_WITH_NEXT != null) out.keepWithNext = !!a.KEEP_WITH_NEXT;
  if (a.KEEP_LINES_TOGETHER != null) out.keepLinesTogether = !!a.KEEP_LINES_TOGETHER;
  return out;
}

export const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontSize',
  'weightedFontFamily',
  'foregroundColor',
  'backgroundColor',
  'link',
] as const;
const TEXT_NOT_EMULATED = ['baselineOffset', 'smallCaps'];

/** The attributes a TextStyle's masked fields set (null: back to the default). */
export function textAttrs(style: Record<string, unknown>, fields: string[]): Attrs {
  const s = style ?? {};
  const out: Attrs = {};
  for (const f of fields) {
    const v = s[f];
    switch (f) {
      case 'bold':
      case 'italic':
      case 'underline':
      case 'strikethrough':
        out[f.toUpperCase()] = v == null ? null : !!v;
        break;
      case 'fontSize':
        out.FONT_SIZE = dimension(v, f);
        break;
      case 'weightedFontFamily':
        out.FONT_FAMILY = v == null ? null : String((v as { fontFamily?: string }).fontFamily ?? '') || null;
        break;
      case 'foregroundColor':
        out.FOREGROUND_COLOR = colorIn(v);
        break;
      case 'backgroundColor':
        out.BACKGROUND_COLOR = colorIn(v);
        break;
      case 'link': {
        const l = (v ?? {}) as { url?: string; headingId?: string; heading?: { id?: string }; bookmarkId?: string };
        const heading = l.heading?.id ?? l.headingId;
        if (l.bookmarkId) throw new Error('not emulated: TextStyle.link.bookmarkId');
        out.LINK_URL = heading ? `#heading=${heading}` : l.url ? String(l.url) : null;
        break;
      }
      default:
        if (TEXT_NOT_EMULATED.includes(f)) throw new Error(`not emulated: TextStyle.${f}`);
        throw new Error(`Invalid field mask: unknown field "${f}" of TextStyle.`);
    }
  }
  return out;
}

/** The textStyle documents.get returns for a run's attributes (only what is set). */
export function textStyleOut(a: Attrs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH']) if (a[k] != null) out[k.toLowerCase()] = !!a[k];
  if (a.FONT_SIZE != null) out.fontSize = dimOut(a.FONT_SIZE);
  if (a.FONT_FAMILY != null) out.weightedFontFamily = { fontFamily: String(a.FONT_FAMILY), weight: 400 };
  if (a.FOREGROUND_COLOR != null) out.foregroundColor = colorOut(a.FOREGROUND_COLOR);
  if (a.BACKGROUND_COLOR != null) out.backgroundColor = colorOut(a.BACKGROUND_COLOR);
  if (a.LINK_URL != null) {
    const url = String(a.LINK_URL);
    const h = /^#heading=(.+)$/.exec(url);
    out.link = h ? { headingId: h[1] } : { url };
  }
  return out;
}

/** The namedStyles documents.get returns: Google's defaults (see the top of this file). */
export function namedStylesOut(): Record<string, unknown> {
  return {
    styles: Object.entries(NAMED_DEFAULTS).map(([heading, d]) => ({
      namedStyleType: HEADING_TO_NAMED[heading],
      textStyle: {
        fontSize: dimOut(d.size),
        ...(d.color ? { foregroundColor: colorOut(d.color) } : {}),
        ...(d.italic ? { italic: true } : {}),
        ...(heading === 'NORMAL' ? { weightedFontFamily: { fontFamily: NORMAL_FONT, weight: 400 } } : {}),
      },
      paragraphStyle: {
        namedStyleType: 'NORMAL_TEXT',
        direction: 'LEFT_TO_RIGHT',
        spaceAbove: dimOut(d.spaceAbove),
        spaceBelow: dimOut(d.spaceBelow),
        ...(heading === 'NORMAL' ? { lineSpacing: NORMAL_LINE_SPACING * 100, alignment: 'START' } : {}),
        keepLinesTogether: d.keep,
        keepWithNext: d.keep,
      },
    })),
  };
}

export function headingOf(a: Attrs): string {
  return String((a.HEADING as EnumValue | undefined) ?? 'NORMAL');
}
