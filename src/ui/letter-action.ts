// "Buat Surat": the dialog's server side. It reads the selected register row (two small reads,
// never the whole register), asks the core which letters fit and what they lack, and makes one
// letter under the document lock: the next number from the Surat log, a filled copy of the
// kind's template with its PDF in the letters folder, an optional Tanggal Selesai, and the log
// row, in that order. Any failure before the log row is written trashes what was made and
// writes nothing, so the number is not used and no gap opens.
import { registerEditors } from '../sheets/workbook';
import {
  LETTER_KINDS,
  LETTER_TITLES,
  fittingKinds,
  isLetterKind,
  letterData,
  letterProblems,
  nextLetterNumber,
  lettersOfRow,
  readLog,
  tanggalPanjang,
  fileSafe,
  refusalGroundOf,
  type LetterContext,
  type LetterExtras,
  type LetterKind,
  type LetterProblem,
  type LetterRow,
} from '../core/letters';
import { objectionDecision, type ObjectionDecision } from '../core/law';
import { DEFAULT_EXTENSION_REASON, DEFAULT_LETTER_FOLDER } from '../core/settings';
import { dayOfDate, dayFromIso, dayToDate, ymdParts } from '../core/calendar';
import { t } from '../core/i18n';
import type { Day, Lang } from '../core/types';
import { isYes } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { readDipLists } from '../sheets/dip';
import { logActivity } from '../sheets/activity-log';
import { readCalendar, spreadsheetOffset } from '../sheets/holidays';
import { registerRow } from './letter-register';
import { appendLogRow, ensureLogSheet, readLogGrid, readLogSheet } from '../sheets/letter-log';
import { resolveFolderAt, type FolderRef } from '../docs/files';
import { ensureTemplate, logoFileId, saveLogo, templateName } from '../docs/letter-templates';
import { makeLetterFiles, trashQuietly } from '../docs/letter-doc';
import { userLang } from './common';
import { UserError, messageOf } from '../core/errors';
import { officeLock } from '../platform/locks';
import { requireEditRights } from '../sheets/edit-rights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LetterRequest {
  /** The register row (sheet row number) the letter is about … */
  row?: number;
  /** … or its registration number (the offline runner). */
  number?: string;
  kind: string;
  /** "YYYY-MM-DD": the letter's date; default today in the spreadsheet's time zone. */
  asOf?: string;
  extras?: LetterExtras;
  /** Written notice only: put the letter's date into a blank Tanggal Selesai (the officer agreed). */
  fillAnswered?: boolean;
}

export interface LetterResult {
  ok: boolean;
  message: string;
  problems?: LetterProblem[];
  kind?: LetterKind;
  letterNumber?: string;
  fileName?: string;
  docId?: string;
  docUrl?: string;
  pdfId?: string;
  pdfUrl?: string;
  answeredFilled?: boolean;
  /** Placeholders and sections in the unit's template the add-on does not know (left out). */
  unknown?: string[];
  /** The letters folder: in the officer's My Drive, never shared (the dialog links it). */
  folder?: { name: string; url: string };
}

const LOCK_WAIT_MS = 10000;
const FOLDER_KEY = 'ppid.letters.folder';

function letterDate(ss: Spreadsheet, asOf?: string): Day {
  if (asOf) {
    try {
      return dayFromIso(asOf);
    } catch (_) {
      throw new UserError('letter.err.badDate', { value: asOf });
    }
  }
  return dayOfDate(new Date(), spreadsheetOffset(ss));
}

function context(
  ss: Spreadsheet,
  settings: ReturnType<typeof readSettings>,
  row: LetterRow,
  date: Day,
  extras?: LetterExtras,
): LetterContext {
  const [y] = ymdParts(date);
  const years = [y, y + 1];
  if (row.record) years.push(ymdParts(row.record.received)[0], ymdParts(row.record.received)[0] + 1);
  // Letters only read the holidays; a year the sheet lacks is filled in memory, never written.
  const calendar = readCalendar(ss, isYes(settings.values.cutiBersamaWorking), [...new Set(years)], 'id', false);
  // The DIP and DIK are read only for a row linked to an entry (a refusal takes its ground from it).
  const dip = row.text.dipNumber ? readDipLists(ss, 'id') : undefined;
  return { date, calendar, settings: settings.values, extras: cleanExtras(extras), dip };
}

