// Conditional format rules: stored and handed back, not applied to display values.
import { type Runtime, service } from '../runtime';
import { BooleanCriteria, type EnumValue } from './enums';

export interface CondFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export class BooleanCondition {
  constructor(
    readonly _rt: Runtime,
    readonly _criteria: EnumValue,
    readonly _args: unknown[],
    readonly _format: CondFormat,
  ) {
    return service(_rt, 'BooleanCondition', this);
  }
  getCriteriaType(): EnumValue {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._args];
  }
  getBackground(): string | null {
    return this._format.background;
  }
  getFontColor(): string | null {
    return this._format.fontColor;
  }
  getBold(): boolean | null {
    return this._format.bold;
  }
  getItalic(): boolean | null {
    return this._format.italic;
  }
  getStrikethrough(): boolean | null {
    return this._format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this._format.underline;
  }
}

export class ConditionalFormatRule {
  constructor(
    private _rt: Runtime,
    readonly _criteria: EnumValue,
    readonly _args: unknown[],
    readonly _format: CondFormat,
    readonly _ranges: unknown[],
  ) {
    return service(_rt, 'ConditionalFormatRule', this);
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this._rt, this._criteria, this._args, this._format);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): unknown[] {
    return [...this._ranges];
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._rt);
    b._criteria = this._criteria;
    b._args = [...this._args];
    b._format = { ...this._format };
    b._ranges = [...this._ranges];
    return b;
  }
}

export class ConditionalFormatRuleBuilder {
  _criteria: EnumValue | null = null;
  _args: unknown[] = [];
  _format: CondFormat = {
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
  _ranges: unknown[] = [];

  constructor(private _rt: Runtime) {
    return service(_rt, 'ConditionalFormatRuleBuilder', this);
  }
  private _when(name: string, args: unknown[]): this {
    this._criteria = BooleanCriteria[name];
    this._args = args;
    return this;
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(t: string): this {
    return this._when('TEXT_EQUAL_TO', [t]);
  }
  whenTextNotEqualTo(t: string): this {
    return this._when('TEXT_NOT_EQUAL_TO', [t]);
  }
  whenTextContains(t: string): this {
    return this._when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: string): this {
    return this._when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextStartsWith(t: string): this {
    return this._when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: string): this {
    return this._when('TEXT_ENDS_WITH', [t]);
  }
  whenFormulaSatisfied(f: string): this {
    return this._when('CUSTOM_FORMULA', [f]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this._when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this._when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return this._when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenDateAfter(d: unknown): this {
    return this._when('DATE_AFTER', [d]);
  }
  whenDateBefore(d: unknown): this {
    return this._when('DATE_BEFORE', [d]);
  }
  whenDateEqualTo(d: unknown): this {
    return this._when('DATE_EQUAL_TO', [d]);
  }
  setBackground(c: string | null): this {
    this._format.background = c;
    return this;
  }
  setFontColor(c: string | null): this {
    this._format.fontColor = c;
    return this;
  }
  setBold(b: boolean | null): this {
    this._format.bold = b;
    return this;
  }
  setItalic(b: boolean | null): this {
    this._format.italic = b;
    return this;
  }
  setStrikethrough(b: boolean | null): this {
    this._format.strikethrough = b;
    return this;
  }
  setUnderline(b: boolean | null): this {
    this._format.underline = b;
    return this;
  }
  setRanges(ranges: unknown[]): this {
    if (!Array.isArray(ranges)) throw new Error('Invalid argument: ranges');
    this._ranges = Array.from(ranges);
    return this;
  }
  getRanges(): unknown[] {
    return [...this._ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._criteria ? new BooleanCondition(this._rt, this._criteria, this._args, { ...this._format }) : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this._rt);
    b._criteria = this._criteria;
    b._args = [...this._args];
    b._format = { ...this._format };
    b._ranges = [...this._ranges];
    return b;
  }
  build(): ConditionalFormatRule {
    if (!this._criteria) throw new Error('Conditional format rule must have a condition.');
    return new ConditionalFormatRule(this._rt, this._criteria, this._args, { ...this._format }, [...this._ranges]);
  }
}
