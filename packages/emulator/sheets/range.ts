// Range: a fixed rectangle of one sheet (it does not move when rows are inserted, as in Apps Script).
import { type Runtime, service, isDate } from '../runtime';
import { type Rect, rectA1 } from './a1';
import { AUTOMATIC_FORMAT } from './format';
import { offsetFormula, tokenize } from './formula';
import { Protection } from './protection';
import { type DataValidation, DataValidationBuilder } from './validation';
import { normalizeColor } from './color';
import { applyClear, FORMAT_PROPS } from './sheet-store';
import { enumName } from './enums';
import type { PropName, RangeModel, SheetModel } from './model';
import { dimsError, H_ALIGN, V_ALIGN } from './range-args';
import { canEdit as canEditFile, type FileRecord } from '../drive-acl';

export class Range implements RangeModel {
  readonly _s: SheetModel;
  constructor(
    private _rt: Runtime,
    sheet: SheetModel,
    readonly _r: number,
    readonly _c: number,
    readonly _nr: number,
    readonly _nc: number,
  ) {
    this._s = sheet._self; // always the sheet's proxy, so identity comparisons hold
    return service(_rt, 'Range', this);
  }

  _rect(): Rect {
    return { r1: this._r, c1: this._c, r2: this._r + this._nr - 1, c2: this._c + this._nc - 1 };
  }

  /**
   * "Determines whether the user has permission to edit every cell in the range" (Range.canEdit
   * reference): edit rights on the spreadsheet, and no protection (other than a warning) that
   * keeps this person out of any of its cells.
   */
  canEdit(): boolean {
    const email = this._rt.userEmail;
    const file = (this._s._ss as unknown as { _file?: FileRecord })._file;
    if (file && !canEditFile(this._rt.files, file, email)) return false;
    const rect = this._rect();
    const protections = this._s._ss._protections as unknown as Protection[];
    return !protections.some((p) => p._keepsOut(this._s, rect, email));
  }
  _sheetImpl(): SheetModel {
    return this._s;
  }
  _readValues(): unknown[][] {
    return this._s._readValues(this._r, this._c, this._nr, this._nc);
  }
  private _fill<T>(v: T): T[][] {
    return Array.from({ length: this._nr }, () => new Array(this._nc).fill(v));
  }
  private _getMany<T>(p: PropName, def: T): T[][] {
    const g = this._s._props.get(p);
    return Array.from({ length: this._nr }, (_, i) =>
      Array.from({ length: this._nc }, (_, j) => {
        const v = g ? g.get(this._r - 1 + i, this._c - 1 + j) : undefined;
        return (v === undefined ? def : v) as T;
      }),
    );
  }
  private _setMany(p: PropName, data: unknown[][], map?: (v: unknown) => unknown): this {
    dimsError(data, this._nr, this._nc);
    this._s._setProps(this._rect(), p, data, map);
    return this;
  }
  private _setOne(p: PropName, v: unknown): this {
    this._s._setProp(this._rect(), p, v);
    return this;
  }

