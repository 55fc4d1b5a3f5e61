// "Catat Permohonan": the sidebar's server side. Options for the dropdowns, then one checked,
// locked, batched write of one row with the next registration number.
import { LISTS, REGISTER_COLUMNS, ColumnKey } from '../core/schema';
import { totalsLabel } from '../core/header-row';
import { parseDay, dayOfDate, dayToDate, ymd, ymdParts } from '../core/dates';
import { dueDate } from '../core/calendar';
import { safeCellText } from '../core/escape';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { formatRegistrationNumber, sequenceOf, isYes } from '../core/settings-model';
import { formatDateShort } from '../core/labels';
import { readSettings } from '../sheets/settings';
import { readCalendar, spreadsheetOffset } from '../sheets/holidays';
import { openRegister, registerLayout } from './register-data';
import { columnRuns } from '../sheets/register';
import { ensureRows } from '../sheets/grow';
import { UserError, userLang, messageOf } from './common';
import { officeLock } from './locks';

/** The form's fields, in order; everything else in the register is left for later editing. */
export const FORM_FIELDS: ColumnKey[] = [
  'received', 'channel', 'applicantName', 'applicantType', 'occupation', 'address', 'contact',
  'infoRequested', 'topic', 'purpose', 'infoClass', 'deliveryMethod', 'officer', 'notes',
];

export interface FormOptions {
  lang: Lang;
  today: string;
  strings: Record<string, string>;
  fields: Array<{ key: string; label: string; type: string; required: boolean; options: string[] }>;
}

export interface SubmitResult {
  ok: boolean;
  number?: string;
  row?: number;
  due?: string;
  message: string;
  errors?: Array<{ field: string; message: string }>;
}

function optionsFor(key: ColumnKey, channels: string[], topics: string[]): string[] {
  const spec = REGISTER_COLUMNS.find((c) => c.key === key)!;
  if (spec.list === 'channels') return channels;
  if (spec.list === 'topics') return topics;
  return spec.list ? (LISTS[spec.list as keyof typeof LISTS] as string[]) : [];
}

export function formOptions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): FormOptions {
  const lang = userLang();
  const settings = readSettings(ss);
  const tz = spreadsheetOffset(ss);
  const strings: Record<string, string> = {};
  for (const k of ['form.title', 'form.submit', 'form.saving', 'form.requiredMark', 'form.choose', 'form.privacy', 'form.fixErrors']) strings[k] = t(lang, k);
  strings['err.required'] = t(lang, 'err.required');
  return {
    lang,
    today: ymd(dayOfDate(new Date(), tz)),
    strings,
    fields: FORM_FIELDS.map((key) => {
      const spec = REGISTER_COLUMNS.find((c) => c.key === key)!;
      return { key, label: spec[lang], type: spec.type, required: spec.required, options: optionsFor(key, settings.channels, settings.topics) };
    }),
  };
}

/** Checks the form on the server too: the page's checks are a convenience, not a guarantee. */
export function validateForm(form: Record<string, unknown>, lang: Lang, channels: string[], topics: string[], tz: number) {
  const errors: Array<{ field: string; message: string }> = [];
  const clean: Partial<Record<ColumnKey, unknown>> = {};
  for (const key of FORM_FIELDS) {
    const spec = REGISTER_COLUMNS.find((c) => c.key === key)!;
    const raw = form[key];
    const text = raw === null || raw === undefined ? '' : String(raw).trim().slice(0, 5000);
    const label = spec[lang];
    if (!text) {
      if (spec.required) errors.push({ field: key, message: t(lang, 'err.required', { field: label }) });
      continue;
    }
    if (spec.type === 'date') {
      const d = parseDay(text, tz);
      if (typeof d !== 'number') errors.push({ field: key, message: t(lang, 'err.invalidDate', { field: label }) });
      else clean[key] = d;
    } else if (spec.type === 'list') {
      const options = optionsFor(key, channels, topics);
      const hit = options.find((o) => o.toLowerCase() === text.toLowerCase());
      if (!hit) errors.push({ field: key, message: t(lang, 'err.invalidValue', { field: label }) });
      // The options come from the settings sheet an officer edits: text like any other.
      else clean[key] = safeCellText(hit);
    } else {
      clean[key] = safeCellText(text);
    }
  }
  return { errors, clean };
}

