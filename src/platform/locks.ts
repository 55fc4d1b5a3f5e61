// The lock that keeps two officers of one spreadsheet from generating a report or numbering a
// request at the same time. platform/ holds the few Apps Script helpers that sheets/, docs/ and
// ui/ all need, so none of them imports another for it.
import { UserError } from '../core/errors';

/**
 * The document lock, or the script lock when there is none. The reference says getDocumentLock()
 * returns null "if this method is called outside of the context of a containing document (such as
 * from a standalone script or webapp)":
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * Whether an editor add-on's menu or sidebar call counts as inside is not documented (the
 * emulator's `no-document-lock` quirk says it does not). The script lock is wider (every
 * spreadsheet running the add-on shares it), so a caller may wait for another unit's run; it never
 * lets two runs of one spreadsheet overlap, which is what matters.
 */
export function officeLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/**
 * Runs `work` holding the office lock; refused with the officer's sentence (`err.locked`) when
 * another run still holds it after `waitMs`. The lock goes whatever happens: "the lock is released
 * automatically when the script terminates"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()), so a failure to
 * release never turns a finished run into an error, nor hides the error of one that failed.
 */
export function withOfficeLock<T>(work: () => T, waitMs = 10000, errorKey = 'err.locked'): T {
  const lock = officeLock();
  if (!lock.tryLock(waitMs)) throw new UserError(errorKey);
  try {
    return work();
  } finally {
    try {
      lock.releaseLock();
    } catch (_) {
      // Released when the execution ends.
    }
  }
}
