// "Hubungkan Formulir": the dialog's view of the form intake (which response sheet, which
// question fills which register column, the defaults, whose trigger), and saving it. Ownership of
// the trigger follows src/sheets/triggers.ts; the mapping lives in the settings sheet, where an
// officer may also correct it by hand.
import { logActivity } from '../sheets/activity-log';
import { t } from '../core/i18n';
import { columnSpec, LISTS, type ColumnKey } from '../core/register';
import type { Lang } from '../core/types';
import { joinList } from '../core/report';
import { INTAKE_FIELDS } from '../core/intake';
import {
  NUMBER_HEADER,
  SKIPPED_MARK,
  intakeMappingText,
  proposeIntakeMapping,
  type IntakeColumns,
} from '../core/intake';
import { planIntake } from '../core/intake';
import { safeCellText } from '../core/register';
import { readSettings, writeSettingValues } from '../sheets/settings';
import { readResponseSheet, ensureNumberColumn, writeNumbers } from '../sheets/form-responses';
import { currentOfficer, installTrigger, removeTrigger, triggerState, type Officer } from '../sheets/triggers';
import { withOfficeLock } from '../platform/locks';
import { userLang } from './common';
import { messageOf, UserError } from '../core/errors';
import {
  FORM_INTAKE,
  intakeApplicantType,
  intakeChannel,
  intakeSheet,
  loadIntake,
  responseSheetChoices,
} from './intake-setup';
import { intakeSweep, readIntakeRun, TRIGGER_LOCK_WAIT_MS } from './intake-run';
import { missingReceiptSettings } from './intake-receipts';
import { openRegister, registerLayout } from './register-data';
import { DEFAULT_NUMBER_PATTERN, numberIsRunning, patternFit } from '../core/register';

const REQUIRED: ColumnKey[] = ['applicantName', 'infoRequested'];
const LABEL_KEYS = [
  'title',
  'sheet',
  'question',
  'column',
  'unused',
  'required',
  'channel',
  'applicantType',
  'applicantTypeBlank',
  'receipt',
  'receiptHelp',
  'save',
  'turnOff',
  'close',
  'working',
];

export interface IntakeStatus {
  lang: Lang;
  /** Why the dialog cannot map anything (no linked form), or null. */
  noForm: string | null;
  intro: string;
  sheets: string[];
  sheet: string | null;
  questions: Array<{ title: string; field: string }>;
  fields: Array<{ key: string; label: string; required: boolean }>;
  channel: string;
  channels: string[];
  applicantType: string;
  applicantTypes: string[];
  /** What to add to the Form when no question gives the applicant type (else ''). */
  applicantTypeNote: string;
  receipt: boolean;
  /** The form collects addresses (a column Google adds): receipts are possible at all. */
  receiptAllowed: boolean;
  receiptNote: string;
  /** Responses without a number now; offered once, when the intake is first turned on. */
  existing: number;
  existingLabel: string;
  existingHelp: string;
  lines: string[];
  /** The register's numbers do not follow the settings pattern (also one of `lines`). */
  patternWarning?: string;
  on: boolean;
  mine: boolean;
  canTurnOff: boolean;
  labels: Record<string, string>;
}

export interface IntakeConfig {
  sheet: string;
  /** Question title → register column key ('' = not recorded). */
  mapping: Record<string, string>;
  channel: string;
  applicantType: string;
  receipt: boolean;
  includeExisting: boolean;
}

export interface IntakeChange {
  ok: boolean;
  message: string;
  status: IntakeStatus;
}

/** An ISO time as the officer reads it: the spreadsheet's zone, dd/MM/yyyy and HH.mm (HH:mm in English). */
function when(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return Utilities.formatDate(
    d,
    ss.getSpreadsheetTimeZone() || 'Asia/Jakarta',
    lang === 'en' ? 'dd/MM/yyyy HH:mm' : 'dd/MM/yyyy HH.mm',
  );
}

