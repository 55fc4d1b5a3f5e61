// "Buat Laporan Triwulan/Tahunan": one read of each sheet, one Recap computed by the core, then
// the recap sheet, the document, the PDF and JSON, sharing and the notice, in that order.
// A document lock keeps two officers from generating at once; the register is only read.
import { computeRecap, parsePeriod } from '../core/recap';
import { dayOfDate, dayFromIso, ymd } from '../core/calendar';
import { t } from '../core/i18n';
import type { Lang, Recap } from '../core/types';
import { isYes, settingsLang, splitEmails, shareRole, nearDueSetting, type Settings } from '../core/settings';
import { periodKey, periodLabel, periodShort, recapSheetName } from '../core/report';
import { buildReportModel } from '../core/report';
import { annualDueNotice } from '../core/report';
import { readSettings } from '../sheets/settings';
import { readCalendar, tzOffsetMinutes } from '../sheets/holidays';
import { parseOpenRegister } from './register-data';
import { buildRecapLayout } from '../sheets/recap-layout';
import { writeRecapSheet } from '../sheets/recap-sheet';
import { writeReportDocument } from '../docs/report-doc';
import {
  resolveFolder,
  saveReportFiles,
  replacePreviousFiles,
  shareFiles,
  sendNotice,
  discardDocument,
  renameFile,
  discardFiles,
  type ReportFiles,
} from '../docs/files';
import { toast } from './common';
import { UserError } from '../core/errors';
import { officeLock } from '../platform/locks';
import type { HolidayCorrection } from '../core/calendar';
import { correctionLines } from './setup-action';
import { liveCheckOfRegister } from './live-action';

export interface ReportRequest {
  /** "2025-Q2", "2025-TW2" or "2025". */
  period: string;
  /** "YYYY-MM-DD"; default today in the spreadsheet's time zone. */
  asOf?: string;
}

export interface ReportResult {
  period: string;
  periodLabel: string;
  recapSheet: string;
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
  jsonId: string;
  jsonUrl: string;
  sharedWith: string[];
  role: string;
  invalidEmails: string[];
  /** Valid addresses Drive refused to share with (a sharing policy, say). */
  shareRefused: string[];
  mailed: boolean;
  requests: number;
  problems: number;
  lang: Lang;
  /** Annual report: the narrative items the year has no entry for (placeholders in the document). */
  emptyItems: string[];
  /** In the first quarter: the annual report of last year and its legal deadline, 31 March. */
  annualDue: { year: number; due: string; daysLeft: number } | null;
  /** The holiday sheet's differences from the decree table (listed, never applied by a report). */
  holidayCorrections: string[];
  /** What the sample check of the register's live columns found wrong (empty when all agree). */
  liveWarnings: string[];
}

const LOCK_WAIT_MS = 10000;

/** Reads the register once and computes the period's recap (the report and the read-only recap). */
export function computeFromSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  periodText: string,
  asOfText: string | undefined,
  settings: Settings,
  writeHolidays = true,
) {
  const lang = settingsLang(settings);
  let period: ReturnType<typeof parsePeriod>;
  try {
    period = parsePeriod(periodText);
  } catch (_) {
    throw new UserError('err.badPeriod', { value: periodText });
  }
  const zone = ss.getSpreadsheetTimeZone();
  const tz = tzOffsetMinutes(zone);
  const asOf = asOfText ? dayFromIso(asOfText) : dayOfDate(new Date(), tz);
  if (!Number.isFinite(asOf)) throw new UserError('err.badPeriod', { value: asOfText ?? '' });
  // The period's year and the next (late-December requests fall due in January) must have holidays.
  // The read-only recap uses the same calendar but leaves the sheet as it is.
  const corrections: HolidayCorrection[] = [];
  const calendar = readCalendar(
    ss,
    isYes(settings.values.cutiBersamaWorking),
    [period.year, period.year + 1],
    lang,
    writeHolidays,
    corrections,
  );
  // Outputs leave the register: problem messages must not quote cell content (a name pasted
  // into the wrong column would travel to the central PPID).
  const { parsed, register } = parseOpenRegister(ss, settings, false);
  const nearDue = nearDueSetting(settings.values.nearDueDays);
  const recap = computeRecap(parsed, {
    period,
    asOf,
    calendar,
    lang,
    channels: settings.channels,
    topics: settings.topics,
    nearDueDays: nearDue,
    unit: settings.values.unitName,
  });
  return {
    recap,
    parsed,
    register,
    calendar,
    lang,
    period,
    zone,
    tz,
    holidayCorrections: correctionLines(corrections, lang),
  };
}

