// "Buat Laporan Triwulan/Tahunan": one read of each sheet, one Recap computed by the core, then
// the recap sheet, the document, the PDF and JSON, sharing and the notice, in that order.
// A document lock keeps two officers from generating at once; the register is only read.
//
// A report is one transaction (#23 item 4): the recap sheet is built hidden under its temporary
// name and its chart pictures taken, the document (renamed to its final name before its PDF is
// taken, so the PDF's title is final), PDF and JSON are made, and only then is everything put in
// place: the sheet is swapped in, and the period's record points to the new files (the commit). A fault before the commit undoes every step, so
// the previous report stands as it was; after it, leftovers of the old generation are tidied
// quietly and what follows (sharing, the notice, the closing toast, the lock's release) can fail
// without turning a made report into an error: the dialog says what was done and what was not
// (item 5).
import { computeRecap, parsePeriod } from '../core/recap';
import { dayOfDate, dayFromIso, ymd } from '../core/calendar';
import { t } from '../core/i18n';
import type { Lang, Recap } from '../core/types';
import { isYes, settingsLang, splitEmails, shareRole, nearDueSetting, type Settings } from '../core/settings';
import { messageOf } from '../core/errors';
import { periodKey, periodLabel, periodShort, recapSheetName } from '../core/report';
import { buildReportModel } from '../core/report';
import { annualDueNotice } from '../core/report';
import { missingReportSettings, settingLabel, unitProfileLines } from '../core/report';
import { readSettings } from '../sheets/settings';
import { registerEditors } from '../sheets/workbook';
import { logActivity } from '../sheets/activity-log';
import { readCalendar, tzOffsetMinutes } from '../sheets/holidays';
import { parseOpenRegister } from './register-data';
import { buildRecapLayout } from '../sheets/recap-layout';
import { buildRecapSheet, type RecapSheetDraft } from '../sheets/recap-sheet';
import { writeReportDocument } from '../docs/report-doc';
import {
  resolveFolder,
  saveReportFiles,
  recordReportFiles,
  trashPreviousFiles,
  shareFiles,
  sendNotice,
  discardDocument,
  renameFile,
  discardFiles,
  previousReport,
  madeByColleague,
  type ReportFiles,
} from '../docs/files';
import { officerEmail } from '../platform/officer';
import { toast } from './common';
import { UserError } from '../core/errors';
import { withOfficeLock } from '../platform/locks';
import type { HolidayCorrection } from '../core/calendar';
import { correctionLines } from './setup-action';
import { liveCheckOfRegister } from './live-action';
import { shareWithKomisiInformasi, type KiSharing } from './ki-share';
import { readDipLists } from '../sheets/dip';
import { dipCounts } from '../core/dip';
import { picturesForPeriod, pictureProblemLine } from '../core/report';
import { readPictureRows } from '../sheets/pictures-sheet';
import { loadPictures, type LoadedPictures } from '../docs/pictures';
import { requireEditRights } from '../sheets/edit-rights';

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
  /** The annual report shared with the Komisi Informasi (issue 23); null for a quarterly report. */
  komisiInformasi: KiSharing | null;
  /** Valid addresses Drive refused to share any file with (a sharing policy, say). */
  shareRefused: string[];
  /** Addresses Drive refused some of the files only: which ones ('doc', 'pdf', 'json'). */
  sharePartial: Array<{ email: string; files: string[] }>;
  /** Addresses Drive sent its own invitation to (no Google account); the add-on's e-mail skipped them. */
  driveNotified: string[];
  /** Addresses marked as Google Groups in the settings, shared as groups. */
  groups: string[];
  mailed: boolean;
  /** Steps after the report was made that failed, with the reason: the report itself stands. */
  failedAfter: Array<{ step: 'share' | 'mail' | 'finish' | 'log'; reason: string }>;
  /** A colleague's earlier files of the period this officer's add-on could not replace (#26). */
  earlierFiles: Array<{ id: string; name: string; owner: string }>;
  requests: number;
  problems: number;
  lang: Lang;
  /** Annual report: the narrative items the year has no entry for (placeholders in the document). */
  emptyItems: string[];
  /** The settings the report needs that are blank (their labels), placeholders on the cover and signature. */
  missingSettings: string[];
  /** Settings rows of the unit's profile that cannot be read (a malformed time or date), one line each. */
  settingsProblems: string[];
  /** In the first quarter: the annual report of last year and its legal deadline, 31 March. */
  annualDue: { year: number; due: string; daysLeft: number } | null;
  /** The holiday sheet's differences from the decree table (listed, never applied by a report). */
  holidayCorrections: string[];
  /** How many holiday rows those lines correct. */
  holidayCorrectionCount: number;
  /** What the sample check of the register's live columns found wrong (empty when all agree). */
  liveWarnings: string[];
  /** The unit's pictures in the document (issue #24 item 9). */
  pictures: number;
  /** One line per picture left out (not an image, too large, unreachable, unknown section). */
  pictureProblems: string[];
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
  // The DIP and DIK (issue #27): one read of each sheet; recap.json gets their counts only.
  const dip = readDipLists(ss, lang);
  if (dip) recap.dip = dipCounts(dip, period.start, period.end);
  return {
    recap,
    dip,
    parsed,
    register,
    calendar,
    lang,
    period,
    zone,
    tz,
    holidayCorrections: correctionLines(corrections, lang),
    holidayCorrectionCount: corrections.length,
  };
}

