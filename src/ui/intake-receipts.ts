// The receipt e-mailed to an applicant whose address the Form verified: #14's Tanda Bukti
// Penerimaan (receiptText, the same built-in wording as the Docs receipt from Buat Surat), with a
// letter number of its own.
//
// Why the e-mail takes a logged letter number: the receipt is a letter of the office, numbered in
// the same yearly sequence as every letter Buat Surat makes (core/letters/log.ts). A number that
// is not in the Surat log would be given again to the next letter made in Docs: two letters, one
// number. So the numbers are taken through nextLetterNumber and logged (appendLogRows, one write
// for the run) under the same office lock as the registration numbers, right after the register
// append. The log row has no document or PDF link: the letter exists as the e-mail only (the
// dialog of Buat Surat lists it, numbered and dated, without a link). The address is not logged
// (the log holds no personal data).
//
// Requests come first: a receipt that cannot be made (letter settings missing, the log sheet not
// writable) is counted as not sent and says why, and the requests stay recorded. An e-mail that
// fails after its number was logged (quota) keeps the number: the log says a receipt was numbered
// that day, the dialog says it was not sent, and an officer can make it in Docs (a new number).
import { dayOfDate, dayToDate, ymdParts } from '../core/calendar';
import { t } from '../core/i18n';
import { isYes, settingsLang, type Settings } from '../core/settings';
import {
  LETTER_TITLES,
  letterProblems,
  letterRowFrom,
  nextLetterNumber,
  readLog,
  receiptText,
  type LetterContext,
  type LetterRow,
} from '../core/letters';
import type { RegisterMapping } from '../core/register';
import { WorkCalendar } from '../core/calendar';
import type { Lang, RequestRecord } from '../core/types';
import type { AppendPlan } from '../sheets/register-append';
import { readCalendar } from '../sheets/holidays';
import { appendLogRows, ensureLogSheet, readLogGrid } from '../sheets/letter-log';
import { spreadsheetDateOrder } from '../sheets/workbook';

export interface ReceiptMail {
  to: string;
  /** The registration number (the applicant's reference). */
  number: string;
  letterNumber: string;
  subject: string;
  body: string;
}

export interface ReceiptBatch {
  mails: ReceiptMail[];
  /** Receipts that could not be made, and why (the officer's language). */
  failed: number;
  reason?: string;
}

/** What a planned cell holds once Sheets has it: the leading "'" of the text escape is not kept. */
function stored(v: unknown): unknown {
  return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}

/**
 * Under the office lock, after the register append: the receipts of the requests in `wanted`
 * (index into the append, verified address), numbered and logged in one write. Returns the
 * e-mails to send once the lock is released.
 */
export function logReceipts(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  mapping: RegisterMapping,
  append: AppendPlan,
  wanted: Array<{ k: number; to: string }>,
  tz: number,
): ReceiptBatch {
  const lang = settingsLang(settings);
  const header = append.register.values[mapping.headerIndex] ?? [];
  const date = dayOfDate(new Date(), tz);
  const rows: LetterRow[] = wanted.map(({ k }) =>
    letterRowFrom(header, append.rows[k].map(stored), append.target + k, {
      lang,
      tzOffsetMinutes: tz,
      channels: settings.channels,
      topics: settings.topics,
      columns: mapping.columns as Record<string, number>,
      dateOrder: spreadsheetDateOrder(ss),
    }),
  );
  const years = new Set<number>([ymdParts(date)[0], ymdParts(date)[0] + 1]);
  for (const r of rows) if (r.record) years.add(ymdParts(r.record.received)[0]);
  // Letters only read the holidays; a year the sheet lacks is filled in memory, never written.
  const calendar = readCalendar(ss, isYes(settings.values.cutiBersamaWorking), [...years], 'id', false);
  const ctx: LetterContext = { date, calendar, settings: settings.values };

  const ready: Array<{ row: LetterRow; to: string }> = [];
  let failed = 0;
  let reason: string | undefined;
  rows.forEach((row, i) => {
    const problems = letterProblems('tanda-terima', row, ctx, lang);
    if (problems.length) {
      failed++;
      reason = t(lang, 'intake.receiptNotMade', { list: problems.map((p) => p.field).join(', ') });
    } else {
      ready.push({ row, to: wanted[i].to });
    }
  });
  if (!ready.length) return { mails: [], failed, reason };

  const logSheet = ensureLogSheet(ss, lang);
  const log = readLog(readLogGrid(logSheet), tz);
  const logRows: Array<Array<string | number | Date>> = [];
  const mails: ReceiptMail[] = [];
  for (const { row, to } of ready) {
    const { seq, number: letterNumber } = nextLetterNumber(log, settings.values.letterNumberFormat ?? '', date);
    log.push({
      sheetRow: 0,
      registerRow: row.row,
      number: row.text.number,
      kind: 'tanda-terima',
      letterNumber,
      date,
      doc: '',
      pdf: '',
      seq,
    });
    logRows.push([
      row.row,
      row.text.number,
      LETTER_TITLES['tanda-terima'],
      letterNumber,
      dayToDate(date, tz),
      '',
      '',
      seq,
    ]);
    mails.push({
      to,
      number: row.text.number,
      letterNumber,
      subject: t(lang, 'intake.mail.subject', { number: row.text.number }),
      body: `${receiptText(row, ctx, letterNumber)}\n\n—\n${t(lang, 'intake.mail.footer')}`,
    });
  }
  appendLogRows(logSheet, logRows);
  return { mails, failed, reason };
}

/**
 * The settings a receipt needs and lacks (their labels), asked of #14's own check on a stand-in
 * row, so the dialog names them before the first response and the rule stays #14's.
 */
export function missingReceiptSettings(settings: Settings, lang: Lang): string[] {
  const text = {
    number: 'x',
    applicantName: 'x',
    address: '',
    contact: '',
    occupation: '',
    infoRequested: 'x',
    purpose: '',
    notes: '',
    refusalReason: '',
    objectionGround: '',
    dipNumber: '',
    channel: '',
    deliveryMethod: '',
  };
  const probe: LetterRow = { row: 2, record: {} as RequestRecord, text, columns: {} };
  return letterProblems(
    'tanda-terima',
    probe,
    { date: 0, calendar: new WorkCalendar([]), settings: settings.values },
    lang,
  ).map((p) => p.field);
}
