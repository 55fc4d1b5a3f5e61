// "Catat Permohonan": the sidebar's server side. Options for the dropdowns, then one checked,
// locked, batched write of one row with the next registration number.
import { LISTS, REGISTER_COLUMNS, type ColumnKey } from '../core/register';
import { parseDay, dayOfDate, ymd } from '../core/calendar';
import { dueDate } from '../core/calendar';
import { safeCellText, textCell } from '../core/register';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { isYes } from '../core/settings';
import { formatDateShort } from '../core/report';
import { readSettings } from '../sheets/settings';
import { readCalendar, spreadsheetOffset } from '../sheets/holidays';
import { openRegister, registerLayout } from './register-data';
import { planAppend, commitAppend } from '../sheets/register-append';
import { userLang } from './common';
import { messageOf } from '../core/errors';
import { withOfficeLock } from '../platform/locks';

/** The form's fields, in order; everything else in the register is left for later editing. */
export const FORM_FIELDS: ColumnKey[] = [
  'received',
  'channel',
  'applicantName',
  'applicantType',
  'occupation',
  'address',
  'contact',
  'infoRequested',
  'topic',
  'purpose',
  'infoClass',
  'deliveryMethod',
  'officer',
  'notes',
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
  for (const k of [
    'form.title',
    'form.submit',
    'form.saving',
    'form.requiredMark',
    'form.choose',
    'form.privacy',
    'form.fixErrors',
  ])
    strings[k] = t(lang, k);
  strings['err.required'] = t(lang, 'err.required');
  return {
    lang,
    today: ymd(dayOfDate(new Date(), tz)),
    strings,
    fields: FORM_FIELDS.map((key) => {
      const spec = REGISTER_COLUMNS.find((c) => c.key === key)!;
      return {
        key,
        label: spec[lang],
        type: spec.type,
        required: spec.required,
        options: optionsFor(key, settings.channels, settings.topics),
      };
    }),
  };
}

/** Checks the form on the server too: the page's checks are a convenience, not a guarantee. */
export function validateForm(
  form: Record<string, unknown>,
  lang: Lang,
  channels: string[],
  topics: string[],
  tz: number,
) {
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
      // A phone number keeps its leading zero; "1/2" stays text, not a date.
      clean[key] = textCell(text);
    }
  }
  return { errors, clean };
}

export function submitRequestForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: Record<string, unknown>,
): SubmitResult {
  const lang = userLang();
  try {
    const settings = readSettings(ss);
    const tz = spreadsheetOffset(ss);
    const { errors, clean } = validateForm(form ?? {}, lang, settings.channels, settings.topics, tz);
    if (errors.length) return { ok: false, errors, message: t(lang, 'form.fixErrors') };

    return withOfficeLock((): SubmitResult => {
      const received = clean.received as number;
      const register = openRegister(ss, settings);
      const fields: Partial<Record<ColumnKey, unknown>> = {};
      for (const key of FORM_FIELDS) if (key !== 'received' && clean[key] !== undefined) fields[key] = clean[key];
      const plan = planAppend(
        register,
        registerLayout(register, settings).mapping,
        settings.values.numberFormat,
        [{ received, fields }],
        tz,
      );
      commitAppend(plan);
      const number = plan.numbers[0];
      const target = plan.target;
      SpreadsheetApp.flush();
      const calendar = readCalendar(ss, isYes(settings.values.cutiBersamaWorking));
      const due = formatDateShort(ymd(dueDate(received, false, calendar)));
      return { ok: true, number, row: target, due, message: t(lang, 'form.saved', { number, row: target, due }) };
    });
  } catch (err) {
    return { ok: false, message: messageOf(err, lang) };
  }
}
