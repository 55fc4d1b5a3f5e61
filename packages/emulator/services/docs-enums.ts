// DocumentApp enums (ParagraphHeading, HorizontalAlignment, VerticalAlignment, GlyphType, TextAlignment, Attribute, ElementType, FontFamily) and the attribute maps every element reads.
import { type Enum, makeEnum, enumName, gasError } from './common';

export const ParagraphHeading = makeEnum('ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export const HorizontalAlignment = makeEnum('HorizontalAlignment', ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const VerticalAlignment = makeEnum('VerticalAlignment', ['BOTTOM', 'CENTER', 'TOP']);
export const GlyphType = makeEnum('GlyphType', [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const TextAlignment = makeEnum('TextAlignment', ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const Attribute = makeEnum('Attribute', [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);
export const ElementType = makeEnum('ElementType', [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'RICH_LINK',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);
export const FontFamily = makeEnum('FontFamily', [
  'AMARANTH',
  'ARIAL',
  'ARIAL_BLACK',
  'ARIAL_NARROW',
  'CALIBRI',
  'CAMBRIA',
  'COMIC_SANS_MS',
  'COURIER_NEW',
  'GEORGIA',
  'IMPACT',
  'TAHOMA',
  'TIMES_NEW_ROMAN',
  'TREBUCHET_MS',
  'VERDANA',
]);

export const TEXT_ATTRS = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
] as const;
export const PARAGRAPH_ATTRS = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_START',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'LINE_SPACING',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LEFT_TO_RIGHT',
];
export const LIST_ATTRS = ['GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID'];
export const CELL_ATTRS = [
  'BACKGROUND_COLOR',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
];
export const TABLE_ATTRS = ['BORDER_COLOR', 'BORDER_WIDTH'];
export const IMAGE_ATTRS = ['WIDTH', 'HEIGHT', 'LINK_URL'];
export const SECTION_ATTRS = [
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
];
const ENUM_ATTRS: Record<string, Enum> = {
  HEADING: ParagraphHeading,
  HORIZONTAL_ALIGNMENT: HorizontalAlignment,
  VERTICAL_ALIGNMENT: VerticalAlignment,
  GLYPH_TYPE: GlyphType,
};

export type Attrs = Record<string, unknown>;

/** Normalises an attribute map handed in by the add-on (enum keys print as their names). */
export function readAttributes(input: unknown): Attrs {
  if (input == null || typeof input !== 'object') throw gasError('Invalid argument: attributes');
  const out: Attrs = {};
  for (const key of Object.keys(input as object)) {
    if (!Object.prototype.hasOwnProperty.call(Attribute, key)) throw gasError(`Invalid argument: attributes (${key})`);
    let value = (input as Attrs)[key];
    const e = ENUM_ATTRS[key];
    if (e && value != null) value = e[enumName(e, value, key)];
    out[key] = value;
  }
  return out;
}

export function pick(attrs: Attrs, keys: readonly string[]): Attrs {
  const out: Attrs = {};
  for (const k of keys) if (k in attrs) out[k] = attrs[k];
  return out;
}

export function checkColor(color: unknown): string | null {
  if (color == null) return null;
  const s = String(color);
  if (!/^#[0-9a-fA-F]{6}$/.test(s)) throw gasError(`Invalid argument: color (${s})`);
  return s.toLowerCase();
}

export function num(v: unknown, what: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw gasError(`Invalid argument: ${what}`);
  return n;
}