/** Extras from the page are text typed by an officer: trimmed, bounded, and the decision checked. */
function cleanExtras(e: LetterExtras | undefined): LetterExtras {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 4000) : undefined);
  const decisions: ObjectionDecision[] = ['granted', 'partial', 'rejected'];
  return {
    extensionReason: text(e?.extensionReason),
    infoHolder: text(e?.infoHolder),
    considerations: text(e?.considerations),
    decision: decisions.includes(e?.decision as ObjectionDecision) ? e!.decision : undefined,
  };
}

export interface LetterOptions {
  lang: Lang;
  row: number;
  number: string;
  applicant: string;
  date: string;
  strings: Record<string, string>;
  kinds: Array<{
    kind: LetterKind;
    label: string;
    problems: LetterProblem[];
    existing: Array<{ letterNumber: string; date: string; doc: string; pdf: string }>;
  }>;
  answeredBlank: boolean;
  notHeld: boolean;
  /** The register holds the Atasan PPID's decision: the dialog does not ask for it. */
  decisionInRegister: boolean;
  extensionReason: string;
  logo: boolean;
}

// biome-ignore format: a table laid out by hand, one entry per line
const DIALOG_STRINGS = [
  'letter.dialog.row', 'letter.dialog.choose', 'letter.dialog.make', 'letter.dialog.making', 'letter.dialog.existing',
  'letter.dialog.missing', 'letter.dialog.extensionReason', 'letter.dialog.infoHolder', 'letter.dialog.decision',
  'letter.dialog.considerations', 'letter.dialog.fillAnswered', 'letter.dialog.logo', 'letter.dialog.logoSaved',
  'letter.dialog.logoNone', 'letter.dialog.logoUpload', 'letter.dialog.logoTooBig', 'letter.dialog.open', 'letter.dialog.pdf',
  'letter.dialog.privacy', 'letter.decision.granted', 'letter.decision.partial', 'letter.decision.rejected', 'letter.dialog.none',
  'letter.dialog.folder',
];

/** What the dialog shows for a row: the letters that fit, what each lacks, the letters made before. */
export function letterOptions(ss: Spreadsheet, rowNumber: number): LetterOptions {
  const lang = userLang();
  const settings = readSettings(ss);
  const { row, answeredBlank } = registerRow(ss, { row: rowNumber }, lang, settings);
  const date = letterDate(ss);
  const ctx = context(ss, settings, row, date);
  const tz = spreadsheetOffset(ss);
  const log = readLogSheet(ss, tz);
  const made = lettersOfRow(log, row.row, row.text.number);
  const strings: Record<string, string> = {};
  for (const k of DIALOG_STRINGS) strings[k] = t(lang, k);
  const ground = refusalGroundOf(row);
  return {
    lang,
    row: row.row,
    number: row.text.number,
    applicant: row.text.applicantName,
    date: tanggalPanjang(date),
    strings,
    kinds: fittingKinds(row).map((kind) => ({
      kind,
      label: t(lang, `letter.kind.${kind}`),
      // The decision and the reason can be given in the dialog: not "missing" before the officer tried.
      problems: letterProblems(kind, row, { ...ctx, extras: { decision: 'granted', extensionReason: 'x' } }, lang),
      existing: made
        .filter((l) => l.kind === kind)
        .map((l) => ({
          letterNumber: l.letterNumber,
          date: l.date === null ? '' : tanggalPanjang(l.date),
          doc: l.doc,
          pdf: l.pdf,
        })),
    })),
    answeredBlank,
    notHeld: ground?.kind === 'not-held',
    decisionInRegister: objectionDecision(row.record?.objectionOutcome) !== null,
    extensionReason: settings.values.textExtensionReason || DEFAULT_EXTENSION_REASON,
    logo: !!logoFileId(),
  };
}

