// "Siapkan Register": creates what is missing and repairs what is broken, never wiping data.
import { logActivity } from '../sheets/activity-log';
import { t } from '../core/i18n';
import { dayOfDate } from '../core/calendar';
import type { Lang } from '../core/types';
import { ensureSettingsSheet } from '../sheets/settings';
import {
  applyHolidayCorrections,
  ensureHolidaySheet,
  logHolidayCorrections,
  spreadsheetOffset,
} from '../sheets/holidays';
import { describeCorrections, type HolidayCorrection } from '../core/calendar';
import { convertTextDates, pendingTextDates, textDateLines } from './text-dates-action';
import { ensureRegisterSheet, sheetById, type RegisterPlace } from '../sheets/register';
import { storedMappingOf, resolveStored, type StoredMapping } from '../core/register';
import type { MappingProposal } from '../core/register';
import { placeOf, mappingAfterSetup, storeMapping, sheetValues } from '../sheets/adopted';
import { UserError } from '../core/errors';
import { chooseFormulaForm } from '../sheets/formula-form';
import { ensureDipSheets } from '../sheets/dip';
import { RuleBook } from '../sheets/setup-batch';
import { setDipLinkValidation } from '../sheets/dip-link';
import { SheetDirectory } from '../sheets/workbook';

export interface SetupResult {
  created: string[];
  repaired: string[];
  message: string;
  /**
   * Differences of the holiday sheet from the decree table, not yet applied: a line per date added
   * or cleared, one line for all renames and one for all new citations.
   */
  holidayCorrections: string[];
  /** How many holiday rows those lines correct. */
  holidayCorrectionCount: number;
  /** Register date cells holding text that reads as a date (the menu's setup only: one more read). */
  textDates: string[];
  /** The live formulas' form the probe trusted (formName), or null when none was. */
  formulaForm: string | null;
}

const MAX_LISTED = 12;

/** The corrections as the officer reads them (renames and new citations one line each). */
export function correctionLines(corrections: HolidayCorrection[], lang: Lang): string[] {
  return describeCorrections(corrections, {
    add: t(lang, 'holidays.fix.add'),
    update: t(lang, 'holidays.fix.update'),
    remove: t(lang, 'holidays.fix.remove'),
    renamed: (count, e) => t(lang, 'holidays.fix.renamed', { count, ...e }),
    resourced: (count, e) => t(lang, 'holidays.fix.resourced', { count, ...e }),
  });
}

export function listForDialog(lines: string[], lang: Lang): string {
  const shown = lines.slice(0, MAX_LISTED).map((l) => `• ${l}`);
  if (lines.length > MAX_LISTED) shown.push(t(lang, 'holidays.fix.more', { count: lines.length - MAX_LISTED }));
  return shown.join('\n');
}

/** An adopted register to set up where it is: the sheet, its confirmed mapping, and how it is stored now. */
export interface Adoption {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  proposal: MappingProposal;
  previous: StoredMapping | null;
}

/** The adopted register the settings name, resolved against the sheet as it is now. */
function storedAdoption(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stored: StoredMapping,
  lang: Lang,
  lists: { channels: string[]; topics: string[] },
): Adoption {
  const sheet = sheetById(ss, stored.sheetId);
  if (!sheet) throw new UserError('err.adoptedSheetMissing', { name: stored.sheetName || String(stored.sheetId) });
  const { proposal } = resolveStored(sheetValues(sheet), stored, lang, lists);
  if (!proposal || proposal.columns.received === undefined)
    throw new UserError('adopt.noDate', { name: sheet.getName() });
  return { sheet, proposal, previous: stored };
}

/**
 * Creates or repairs the register, holiday and settings sheets. An adopted register (named in
 * the settings, or given on confirmation) is set up where it is, and its mapping kept in the
 * settings with the columns setup added.
 */