  // Values -----------------------------------------------------------------------------------
  getValue(): unknown {
    return this._s._readValues(this._r, this._c, 1, 1, this._s._scriptFarDate())[0][0];
  }
  getValues(): unknown[][] {
    return this._s._readValues(this._r, this._c, this._nr, this._nc, this._s._scriptFarDate());
  }
  setValue(value: unknown): this {
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) return this.setFormula(value);
    this._s._writeValues(this._r, this._c, this._fill(value));
    return this;
  }
  setValues(values: unknown[][]): this {
    dimsError(values, this._nr, this._nc);
    this._s._writeValues(this._r, this._c, values);
    return this;
  }
  getDisplayValue(): string {
    return this._s._readDisplay(this._r, this._c, 1, 1)[0][0];
  }
  getDisplayValues(): string[][] {
    return this._s._readDisplay(this._r, this._c, this._nr, this._nc);
  }
  isBlank(): boolean {
    return this._readValues().every((row) => row.every((v) => v === ''));
  }
  getFormula(): string {
    return this._s._formulas.get(this._r - 1, this._c - 1) ?? '';
  }
  getFormulas(): string[][] {
    const g = this._s._formulas;
    return Array.from({ length: this._nr }, (_, i) =>
      Array.from({ length: this._nc }, (_, j) => g.get(this._r - 1 + i, this._c - 1 + j) ?? ''),
    );
  }
  setFormula(formula: string): this {
    const f = String(formula);
    const data = Array.from({ length: this._nr }, (_, i) =>
      Array.from({ length: this._nc }, (_, j) => offsetFormula(f, i, j)),
    );
    this._s._writeFormulas(this._r, this._c, data);
    return this;
  }
  setFormulas(formulas: string[][]): this {
    dimsError(formulas, this._nr, this._nc);
    this._s._writeFormulas(this._r, this._c, formulas);
    return this;
  }
  getFormulaR1C1(): string {
    return toR1C1(this.getFormula(), this._r, this._c);
  }
  getFormulasR1C1(): string[][] {
    return this.getFormulas().map((row, i) => row.map((f, j) => toR1C1(f, this._r + i, this._c + j)));
  }

  // Formats ----------------------------------------------------------------------------------
  getNumberFormat(): string {
    return this._getMany<string>('numberFormat', AUTOMATIC_FORMAT)[0][0];
  }
  getNumberFormats(): string[][] {
    return this._getMany<string>('numberFormat', AUTOMATIC_FORMAT);
  }
  setNumberFormat(f: string): this {
    return this._setOne('numberFormat', f === '' || f === null ? undefined : String(f));
  }
  setNumberFormats(f: string[][]): this {
    return this._setMany('numberFormat', f, String);
  }
  getBackground(): string {
    return this._getMany<string>('background', '#ffffff')[0][0];
  }
  getBackgrounds(): string[][] {
    return this._getMany<string>('background', '#ffffff');
  }
  setBackground(color: string | null): this {
    return this._setOne('background', normalizeColor(color));
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this._setMany('background', colors, normalizeColor);
  }
  setBackgroundRGB(r: number, g: number, b: number): this {
    return this.setBackground(`#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`);
  }
  getFontWeight(): string {
    return this._getMany<string>('fontWeight', 'normal')[0][0];
  }
  getFontWeights(): string[][] {
    return this._getMany<string>('fontWeight', 'normal');
  }
  setFontWeight(w: string | null): this {
    if (w !== null && w !== 'bold' && w !== 'normal') throw new Error(`Invalid argument: fontWeight (${w})`);
    return this._setOne('fontWeight', w === 'normal' ? undefined : w);
  }
  setFontWeights(w: Array<Array<string | null>>): this {
    return this._setMany('fontWeight', w, (v) => (v === 'normal' ? undefined : v));
  }
  getFontColor(): string {
    return this._getMany<string>('fontColor', '#000000')[0][0];
  }
  getFontColors(): string[][] {
    return this._getMany<string>('fontColor', '#000000');
  }
  setFontColor(c: string | null): this {
    return this._setOne('fontColor', normalizeColor(c));
  }
  setFontColors(c: Array<Array<string | null>>): this {
    return this._setMany('fontColor', c, normalizeColor);
  }
  getFontSize(): number {
    return this._getMany<number>('fontSize', 10)[0][0];
  }
  getFontSizes(): number[][] {
    return this._getMany<number>('fontSize', 10);
  }
  setFontSize(n: number | null): this {
    return this._setOne('fontSize', n ?? undefined);
  }
  setFontSizes(n: number[][]): this {
    return this._setMany('fontSize', n);
  }
  getFontStyle(): string {
    return this._getMany<string>('fontStyle', 'normal')[0][0];
  }
  setFontStyle(s: string | null): this {
    return this._setOne('fontStyle', s === 'normal' ? undefined : s);
  }
  setFontStyles(s: string[][]): this {
    return this._setMany('fontStyle', s);
  }
  getFontFamily(): string {
    return this._getMany<string>('fontFamily', 'Arial')[0][0];
  }
  setFontFamily(f: string | null): this {
    return this._setOne('fontFamily', f ?? undefined);
  }
  setFontLine(l: string | null): this {
    return this._setOne('fontLine', l === 'none' ? undefined : l);
  }
  getFontLine(): string {
    return this._getMany<string>('fontLine', 'none')[0][0];
  }
  getHorizontalAlignment(): string {
    return this._getMany<string>('hAlign', 'general')[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return this._getMany<string>('hAlign', 'general');
  }
  setHorizontalAlignment(a: string | null): this {
    if (a !== null && !H_ALIGN.has(String(a).toLowerCase())) throw new Error(`Invalid argument: alignment (${a})`);
    return this._setOne('hAlign', a === null ? undefined : String(a).toLowerCase());
  }
  setHorizontalAlignments(a: string[][]): this {
    return this._setMany('hAlign', a, (v) => String(v).toLowerCase());
  }
  getVerticalAlignment(): string {
    return this._getMany<string>('vAlign', 'bottom')[0][0];
  }
  setVerticalAlignment(a: string | null): this {
    if (a !== null && !V_ALIGN.has(String(a).toLowerCase())) throw new Error(`Invalid argument: alignment (${a})`);
    return this._setOne('vAlign', a === null ? undefined : String(a).toLowerCase());
  }
  setVerticalAlignments(a: string[][]): this {
    return this._setMany('vAlign', a, (v) => String(v).toLowerCase());
  }
  getWrap(): boolean {
    return this._getMany<boolean>('wrap', false)[0][0];
  }
  getWraps(): boolean[][] {
    return this._getMany<boolean>('wrap', false);
  }
  setWrap(w: boolean): this {
    return this._setOne('wrap', w ? true : undefined);
  }
  setWraps(w: boolean[][]): this {
    return this._setMany('wrap', w, (v) => (v ? true : undefined));
  }
  setWrapStrategy(s: unknown): this {
    const name = enumName(s);
    this._setOne('wrap', name === 'WRAP' ? true : undefined);
    return this._setOne('wrapStrategy', name);
  }
  setWrapStrategies(s: unknown[][]): this {
    return this._setMany('wrapStrategy', s, enumName);
  }
  getWrapStrategy(): string {
    return this._getMany<string>('wrapStrategy', 'OVERFLOW')[0][0];
  }
  getNote(): string {
    return this._getMany<string>('note', '')[0][0];
  }
  getNotes(): string[][] {
    return this._getMany<string>('note', '');
  }
  setNote(note: string | null): this {
    return this._setOne('note', note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: Array<Array<string | null>>): this {
    return this._setMany('note', notes, String);
  }
  clearNote(): this {
    this._s._clearProps(this._rect(), ['note']);
    return this;
  }
  setTextRotation(): this {
    return this;
  }
  setBorder(...args: unknown[]): this {
    this._s._borders.push({
      a1: this.getA1Notation(),
      args: args.map((a) => (a && typeof a === 'object' ? enumName(a) : a)),
    });
    return this;
  }

  // Clearing ---------------------------------------------------------------------------------
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    applyClear(this._s, this._rect(), options);
    return this;
  }
  clearContent(): this {
    this._s._clearContent(this._rect());
    return this;
  }
  clearFormat(): this {
    this._s._clearProps(this._rect(), FORMAT_PROPS);
    return this;
  }
  clearDataValidations(): this {
    this._s._clearProps(this._rect(), ['validation']);
    return this;
  }

  // Geometry ---------------------------------------------------------------------------------
  getRow(): number {
    return this._r;
  }
  getRowIndex(): number {
    return this._r;
  }
  getColumn(): number {
    return this._c;
  }
  getColumnIndex(): number {
    return this._c;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getHeight(): number {
    return this._nr;
  }
  getWidth(): number {
    return this._nc;
  }
  getLastRow(): number {
    return this._r + this._nr - 1;
  }
  getLastColumn(): number {
    return this._c + this._nc - 1;
  }
  getA1Notation(): string {
    return rectA1(this._rect());
  }
  getSheet(): unknown {
    return this._s._self;
  }
  getGridId(): number {
    return this._s._id;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) throw new Error('Cell reference out of range');
    return new Range(this._rt, this._s, this._r + row - 1, this._c + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const r = this._r + rowOffset;
    const c = this._c + columnOffset;
    const nr = numRows ?? this._nr;
    const nc = numColumns ?? this._nc;
    this._s._checkRange(r, c, nr, nc);
    return new Range(this._rt, this._s, r, c, nr, nc);
  }
  activate(): this {
    this._s._ss._activeRange = this as unknown as Range;
    this._s._ss._activeSheet = this._s._self;
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  // Validation and protection ----------------------------------------------------------------
  setDataValidation(rule: DataValidation | null): this {
    if (rule !== null && !(rule as { _criteria?: unknown })._criteria) throw new Error('Invalid argument: rule');
    return this._setOne('validation', rule ?? undefined);
  }
  setDataValidations(rules: Array<Array<DataValidation | null>>): this {
    return this._setMany('validation', rules);
  }
  getDataValidation(): DataValidation | null {
    return this._getMany<DataValidation | null>('validation', null)[0][0];
  }
  getDataValidations(): Array<Array<DataValidation | null>> {
    return this._getMany<DataValidation | null>('validation', null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const b = new DataValidationBuilder(this._rt).requireCheckbox(checked, unchecked);
    this.setDataValidation(b.build());
    this._s._writeRaw(
      this._r,
      this._c,
      this._fill(unchecked === undefined ? (checked === undefined ? false : '') : unchecked),
    );
    return this;
  }
  removeCheckboxes(): this {
    return this.clearDataValidations();
  }
  check(): this {
    this._s._writeRaw(this._r, this._c, this._fill(true));
    return this;
  }
  uncheck(): this {
    this._s._writeRaw(this._r, this._c, this._fill(false));
    return this;
  }
  protect(): Protection {
    const p = new Protection(this._rt, this._s, 'RANGE', this._s._ss._anchor(this._s, this._rect()));
    this._s._ss._protections.push(p);
    return p;
  }

  // Merges and banding -----------------------------------------------------------------------
  merge(): this {
    const rect = this._rect();
    this._s._merges = this._s._merges.filter(
      (m) => !(m.rect.r1 <= rect.r2 && rect.r1 <= m.rect.r2 && m.rect.c1 <= rect.c2 && rect.c1 <= m.rect.c2),
    );
    this._s._merges.push(this._s._ss._anchor(this._s, rect));
    const keep = this.getCell(1, 1);
    const first = keep.getFormula() || keep.getValue();
    this._s._clearContent(rect);
    if (typeof first === 'string' && first.startsWith('=')) this._s._writeFormulas(this._r, this._c, [[first]]);
    else this._s._writeRaw(this._r, this._c, [[first]]);
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this._nr; i++) new Range(this._rt, this._s, this._r + i, this._c, 1, this._nc).merge();
    return this;
  }
  mergeVertically(): this {
    for (let j = 0; j < this._nc; j++) new Range(this._rt, this._s, this._r, this._c + j, this._nr, 1).merge();
    return this;
  }
  breakApart(): this {
    const rect = this._rect();
    this._s._merges = this._s._merges.filter(
      (m) => !(m.rect.r1 >= rect.r1 && m.rect.r2 <= rect.r2 && m.rect.c1 >= rect.c1 && m.rect.c2 <= rect.c2),
    );
    return this;
  }
  isPartOfMerge(): boolean {
    const rect = this._rect();
    return this._s._merges.some(
      (m) => !m.deleted && m.rect.r1 <= rect.r2 && rect.r1 <= m.rect.r2 && m.rect.c1 <= rect.c2 && rect.c1 <= m.rect.c2,
    );
  }
  getMergedRanges(): RangeModel[] {
    const rect = this._rect();
    return this._s._merges
      .filter(
        (m) =>
          !m.deleted && m.rect.r1 <= rect.r2 && rect.r1 <= m.rect.r2 && m.rect.c1 <= rect.c2 && rect.c1 <= m.rect.c2,
      )
      .map((m) => this._s._rangeOf(m.rect));
  }
  applyRowBanding(theme?: unknown, showHeader?: boolean, showFooter?: boolean): unknown {
    return this._s._applyBanding(this as unknown as Range, 'ROWS', theme, showHeader ?? true, showFooter ?? false);
  }
  applyColumnBanding(theme?: unknown, showHeader?: boolean, showFooter?: boolean): unknown {
    return this._s._applyBanding(this as unknown as Range, 'COLUMNS', theme, showHeader ?? true, showFooter ?? false);
  }
  getBandings(): unknown[] {
    const rect = this._rect();
    return this._s._bandings.filter(
      (b) =>
        b._anchor.rect.r1 <= rect.r2 &&
        rect.r1 <= b._anchor.rect.r2 &&
        b._anchor.rect.c1 <= rect.c2 &&
        rect.c1 <= b._anchor.rect.c2,
    );
  }

  // Copy, move, sort -------------------------------------------------------------------------
  copyTo(destination: Range, options?: unknown): void {
    const dest = destination as Range;
    const name =
      options &&
      typeof options === 'object' &&
      !('contentsOnly' in (options as object) || 'formatOnly' in (options as object))
        ? enumName(options)
        : null;
    const o = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    const contents = name
      ? name === 'PASTE_NORMAL' || name === 'PASTE_VALUES' || name === 'PASTE_FORMULA'
      : !o.formatOnly;
    const formats = name ? name === 'PASTE_NORMAL' || name === 'PASTE_FORMAT' : !o.contentsOnly;
    const valuesOnly = name === 'PASTE_VALUES';
    const dr = dest._r - this._r;
    const dc = dest._c - this._c;
    const values = this._readValues();
    const formulas = this.getFormulas();
    const props: Array<[PropName, unknown[][]]> = formats
      ? [...FORMAT_PROPS, 'validation' as PropName].map((p) => [p, this._getMany(p, undefined)])
      : [];
    dest._s._ensureSize(dest._r + this._nr - 1, dest._c + this._nc - 1);
    if (contents) {
      dest._s._writeRaw(dest._r, dest._c, values);
      if (!valuesOnly) {
        formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f) dest._s._writeFormulas(dest._r + i, dest._c + j, [[offsetFormula(f, dr, dc)]]);
          }),
        );
      }
    }
    for (const [p, data] of props)
      dest._s._setProps({ r1: dest._r, c1: dest._c, r2: dest._r + this._nr - 1, c2: dest._c + this._nc - 1 }, p, data);
  }
  copyValuesToRange(sheet: unknown, column: number, columnEnd: number, row: number, rowEnd: number): void {
    const s = (sheet as { _rangeOf: (r: Rect) => Range })._rangeOf({ r1: row, c1: column, r2: rowEnd, c2: columnEnd });
    this.copyTo(s, { contentsOnly: true });
  }
  moveTo(target: Range): void {
    this.copyTo(target);
    this.clear();
  }
  sort(spec: unknown): this {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : { column: (s as { column: number }).column, ascending: (s as { ascending?: boolean }).ascending ?? true },
    );
    const values = this._readValues();
    const order = values.map((_, i) => i);
    const cmp = (a: unknown, b: unknown): number => {
      if (a === b) return 0;
      if (a === '') return 1;
      if (b === '') return -1;
      const ka = isDate(a) ? a.getTime() : a;
      const kb = isDate(b) ? b.getTime() : b;
      if (typeof ka === 'number' && typeof kb === 'number') return ka - kb;
      if (typeof ka === 'number') return -1;
      if (typeof kb === 'number') return 1;
      return String(ka).localeCompare(String(kb));
    };
    order.sort((x, y) => {
      for (const s of specs) {
        const j = s.column - this._c;
        const a = values[x][j];
        const b = values[y][j];
        if (a === '' || b === '') {
          const d = cmp(a, b);
          if (d) return d;
          continue;
        }
        const d = cmp(a, b);
        if (d) return s.ascending ? d : -d;
      }
      return x - y;
    });
    const s = this._s;
    const grids = [s._values, s._formulas, ...s._props.values()] as Array<{
      get: (r: number, c: number) => unknown;
      set: (r: number, c: number, v: unknown) => void;
    }>;
    for (const g of grids) {
      const snapshot = order.map((i) =>
        Array.from({ length: this._nc }, (_, j) => g.get(this._r - 1 + i, this._c - 1 + j)),
      );
      snapshot.forEach((row, i) => row.forEach((v, j) => g.set(this._r - 1 + i, this._c - 1 + j, v)));
    }
    s._formulasChanged();
    s._touched();
    return this;
  }
  trimWhitespace(): this {
    const values = this._readValues();
    const formulas = this.getFormulas();
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const v = values[i][j];
        if (!formulas[i][j] && typeof v === 'string' && v !== v.trim().replace(/\s+/g, ' ')) {
          this._s._writeRaw(this._r + i, this._c + j, [[v.trim().replace(/\s+/g, ' ')]]);
        }
      }
    }
    return this;
  }
}

/** A1 references of a formula rewritten as R1C1, relative to the formula's own cell. */
function toR1C1(formula: string, row: number, col: number): string {
  if (!formula) return '';
  return tokenize(formula)
    .map((t) => {
      if (t.t !== 'ref' || !t.ref) return t.s;
      const r = t.ref;
      const part = (rr: number | null, cc: number | null, ar: boolean, ac: boolean) =>
        `${rr !== null ? (ar ? `R${rr}` : rr === row ? 'R' : `R[${rr - row}]`) : ''}${cc !== null ? (ac ? `C${cc}` : cc === col ? 'C' : `C[${cc - col}]`) : ''}`;
      const sheet = r.sheet !== null ? `'${r.sheet.replace(/'/g, "''")}'!` : '';
      const first = part(r.r1, r.c1, r.abs[1], r.abs[0]);
      return r.range ? `${sheet}${first}:${part(r.r2, r.c2, r.abs[3], r.abs[2])}` : sheet + first;
    })
    .join('');
}
