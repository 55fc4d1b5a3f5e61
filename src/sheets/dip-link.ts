// The register's Nomor DIP/DIK dropdown (issue #27 item 3): the numbers of both lists' entries,
// read from the sheets Siapkan Register has just made or repaired, set as one list rule over the
// column's body in one call. A list rule, not a range rule: requireValueInRange takes one range and
// the numbers sit on two sheets. The rule warns rather than refuses (setAllowInvalid(true)), so an
// entry added after the last setup can still be typed; Periksa Data checks every number against
// the lists as they are (core/dip/link.ts), and the next setup adds it to the dropdown.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import type { DipSheetSetup } from './dip';
import type { RegisterSetup } from './register';

/**
 * At most this many numbers in the dropdown (the first ones of the DIP, then the DIK). Google's
 * limit on a list rule's items was not found documented (docs/dip.md); a longer list still
 * validates through Periksa Data.
 */
export const MAX_DROPDOWN_NUMBERS = 500;

/** The entries' numbers of one list sheet, in sheet order: one read of the Nomor column. */
function numbersOf(l: DipSheetSetup): string[] {
  // A sheet setup has just made holds its header alone.
  if (l.numberColumn < 0 || l.created) return [];
  const last = l.sheet.getLastRow();
  if (last < 2) return [];
  return l.sheet
    .getRange(2, l.numberColumn + 1, last - 1, 1)
    .getValues()
    .map((r) => String(r[0] ?? '').trim())
    .filter(Boolean);
}

/**
 * Sets the dropdown of the register's Nomor DIP/DIK column; returns how many numbers it offers.
 * With no entry in either list there is nothing to offer: a new register gets no rule, a repaired
 * one loses the stale rule it had.
 */
export function setDipLinkValidation(
  register: RegisterSetup,
  dataRow: number,
  lists: { dip: DipSheetSetup; dik: DipSheetSetup },
  lang: Lang,
): number {
  const col0 = register.columns.dipNumber;
  if (col0 === undefined) return 0;
  const numbers = [...new Set([...numbersOf(lists.dip), ...numbersOf(lists.dik)])].slice(0, MAX_DROPDOWN_NUMBERS);
  if (!numbers.length && register.created) return 0;
  const rows = Math.max(register.maxRows - dataRow + 1, 1);
  const body = register.sheet.getRange(dataRow, col0 + 1, rows, 1);
  if (!numbers.length) {
    body.clearDataValidations();
    return 0;
  }
  body.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(numbers, true)
      .setAllowInvalid(true)
      .setHelpText(t(lang, 'diplink.help'))
      .build(),
  );
  return numbers.length;
}
