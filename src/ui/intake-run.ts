// The form-submit trigger's handler: every response of the linked form that has no number yet and
// can be a request is numbered and appended to the register, under the office lock, in one run.
//
// Why a run takes every waiting response and not only the event's own row: the key is the number
// column, not the event. A retried or duplicated event (public reports: one submission firing the
// trigger twice, or a blank twin seconds later; emulator/sheets/forms.ts) finds its response
// numbered and writes nothing; an event that lost the lock, or arrived while the trigger was off,
// is caught up by the next one; and a sort or filter of the responses moves rows, not numbers,
// so e.range (the row the response was written to) is only used to tell which form sent it.
//
// Order of writes, so a failure at any call leaves nothing half-made: the numbers go into the
// response sheet first, then the requests into the register; if the register write fails, the
// numbers are cleared again. A run cut off between the two (Apps Script's time limit) leaves a
// numbered response with no register row: Periksa Data lists it ("number not in the register"),
// where the other order would record it twice.
//
// Receipts (#14's Tanda Bukti Penerimaan, src/ui/intake-receipts.ts) take their letter numbers
// and their Surat log rows under the same lock, after the register append, and are sent after the
// lock is released, only for responses numbered in this run, only when the settings ask for them, and only to the address in the column Google adds when the Form
// collects addresses. Google records in the sheet neither whether that address was verified nor
// the Form's setting (the event object has no such field; the Form's emailCollectionType is read
// only through FormApp or the Forms API, which need the forms scope or an external request): the
// officer states it in the settings, whose help says why nothing goes out otherwise.
import { t } from '../core/i18n';
import { logActivity } from '../sheets/activity-log';
import { isYes, settingsLang, type Settings } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { ensureNumberColumn, writeNumbers } from '../sheets/form-responses';
import { planAppend, commitAppend } from '../sheets/register-append';
import { claimRun } from '../sheets/triggers';
import { openRegister, registerLayout } from './register-data';
import { withOfficeLock } from '../platform/locks';
import { messageOf, UserError } from '../core/errors';
import { logReceipts, type ReceiptMail } from './intake-receipts';
import { FORM_INTAKE, loadIntake, planOf, intakeSheet } from './intake-setup';

/** What the spreadsheet remembers of the last run (document property), shown in the dialog. */
export interface IntakeRun {
  at: string;
  /** waiting: the trigger could not get the office lock in time; its responses wait in the queue. */
  outcome: 'added' | 'nothing' | 'failed' | 'otherForm' | 'waiting';
  added: string[];
  problems: number;
  receiptsSent: number;
  receiptsFailed: number;
  reason?: string;
  /** The Log Aktivitas row could not be written (the requests are recorded all the same). */
  logFailed?: boolean;
}

export const INTAKE_RUN_KEY = 'ppid.intake.lastRun';
/** An officer saving the dialog waits no longer than this for the lock. */
const LOCK_WAIT_MS = 30000;
/**
 * The form-submit trigger waits this long (#23 item 7). A report holds the office lock for as long
 * as it runs, which can pass 30 s; no officer is waiting on the trigger, and a lock held by any run
 * is freed when that run ends ("The lock is automatically released when the script terminates",
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()), which is at most
 * 6 minutes after it started ("Script runtime | 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas). Waiting 4 minutes catches
 * every report shorter than that and leaves the trigger's own 6 minutes 2 for the recording.
 * When even that is not enough the responses stay in the queue (the response sheet's rows without
 * a number), drained by the next run: the next submission's trigger, or the officer saving
 * Hubungkan Formulir. The run is recorded as `waiting`, so the dialog and Periksa Data say so.
 * A one-off clock trigger to retry sooner is not used: an editor add-on has "one trigger of each
 * type, per user, per document", the daily reminder's clock trigger may already be that one, and
 * its "Time-driven triggers cannot run more frequently than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, Restrictions).
 */
export const TRIGGER_LOCK_WAIT_MS = 240000;

interface FormEvent {
  triggerUid?: string;
  range?: GoogleAppsScript.Spreadsheet.Range;
}

function log(message: string): void {
  console.error(`PPID Sheets form intake: ${message}`);
}

function record(run: IntakeRun): void {
  try {
    const props = PropertiesService.getDocumentProperties();
    if (props) props.setProperty(INTAKE_RUN_KEY, JSON.stringify(run));
  } catch (err) {
    log(`could not record the run: ${(err as Error)?.message ?? err}`);
  }
}

export function readIntakeRun(): IntakeRun | null {
  const props = PropertiesService.getDocumentProperties();
  const raw = props ? props.getProperty(INTAKE_RUN_KEY) : null;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as IntakeRun;
  } catch (_) {
    return null;
  }
}

/**
 * Numbers and records every waiting response, then sends the receipts. Runs as the trigger and
 * from the dialog (recording responses that were already there). `eventSheetId`: the sheet the
 * event's response went to; another form's event records nothing.
 */