/**
 * The letters folder: the officer's own, never beside the report folder and never shared
 * (#23 item 8; the rules and their sources are in resolveFolderAt's `private` option, docs/files.ts).
 */
function lettersFolder(settings: ReturnType<typeof readSettings>): FolderRef {
  return resolveFolderAt(settings.values.letterFolder, {
    key: FOLDER_KEY,
    defaultName: DEFAULT_LETTER_FOLDER,
    errorKey: 'letter.err.folderNotReachable',
    private: true,
    privateErrorKey: 'letter.err.folderShared',
  });
}

/** Where the letter went, in one sentence; and a warning for a folder an older version put beside the reports. */
function folderLine(folder: FolderRef, lang: Lang): string {
  const at = t(lang, 'letter.done.folder', { folder: folder.name });
  return folder.besideReports ? `${at} ${t(lang, 'letter.done.folderBeside', { folder: folder.name })}` : at;
}

function lockOrWait(): GoogleAppsScript.Lock.Lock {
  const lock = officeLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('err.locked');
  return lock;
}

/** Makes one letter; problems with the row come back as a list, never half a letter. */
export function makeLetter(ss: Spreadsheet, req: LetterRequest): LetterResult {
  const lang = userLang();
  if (!req || !isLetterKind(req.kind))
    throw new UserError('letter.err.kind', { kind: String(req?.kind ?? ''), kinds: LETTER_KINDS.join(', ') });
  const kind = req.kind;
  const settings = readSettings(ss);
  const { sheet, row, answeredBlank } = registerRow(ss, req, lang, settings);
  const date = letterDate(ss, req.asOf);
  const ctx = context(ss, settings, row, date, req.extras);
  if (!fittingKinds(row).includes(kind)) {
    return {
      ok: false,
      message: t(lang, 'letter.err.notFitting', {
        kind: t(lang, `letter.kind.${kind}`),
        number: row.text.number || String(row.row),
      }),
      problems: [],
    };
  }
  const problems = letterProblems(kind, row, ctx, lang);
  if (problems.length) return { ok: false, message: t(lang, 'letter.err.missing'), problems };

  const tz = spreadsheetOffset(ss);
  const lock = lockOrWait();
  let made: { docId: string; pdfId: string } | null = null;
  let filledCell: GoogleAppsScript.Spreadsheet.Range | null = null;
  try {
    // Edit rights first: a viewer is refused before Drive is touched (nothing made in their Drive).
    requireEditRights(ss);
    const where = lettersFolder(settings);
    const folder = where.id;
    const template = ensureTemplate(folder, kind, () => registerEditors(ss)).id;
    const logSheet = ensureLogSheet(ss, lang);
    const log = readLog(readLogGrid(logSheet), tz);
    const { seq, number } = nextLetterNumber(log, settings.values.letterNumberFormat, date);
    const data = letterData(kind, row, ctx, number);
    const fileName = `${LETTER_TITLES[kind]} - ${row.text.number} - ${number}`;
    const { files, report } = makeLetterFiles(template, folder, fileName, data, templateName(kind));
    made = { docId: files.docId, pdfId: files.pdfId };

    let answeredFilled = false;
    const a = row.columns.answered;
    if (kind === 'pemberitahuan' && req.fillAnswered && answeredBlank && a !== undefined) {
      // Read again under the lock: another officer may have typed a date since the dialog opened.
      const cell = sheet.getRange(row.row, a + 1);
      if (String(cell.getValue() ?? '').trim() === '') {
        cell.setValue(dayToDate(date, tz));
        filledCell = cell;
        answeredFilled = true;
      }
    }
    appendLogRow(logSheet, [
      row.row,
      row.text.number,
      LETTER_TITLES[kind],
      number,
      dayToDate(date, tz),
      files.docUrl,
      files.pdfUrl,
      seq,
    ]);
    // Logged: from here on the letter and its number exist, whatever happens.
    made = null;
    filledCell = null;
    // The Lock reference asks for a flush before releasing, so the next officer's read of the
    // log sees this row (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
    // Should it fail, the row is still written when the execution ends.
    try {
      SpreadsheetApp.flush();
    } catch (_) {
      // See above.
    }
    const unknown = [...report.unknownValues.map((n) => `{{${n}}}`), ...report.unknownSections.map((n) => `{{#${n}}}`)];
    const message = [
      t(lang, 'letter.done', { kind: t(lang, `letter.kind.${kind}`), number, reg: row.text.number }),
      answeredFilled ? t(lang, 'letter.done.answered', { date: tanggalPanjang(date) }) : '',
      unknown.length ? t(lang, 'letter.done.unknown', { list: unknown.join(', '), template: templateName(kind) }) : '',
      folderLine(where, lang),
    ]
      .filter(Boolean)
      .join(' ');
    logActivity(ss, lang, 'letter', t(lang, 'log.row', { row: row.row }), [files.docId, files.pdfId]);
    return {
      ok: true,
      message,
      kind,
      letterNumber: number,
      fileName,
      ...files,
      answeredFilled,
      unknown,
      folder: { name: where.name, url: where.url },
    };
  } catch (err) {
    if (filledCell) {
      try {
        filledCell.setValue('');
      } catch (_) {
        // The original error is the one to report.
      }
    }
    if (made) trashQuietly([made.pdfId, made.docId]);
    throw err;
  } finally {
    releaseQuietly(lock);
  }
}