function stateLines(lang: Lang, me: Officer): { lines: string[]; on: boolean; mine: boolean; canTurnOff: boolean } {
  const state = triggerState(FORM_INTAKE, me);
  const rec = state.record;
  if (!rec) return { lines: [t(lang, 'intake.status.off')], on: false, mine: false, canTurnOff: false };
  if (state.mine && !state.on)
    return { lines: [t(lang, 'intake.status.gone')], on: false, mine: true, canTurnOff: true };
  if (state.mine) return { lines: [t(lang, 'intake.status.mine')], on: true, mine: true, canTurnOff: true };
  if (state.stale) {
    const date = (state.lastRun ?? rec.since).slice(0, 10);
    return {
      lines: [t(lang, 'intake.status.stale', { name: rec.owner.name, email: rec.owner.email, date })],
      on: true,
      mine: false,
      canTurnOff: true,
    };
  }
  return {
    lines: [t(lang, 'intake.status.other', { name: rec.owner.name, email: rec.owner.email })],
    on: true,
    mine: false,
    canTurnOff: false,
  };
}

/** The intake as the calling officer sees it, for the response sheet `sheetName` (default: the settings' one). */
export function intakeStatus(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName?: string): IntakeStatus {
  const lang = userLang();
  const settings = readSettings(ss);
  const me = currentOfficer();
  const labels: Record<string, string> = {};
  for (const k of LABEL_KEYS) labels[k] = t(lang, `intake.${k}`);
  const choices = responseSheetChoices(ss, settings);
  const chosen = (sheetName && choices.find((s) => s.getName() === sheetName)) || choices[0] || null;
  const state = stateLines(lang, me);
  const base: IntakeStatus = {
    lang,
    noForm: null,
    intro: '',
    sheets: choices.map((s) => s.getName()),
    sheet: chosen ? chosen.getName() : null,
    questions: [],
    fields: INTAKE_FIELDS.map((key) => ({ key, label: columnSpec(key)[lang], required: REQUIRED.includes(key) })),
    channel: intakeChannel(settings),
    channels: settings.channels,
    applicantType: intakeApplicantType(settings),
    applicantTypes: LISTS.applicantTypes,
    applicantTypeNote: '',
    receipt: false,
    receiptAllowed: false,
    receiptNote: '',
    existing: 0,
    existingLabel: '',
    existingHelp: '',
    labels,
    ...state,
  };
  const setup = chosen ? loadIntake(ss, settings, chosen) : null;
  if (!setup) return { ...base, noForm: t(lang, 'intake.noForm') };
  const { layout, values } = setup.read;
  const saved =
    intakeSheet(ss, settings)?.getSheetId() === chosen!.getSheetId() &&
    String(settings.values.formMapping ?? '').trim();
  const columns: IntakeColumns = saved ? setup.columns : proposeIntakeMapping(layout);
  const fieldAt = new Map<number, string>();
  for (const [k, c] of Object.entries(columns)) fieldAt.set(c as number, k);
  const plan = planIntake(values, layout, columns, setup.ctx);
  const problemRows = new Set(plan.problems.map((p) => p.index)).size;
  const lines = [
    ...state.lines,
    t(lang, 'intake.counts', { numbered: plan.done, pending: plan.take.length, problems: problemRows }),
  ];
  const last = state.on || state.mine ? readIntakeRun() : null;
  if (last) {
    const at = when(ss, last.at, lang);
    lines.push(
      last.outcome === 'failed'
        ? t(lang, 'intake.lastRunFailed', { at, reason: last.reason ?? '' })
        : last.outcome === 'waiting'
          ? t(lang, 'intake.lastRunWaiting', { at, minutes: TRIGGER_LOCK_WAIT_MS / 60000 })
          : t(lang, 'intake.lastRun', { at, added: last.added.length, problems: last.problems }),
    );
    if (last.receiptsSent) lines.push(t(lang, 'intake.receiptsSent', { count: last.receiptsSent }));
    if (last.logFailed) lines.push(t(lang, 'log.notWritten'));
    if (last.receiptsFailed)
      lines.push(t(lang, 'intake.receiptsFailed', { count: last.receiptsFailed, reason: last.reason ?? '' }));
  }
  const patternWarning = numberPatternLine(ss, settings, lang) ?? undefined;
  if (patternWarning) lines.push(patternWarning);
  const existing = plan.take.length + problemRows;
  const mark = SKIPPED_MARK[lang];
  return {
    ...base,
    lines,
    patternWarning,
    intro: t(lang, 'intake.intro', { sheet: chosen!.getName(), column: NUMBER_HEADER[lang] }),
    questions: layout.questions.map((q) => ({ title: q.title, field: fieldAt.get(q.col) ?? '' })),
    applicantTypeNote:
      columns.applicantType === undefined
        ? t(lang, base.applicantType ? 'intake.applicantTypeAskSet' : 'intake.applicantTypeAsk', {
            types: joinList(LISTS.applicantTypes, lang),
            type: base.applicantType,
          })
        : '',
    receipt:
      layout.email !== null && saved
        ? String(settings.values.formReceipt).trim().toLowerCase() === 'ya' ||
          String(settings.values.formReceipt).trim().toLowerCase() === 'yes'
        : false,
    receiptAllowed: layout.email !== null,
    receiptNote:
      layout.email === null
        ? t(lang, 'intake.receiptNoColumn')
        : [t(lang, 'intake.receiptHelp'), ...receiptGaps(settings, lang)].join(' '),
    existing: saved ? 0 : existing,
    existingLabel: t(lang, 'intake.existing', { count: existing }),
    existingHelp: t(lang, 'intake.existingHelp', { mark }),
  };
}

