// The Sheets side of the emulator: SpreadsheetApp, Charts, and spreadsheets registered in Drive.
import { type Runtime, service } from '../runtime';
import { SpreadsheetImpl, SPREADSHEET_MIME } from './spreadsheet';
import { DataValidationBuilder } from './validation';
import { ConditionalFormatRuleBuilder } from './conditional';
import {
  BandingTheme,
  BooleanCriteria,
  BorderStyle,
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  CopyPasteType,
  DataValidationCriteria,
  Dimension,
  Position,
  ProtectionType,
  RelativeDate,
  SheetType,
  TextDirection,
  WrapStrategy,
} from './enums';

export { SpreadsheetImpl, SPREADSHEET_MIME };
export type { SheetImpl } from './sheet';

export interface SpreadsheetOptions {
  locale?: string;
  timeZone?: string;
  /** Its Drive file ID (a saved spreadsheet loaded again keeps its own). */
  id?: string;
}

/** A new emulated spreadsheet (one empty "Sheet1"), registered as a Drive file. Returns its proxy. */
export function createSpreadsheet(rt: Runtime, name: string, opts: SpreadsheetOptions = {}): any {
  return new SpreadsheetImpl(rt, name, opts);
}

function openError(method: string): Error {
  return new Error(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
}

class SpreadsheetAppService {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BandingTheme = BandingTheme;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly RelativeDate = RelativeDate;
  readonly CopyPasteType = CopyPasteType;
  readonly TextDirection = TextDirection;

  constructor(private _rt: Runtime) {
    return service(_rt, 'SpreadsheetApp', this);
  }

  private _activeOrThrow(): SpreadsheetImpl {
    const ss = this._rt.activeSpreadsheet as SpreadsheetImpl | null;
    if (!ss) throw new Error('No active spreadsheet.');
    return ss;
  }
  getActive(): unknown {
    return this._rt.activeSpreadsheet;
  }
  getActiveSpreadsheet(): unknown {
    return this._rt.activeSpreadsheet;
  }
  setActiveSpreadsheet(ss: unknown): void {
    this._rt.activeSpreadsheet = ss;
  }
  getActiveSheet(): unknown {
    return this._activeOrThrow()._active();
  }
  setActiveSheet(sheet: { _ss: SpreadsheetImpl; _self: unknown }): unknown {
    this._rt.activeSpreadsheet = sheet._ss._self;
    sheet._ss._activeSheet = sheet._self as never;
    return sheet;
  }
  getActiveRange(): unknown {
    const ss = this._activeOrThrow();
    return ss._activeRange ?? ss._active()._rangeOf({ r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  setActiveRange(range: { _sheetImpl: () => { _ss: SpreadsheetImpl } }): unknown {
    const ss = range._sheetImpl()._ss;
    ss._activeRange = range as never;
    ss._activeSheet = range._sheetImpl() as never;
    return range;
  }
  getCurrentCell(): unknown {
    return this.getActiveRange();
  }
  getUi(): unknown {
    if (!this._rt.ui) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._rt.ui;
  }
  flush(): void {
    // Writes are applied immediately; evaluation is lazy and happens on the next read anyway.
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._rt);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._rt);
  }
  create(name: string, rows?: number, columns?: number): unknown {
    return new SpreadsheetImpl(this._rt, String(name), { rows, cols: columns });
  }
  openById(id: string): unknown {
    const rec = this._rt.files.get(String(id));
    if (!rec || rec.mimeType !== SPREADSHEET_MIME || !rec.native) throw openError('openById');
    return rec.native;
  }
  openByUrl(url: string): unknown {
    const m = /\/d\/([^/]+)/.exec(String(url));
    const rec = m ? this._rt.files.get(m[1]) : undefined;
    if (!rec || rec.mimeType !== SPREADSHEET_MIME || !rec.native) throw openError('openByUrl');
    return rec.native;
  }
  open(file: unknown): unknown {
    const f = file as { _id?: string; _record?: { id: string }; getId?: () => string };
    const id = f?._record?.id ?? f?._id ?? (typeof f?.getId === 'function' ? f.getId() : undefined);
    const rec = id ? this._rt.files.get(id) : undefined;
    if (!rec || rec.mimeType !== SPREADSHEET_MIME || !rec.native) throw openError('open');
    return rec.native;
  }
}

class ChartsService {
  readonly ChartType = ChartType;
  readonly Position = Position;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
  constructor(rt: Runtime) {
    return service(rt, 'Charts', this);
  }
}

export function createSheetsServices(rt: Runtime): { SpreadsheetApp: any; Charts: any } {
  return { SpreadsheetApp: new SpreadsheetAppService(rt), Charts: new ChartsService(rt) };
}
