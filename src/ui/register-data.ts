// Reading the register for a menu action, with the officer-facing errors in one place. Every
// reader and writer comes through here, so each one takes the register where the settings say it
// is (an adopted sheet: its ID, header row and columns) or the add-on's own "Register" sheet.
import { parseRegister, resolveMapping, RegisterError } from '../core/register';
import type { Lang, ParsedRegister, Problem } from '../core/types';
import { settingsLang, type Settings } from '../core/settings';
import { storedMappingOf, resolveStored } from '../core/register';
import type { RegisterMapping } from '../core/register';
import { spreadsheetOffset } from '../sheets/holidays';
import { readSettings } from '../sheets/settings';
import { readRegister, sheetById, NoRegisterError, type RegisterRead } from '../sheets/register';
import { UserError } from '../core/errors';
import { spreadsheetDateOrder, findSheet, SHEET_NAMES } from '../sheets/workbook';

/** Whether the spreadsheet holds a register to read: the adopted sheet the settings name, or "Register". */
export function hasRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings = readSettings(ss),
): boolean {
  const stored = storedMappingOf(settings.values);
  return stored ? sheetById(ss, stored.sheetId) !== null : !!findSheet(ss, SHEET_NAMES.register);
}

/** The register sheet's contents, or "set up the register first" for the officer. */
export function openRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings = readSettings(ss),
): RegisterRead {
  try {
    return readRegister(ss, storedMappingOf(settings.values));
  } catch (err) {
    if (err instanceof NoRegisterError) {
      if (err.storedName) throw new UserError('err.adoptedSheetMissing', { name: err.storedName });
      throw new UserError('err.noRegister');
    }
    throw err;
  }
}

export interface RegisterLayout {
  /** Header row, data start and the column of each field and live column. */
  mapping: RegisterMapping;
  /** What a stored mapping could not resolve, as problems on the header row. */
  problems: Problem[];
}

/**
 * Where the fields are in the register just read: the confirmed mapping when the register was
 * adopted, else the automatic one (the add-on's own sheet has its canonical headers).
 */
export function registerLayout(
  register: RegisterRead,
  settings: Settings,
  lang: Lang = settingsLang(settings),
): RegisterLayout {
  const lists = { channels: settings.channels, topics: settings.topics };
  try {
    if (register.stored) {
      const { proposal, problems } = resolveStored(register.values, register.stored, lang, lists);
      return {
        mapping: resolveMapping(register.values, {
          lang,
          mapping: proposal ?? undefined,
          channels: settings.channels,
          topics: settings.topics,
          headerRowIndex: register.headerRow - 1,
        }),
        problems,
      };
    }
    return {
      mapping: resolveMapping(register.values, { lang, channels: settings.channels, topics: settings.topics }),
      problems: [],
    };
  } catch (err) {
    throw headerError(err);
  }
}

/** A register without a date column, for the officer: the headers it saw. */
function headerError(err: unknown): unknown {
  if (err instanceof RegisterError || (err as { code?: string }).code === 'no_header') {
    const seen = (err as RegisterError).seen;
    return seen?.headers ? new UserError('error.no_date_column', seen) : new UserError('err.noHeader');
  }
  return err;
}

/** One read of the register, parsed by the core into requests and problems. */
export function parseOpenRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  quoteValues = true,
): { register: RegisterRead; parsed: ParsedRegister } {
  const register = openRegister(ss, settings);
  const lang = settingsLang(settings);
  const layout = registerLayout(register, settings, lang);
  try {
    const parsed = parseRegister(register.values, {
      lang,
      mapping: layout.mapping,
      tzOffsetMinutes: spreadsheetOffset(ss),
      channels: settings.channels,
      topics: settings.topics,
      quoteValues,
      dateOrder: spreadsheetDateOrder(ss),
    });
    if (layout.problems.length) parsed.problems.unshift(...layout.problems);
    return { register, parsed };
  } catch (err) {
    throw headerError(err);
  }
}