/** The officer's mapping, checked: every question once at most, the required columns present. */
function columnsOf(config: IntakeConfig, questions: Array<{ col: number; title: string }>, lang: Lang): IntakeColumns {
  const columns: IntakeColumns = {};
  for (const q of questions) {
    const key = String(config.mapping?.[q.title] ?? '').trim() as ColumnKey;
    if (!key) continue;
    if (!INTAKE_FIELDS.includes(key)) throw new UserError('intake.mapping.field', { name: key });
    if (columns[key] !== undefined) throw new UserError('intake.err.twice', { column: columnSpec(key)[lang] });
    columns[key] = q.col;
  }
  if (columns.infoRequested === undefined) throw new UserError('intake.err.needInfo');
  if (columns.applicantName === undefined) throw new UserError('intake.err.needName');
  return columns;
}

/**
 * Saves the mapping and defaults, and turns the intake on for the calling officer (or, when
 * another officer's trigger is on, saves the mapping only). On first turning on, responses already
 * there are recorded now, or marked as not to be recorded, as the officer chose.
 */
export function saveIntake(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: IntakeConfig): IntakeChange {
  const lang = userLang();
  const c = config ?? ({} as IntakeConfig);
  try {
    const me = currentOfficer();
    const settings = readSettings(ss);
    const sheet = ss.getSheetByName(String(c.sheet ?? ''));
    const read = sheet ? readResponseSheet(sheet) : null;
    if (!sheet || !read || !(sheet.getFormUrl() || intakeSheet(ss, settings)?.getSheetId() === sheet.getSheetId())) {
      throw new UserError('intake.err.noSheet', { sheet: String(c.sheet ?? '') });
    }
    const columns = columnsOf(c, read.layout.questions, lang);
    const channel = settings.channels.find(
      (x) =>
        x.toLowerCase() ===
        String(c.channel ?? '')
          .trim()
          .toLowerCase(),
    );
    if (!channel) throw new UserError('intake.err.channel', { channel: String(c.channel ?? '') });
    const applicantType =
      LISTS.applicantTypes.find(
        (x) =>
          x.toLowerCase() ===
          String(c.applicantType ?? '')
            .trim()
            .toLowerCase(),
      ) ?? '';
    if (c.receipt === true && read.layout.email === null) throw new UserError('intake.receiptNoColumn');
    const state = triggerState(FORM_INTAKE, me);
    // The first time this sheet is set up (not after turning the intake off and on again: the
    // responses that came meanwhile are the office's own and are recorded).
    const firstTime = !(
      intakeSheet(ss, settings)?.getSheetId() === sheet.getSheetId() && String(settings.values.formMapping ?? '').trim()
    );
    const takeOver = !!state.record && !state.mine && state.stale;
    const installs = !state.record || state.mine || takeOver;

    withOfficeLock(() => {
      const col = ensureNumberColumn(read, lang);
      if (firstTime && c.includeExisting !== true) {
        const setup = loadIntake(ss, settings, sheet);
        const plan = planIntake(read.values, read.layout, columns, setup!.ctx);
        const rows = [...new Set([...plan.take.map((i) => i.index), ...plan.problems.map((p) => p.index)])];
        writeNumbers(
          read,
          col,
          rows.map((index) => ({ index, value: SKIPPED_MARK[lang] })),
        );
      }
      const unwritten = writeSettingValues(
        ss,
        {
          formSheet: safeCellText(sheet.getName()),
          formMapping: safeCellText(intakeMappingText(columns, read.values[0], lang)),
          formChannel: channel,
          formApplicantType: applicantType,
          formReceipt: c.receipt === true ? (lang === 'en' ? 'Yes' : 'Ya') : lang === 'en' ? 'No' : 'Tidak',
        },
        lang,
      );
      if (unwritten.length) throw new UserError('err.noRegister');
      SpreadsheetApp.flush();
    });

    let message: string;
    if (installs) {
      message = t(lang, `intake.done.${installTrigger(FORM_INTAKE, {}, me).outcome}`);
      logActivity(ss, lang, 'intakeOn', '');
    } else message = t(lang, 'intake.done.mappingOnly', { name: state.record!.owner.name });
    // Responses waiting now (those already there when the officer chose to record them, or those
    // a stopped trigger left) are recorded at once rather than with the next submission.
    try {
      const run = intakeSweep(ss);
      if (run.added.length)
        message += ` ${t(lang, 'intake.lastRun', { at: when(ss, run.at, lang), added: run.added.length, problems: run.problems })}`;
      if (run.logFailed) message += ` ${t(lang, 'log.notWritten')}`;
    } catch (err) {
      message += ` ${messageOf(err, lang)}`;
    }
    return { ok: true, message, status: intakeStatus(ss, sheet.getName()) };
  } catch (err) {
    if (!(err instanceof UserError || (err && (err as Error).name === 'UserError')))
      console.error(`PPID Sheets: form intake change failed: ${(err as Error)?.message ?? err}`);
    return { ok: false, message: messageOf(err, lang), status: intakeStatus(ss, c.sheet) };
  }
}

