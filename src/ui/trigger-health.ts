// Triggers an office can manage (#26 item 3): a trigger whose owner lost access, whose runs fail,
// or whose owner's e-mail quota ran out is reported ONCE, to the register's reminder addresses
// (settings `reminderEmails`, the digest's recipients) and in Periksa Data.
//
// Who can send it. A trigger that cannot run cannot mail: a deleted account's trigger does not
// fire, an owner removed from the spreadsheet fails at its first call, an owner out of quota
// cannot send. So the report is made by whoever next runs the add-on: an officer's Periksa Data,
// the reminder or intake dialog, or the other trigger's run (a colleague's), from what the
// spreadsheet stores: the trigger record and heartbeat (sheets/triggers.ts), the last run
// (`ppid.reminder.lastRun`, `ppid.intake.lastRun`) and the editors of the spreadsheet. Each
// problem has a signature (kind, trigger id, reason); the signature sent is kept in the document
// property `ppid.trigger.reported`, and a problem is mailed again only when its signature changes
// (another kind, another owner's trigger, another reason) or after it cleared and came back. A
// report that cannot go out (the sender's own quota, no lock, a mail error) is not marked, so the
// next runner tries; Periksa Data shows it either way. Nothing here ever fails the run it is in.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { settingsLang, splitEmails, type Settings } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { officeLock } from '../platform/locks';
import { currentOfficer, type ManagedTrigger, removeOwnLeftover, triggerState } from '../sheets/triggers';
import { readLastRun, REMINDER } from './reminder-action';
import { readIntakeRun } from './intake-run';
import { FORM_INTAKE } from './intake-setup';

export const REPORTED_KEY = 'ppid.trigger.reported';

export type HealthKind = 'ownerNoAccess' | 'stopped' | 'quota' | 'failing';

export interface TriggerProblem {
  trigger: 'dailyReminder' | 'formIntake';
  kind: HealthKind;
  signature: string;
  /** One line for Periksa Data and the e-mail. */
  line: string;
}

export interface HealthReport {
  problems: TriggerProblem[];
  /** Lines for Periksa Data: the problems, then what became of the e-mail. */
  lines: string[];
  /** Problems mailed in this run. */
  mailed: number;
  /** New problems that could not be mailed in this run (the next runner tries again). */
  pending: number;
}

/** Is `email` among the spreadsheet's owner and editors? null when Sheets will not say. */
function listedEditor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): boolean | null {
  try {
    const key = email.toLowerCase();
    return ss.getEditors().some((u) => String(u.getEmail()).toLowerCase() === key);
  } catch (_) {
    return null;
  }
}

function problemOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  m: ManagedTrigger,
  which: TriggerProblem['trigger'],
): TriggerProblem | 'keep' | null {
  const state = triggerState(m, currentOfficer());
  const rec = state.record;
  if (!rec) return null;
  const name = t(lang, `health.trigger.${which}`);
  const owner = rec.owner.email;
  const make = (kind: HealthKind, detail: string, params: Record<string, string | number> = {}) => ({
    trigger: which,
    kind,
    signature: `${kind}|${rec.uid}|${detail}`,
    line: t(lang, `health.${kind}`, { trigger: name, owner, ...params }),
  });
  // Spreadsheet.getEditors lists the owner and editors; access through a Google Group or the
  // domain is not listed there, so this is a sign, worded as one (docs/daily-reminder.md).
  if (!state.mine && listedEditor(ss, owner) === false) return make('ownerNoAccess', '');
  if (state.stale || (state.mine && !state.on)) {
    const since = String(state.lastRun ?? rec.since).slice(0, 10);
    return make('stopped', '', { date: since });
  }
  if (which === 'dailyReminder') {
    const last = readLastRun(PropertiesService.getDocumentProperties());
    if (last?.outcome === 'failed' && last.quota)
      return make('quota', '', { date: last.day, lines: last.lines ?? 0, left: last.quotaLeft ?? 0 });
    if (last?.outcome === 'failed')
      return make('failing', last.reason ?? '', { date: last.day, reason: last.reason ?? '' });
    // A weekend or holiday run proves nothing either way: a failure reported stays reported.
    if (last?.outcome === 'weekend' || last?.outcome === 'holiday') return 'keep';
  } else {
    const last = readIntakeRun();
    if (last?.outcome === 'failed')
      return make('failing', last.reason ?? '', { date: last.at.slice(0, 10), reason: last.reason ?? '' });
  }
  return null;
}

function readReported(props: GoogleAppsScript.Properties.Properties): Record<string, string> {
  try {
    return JSON.parse(props.getProperty(REPORTED_KEY) || '{}') ?? {};
  } catch (_) {
    return {};
  }
}

/**
 * Looks at both managed triggers, removes the caller's own leftover of each, mails what is new to
 * the reminder addresses (blank: the calling officer) and returns the lines for Periksa Data.
 */