/**
 * Releases the lock without letting a failure there turn a made, logged letter into an error:
 * "the lock is released automatically when the script terminates"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (_) {
    // Released when the execution ends.
  }
}

/** The same, for the dialog: every failure becomes a message instead of an exception. */
export function makeLetterSafe(ss: Spreadsheet, req: LetterRequest): LetterResult {
  try {
    return makeLetter(ss, req);
  } catch (err) {
    return { ok: false, message: messageOf(err, userLang()) };
  }
}

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
/** A letterhead logo larger than this is a photograph, not a logo: Docs would carry it into every letter. */
export const LOGO_MAX_BYTES = 1024 * 1024;

/** Dialog call: saves an uploaded logo (base64) in the letters folder and every template. */
export function uploadLogo(
  ss: Spreadsheet,
  upload: { name?: string; mimeType?: string; data?: string },
): { ok: boolean; message: string } {
  const lang = userLang();
  try {
    const mime = String(upload?.mimeType ?? '').toLowerCase();
    if (!LOGO_TYPES.includes(mime)) throw new UserError('letter.err.logoType');
    const bytes = Utilities.base64Decode(String(upload?.data ?? ''));
    if (!bytes.length) throw new UserError('letter.err.logoType');
    if (bytes.length > LOGO_MAX_BYTES) throw new UserError('letter.dialog.logoTooBig');
    const blob = Utilities.newBlob(bytes, mime, String(upload?.name ?? 'logo').slice(0, 100));
    const settings = readSettings(ss);
    const lock = lockOrWait();
    try {
      requireEditRights(ss);
      const { skipped } = saveLogo(lettersFolder(settings).id, blob, () => registerEditors(ss));
      const note = skipped.length ? t(lang, 'letter.logo.skipped', { list: skipped.map(templateName).join(', ') }) : '';
      return { ok: true, message: [t(lang, 'letter.logo.saved'), note].filter(Boolean).join(' ') };
    } finally {
      releaseQuietly(lock);
    }
  } catch (err) {
    return { ok: false, message: messageOf(err, lang) };
  }
}

export function fileNameFor(kind: LetterKind, number: string): string {
  return `${kind}-${fileSafe(number)}`;
}

export { selectedRegisterRow } from './letter-register';