export function generateReport(req: ReportRequest): ReportResult {
  const ss = SpreadsheetApp.getActive();
  const lock = officeLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('err.locked');
  let doc: GoogleAppsScript.Document.Document | null = null;
  let files: ReportFiles | null = null;
  try {
    const settings = readSettings(ss);
    const lang = settingsLang(settings);
    toast(ss, lang, 'progress.read');
    const { recap, period, zone, tz, holidayCorrections, register, calendar } = computeFromSheets(
      ss,
      req.period,
      req.asOf,
      settings,
    );
    // The live columns checked against the core (read-only; the report itself uses the core).
    const liveWarnings = liveCheckOfRegister(ss, settings, register, 'report', calendar).warnings;
    const now = new Date();
    const generatedOn = ymd(dayOfDate(now, tz));
    const generated = Utilities.formatDate(now, zone, 'dd/MM/yyyy HH:mm');

    // Drive first: when the admin has it switched off, the officer hears so before any work.
    const folder = resolveFolder(settings.values.reportFolder);

    toast(ss, lang, 'progress.sheet');
    const sheetName = recapSheetName(period, lang);
    const layout = buildRecapLayout(recap, settings, lang, generated);
    const { chartImages } = writeRecapSheet(ss, layout, sheetName);

    toast(ss, lang, 'progress.doc');
    const model = buildReportModel(recap, settings, lang, generatedOn);
    doc = writeReportDocument(model, chartImages, `${model.fileName} (sedang dibuat)`, folder, lang);

    toast(ss, lang, 'progress.files');
    const json = JSON.stringify({ ...recap, generatedAt: now.toISOString(), lang }, null, 2);
    // The final name before the PDF is taken: the PDF's title (its metadata) is the document's
    // name at export (issue #24 item 7). A fault from here on still trashes the document.
    renameFile({ id: doc.getId(), url: '' }, model.fileName);
    files = saveReportFiles(folder, doc, model.fileName, json);
    replacePreviousFiles(periodKey(period), files);
    // From here on the document, PDF and JSON are the period's report, whatever happens.
    doc = null;
    const saved = files;
    files = null;

    const { valid, invalid } = splitEmails(settings.values.centralEmails);
    const role = shareRole(settings.values.shareRole);
    let mailed = false;
    let shareRefused: string[] = [];
    if (valid.length) {
      toast(ss, lang, 'progress.share');
      const ownNotice = isYes(settings.values.sendEmail);
      shareRefused = shareFiles([saved.doc, saved.pdf, saved.json], valid, role, !ownNotice);
      if (ownNotice) {
        const vars = {
          unit: recap.unit,
          period: periodLabel(period, lang),
          doc: saved.doc.url,
          pdf: saved.pdf.url,
          json: saved.json.url,
        };
        const reached = valid.filter((e) => !shareRefused.includes(e));
        if (reached.length) sendNotice(reached, t(lang, 'mail.subject', vars), t(lang, 'mail.body', vars));
        mailed = reached.length > 0;
      }
    }
    toast(ss, lang, 'progress.done');
    return {
      period: periodKey(period),
      periodLabel: periodShort(period, lang),
      recapSheet: sheetName,
      docId: saved.doc.id,
      docUrl: saved.doc.url,
      pdfId: saved.pdf.id,
      pdfUrl: saved.pdf.url,
      jsonId: saved.json.id,
      jsonUrl: saved.json.url,
      sharedWith: valid.filter((e) => !shareRefused.includes(e)),
      role,
      invalidEmails: invalid,
      shareRefused,
      mailed,
      requests: recap.totals.requests,
      problems: recap.problems.length,
      lang,
      holidayCorrections,
      emptyItems: model.emptyItems,
      annualDue: dueNotice(dayOfDate(now, tz)),
      liveWarnings,
    };
  } catch (err) {
    discardFiles(files);
    discardDocument(doc);
    throw err;
  } finally {
    lock.releaseLock();
  }
}

function dueNotice(today: number): ReportResult['annualDue'] {
  const n = annualDueNotice(today);
  return n && { year: n.year, due: ymd(n.due), daysLeft: n.daysLeft };
}

/** The recap alone, for the offline runner and tests that compare figures. */
export function recapOnly(req: ReportRequest): Recap {
  const ss = SpreadsheetApp.getActive();
  return computeFromSheets(ss, req.period, req.asOf, readSettings(ss), false).recap;
}
