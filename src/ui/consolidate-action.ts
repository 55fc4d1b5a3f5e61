// "Gabungkan Laporan Unit" at the central PPID: one read per picked file (and, when asked, one
// read of this spreadsheet's own register), the core checks and consolidates, then the Rekap
// Gabungan sheet, the document, its PDF and the consolidated JSON, in that order. Every file is
// read and checked before anything is written, so a refused file leaves nothing behind.
import { t } from '../core/i18n';
import { dayFromIso, dayOfDate, ymd, isValidYmd } from '../core/calendar';
import type { Lang } from '../core/types';
import { isYes, settingsLang, nearDueSetting, type Settings } from '../core/settings';
import { periodKey, periodShort, translator } from '../core/report';
import { fileLabels, readRecapFile, RecapFileError, type UnitRecap } from '../core/recap';
import { consolidate, type Consolidation } from '../core/recap';
import { buildConsolidatedModel } from '../core/report';
import { readSettings } from '../sheets/settings';
import { registerEditors } from '../sheets/workbook';
import { logActivity } from '../sheets/activity-log';
import { readCalendar, tzOffsetMinutes } from '../sheets/holidays';
import { hasRegister } from './register-data';
import { buildConsolidatedLayout } from '../sheets/consolidated-layout';
import { writeRecapSheet } from '../sheets/recap-sheet';
import { writeReportDocument } from '../docs/report-doc';
import {
  resolveFolder,
  saveReportFiles,
  replacePreviousFiles,
  discardDocument,
  renameFile,
  discardFiles,
  type ReportFiles,
} from '../docs/files';
import { readPickedFile } from '../docs/picked-files';
import { computeFromSheets } from './report-action';
import { missingReportSettings, settingLabel } from '../core/report';
import { toast } from './common';
import { UserError } from '../core/errors';
import { withOfficeLock } from '../platform/locks';
import { requireEditRights } from '../sheets/edit-rights';

export interface ConsolidateRequest {
  /**
   * The picked files: Drive IDs, the names the Picker showed, and when it gave it the last change
   * (Document.LAST_EDITED_UTC, ms since 1970): refusals tell two files of one name apart by them.
   * `label`, when given (the offline runner: the path as typed), is what refusals call the file.
   */
  files: Array<{ id: string; name?: string; edited?: number; label?: string }>;
  /** Count this spreadsheet's own register as a unit. */
  includeOwn?: boolean;
  /** "YYYY-MM-DD": assess open requests as of this date; default the latest among the files. */
  asOf?: string;
}

export interface ConsolidateResult {
  period: string;
  periodLabel: string;
  sheet: string;
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
  jsonId: string;
  jsonUrl: string;
  units: string[];
  missing: string[];
  asOf: string;
  asOfSource: string;
  /** The settings the document needs that are blank (their labels): placeholders on its cover and signature. */
  missingSettings: string[];
  lang: Lang;
}

const LOCK_WAIT_MS = 10000;

/** A core refusal as the officer reads it, its reason put in the officer's language. */
function refusal(err: RecapFileError, lang: Lang): UserError {
  const params = { ...err.params };
  if (typeof params.reason === 'string') params.reason = t(lang, params.reason, params);
  return new UserError(err.key, params);
}

function checked<T>(lang: Lang, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RecapFileError || (err as Error)?.name === 'RecapFileError')
      throw refusal(err as RecapFileError, lang);
    throw err;
  }
}

function officerAsOf(text: string | undefined): number | undefined {
  const s = String(text ?? '').trim();
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !isValidYmd(+m[1], +m[2], +m[3])) throw new UserError('cons.err.badAsOf', { value: s });
  return dayFromIso(s);
}

/** The picked files read and checked one by one: one Drive call each. */
function readUnits(req: ConsolidateRequest, lang: Lang, zoneOf: () => string): UnitRecap[] {
  const files = Array.isArray(req.files) ? req.files : [];
  const names = files.map((f) => String(f.name || f.id));
  // The spreadsheet's zone is asked only when two names collide (no call in the usual case).
  const shared = names.some((n, i) => names.indexOf(n) !== i);
  const zone = shared ? zoneOf() : '';
  const edited = (ms: unknown) =>
    shared && typeof ms === 'number' && Number.isFinite(ms)
      ? Utilities.formatDate(new Date(ms), zone, 'dd/MM/yyyy HH:mm')
      : undefined;
  const labels = fileLabels(
    files.map((f, i) => ({ name: names[i], edited: edited(f.edited) })),
    lang,
  );
  return files.map((f, i) => {
    const name = String(f.name || f.id);
    const label = typeof f.label === 'string' && f.label ? f.label : labels[i];
    let text: string;
    try {
      text = readPickedFile(String(f.id));
    } catch (err) {
      // Drive switched off is the admin's to fix, said as such; anything else is this file.
      if (err instanceof UserError || (err as Error)?.name === 'UserError') throw err;
      throw new UserError('cons.err.unreadable', { file: label });
    }
    return checked(lang, () => readRecapFile(text, name, label));
  });
}