export function submitRequestForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, form: Record<string, unknown>): SubmitResult {
  const lang = userLang();
  try {
    const settings = readSettings(ss);
    const tz = spreadsheetOffset(ss);
    const { errors, clean } = validateForm(form ?? {}, lang, settings.channels, settings.topics, tz);
    if (errors.length) return { ok: false, errors, message: t(lang, 'form.fixErrors') };

    const lock = officeLock();
    if (!lock.tryLock(10000)) throw new UserError('err.locked');
    try {
      const register = openRegister(ss, settings);
      const { sheet, values } = register;
      // Where the register's fields are: an adopted sheet keeps its header row and columns.
      const { mapping } = registerLayout(register, settings);
      const columns = mapping.columns;
      const width = Math.max(values[0]?.length ?? 0, ...values.slice(0, mapping.dataIndex).map((r) => r.length));
      const live = new Set<number>(Object.values(mapping.computed) as number[]);
      const computed = new Set([...register.formulaColumns, ...live]);
      // A running row number ("No") the officer keeps: the new row gets the next one.
      const seqCols = mapping.ignored.filter((c) => !live.has(c));

      // The next number: highest sequence of this year's numbers in the register, plus one.
      const received = clean.received as number;
      const [year, month] = ymdParts(received);
      const pattern = settings.values.numberFormat || '{nnn}/PPID/{yyyy}';
      let max = 0;
      let seqMax = 0;
      // The last row holding anything (the header when none), and a totals row right under it.
      let lastDataRow = mapping.dataIndex;
      let totalsRow: number | null = null;
      const inputCols = Array.from({ length: width }, (_, i) => i).filter((i) => !computed.has(i));
      for (let r = mapping.dataIndex; r < values.length; r++) {
        const row = values[r];
        if (!inputCols.some((i) => row[i] !== '' && row[i] !== null && row[i] !== undefined)) continue;
        const received0 = columns.received !== undefined ? parseDay(row[columns.received], tz) : null;
        if (typeof received0 !== 'number' && totalsLabel(row) !== null) {
          if (totalsRow === null) totalsRow = r + 1;
          continue;
        }
        lastDataRow = r + 1;
        totalsRow = null;
        if (columns.number !== undefined) {
          const seq = sequenceOf(pattern, String(row[columns.number] ?? ''), year, month);
          if (seq !== null && seq > max) max = seq;
        }
        for (const c of seqCols) {
          const n = Number(String(row[c] ?? '').replace(/[.)]$/, ''));
          if (Number.isInteger(n) && n > seqMax) seqMax = n;
        }
      }
      const number = formatRegistrationNumber(pattern, max + 1, year, month);
      const rowValues: unknown[] = Array.from({ length: width }, () => '');
      const put = (key: ColumnKey, v: unknown) => {
        if (columns[key] !== undefined) rowValues[columns[key]!] = v;
      };
      for (const key of FORM_FIELDS) {
        const v = clean[key];
        if (v === undefined) continue;
        put(key, REGISTER_COLUMNS.find((c) => c.key === key)!.type === 'date' ? dayToDate(v as number, tz) : v);
      }
      if (seqMax > 0) for (const c of seqCols) rowValues[c] = seqMax + 1;
      // Written into a plain-text cell (below), so Sheets takes it literally: no date, no
      // number, no formula, whatever the settings pattern makes it look like.
      put('number', number);
      put('status', 'Diproses');
      put('extended', 'Tidak');

      // One write per run of adjacent input columns (normally one): computed cells stay untouched.
      // A totals row right under the last request stays the last row: a row is inserted above it,
      // as an officer would (the totals row moves down one row, unchanged).
      const target = lastDataRow + 1;
      if (totalsRow !== null && totalsRow === target) sheet.insertRowsBefore(totalsRow, 1);
      // A full sheet grows first, the new rows with the validation, formats and protection above.
      ensureRows(sheet, target);
      // The number cell is plain text before the write: Sheets would read "01/07/2025" as a date
      // and "001" as the number 1, and the next number could then not be found again.
      if (columns.number !== undefined) sheet.getRange(target, columns.number + 1).setNumberFormat('@');
      for (const [start, len] of columnRuns(width, computed)) {
        sheet.getRange(target, start + 1, 1, len).setValues([rowValues.slice(start, start + len)]);
      }
      SpreadsheetApp.flush();
      const calendar = readCalendar(ss, isYes(settings.values.cutiBersamaWorking));
      const due = formatDateShort(ymd(dueDate(received, false, calendar)));
      return { ok: true, number, row: target, due, message: t(lang, 'form.saved', { number, row: target, due }) };
    } finally {
      lock.releaseLock();
    }
  } catch (err) {
    return { ok: false, message: messageOf(err, lang) };
  }
}
