// RangeList: one call that gives every range of a list the same value or format.
//
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range-list — "A
// collection of one or more Range instances in the same sheet. You can use this class to apply
// operations on collections of non-adjacent ranges or cells." Each setter there "Sets … for each
// Range in the range list" and returns the RangeList for chaining; getRanges() "Returns a list of
// one or more Range instances in the same sheet". It has no plural setters (no setValues,
// setBackgrounds): every range receives the one value. Sheet.getRangeList(a1Notations) "Returns
// the RangeList collection representing the ranges in the same sheet specified by a non-empty
// list of A1 notations or R1C1 notations." (sheet reference, getRangeList). Only A1 is emulated;
// an empty list, which the reference rules out, is refused.
import { NotEmulatedError, type Runtime, service } from '../runtime';
import type { Range } from './range';

/** The Range setters a RangeList repeats over its ranges, with the reference's own names. */
const EACH = [
  'setBackground',
  'setFontColor',
  'setFontFamily',
  'setFontLine',
  'setFontSize',
  'setFontStyle',
  'setFontWeight',
  'setHorizontalAlignment',
  'setNumberFormat',
  'setVerticalAlignment',
  'setWrap',
  'setValue',
  'setFormula',
  'clearContent',
  'clearFormat',
] as const;

export class RangeList {
  constructor(
    private _rt: Runtime,
    readonly _ranges: Range[],
  ) {
    if (!_ranges.length)
      throw new NotEmulatedError('Sheet.getRangeList of an empty list (the reference asks for a non-empty one)');
    return service(_rt, 'RangeList', this);
  }
  getRanges(): Range[] {
    return [...this._ranges];
  }
  /** Each range in list order, as the add-on's own calls would; counted once, as one RangeList call. */
  private _each(method: (typeof EACH)[number], args: unknown[]): this {
    this._rt.uncounted(() => {
      for (const r of this._ranges) (r as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
    });
    return this;
  }
  setBackground(color: string | null): this {
    return this._each('setBackground', [color]);
  }
  setFontColor(color: string | null): this {
    return this._each('setFontColor', [color]);
  }
  setFontFamily(family: string | null): this {
    return this._each('setFontFamily', [family]);
  }
  setFontLine(line: string | null): this {
    return this._each('setFontLine', [line]);
  }
  setFontSize(size: number | null): this {
    return this._each('setFontSize', [size]);
  }
  setFontStyle(style: string | null): this {
    return this._each('setFontStyle', [style]);
  }
  setFontWeight(weight: string | null): this {
    return this._each('setFontWeight', [weight]);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._each('setHorizontalAlignment', [alignment]);
  }
  setNumberFormat(format: string): this {
    return this._each('setNumberFormat', [format]);
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._each('setVerticalAlignment', [alignment]);
  }
  setWrap(wrap: boolean): this {
    return this._each('setWrap', [wrap]);
  }
  setValue(value: unknown): this {
    return this._each('setValue', [value]);
  }
  setFormula(formula: string): this {
    return this._each('setFormula', [formula]);
  }
  clearContent(): this {
    return this._each('clearContent', []);
  }
  clearFormat(): this {
    return this._each('clearFormat', []);
  }
}
