// A Google Form linked to an emulated spreadsheet: its response sheet, the rows Google writes on
// each submission, and the event object an installable form-submit trigger receives.
//
// What Google documents, and what the emulator does with it:
// - Event objects (developers.google.com/apps-script/guides/triggers/events, "Google Sheets
//   events", Form submit, installable): authMode, namedValues ("An object containing the question
//   names and values from the form submission"), range ("A Range object representing the cell or
//   range of cells that were edited", i.e. the new response row), triggerUid, values ("Array with
//   values in the same order as they appear in the spreadsheet"). Nothing in it says whether an
//   e-mail address was verified; nor does it carry the spreadsheet (no `source` is listed).
// - Sheet.getFormUrl / Spreadsheet.getFormUrl (Spreadsheet reference): the URL of the form that
//   sends its responses to the sheet, or null; for the spreadsheet, "if multiple forms send
//   responses to this spreadsheet, the form URL returned is indeterminate".
// - The Forms API's FormSettings.emailCollectionType (forms/api/reference/rest/v1/forms):
//   DO_NOT_COLLECT, VERIFIED, RESPONDER_INPUT. With either collecting setting Google adds one
//   column of addresses right after the timestamp; whether the header differs between them is not
//   documented, so the emulator writes the same header for both ("Email Address" / "Alamat
//   email"): the add-on can never tell a verified address from a typed one by the sheet alone.
// - No source documents: the timestamp and address headers in an Indonesian account ("Stempel
//   waktu" per issue #18; "Alamat email" ours), the response sheet's name ("Form Responses 1" /
//   "Jawaban Formulir 1"), where Google writes a new row (here: under the last row with content,
//   as it appears in Sheets, growing the sheet when full), and the text of e.values (here: each
//   cell as Sheets displays it). Add-on code must not depend on any of these.
// - Duplicate and spurious events: public reports of one submission firing the trigger twice, or
//   a second event with blank values seconds later (markfguerra/google-forms-to-slack#6,
//   clyall/FormEmailer#39). Emulator.fireFormSubmit re-fires any event; `blank` makes a spurious one.
import type { Runtime } from '../runtime';
import type { SpreadsheetImpl } from './spreadsheet';
import type { SheetImpl } from './sheet';
import { Range } from './range';

export type EmailCollection = 'none' | 'verified' | 'input';

export interface LinkFormOptions {
  /** Question titles, in form order (each becomes a column after the timestamp). */
  questions: string[];
  /** The Form's "Collect email addresses" setting (default none). */
  emailCollection?: EmailCollection;
  /** Language of the Google account that linked the form: the headers Google writes (default id). */
  language?: 'id' | 'en';
  /** Response sheet name (default "Jawaban Formulir N" / "Form Responses N"). */
  sheetName?: string;
  title?: string;
  /** Link an existing sheet (an imported response sheet) instead of creating one. */
  existingSheet?: string;
}

export interface FormSubmission {
  /** Answer per question title; arrays are checkbox answers (joined as Sheets shows them). */
  answers: Record<string, string | string[] | number | Date>;
  /** The respondent's address, when the form collects one. */
  email?: string;
  /**
   * When Google received it (default: the emulator's clock). `null` or a string writes that raw
   * value instead of a date: not something Google does, but what an officer's edit or an imported
   * file can leave, so handlers can be tested against it.
   */
  at?: Date | string | null;
}

export const TIMESTAMP_HEADER = { id: 'Stempel waktu', en: 'Timestamp' } as const;
export const EMAIL_HEADER = { id: 'Alamat email', en: 'Email Address' } as const;
const SHEET_BASE = { id: 'Jawaban Formulir', en: 'Form Responses' } as const;
const TIMESTAMP_FORMAT = { id: 'dd/mm/yyyy hh:mm:ss', en: 'm/d/yyyy h:mm:ss' } as const;

export class EmulatedForm {
  readonly url: string;
  constructor(
    readonly id: string,
    readonly title: string,
    readonly ss: SpreadsheetImpl,
    public sheetName: string,
    readonly questions: string[],
    readonly emailCollection: EmailCollection,
    readonly language: 'id' | 'en',
  ) {
    this.url = `https://docs.google.com/forms/d/${id}/viewform`;
  }

  /** The response sheet now (found by its link: officers may rename it). */
  sheet(): SheetImpl {
    const s = this.ss._sheetImpls().find((x) => x._formUrl === this.url);
    if (!s) throw new Error(`emulator: the response sheet of form ${this.id} is gone`);
    return s;
  }

