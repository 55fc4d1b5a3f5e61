// Apps Script enums (SpreadsheetApp.DataValidationCriteria, Charts.ChartType …).
//
// Each member is one shared object whose toString()/name() gives its name, so identity
// comparisons and String() both behave as in Apps Script; an unknown member throws
// "not emulated" instead of quietly being undefined.
import { NotEmulatedError, PROBE_NAMES } from '../runtime';

export class EnumValue {
  constructor(
    readonly _enum: string,
    readonly _name: string,
    readonly _ordinal: number,
  ) {}
  name(): string {
    return this._name;
  }
  toString(): string {
    return this._name;
  }
  toJSON(): string {
    return this._name;
  }
  ordinal(): number {
    return this._ordinal;
  }
}

export function makeEnum(enumName: string, names: string[]): Record<string, EnumValue> {
  const members: Record<string, EnumValue> = {};
  names.forEach((n, i) => (members[n] = new EnumValue(enumName, n, i)));
  return new Proxy(members, {
    get(obj, prop) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop);
      if (prop in obj) return obj[prop];
      if (PROBE_NAMES.has(prop) || prop.startsWith('_')) return undefined;
      throw new NotEmulatedError(`${enumName}.${prop}`);
    },
  });
}

/** Accepts an enum member or its name (scripts sometimes pass strings). */
export function enumName(v: unknown): string {
  if (v instanceof EnumValue) return v._name;
  if (v && typeof v === 'object' && typeof (v as { toString: () => string }).toString === 'function') return String(v);
  return String(v);
}

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);

export const BandingTheme = makeEnum('BandingTheme', [
  'LIGHT_GREY',
  'CYAN',
  'GREEN',
  'YELLOW',
  'ORANGE',
  'BLUE',
  'TEAL',
  'GREY',
  'BROWN',
  'LIGHT_GREEN',
  'INDIGO',
  'PINK',
]);

export const BorderStyle = makeEnum('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);

export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);

export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT', 'DATASOURCE']);

export const RelativeDate = makeEnum('RelativeDate', [
  'TODAY',
  'TOMORROW',
  'YESTERDAY',
  'PAST_WEEK',
  'PAST_MONTH',
  'PAST_YEAR',
]);

export const CopyPasteType = makeEnum('CopyPasteType', [
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
]);

export const TextDirection = makeEnum('TextDirection', ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']);

export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);

export const Position = makeEnum('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
export const ChartHiddenDimensionStrategy = makeEnum('ChartHiddenDimensionStrategy', [
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
]);
export const ChartMergeStrategy = makeEnum('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS']);
export const ChartLegendPosition = Position;
