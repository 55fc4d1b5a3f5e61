// Whether the officer may edit the register's spreadsheet, asked before any Drive step: an
// officer who may only view or comment would otherwise get a folder made in their Drive before
// the first write to the spreadsheet refuses them (issue #26, bad input).
//
// Range.canEdit: "Determines whether the user has permission to edit every cell in the range"
// (https://developers.google.com/apps-script/reference/spreadsheet/range#canEdit()). The cell
// asked is the first of the activity log, which every officer's add-on writes to and whose
// protection only warns (activity-log.ts); before the log exists, the first sheet's first cell.
// A sheet protected against the officer by hand answers false too: then they cannot work in it
// either, so the refusal names both causes.
import { UserError } from '../core/errors';
import { officerEmail } from '../platform/officer';
import { ACTIVITY_SHEET_NAMES } from './activity-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Throws `err.viewOnly` when this officer cannot edit the spreadsheet. Two calls. */
export function requireEditRights(ss: Spreadsheet): void {
  let cell: GoogleAppsScript.Spreadsheet.Range | null = null;
  for (const name of ACTIVITY_SHEET_NAMES) {
    try {
      cell = ss.getRange(`'${name}'!A1`);
      break;
    } catch (_) {
      // No such sheet (yet, or under the other language's name).
    }
  }
  cell ??= ss.getSheets()[0].getRange(1, 1);
  if (!cell.canEdit()) throw new UserError('err.viewOnly', { me: officerEmail() || '?' });
}