export function setupWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  adoption?: Adoption,
): SetupResult {
  // The zone, the sheets and their names are read once for the whole setup and passed down.
  const tz = spreadsheetOffset(ss);
  const today = dayOfDate(new Date(), tz);
  const sheets = new SheetDirectory(ss);
  // One set of validation rules for every sheet: a rule two sheets share is built once.
  const book = new RuleBook();
  const settings = ensureSettingsSheet(ss, lang, today, book, sheets);
  const stored = storedMappingOf(settings.settings.values);
  const adopt = adoption ?? (stored ? storedAdoption(ss, stored, lang, settings.settings) : undefined);
  const holidays = ensureHolidaySheet(ss, lang, today, settings.refs.cuti, tz, sheets, book);
  const place: RegisterPlace | undefined = adopt ? placeOf(adopt.sheet, adopt.proposal) : undefined;
  const choice = chooseFormulaForm(ss, {
    holidaySheet: holidays.sheet,
    holidayHeader: holidays.effectiveHeader,
    cutiRef: settings.refs.cuti,
    holidays: holidays.effectiveRange,
    today,
    tzOffset: tz,
    sheets,
  });
  const register = ensureRegisterSheet(
    ss,
    lang,
    {
      holidays: holidays.effectiveRange,
      nearDue: settings.refs.nearDue,
      channels: settings.refs.channels,
      topics: settings.refs.topics,
    },
    choice.form,
    place,
    book,
    sheets,
  );
  if (adopt) {
    const columns = mappingAfterSetup(adopt.proposal, register);
    storeMapping(
      ss,
      { sheetId: adopt.sheet.getSheetId(), sheetName: adopt.sheet.getName(), headerRow: register.headerRow, columns },
      adopt.previous,
    );
  }
  const dip = ensureDipSheets(ss, lang, choice.form, book, sheets);
  setDipLinkValidation(register, place?.dataRow ?? register.headerRow + 1, dip, lang);
  ss.setActiveSheet(register.sheet);
  const created: string[] = [];
  const repaired: string[] = [];
  (settings.created ? created : repaired).push(
    ...(settings.created
      ? [sheets.nameOf(settings.sheet)]
      : settings.added.length
        ? [t(lang, 'setup.settingsAdded', { list: settings.added.join(', ') })]
        : []),
  );
  if (holidays.created) created.push(sheets.nameOf(holidays.sheet));
  else if (holidays.addedYears.length)
    repaired.push(t(lang, 'setup.holidayYears', { list: holidays.addedYears.join(', ') }));
  if (register.created) created.push(sheets.nameOf(register.sheet));
  else if (register.addedColumns.length)
    repaired.push(t(lang, 'setup.columnsAdded', { list: register.addedColumns.join(', ') }));
  for (const l of [dip.dip, dip.dik]) {
    if (l.created) created.push(sheets.nameOf(l.sheet));
    else if (l.addedColumns.length)
      repaired.push(
        t(lang, 'setup.columnsAdded', { list: `${l.addedColumns.join(', ')} (${sheets.nameOf(l.sheet)})` }),
      );
  }
  repaired.push(t(lang, 'setup.formulasValidation'));
  const formulaForm = choice.record.form;
  // Adopting a register under its own headers is the mapping step: logged as such, one row.
  const logged = adoption
    ? logActivity(
        ss,
        lang,
        'adopt',
        t(lang, 'log.adoptWhat', { sheet: adoption.sheet.getName(), row: adoption.proposal.headerIndex + 1 }),
        [],
        sheets,
      )
    : logActivity(ss, lang, 'setup', '', [], sheets);
  if (!logged) repaired.push(t(lang, 'log.notWritten'));
  return {
    created,
    repaired,
    message: setupMessage(lang, created, repaired, formulaForm),
    holidayCorrections: correctionLines(holidays.corrections, lang),
    holidayCorrectionCount: holidays.corrections.length,
    textDates: [],
    formulaForm,
  };
}

/** The setup's sentence; when the probe trusted no formula form, the officer is told so plainly. */
function setupMessage(lang: Lang, created: string[], repaired: string[], formulaForm: string | null): string {
  const none = t(lang, 'setup.nothing');
  const done = t(lang, 'setup.done', { created: created.join(', ') || none, repaired: repaired.join('; ') || none });
  return formulaForm === null ? `${done} ${t(lang, 'setup.noFormulas')}` : done;
}

/** Yes/no question to the officer: true when they agree. */
export type Ask = (title: string, body: string) => boolean;

/**
 * The menu's Siapkan Register: setup and repair as always, then each correction that changes
 * what the officer entered or kept (holiday rows) is asked about first and applied only on yes.
 */
export function setupWithQuestions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang, ask: Ask): SetupResult {
  const result = setupWorkbook(ss, lang);
  const repaired = result.repaired.slice();
  const pending = result.holidayCorrections;
  const count = result.holidayCorrectionCount;
  if (pending.length) {
    const body = t(lang, 'holidays.fix.ask', { count, list: listForDialog(pending, lang) });
    if (ask(t(lang, 'holidays.fix.title'), body)) {
      const applied = applyHolidayCorrections(ss, lang);
      repaired.push(t(lang, 'setup.holidaysFixed', { count: applied.length }));
      if (applied.length && !logHolidayCorrections(ss, lang, applied.length)) repaired.push(t(lang, 'log.notWritten'));
    } else {
      repaired.push(t(lang, 'setup.holidaysDeclined', { count }));
    }
  }
  const textDates = textDateLines(pendingTextDates(ss), lang);
  if (textDates.length) {
    const body = t(lang, 'textDates.ask', { count: textDates.length, list: listForDialog(textDates, lang) });
    if (ask(t(lang, 'textDates.title'), body)) {
      repaired.push(t(lang, 'setup.textDatesConverted', { count: convertTextDates(ss) }));
    } else {
      repaired.push(t(lang, 'setup.textDatesDeclined', { count: textDates.length }));
    }
  }
  return { ...result, repaired, textDates, message: setupMessage(lang, result.created, repaired, result.formulaForm) };
}
