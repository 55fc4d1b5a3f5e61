// Data validation: SpreadsheetApp.newDataValidation() and the rules set on cells.
//
// As in Sheets, a script's own writes are never checked (setValues accepts anything); rules only
// matter when a person types (the emulator's _typeValue) and for the list of invalid cells.
import { type Runtime, service, isDate } from '../runtime';
import { DataValidationCriteria, type EnumValue, enumName } from './enums';

export interface RangeLike {
  _readValues?: () => unknown[][];
}

export class DataValidation {
  constructor(
    private _rt: Runtime,
    readonly _criteria: EnumValue,
    readonly _args: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string | null,
  ) {
    return service(_rt, 'DataValidation', this);
  }
  getCriteriaType(): EnumValue {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._args.map((a) => (Array.isArray(a) ? [...a] : a));
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string | null {
    return this._helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._rt);
    b._criteria = this._criteria;
    b._args = [...this._args];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }

  /** Whether `value` satisfies the rule; blank cells always do. */
  _accepts(value: unknown): boolean {
    if (value === '' || value === null || value === undefined) return true;
    const a = this._args;
    const num = typeof value === 'number' ? value : NaN;
    const time = isDate(value) ? value.getTime() : NaN;
    const dateArg = (i: number) => (isDate(a[i]) ? (a[i] as Date).getTime() : NaN);
    switch (this._criteria._name) {
      case 'VALUE_IN_LIST': {
        const items = (a[0] as unknown[]) ?? [];
        const text = displayText(value).trim();
        return items.some((x) => displayText(x).trim() === text);
      }
      case 'VALUE_IN_RANGE': {
        const range = a[0] as { _readValues: () => unknown[][] };
        const text = displayText(value).trim();
        return range._readValues().some((row) => row.some((x) => x !== '' && displayText(x).trim() === text));
      }
      case 'CHECKBOX':
        if (a.length >= 2) return value === a[0] || value === a[1];
        return value === true || value === false;
      case 'DATE_IS_VALID_DATE':
        return isDate(value);
      case 'DATE_AFTER':
        return time > dateArg(0);
      case 'DATE_BEFORE':
        return time < dateArg(0);
      case 'DATE_ON_OR_AFTER':
        return time >= dateArg(0);
      case 'DATE_ON_OR_BEFORE':
        return time <= dateArg(0);
      case 'DATE_EQUAL_TO':
        return time === dateArg(0);
      case 'DATE_BETWEEN':
        return time >= dateArg(0) && time <= dateArg(1);
      case 'DATE_NOT_BETWEEN':
        return isDate(value) && !(time >= dateArg(0) && time <= dateArg(1));
      case 'NUMBER_BETWEEN':
        return num >= (a[0] as number) && num <= (a[1] as number);
      case 'NUMBER_NOT_BETWEEN':
        return typeof value === 'number' && !(num >= (a[0] as number) && num <= (a[1] as number));
      case 'NUMBER_EQUAL_TO':
        return num === a[0];
      case 'NUMBER_NOT_EQUAL_TO':
        return typeof value === 'number' && num !== a[0];
      case 'NUMBER_GREATER_THAN':
        return num > (a[0] as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num >= (a[0] as number);
      case 'NUMBER_LESS_THAN':
        return num < (a[0] as number);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num <= (a[0] as number);
      case 'TEXT_CONTAINS':
        return String(value).includes(String(a[0]));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !String(value).includes(String(a[0]));
      case 'TEXT_EQUAL_TO':
        return String(value) === String(a[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
      case 'TEXT_IS_VALID_URL':
        return /^(https?|ftp):\/\/\S+$/i.test(String(value));
      default:
        // CUSTOM_FORMULA is not evaluated by the emulator: treated as satisfied.
        return true;
    }
  }
}

function displayText(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v ?? '');
}

export class DataValidationBuilder {
  _criteria: EnumValue | null = null;
  _args: unknown[] = [];
  _allowInvalid = true; // Apps Script's default: invalid input only gets a warning
  _helpText: string | null = null;

  constructor(private _rt: Runtime) {
    return service(_rt, 'DataValidationBuilder', this);
  }

  private _set(name: string, args: unknown[]): this {
    this._criteria = DataValidationCriteria[name];
    this._args = args;
    return this;
  }

  requireValueInList(values: unknown[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw new Error('Invalid argument: values');
    if (values.length > 500) throw new Error('The data validation rule has more than 500 items. Use a range instead.');
    return this._set('VALUE_IN_LIST', [Array.from(values), showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    if (!range || typeof (range as { getA1Notation?: unknown }).getA1Notation !== 'function')
      throw new Error('Invalid argument: range');
    return this._set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked, ''] : [checked, unchecked];
    return this._set('CHECKBOX', args);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): this {
    return this._set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): this {
    return this._set('DATE_BEFORE', [d]);
  }
  requireDateOnOrAfter(d: Date): this {
    return this._set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: Date): this {
    return this._set('DATE_ON_OR_BEFORE', [d]);
  }
  requireDateEqualTo(d: Date): this {
    return this._set('DATE_EQUAL_TO', [d]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this._set('DATE_BETWEEN', [a, b]);
  }
  requireDateNotBetween(a: Date, b: Date): this {
    return this._set('DATE_NOT_BETWEEN', [a, b]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberNotBetween(a: number, b: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [a, b]);
  }
  requireNumberEqualTo(n: number): this {
    return this._set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): this {
    return this._set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this._set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(t: string): this {
    return this._set('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: string): this {
    return this._set('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: string): this {
    return this._set('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: unknown, args: unknown[]): this {
    this._criteria = DataValidationCriteria[enumName(criteria)];
    this._args = Array.from(args ?? []);
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this._allowInvalid = !!allow;
    return this;
  }
  setHelpText(text: string): this {
    this._helpText = text;
    return this;
  }
  getCriteriaType(): EnumValue | null {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._args];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string | null {
    return this._helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._rt);
    b._criteria = this._criteria;
    b._args = [...this._args];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
  build(): DataValidation {
    if (!this._criteria) throw new Error('You must specify a criteria before building a data validation rule.');
    return new DataValidation(this._rt, this._criteria, this._args, this._allowInvalid, this._helpText);
  }
}