  /** Where each column of a response goes: header text → 1-based column, read from row 1. */
  private columnsByHeader(sheet: SheetImpl): Map<string, number> {
    const width = sheet._lastColRaw();
    const head = width ? sheet._readValuesRaw(1, 1, 1, width)[0] : [];
    const out = new Map<string, number>();
    head.forEach((h, i) => {
      const k = String(h ?? '');
      if (k && !out.has(k)) out.set(k, i + 1);
    });
    return out;
  }

  /** Writes one response as Google does and returns its 1-based row. */
  _write(rt: Runtime, sub: FormSubmission): number {
    const sheet = this.sheet();
    const cols = this.columnsByHeader(sheet);
    const row = sheet._lastRowRaw() + 1;
    if (row > sheet._maxRows) sheet._structural('row', sheet._maxRows + 1, row - sheet._maxRows);
    const at =
      sub.at === undefined
        ? rt.now()
        : sub.at === null
          ? ''
          : typeof sub.at === 'string'
            ? sub.at
            : new Date(sub.at.getTime());
    const put = (header: string, value: unknown) => {
      const c = cols.get(header);
      if (!c) throw new Error(`emulator: the response sheet has no column "${header}" (was it deleted?)`);
      sheet._writeRaw(row, c, [[value]]);
    };
    put(TIMESTAMP_HEADER[this.language], at);
    if (this.emailCollection !== 'none') put(EMAIL_HEADER[this.language], sub.email ?? '');
    for (const q of this.questions) {
      const a = sub.answers[q];
      put(q, Array.isArray(a) ? a.join(', ') : (a ?? ''));
    }
    for (const k of Object.keys(sub.answers)) {
      if (!this.questions.includes(k)) throw new Error(`emulator: the form has no question "${k}"`);
    }
    sheet._setPropRaw({ r1: row, c1: 1, r2: row, c2: 1 }, 'numberFormat', TIMESTAMP_FORMAT[this.language]);
    return row;
  }

  /** The headers Google wrote (timestamp, address when collected, questions), in order. */
  formHeaders(): string[] {
    const h: string[] = [TIMESTAMP_HEADER[this.language]];
    if (this.emailCollection !== 'none') h.push(EMAIL_HEADER[this.language]);
    return [...h, ...this.questions];
  }

  /**
   * The event object of the form-submit trigger for the response in `row`: values and
   * namedValues are the form's own columns as Sheets displays them; range is the response's cells.
   */
  _event(rt: Runtime, row: number, triggerUid: string, authMode: unknown, blank = false): FormSubmitEvent {
    const sheet = this.sheet();
    const cols = this.columnsByHeader(sheet);
    const headers = this.formHeaders();
    const at = headers.map((h) => cols.get(h) ?? 0);
    const width = Math.max(...at);
    const shown = sheet._readDisplayRaw(row, 1, 1, width)[0];
    const values = at.map((c) => (blank || !c ? '' : String(shown[c - 1] ?? '')));
    const namedValues: Record<string, string[]> = {};
    headers.forEach((h, i) => (namedValues[h] = [values[i]]));
    return { authMode, namedValues, range: new Range(rt, sheet._self, row, 1, 1, width), triggerUid, values };
  }
}

export interface FormSubmitEvent {
  authMode: unknown;
  namedValues: Record<string, string[]>;
  range: unknown;
  triggerUid: string;
  values: string[];
}

/** Links a new form to the spreadsheet: a response sheet with Google's header row, frozen. */
export function linkForm(rt: Runtime, ss: SpreadsheetImpl, opts: LinkFormOptions): EmulatedForm {
  const language = opts.language ?? 'id';
  const collection = opts.emailCollection ?? 'none';
  const id = rt.newId('form');
  let sheet: SheetImpl;
  if (opts.existingSheet) {
    const found = ss._findSheet(opts.existingSheet);
    if (!found) throw new Error(`emulator: no sheet "${opts.existingSheet}" to link`);
    sheet = found;
  } else {
    const base = SHEET_BASE[language];
    let n = 1;
    while (ss._findSheet(`${base} ${n}`)) n++;
    sheet = ss._addSheet(opts.sheetName ?? `${base} ${n}`, 0);
  }
  const form = new EmulatedForm(
    id,
    opts.title ?? 'Formulir Permohonan Informasi',
    ss,
    sheet._name,
    [...opts.questions],
    collection,
    language,
  );
  if (!opts.existingSheet) {
    const head = form.formHeaders();
    if (head.length > sheet._maxCols) sheet._structural('col', sheet._maxCols + 1, head.length - sheet._maxCols);
    sheet._writeRaw(1, 1, [head]);
    sheet._frozenRows = 1;
  }
  sheet._formUrl = form.url;
  return form;
}