/** This spreadsheet's register for the same period, through the same file check as a unit's. */
function ownUnit(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  units: UnitRecap[],
  asOf: number | undefined,
  lang: Lang,
): UnitRecap {
  const period = units[0].period;
  const when = asOf ?? dayOfDate(new Date(), tzOffsetMinutes(ss.getSpreadsheetTimeZone()));
  const { recap } = computeFromSheets(ss, periodKey(period), ymd(when), settings, false);
  return checked(lang, () => readRecapFile(JSON.stringify(recap), ss.getName()));
}

export function consolidateReports(req: ConsolidateRequest): ConsolidateResult {
  const ss = SpreadsheetApp.getActive();
  return withOfficeLock(() => consolidateLocked(ss, req), LOCK_WAIT_MS);
}

function consolidateLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, req: ConsolidateRequest): ConsolidateResult {
  let doc: GoogleAppsScript.Document.Document | null = null;
  let files: ReportFiles | null = null;
  try {
    const settings = readSettings(ss);
    const lang = settingsLang(settings);
    const tr = translator(lang);
    const asOf = officerAsOf(req.asOf);
    ss.toast(tr('cons.progress.read', { n: (req.files ?? []).length }), tr('app.name'), 5);
    const units = readUnits(req ?? { files: [] }, lang, () => ss.getSpreadsheetTimeZone());
    if (!units.length) throw new UserError('cons.err.noFiles');
    if (req.includeOwn && hasRegister(ss, settings)) units.push(ownUnit(ss, settings, units, asOf, lang));

    const period = units[0].period;
    const calendar = readCalendar(
      ss,
      isYes(settings.values.cutiBersamaWorking),
      [period.year, period.year + 1],
      lang,
      false,
    );
    const c: Consolidation = checked(lang, () =>
      consolidate(units, {
        asOf,
        calendar,
        nearDueDays: nearDueSetting(settings.values.nearDueDays),
        channels: settings.channels,
        topics: settings.topics,
        body: settings.values.unitName,
        expected: settings.units,
        lang,
      }),
    );

    const zone = ss.getSpreadsheetTimeZone();
    const now = new Date();
    const generatedOn = ymd(dayOfDate(now, tzOffsetMinutes(zone)));
    const generated = Utilities.formatDate(now, zone, 'dd/MM/yyyy HH:mm');

    // Drive first: when the admin has it switched off, the officer hears so before any work.
    // Edit rights first: a viewer is refused before Drive is touched (nothing made in their Drive).
    requireEditRights(ss);
    const folder = resolveFolder(settings.values.reportFolder, { shareWith: () => registerEditors(ss) });

    toast(ss, lang, 'cons.progress.sheet');
    const sheetName =
      period.kind === 'year'
        ? tr('cons.sheetYear', { year: period.year })
        : tr('cons.sheetQuarter', {
            roman: ['', 'I', 'II', 'III', 'IV'][period.quarter!],
            quarter: period.quarter!,
            year: period.year,
          });
    const { chartImages } = writeRecapSheet(ss, buildConsolidatedLayout(c, settings, lang, generated), sheetName);

    toast(ss, lang, 'cons.progress.doc');
    const model = buildConsolidatedModel(c, settings, lang, generatedOn);
    doc = writeReportDocument(model, chartImages, `${model.fileName} (sedang dibuat)`, folder, lang);

    toast(ss, lang, 'cons.progress.files');
    const json = JSON.stringify(
      {
        ...c.recap,
        problems: c.problems,
        consolidated: {
          asOf: c.asOf,
          asOfSource: c.asOfSource,
          files: units.map((u) => u.file),
          missing: c.missing,
          unlisted: c.unlisted,
        },
        units: c.units,
        generatedAt: now.toISOString(),
        lang,
      },
      null,
      2,
    );
    // The final name before the PDF is taken: the PDF's title (its metadata) is the document's
    // name at export (issue #24 item 7). A fault from here on still trashes the document.
    renameFile({ id: doc.getId(), url: '' }, model.fileName);
    files = saveReportFiles(folder, doc, model.fileName, json);
    replacePreviousFiles(`gabungan:${periodKey(period)}`, files);
    doc = null;
    const saved = files;
    files = null;
    logActivity(ss, lang, 'consolidate', periodKey(period), [saved.doc.id, saved.pdf.id, saved.json.id]);
    toast(ss, lang, 'cons.progress.done');
    return {
      period: periodKey(period),
      periodLabel: periodShort(period, lang),
      sheet: sheetName,
      docId: saved.doc.id,
      docUrl: saved.doc.url,
      pdfId: saved.pdf.id,
      pdfUrl: saved.pdf.url,
      jsonId: saved.json.id,
      jsonUrl: saved.json.url,
      units: c.units.map((u) => u.unit),
      missing: c.missing,
      asOf: c.asOf,
      asOfSource: c.asOfSource,
      missingSettings: missingReportSettings(settings).map((k) => settingLabel(k, lang)),
      lang,
    };
  } catch (err) {
    discardFiles(files);
    discardDocument(doc);
    throw err;
  }
}
