// The Sheets model as its parts see one another: a spreadsheet, its sheets (the cell store and the
// Sheet class over it), ranges, anchors, protections, bandings and the formula engine.
//
// Each class imports the files below it and knows the ones above it only through these
// interfaces, so the sheets/ files form no circle: model ← protection, banding, charts, window ←
// engine, sheet-store ← range ← sheet ← spreadsheet. This file imports none of its users.
import type { Runtime } from '../runtime';
import type { Rect } from './a1';
import type { Grid } from './grid';
import type { FarDateAnswer, LocaleInfo } from './format';
import type { Inferred } from './formula';

/** The per-cell properties a sheet stores beside values and formulas, one sparse grid each. */
export type PropName =
  | 'numberFormat'
  | 'background'
  | 'fontWeight'
  | 'fontColor'
  | 'fontSize'
  | 'fontStyle'
  | 'fontFamily'
  | 'fontLine'
  | 'hAlign'
  | 'vAlign'
  | 'wrap'
  | 'wrapStrategy'
  | 'note'
  | 'validation';

/** A rectangle on a sheet that moves with inserted/deleted rows and columns (named ranges, protections, charts). */
export interface Anchor {
  sheet: SheetModel;
  rect: Rect;
  deleted?: boolean;
}

/** The lazy formula engine of a spreadsheet (FormulaEngine, engine.ts), as the cell store drives it. */
export interface EngineModel {
  markDirty(): void;
  onWrite(sheet: SheetModel): void;
  ensure(sheet?: SheetModel, upTo?: number, from?: number): void;
  readonly computed: Map<SheetModel, Grid<unknown>>;
  readonly hints: Map<SheetModel, Grid<Inferred>>;
}

/** A protected range or sheet (Protection, protection.ts). */
export interface ProtectionModel {
  readonly _sheet: SheetModel;
  readonly _type: 'RANGE' | 'SHEET';
  _removed: boolean;
  _warningOnly: boolean;
  _description: string;
  _blocks(email: string, row: number, col: number): boolean;
  _covers(row: number, col: number): boolean;
}

/** Alternating colours on a range (Banding, banding.ts). */
export interface BandingModel {
  readonly _anchor: Anchor;
}

/** A named range (NamedRange, spreadsheet.ts). */
export interface NamedRangeModel {
  _name: string;
  readonly _anchor: Anchor;
}

/** A Range (range.ts): a fixed rectangle of one sheet. */
export interface RangeModel {
  /** The sheet's proxy. */
  readonly _s: SheetModel;
  readonly _r: number;
  readonly _c: number;
  readonly _nr: number;
  readonly _nc: number;
  _rect(): Rect;
  _sheetImpl(): SheetModel;
}

/** A sheet's cell store (SheetStore, sheet-store.ts): the tab state Sheet, Range and the engine read and write. */
export interface CellStore {
  /** The counted proxy handed to scripts: the sheet's identity. */
  readonly _self: SheetModel;
  readonly _ss: SpreadsheetModel;
  readonly _id: number;
  _name: string;
  _maxRows: number;
  _maxCols: number;
  readonly _values: Grid<unknown>;
  readonly _formulas: Grid<string>;
  readonly _props: Map<PropName, Grid<unknown>>;
  _frozenRows: number;
  _frozenCols: number;
  _colWidths: Map<number, number>;
  _rowHeights: Map<number, number>;
  _hidden: boolean;
  _condRules: unknown[];
  _bandings: BandingModel[];
  _merges: Anchor[];
  _borders: Array<{ a1: string; args: unknown[] }>;
  _formUrl: string | null;

  _prop(p: PropName): Grid<unknown>;
  _lastRowRaw(): number;
  _lastColRaw(): number;
  /** Every formula cell, [row, col, formula], 1-based, row by row. */
  _anchorList(): Array<[number, number, string]>;
  _formulasChanged(): void;
  _touched(): void;
  _readValues(r1: number, c1: number, nr: number, nc: number, far?: FarDateAnswer): unknown[][];
  _scriptFarDate(): FarDateAnswer;
  _readRect(r: Rect): unknown[][];
  _readDisplay(r1: number, c1: number, nr: number, nc: number): string[][];
  _normalize(v: unknown, r0: number, c0: number): { value?: unknown; formula?: string };
  _writeValues(r1: number, c1: number, data: unknown[][]): void;
  _writeRaw(r1: number, c1: number, data: unknown[][]): void;
  _writeFormulas(r1: number, c1: number, data: string[][]): void;
  _clearContent(r: Rect): void;
  _clearProps(r: Rect, props: PropName[]): void;
  _setProp(r: Rect, p: PropName, v: unknown): void;
  _setProps(r: Rect, p: PropName, data: unknown[][], map?: (v: unknown) => unknown): void;
  _ensureSize(rows: number, cols: number): void;
  _checkRange(row: number, col: number, nr: number, nc: number): void;
}

/** A sheet (SheetImpl, sheet.ts): its store and what it hands to the objects on it. */
export interface SheetModel extends CellStore {
  _rangeOf(r: Rect): RangeModel;
  _applyBanding(
    range: RangeModel,
    kind: 'ROWS' | 'COLUMNS',
    theme?: unknown,
    header?: boolean,
    footer?: boolean,
  ): BandingModel;
}

/** A spreadsheet (SpreadsheetImpl, spreadsheet.ts), as its sheets and the objects on them see it. */
export interface SpreadsheetModel {
  /** The counted proxy handed to scripts. */
  readonly _self: SpreadsheetModel;
  /** The unproxied object, for hot internal paths. */
  readonly _raw: SpreadsheetModel;
  readonly _rt: Runtime;
  readonly _engine: EngineModel;
  _tz: string;
  _sheets: SheetModel[];
  _activeSheet: SheetModel | null;
  _activeRange: RangeModel | null;
  _protections: ProtectionModel[];
  readonly _protectionWarnings: Array<{ sheet: string; a1: string; description: string }>;

  _sheetImpls(): SheetModel[];
  _localeInfo(): LocaleInfo;
  _owner(): string;
  _touchFile(): void;
  _nextChartId(): number;
  _anchor(sheet: SheetModel, rect: Rect): Anchor;
  _uniqueName(base: string): string;
  _addSheet(name: string, index: number, rows?: number, cols?: number): SheetModel;
  _renameSheet(sheet: SheetModel, name: string): void;
  _shiftEverywhere(sheet: SheetModel, dim: 'row' | 'col', at: number, n: number): void;
  _namedRangeList(): Array<{ name: string; sheet: SheetModel; rect: Rect }>;
  _namedRangeObjects(): NamedRangeModel[];
}
