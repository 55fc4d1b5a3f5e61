// Reading the register for a menu action, with the officer-facing errors in one place.
import { parseRegister } from '../core/parse';
import type { ParsedRegister } from '../core/types';
import { settingsLang, Settings } from '../core/settings-model';
import { spreadsheetOffset } from '../sheets/holidays';
import { readRegister, NoRegisterError, RegisterRead } from '../sheets/register';
import { UserError } from './common';
import { spreadsheetDateOrder } from '../sheets/workbook';

/** The register sheet's contents, or "set up the register first" for the officer. */
export function openRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RegisterRead {
  try {
    return readRegister(ss);
  } catch (err) {
    if (err instanceof NoRegisterError) throw new UserError('err.noRegister');
    throw err;
  }
}

/** One read of the register, parsed by the core into requests and problems. */
export function parseOpenRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, quoteValues = true): { register: RegisterRead; parsed: ParsedRegister } {
  const register = openRegister(ss);
  try {
    const parsed = parseRegister(register.values, {
      lang: settingsLang(settings),
      tzOffsetMinutes: spreadsheetOffset(ss),
      channels: settings.channels,
      topics: settings.topics,
      quoteValues,
      dateOrder: spreadsheetDateOrder(ss),
    });
    return { register, parsed };
  } catch (err) {
    if ((err as { code?: string }).code === 'no_header') throw new UserError('err.noHeader');
    throw err;
  }
}