export function triggerHealth(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  lang: Lang,
): HealthReport {
  const report: HealthReport = { problems: [], lines: [], mailed: 0, pending: 0 };
  const keep: string[] = [];
  const props = PropertiesService.getDocumentProperties();
  if (!props) return report;
  const pairs: [ManagedTrigger, TriggerProblem['trigger']][] = [
    [REMINDER, 'dailyReminder'],
    [FORM_INTAKE, 'formIntake'],
  ];
  for (const [m, which] of pairs) {
    try {
      removeOwnLeftover(m);
    } catch (err) {
      console.error(`PPID Sheets: leftover trigger not removed: ${(err as Error)?.message ?? err}`);
    }
    try {
      const p = problemOf(ss, lang, m, which);
      if (p === 'keep') keep.push(which);
      else if (p) report.problems.push(p);
    } catch (err) {
      console.error(`PPID Sheets: trigger health not read: ${(err as Error)?.message ?? err}`);
    }
  }
  let quota = -1;
  try {
    quota = MailApp.getRemainingDailyQuota();
  } catch (_) {
    quota = -1;
  }
  report.lines.push(...report.problems.map((p) => p.line));
  if (quota === 0) report.lines.push(t(lang, 'health.myQuotaZero', { email: currentOfficer().email }));
  try {
    mailNew(ss, settings, lang, props, report, quota, keep);
  } catch (err) {
    console.error(`PPID Sheets: trigger health report not sent: ${(err as Error)?.message ?? err}`);
  }
  return report;
}

function mailNew(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  lang: Lang,
  props: GoogleAppsScript.Properties.Properties,
  report: HealthReport,
  quota: number,
  keep: string[],
): void {
  const reported = readReported(props);
  const fresh = report.problems.filter((p) => reported[p.trigger] !== p.signature);
  const cleared = Object.keys(reported).filter(
    (k) => !keep.includes(k) && !report.problems.some((p) => p.trigger === k),
  );
  if (!fresh.length && !cleared.length) {
    if (report.problems.length) report.lines.push(t(lang, 'health.alreadyReported'));
    return;
  }
  const lock = officeLock();
  // Two officers at once must not both mail: the second waits briefly, else leaves it to the next.
  if (!lock.tryLock(2000)) {
    report.pending = fresh.length;
    return;
  }
  try {
    const again = readReported(props);
    for (const k of cleared) delete again[k];
    const todo = report.problems.filter((p) => again[p.trigger] !== p.signature);
    if (todo.length) {
      const listed = splitEmails(settings.values.reminderEmails || '').valid;
      const to = listed.length ? listed : [currentOfficer().email].filter(Boolean);
      if (!to.length || quota < to.length) {
        report.pending = todo.length;
        report.lines.push(t(lang, 'health.notSent', { count: to.length, left: Math.max(quota, 0) }));
      } else {
        MailApp.sendEmail({
          to: to.join(','),
          subject: t(lang, 'health.subject', { unit: settings.values.unitName || ss.getName() }),
          body: [
            t(lang, 'health.intro'),
            '',
            ...todo.map((p) => `- ${p.line}`),
            '',
            t(lang, 'health.what'),
            ss.getUrl(),
          ].join('\n'),
          name: 'PPID Sheets',
        });
        for (const p of todo) again[p.trigger] = p.signature;
        report.mailed = todo.length;
        report.lines.push(t(lang, 'health.sent', { list: to.join(', ') }));
      }
    } else if (report.problems.length) report.lines.push(t(lang, 'health.alreadyReported'));
    props.setProperty(REPORTED_KEY, JSON.stringify(again));
  } finally {
    lock.releaseLock();
  }
}

const DAY_MS = 86400000;

/**
 * A trigger's run pays for a full look (settings, both triggers, the editors) only when the stored
 * records suggest something is wrong: one read of the document properties otherwise. A stopped
 * form trigger (responses waiting over an hour) is found by the full look of Periksa Data or the
 * dialogs, which read the response sheet anyway.
 */
function worthALook(all: Record<string, string>, now: number): boolean {
  if (all[REPORTED_KEY] && all[REPORTED_KEY] !== '{}') return true;
  const parse = (k: string): Record<string, unknown> | null => {
    try {
      return all[k] ? (JSON.parse(all[k]) as Record<string, unknown>) : null;
    } catch (_) {
      return null;
    }
  };
  const reminder = parse('ppid.trigger.dailyReminder');
  if (reminder) {
    const seen = Date.parse(all['ppid.trigger.dailyReminder.lastRun'] ?? String(reminder.since ?? ''));
    if (Number.isFinite(seen) && now - seen > 3 * DAY_MS) return true;
    if (parse('ppid.reminder.lastRun')?.outcome === 'failed') return true;
  }
  return !!parse('ppid.trigger.formIntake') && parse('ppid.intake.lastRun')?.outcome === 'failed';
}

/** For a trigger's run (a colleague's trigger reports the other one): reads the settings itself. */
export function reportTriggerHealth(): void {
  try {
    const ss = SpreadsheetApp.getActive();
    const props = PropertiesService.getDocumentProperties();
    if (!ss || !props || !worthALook(props.getProperties(), Date.now())) return;
    // After an update that needs new scopes the run stops before doing anything (reminder-run.ts);
    // so does this: the next officer's menu action reports it.
    if (
      ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() ===
      ScriptApp.AuthorizationStatus.REQUIRED
    )
      return;
    const settings = readSettings(ss);
    triggerHealth(ss, settings, settingsLang(settings));
  } catch (err) {
    console.error(`PPID Sheets: trigger health not checked: ${(err as Error)?.message ?? err}`);
  }
}