export function intakeSweep(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  eventSheetId?: number,
  lockWaitMs = LOCK_WAIT_MS,
): IntakeRun {
  const at = new Date().toISOString();
  let mails: ReceiptMail[] = [];
  let run: IntakeRun;
  // Assigned under the lock, in the closure (a cast: TypeScript does not follow closures).
  let settings = null as Settings | null;
  const early = withOfficeLock((): IntakeRun | null => {
    settings = readSettings(ss);
    const sheet = intakeSheet(ss, settings);
    if (eventSheetId !== undefined && sheet && sheet.getSheetId() !== eventSheetId) {
      return { at, outcome: 'otherForm', added: [], problems: 0, receiptsSent: 0, receiptsFailed: 0 };
    }
    const setup = loadIntake(ss, settings, sheet);
    if (!setup || !String(settings.values.formMapping ?? '').trim()) throw new UserError('intake.err.noMapping');
    const plan = planOf(setup);
    if (!plan.take.length) {
      run = { at, outcome: 'nothing', added: [], problems: plan.problems.length, receiptsSent: 0, receiptsFailed: 0 };
    } else {
      const col = ensureNumberColumn(setup.read, setup.lang);
      const register = openRegister(ss, settings);
      const { mapping } = registerLayout(register, settings);
      const tz = setup.ctx.tzOffsetMinutes;
      const append = planAppend(
        register,
        mapping,
        settings.values.numberFormat,
        plan.take.map((i) => ({ received: i.received, fields: i.fields })),
        tz,
      );
      const undoNumbers = writeNumbers(
        setup.read,
        col,
        plan.take.map((item, k) => ({ index: item.index, value: append.numbers[k] })),
      );
      try {
        commitAppend(append);
      } catch (err) {
        undoNumbers();
        throw err;
      }
      run = {
        at,
        outcome: 'added',
        added: append.numbers,
        problems: plan.problems.length,
        receiptsSent: 0,
        receiptsFailed: 0,
      };
      if (isYes(settings.values.formReceipt) && setup.read.layout.email !== null) {
        const wanted = plan.take.flatMap((item, k) => (item.collectedEmail ? [{ k, to: item.collectedEmail }] : []));
        // The requests are recorded whatever happens to their receipts (intake-receipts.ts).
        if (wanted.length) {
          try {
            const batch = logReceipts(ss, settings, mapping, append, wanted, tz);
            mails = batch.mails;
            run.receiptsFailed = batch.failed;
            if (batch.reason) run.reason = batch.reason;
          } catch (err) {
            run.receiptsFailed = wanted.length;
            run.reason = messageOf(err, setup.lang);
            log(`receipts not made: ${run.reason}`);
          }
        }
      }
      // One Log Aktivitas row for the run: the numbers given (no applicant data), under the lock.
      const shown = append.numbers.slice(0, 20).join(', ') + (append.numbers.length > 20 ? ', …' : '');
      const what = t(setup.lang, 'log.intakeWhat', { count: append.numbers.length, numbers: shown });
      if (!logActivity(ss, setup.lang, 'intake', what)) run.logFailed = true;
      SpreadsheetApp.flush();
    }
    return null;
  }, lockWaitMs);
  if (early) return early;
  if (mails.length && settings) sendReceipts(settings, mails, run!);
  return run!;
}

function sendReceipts(settings: Settings, mails: ReceiptMail[], run: IntakeRun): void {
  const lang = settingsLang(settings);
  for (const m of mails) {
    try {
      if (MailApp.getRemainingDailyQuota() < 1) throw new UserError('intake.quota');
      MailApp.sendEmail({
        to: m.to,
        subject: m.subject,
        body: m.body,
        name: `PPID ${settings.values.unitName}`.trim().slice(0, 80),
      });
      run.receiptsSent++;
    } catch (err) {
      run.receiptsFailed++;
      run.reason = messageOf(err, lang);
      log(`receipt ${m.letterNumber} for ${m.number} not sent: ${run.reason}`);
    }
  }
}

/** The trigger's entry point. Never throws: a failure is logged and recorded for the dialog. */
export function runFormIntake(e?: FormEvent): IntakeRun | null {
  let ss = SpreadsheetApp.getActive();
  const range = e?.range;
  // The event names no spreadsheet (no `source` for Sheets form-submit events); its range does.
  if (!ss && range) ss = range.getSheet().getParent();
  if (!ss) {
    log('the trigger ran without its spreadsheet; nothing was read or written');
    return null;
  }
  if (!claimRun(FORM_INTAKE, e?.triggerUid)) return null;
  let run: IntakeRun;
  // An add-on update that needs new scopes: the trigger still fires but would fail half-way
  // (Triggers for Editor add-ons, "Authorize installable triggers"). Stop before writing, say so;
  // the waiting responses are recorded by the first run after the owner opens the add-on again.
  if (
    ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() ===
    ScriptApp.AuthorizationStatus.REQUIRED
  ) {
    const reason = t('id', 'reminder.reauthorize');
    log(`stopped: ${reason}`);
    run = {
      at: new Date().toISOString(),
      outcome: 'failed',
      added: [],
      problems: 0,
      receiptsSent: 0,
      receiptsFailed: 0,
      reason,
    };
    record(run);
    return run;
  }
  try {
    run = intakeSweep(ss, range ? range.getSheet().getSheetId() : undefined, TRIGGER_LOCK_WAIT_MS);
  } catch (err) {
    const reason = messageOf(err, 'id');
    const waiting = err instanceof UserError && err.key === 'err.locked';
    log(waiting ? `waiting: the lock was held for over ${TRIGGER_LOCK_WAIT_MS / 60000} minutes` : `failed: ${reason}`);
    run = {
      at: new Date().toISOString(),
      outcome: waiting ? 'waiting' : 'failed',
      added: [],
      problems: 0,
      receiptsSent: 0,
      receiptsFailed: 0,
      reason,
    };
  }
  if (run.outcome !== 'otherForm') record(run);
  return run;
}