/** Turns the intake off (its owner, or anyone once it has stopped working). The mapping stays. */
export function turnOffIntake(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): IntakeChange {
  const lang = userLang();
  try {
    const { outcome } = removeTrigger(FORM_INTAKE, currentOfficer());
    logActivity(ss, lang, 'intakeOff', '');
    return { ok: true, message: t(lang, `intake.done.${outcome}`), status: intakeStatus(ss) };
  } catch (err) {
    return { ok: false, message: messageOf(err, lang), status: intakeStatus(ss) };
  }
}

/** Letter settings the receipt still lacks, said in the dialog before any response comes in. */
function receiptGaps(settings: ReturnType<typeof readSettings>, lang: Lang): string[] {
  const missing = missingReceiptSettings(settings, lang);
  return missing.length ? [t(lang, 'intake.receiptSettingsMissing', { list: missing.join(', ') })] : [];
}

/**
 * A warning when none of the register's numbers follows Format No. Registrasi: the form would start
 * a second series at 001 (an adopted register numbered its own way). Never stops the dialog.
 */
function numberPatternLine(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: ReturnType<typeof readSettings>,
  lang: Lang,
): string | null {
  try {
    const register = openRegister(ss, settings);
    const { mapping } = registerLayout(register, settings, lang);
    const pattern = settings.values.numberFormat || DEFAULT_NUMBER_PATTERN;
    // A running "No" read as the number (the Perki SLIP form) counts on: no pattern to fit.
    if (numberIsRunning(register.values, mapping.headerIndex, mapping.columns.number)) return null;
    const fit = patternFit(register.values, mapping.columns.number, pattern, mapping.dataIndex);
    return fit.numbers > 0 && fit.matching === 0
      ? t(lang, 'intake.patternMismatch', { example: fit.example, pattern })
      : null;
  } catch (_) {
    return null;
  }
}