export function generateReport(req: ReportRequest): ReportResult {
  const ss = SpreadsheetApp.getActive();
  return withOfficeLock(() => makeReport(ss, req), LOCK_WAIT_MS);
}

/** The name of the earlier generation's file at `index` (document, PDF, JSON, as recorded). */
function earlierName(fileName: string, index: number): string {
  return index === 1 ? `${fileName}.pdf` : index === 2 ? `${fileName}.json` : fileName;
}

function makeReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, req: ReportRequest): ReportResult {
  let doc: GoogleAppsScript.Document.Document | null = null;
  let files: ReportFiles | null = null;
  let draft: RecapSheetDraft | null = null;
  const settings = readSettings(ss);
  const lang = settingsLang(settings);
  let model: ReturnType<typeof buildReportModel>;
  let saved: ReportFiles;
  let logged = true;
  let previous: string[];
  let before: { ids: string[]; by: string } = { ids: [], by: '' };
  let left: string[] = [];
  let sheetName: string;
  let context: ReturnType<typeof computeFromSheets>;
  let liveWarnings: string[];
  let pictures: LoadedPictures;
  let pictureSheetProblems: LoadedPictures['problems'];
  const now = new Date();
  try {
    toast(ss, lang, 'progress.read');
    context = computeFromSheets(ss, req.period, req.asOf, settings);
    const { recap, dip, period, zone, tz, register, calendar } = context;
    // The live columns checked against the core (read-only; the report itself uses the core).
    liveWarnings = liveCheckOfRegister(ss, settings, register, 'report', calendar).warnings;
    const generatedOn = ymd(dayOfDate(now, tz));
    const generated = Utilities.formatDate(now, zone, 'dd/MM/yyyy HH:mm');

    // Drive first: when the admin has it switched off, the officer hears so before any work.
    // Edit rights first: a viewer is refused before Drive is touched (nothing made in their Drive).
    requireEditRights(ss);
    const folder = resolveFolder(settings.values.reportFolder, { shareWith: () => registerEditors(ss) });

    toast(ss, lang, 'progress.sheet');
    sheetName = recapSheetName(period, lang);
    const layout = buildRecapLayout(recap, settings, lang, generated);
    // Hidden, under its temporary name, until the files are made; the pictures come from it.
    draft = buildRecapSheet(ss, layout, sheetName);

    toast(ss, lang, 'progress.doc');
    // The unit's pictures of the period, read and checked before the model numbers them.
    const chosen = picturesForPeriod(readPictureRows(ss), period.year, period.quarter);
    pictureSheetProblems = chosen.problems;
    pictures = loadPictures(chosen.rows);
    model = buildReportModel(recap, settings, lang, generatedOn, dip, pictures.shown);
    // A period another officer's add-on made: their files may stay (only their owner may trash
    // them), so this generation's names say who made it, never two look-alike "final" reports.
    before = previousReport(periodKey(period));
    const fileName = madeByColleague(before.by)
      ? `${model.fileName} (${t(lang, 'office.remadeBy', { me: officerEmail() || t(lang, 'log.unknownUser') })})`
      : model.fileName;
    doc = writeReportDocument(model, draft.chartImages, `${fileName} (sedang dibuat)`, folder, lang, pictures.images);

    toast(ss, lang, 'progress.files');
    const json = JSON.stringify({ ...recap, generatedAt: now.toISOString(), lang }, null, 2);
    // The final name before the PDF is taken: the PDF's title (its metadata) is the document's
    // name at export (issue #24 item 7). A fault from here to the commit still trashes the
    // document, so a final name never outlives a failed run.
    renameFile({ id: doc.getId(), url: '' }, fileName);
    files = saveReportFiles(folder, doc, fileName, json);

    // Everything is made: put it in place (the document already has its name, above). Each step
    // until the record is undone on failure.
    draft.swapIn();
    previous = recordReportFiles(periodKey(period), files);
    // Committed: from here on the sheet, document, PDF and JSON are the period's report, whatever happens.
    saved = files;
    logged = logActivity(ss, lang, 'report', periodKey(period), [saved.doc.id, saved.pdf.id, saved.json.id]);
  } catch (err) {
    discardFiles(files);
    discardDocument(doc);
    draft?.undo();
    throw err;
  }
  const { recap, period, tz, holidayCorrections, holidayCorrectionCount } = context;
  const failedAfter: ReportResult['failedAfter'] = [];
  // The activity log never fails the report it records; a row it could not write is said (#26).
  if (!logged) failedAfter.push({ step: 'log', reason: '' });
  const after = (step: ReportResult['failedAfter'][number]['step'], work: () => void) => {
    try {
      work();
    } catch (err) {
      // The officer's sentence for a known failure; Google's own words for any other (the
      // report stands, so the generic "nothing was changed, try again" would mislead).
      const raw = String((err as Error)?.message ?? err);
      const reason = err instanceof UserError ? messageOf(err, lang) : raw.split('\n')[0].slice(0, 200);
      if (!failedAfter.some((f) => f.step === step)) failedAfter.push({ step, reason });
    }
  };
  // The old generation's sheet and files: tidied quietly (a leftover is hidden or in Drive's trash).
  after('finish', () => {
    draft!.finish();
    left = trashPreviousFiles(previous);
  });
  // What of a colleague's earlier generation stays, named for them to remove (#26 item 2).
  const earlierFiles = madeByColleague(before.by)
    ? left.map((id) => ({ id, name: earlierName(model.fileName, before.ids.indexOf(id)), owner: before.by }))
    : [];

  const { valid, invalid } = splitEmails(settings.values.centralEmails);
  const groups = splitEmails(settings.values.shareGroups ?? '').valid.map((g) => g.toLowerCase());
  const role = shareRole(settings.values.shareRole);
  const share = {
    sharedWith: [] as string[],
    shareRefused: [] as string[],
    sharePartial: [] as ReportResult['sharePartial'],
  };
  let driveNotified: string[] = [];
  let mailed = false;
  if (valid.length) {
    const ownNotice = isYes(settings.values.sendEmail);
    after('finish', () => toast(ss, lang, 'progress.share'));
    after('share', () => {
      const outcome = shareFiles(
        { doc: saved.doc, pdf: saved.pdf, json: saved.json },
        valid.map((email) => ({ email, group: groups.includes(email.toLowerCase()) })),
        role,
        !ownNotice,
      );
      for (const email of valid) {
        const refused = outcome.refused[email] ?? [];
        if (!refused.length) share.sharedWith.push(email);
        else if (refused.length === 3) share.shareRefused.push(email);
        else share.sharePartial.push({ email, files: refused });
      }
      driveNotified = outcome.notifiedByDrive;
    });
    if (ownNotice) {
      const vars = {
        unit: recap.unit,
        period: periodLabel(period, lang),
        doc: saved.doc.url,
        pdf: saved.pdf.url,
        json: saved.json.url,
      };
      // Reached by at least one file, and not already invited by Drive itself.
      const reached = valid.filter((e) => !share.shareRefused.includes(e) && !driveNotified.includes(e));
      if (reached.length && !failedAfter.some((f) => f.step === 'share'))
        after('mail', () => {
          sendNotice(reached, t(lang, 'mail.subject', vars), t(lang, 'mail.body', vars));
          mailed = true;
        });
    }
  }
  // The annual report to the Komisi Informasi too (issue 23, item 22): a failure is reported, the report stands.
  let komisiInformasi: KiSharing | null = null;
  after('share', () => {
    komisiInformasi = shareWithKomisiInformasi(saved, settings, period, recap.unit, lang);
  });
  after('finish', () => toast(ss, lang, 'progress.done'));
  return {
    period: periodKey(period),
    periodLabel: periodShort(period, lang),
    recapSheet: sheetName!,
    docId: saved.doc.id,
    docUrl: saved.doc.url,
    pdfId: saved.pdf.id,
    pdfUrl: saved.pdf.url,
    jsonId: saved.json.id,
    jsonUrl: saved.json.url,
    ...share,
    role,
    invalidEmails: invalid,
    komisiInformasi,
    driveNotified,
    groups: valid.filter((e) => groups.includes(e.toLowerCase())),
    mailed,
    failedAfter,
    earlierFiles,
    requests: recap.totals.requests,
    problems: recap.problems.length,
    lang,
    holidayCorrections,
    holidayCorrectionCount,
    emptyItems: model!.emptyItems,
    missingSettings: missingReportSettings(settings).map((k) => settingLabel(k, lang)),
    settingsProblems: unitProfileLines(settings, lang),
    annualDue: dueNotice(dayOfDate(now, tz)),
    liveWarnings: liveWarnings!,
    pictures: pictures!.shown.length,
    pictureProblems: [...pictureSheetProblems!, ...pictures!.problems]
      .sort((a, b) => a.row - b.row)
      .map((p) => pictureProblemLine(p, lang)),
  };
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
