// Sheet: the Apps Script Sheet class, over the cell store it extends (sheet-store.ts).
import { isDate } from '../runtime';
import { type Rect, cellA1, parseA1, intersects } from './a1';
import { localeToCanonical } from './formula';
import { Range } from './range';
import { Protection } from './protection';
import { type EmbeddedChart, EmbeddedChartBuilder } from './charts';
import type { DataValidation } from './validation';
import { BandingTheme, type EnumValue, enumName, SheetType } from './enums';
import { Banding, BANDING_COLORS } from './banding';
import { normalizeColor } from './color';
import { DEFAULT_COL_WIDTH, DEFAULT_ROW_HEIGHT, FORMAT_PROPS, SheetStore, applyClear } from './sheet-store';
import type { ProtectionModel, SheetModel, SpreadsheetModel } from './model';

export class SheetImpl extends SheetStore implements SheetModel {
  // ------------------------------------------------------------------------------------------
  // Internals that hand out Ranges, and a person typing in the UI

  _rangeOf(r: Rect): Range {
    return new Range(this._rt, this, r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  }

  _rangeFromA1(a1: string): Range {
    const p = parseA1(a1);
    if (!p) throw new Error('Range not found');
    let r1 = p.r1 ?? 1;
    let c1 = p.c1 ?? 1;
    let r2 = p.r2 ?? this._maxRows;
    let c2 = p.c2 ?? this._maxCols;
    if (r1 > r2) [r1, r2] = [r2, r1];
    if (c1 > c2) [c1, c2] = [c2, c1];
    if (r2 > this._maxRows || c2 > this._maxCols) throw new Error('Range not found');
    return new Range(this._rt, this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  _protectionsAt(row: number, col: number): ProtectionModel[] {
    return this._ss._protections.filter((p) => p._sheet === this._self && p._covers(row, col));
  }

  _cellRect(a1: string): Rect {
    const p = parseA1(a1);
    if (!p || p.r1 === null || p.c1 === null) throw new Error(`Invalid cell: ${a1}`);
    return { r1: p.r1, c1: p.c1, r2: p.r1, c2: p.c1 };
  }

  _checkTyping(row: number, col: number): void {
    const email = this._rt.userEmail;
    for (const p of this._protectionsAt(row, col)) {
      if (p._blocks(email, row, col)) {
        throw new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      }
      if (p._warningOnly)
        this._ss._protectionWarnings.push({ sheet: this._name, a1: cellA1(row, col), description: p._description });
    }
  }

  /**
   * Emulator only: a person types `value` into one cell in the Sheets UI. Protections apply,
   * and a value breaking a rule that rejects invalid input is refused with the rule's help text.
   */
  _typeValue(a1: string, value: unknown): void {
    const { r1: row, c1: col } = this._cellRect(a1);
    this._checkTyping(row, col);
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
      this._writeFormulas(row, col, [[this._typedFormula(value)]]);
      return;
    }
    const n = this._normalize(value, row - 1, col - 1);
    const rule = this._prop('validation').get(row - 1, col - 1) as DataValidation | undefined;
    if (rule && !rule._allowInvalid && !rule._accepts(n.value)) {
      const help =
        rule._helpText ??
        `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell.`;
      throw new Error(`There was a problem: ${help}`);
    }
    this._writeValues(row, col, [[value]]);
  }

  /** Emulator only: a person types a formula in the UI, in the spreadsheet locale's syntax. */
  _typeFormula(a1: string, text: string): void {
    const { r1: row, c1: col } = this._cellRect(a1);
    this._checkTyping(row, col);
    const t = text.startsWith('=') ? text : `=${text}`;
    this._writeFormulas(row, col, [[this._typedFormula(t)]]);
  }

  /**
   * A formula typed in the UI as it is stored: canonical; or, under the
   * formula-locale-separators quirk (formulas stored as written and read in the locale's syntax,
   * see engine.ts), as typed.
   */
  _typedFormula(text: string): string {
    return this._rt.quirk('formula-locale-separators') ? text : localeToCanonical(text, this._ss._localeInfo().argSep);
  }

  /** Emulator only: cells whose current value breaks their validation rule. */
  _invalidCells(): Array<{ a1: string; value: unknown; helpText: string | null }> {
    const out: Array<{ a1: string; value: unknown; helpText: string | null }> = [];
    const g = this._props.get('validation');
    if (!g) return out;
    g.forEach((rule, r0, c0) => {
      const dv = rule as DataValidation;
      const value = this._readValues(r0 + 1, c0 + 1, 1, 1)[0][0];
      if (!dv._accepts(value)) out.push({ a1: cellA1(r0 + 1, c0 + 1), value, helpText: dv._helpText });
    });
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Apps Script Sheet

  getName(): string {
    return this._name;
  }
  setName(name: string): SheetImpl {
    this._ss._renameSheet(this, String(name));
    return this;
  }
  getSheetName(): string {
    return this._name;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this._self) + 1;
  }
  getParent(): unknown {
    return this._ss._self;
  }
  getType(): EnumValue {
    return SheetType.GRID;
  }
  activate(): SheetImpl {
    this._ss._activeSheet = this._self;
    this._hidden = false;
    return this;
  }
  getRange(a: string | number, col?: number, numRows?: number, numCols?: number): Range {
    if (typeof a === 'string' && col === undefined) return this._rangeFromA1(a);
    const row = a as number;
    const nr = numRows ?? 1;
    const nc = numCols ?? 1;
    this._checkRange(row, col as number, nr, nc);
    return new Range(this._rt, this, row, col as number, nr, nc);
  }
  getRangeList(a1s: string[]): unknown {
    void a1s;
    throw new Error('not emulated: Sheet.getRangeList');
  }
  getDataRange(): Range {
    return this._dataRange();
  }
  _dataRange(): Range {
    return new Range(this._rt, this, 1, 1, Math.max(1, this._lastRowRaw()), Math.max(1, this._lastColRaw()));
  }
  getLastRow(): number {
    return this._lastRowRaw();
  }
  getLastColumn(): number {
    return this._lastColRaw();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    const nr = numRows === -1 ? Math.max(1, this._lastRowRaw() - row + 1) : numRows;
    const nc = numCols === -1 ? Math.max(1, this._lastColRaw() - col + 1) : numCols;
    this._checkRange(row, col, nr, nc);
    return this._readValues(row, col, nr, nc, this._scriptFarDate());
  }

  insertRowsBefore(before: number, howMany: number): SheetImpl {
    if (before < 1 || before > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._structural('row', before, howMany);
    return this;
  }
  insertRowsAfter(after: number, howMany: number): SheetImpl {
    if (after < 1 || after > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._structural('row', after + 1, howMany);
    if (this._rt.quirk('rows-inherit-format')) this._inheritRowProps(after, howMany);
    return this;
  }
  /** The `rows-inherit-format` quirk: formats and validation of row `from` copied into the rows below it. */
  _inheritRowProps(from: number, howMany: number): void {
    for (const [, g] of this._props) {
      const src = g.rows[from - 1];
      if (!src) continue;
      for (let i = 1; i <= howMany; i++) {
        const line = g.row(from - 1 + i);
        for (let c = 0; c < src.length; c++) line[c] = src[c];
      }
    }
    this._ss._touchFile();
  }
  insertRowBefore(before: number): SheetImpl {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): SheetImpl {
    return this.insertRowsAfter(after, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  insertColumnsBefore(before: number, howMany: number): SheetImpl {
    if (before < 1 || before > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._structural('col', before, howMany);
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): SheetImpl {
    if (after < 1 || after > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._structural('col', after + 1, howMany);
    return this;
  }
  insertColumnBefore(before: number): SheetImpl {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnAfter(after: number): SheetImpl {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows)
      throw new Error('Those rows are out of bounds.');
    if (this._maxRows - howMany <= this._frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._structural('row', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxCols)
      throw new Error('Those columns are out of bounds.');
    if (this._maxCols - howMany <= this._frozenCols)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this._structural('col', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): SheetImpl {
    this._appendRow(rowContents);
    return this;
  }
  _appendRow(rowContents: unknown[]): void {
    if (!Array.isArray(rowContents)) throw new Error('Invalid argument: rowContents');
    const row = this._lastRowRaw() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxCols) this._maxCols = rowContents.length;
    this._writeValues(row, 1, [Array.from(rowContents)]);
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): SheetImpl {
    const all: Rect = { r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols };
    applyClear(this, all, options);
    return this;
  }
  clearContents(): SheetImpl {
    this._clearContent({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols });
    return this;
  }
  clearFormats(): SheetImpl {
    this._clearProps({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols }, FORMAT_PROPS);
    return this;
  }
  clearNotes(): SheetImpl {
    this._clearProps({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols }, ['note']);
    return this;
  }
  clearConditionalFormatRules(): void {
    this._condRules = [];
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._maxRows) throw new Error('Invalid argument: rows');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._maxCols) throw new Error('Invalid argument: columns');
    this._frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    this._colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? DEFAULT_COL_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): SheetImpl {
    this._rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): SheetImpl {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): SheetImpl {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    const last = this._lastRowRaw();
    if (last === 0) return this;
    const display = this._readDisplay(1, startColumn, last, numColumns);
    for (let j = 0; j < numColumns; j++) {
      let longest = 0;
      for (const row of display)
        longest = Math.max(
          longest,
          ...String(row[j])
            .split('\n')
            .map((l) => l.length),
        );
      this._colWidths.set(startColumn + j, Math.max(20, Math.round(longest * 7 + 12)));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetImpl {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(startRow: number, numRows: number): SheetImpl {
    void startRow;
    void numRows;
    return this;
  }
  hideSheet(): SheetImpl {
    const visible = this._ss._sheetImpls().filter((s) => !s._hidden);
    if (visible.length <= 1 && !this._hidden) throw new Error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this._hiddenCols.delete(c);
  }
  hideColumn(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.hideColumns(r.c1, r.c2 - r.c1 + 1);
  }
  unhideColumn(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.showColumns(r.c1, r.c2 - r.c1 + 1);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this._hiddenRows.delete(r);
  }
  hideRow(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.hideRows(r.r1, r.r2 - r.r1 + 1);
  }
  unhideRow(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.showRows(r.r1, r.r2 - r.r1 + 1);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  setTabColor(color: string | null): SheetImpl {
    this._tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  /** The linked form's URL, or null: "the URL for the form that sends its responses to this sheet" (Sheet reference). */
  getFormUrl(): string | null {
    return this._formUrl;
  }
  protect(): Protection {
    if (this._sheetProtection && !this._sheetProtection._removed) return this._sheetProtection;
    const p = new Protection(this._rt, this, 'SHEET', null);
    this._sheetProtection = p;
    this._ss._protections.push(p);
    return p;
  }
  getProtections(type: unknown): ProtectionModel[] {
    const name = enumName(type);
    if (name !== 'RANGE' && name !== 'SHEET') throw new Error('Invalid argument: type');
    return this._ss._protections.filter((p) => p._sheet === this._self && p._type === name && !p._removed);
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._rt, this);
  }
  insertChart(chart: EmbeddedChart): void {
    if (!chart || !(chart as { _spec?: unknown })._spec) throw new Error('Invalid argument: chart');
    const c = chart as EmbeddedChart;
    if (c._chartId !== null && this._charts.some((x) => x._chartId === c._chartId))
      throw new Error('The chart is already in the sheet.');
    c._chartId = this._ss._nextChartId();
    this._charts.push(c);
  }
  updateChart(chart: EmbeddedChart): void {
    const c = chart as EmbeddedChart;
    const i = this._charts.findIndex((x) => x._chartId !== null && x._chartId === c._chartId);
    if (i < 0) throw new Error('The chart does not exist in this sheet.');
    this._charts[i] = c;
  }
  removeChart(chart: EmbeddedChart): void {
    const c = chart as EmbeddedChart;
    const i = this._charts.findIndex((x) => x._chartId !== null && x._chartId === c._chartId);
    if (i < 0) throw new Error('The chart does not exist in this sheet.');
    this._charts.splice(i, 1);
  }
  /**
   * Insertion order, which no reference page promises: the emulator's `chartOrder: 'reversed'`
   * option returns the other order, so code that relies on it shows up in tests.
   */
  getCharts(): EmbeddedChart[] {
    const list = [...this._charts];
    return this._rt.chartOrder === 'reversed' ? list.reverse() : list;
  }
  getConditionalFormatRules(): unknown[] {
    return [...this._condRules];
  }
  setConditionalFormatRules(rules: unknown[]): void {
    if (!Array.isArray(rules)) throw new Error('Invalid argument: rules');
    for (const r of rules)
      if (!r || !(r as { _criteria?: unknown })._criteria) throw new Error('Invalid argument: rules');
    this._condRules = Array.from(rules);
  }
  getBandings(): Banding[] {
    return [...this._bandings];
  }
  getNamedRanges(): unknown[] {
    return this._ss._namedRangeObjects().filter((n) => n._anchor.sheet === this._self);
  }
  getActiveRange(): unknown {
    return this._ss._activeRange && this._ss._activeRange._sheetImpl() === this._self
      ? this._ss._activeRange
      : new Range(this._rt, this, 1, 1, 1, 1);
  }
  getActiveCell(): unknown {
    const r = this.getActiveRange() as Range;
    return r.getCell(1, 1);
  }
  getCurrentCell(): unknown {
    return this.getActiveCell();
  }
  setActiveRange(range: Range): Range {
    this._ss._activeRange = range;
    this._ss._activeSheet = this._self;
    return range;
  }
  setActiveSelection(a: string | Range): Range {
    const r = typeof a === 'string' ? this._rangeFromA1(a) : a;
    return this.setActiveRange(r);
  }
  setCurrentCell(cell: Range): Range {
    return this.setActiveRange(cell);
  }
  sort(columnPosition: number, ascending?: boolean): SheetImpl {
    const last = this._lastRowRaw();
    const first = this._frozenRows + 1;
    if (last < first) return this;
    new Range(this._rt, this, first, 1, last - first + 1, Math.max(this._lastColRaw(), columnPosition)).sort({
      column: columnPosition,
      ascending: ascending ?? true,
    });
    return this;
  }
  copyTo(spreadsheet: unknown): unknown {
    const target = (spreadsheet as { _impl?: () => SpreadsheetModel })._impl?.() ?? this._ss;
    return this._copyInto(target)._self;
  }
  _copyInto(target: SpreadsheetModel): SheetModel {
    const copy = target._addSheet(
      target._uniqueName(`Copy of ${this._name}`),
      target._sheets.length,
      this._maxRows,
      this._maxCols,
    );
    this._values.forEach((v, r, c) => copy._values.set(r, c, isDate(v) ? new Date((v as Date).getTime()) : v));
    this._formulas.forEach((f, r, c) => copy._formulas.set(r, c, f));
    for (const [p, g] of this._props)
      if (p !== 'validation' || target._self === this._ss._self) g.forEach((v, r, c) => copy._prop(p).set(r, c, v));
    copy._frozenRows = this._frozenRows;
    copy._colWidths = new Map(this._colWidths);
    copy._formulasChanged();
    return copy._self;
  }
  setHiddenGridlines(hide: boolean): SheetImpl {
    void hide;
    return this;
  }

  // Emulator-only conveniences, also reachable on the spreadsheet.
  _applyBanding(range: Range, kind: 'ROWS' | 'COLUMNS', theme?: unknown, header = true, footer = false): Banding {
    const rect = range._rect();
    if (this._bandings.some((b) => intersects(b._anchor.rect, rect))) {
      throw new Error('You cannot add alternating colors to a range that already has alternating colors.');
    }
    const t =
      BANDING_COLORS[theme === undefined ? 'LIGHT_GREY' : enumName(BandingTheme[enumName(theme)])] ??
      BANDING_COLORS.LIGHT_GREY;
    const b = new Banding(this._rt, this, this._ss._anchor(this._self, rect), kind, {
      header: header ? t[0] : null,
      first: t[1],
      second: t[2],
      footer: footer ? t[3] : null,
    });
    this._bandings.push(b);
    return b;
  }
}
