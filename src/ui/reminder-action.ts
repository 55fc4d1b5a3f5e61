// "Pengingat Harian": the dialog's view of the daily reminder and turning it on or off. The
// trigger's ownership rules live in src/sheets/triggers.ts; this file only words them.
import { logActivity } from '../sheets/activity-log';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { reminderHourSetting, splitEmails } from '../core/settings';
import { readSettings } from '../sheets/settings';
import {
  type ManagedTrigger,
  currentOfficer,
  installTrigger,
  removeTrigger,
  triggerState,
  type TriggerRecord,
} from '../sheets/triggers';
import { userLang } from './common';
import { messageOf, UserError } from '../core/errors';

const DAY_MS = 86400000;

/**
 * The daily reminder's trigger: every day at the settings' hour in the spreadsheet's time zone
 * (Asia/Jakarta unless the unit set another). Add-on time-driven triggers may run at most hourly
 * (Editor add-on triggers, Restrictions): once a day is well inside that. It runs on weekends too
 * and only then decides to skip, so its run record doubles as a heartbeat: three days without one
 * means the owner's trigger is dead and another officer may take it over.
 */
// biome-ignore format: a table laid out by hand, one entry per line
export const REMINDER: ManagedTrigger = {
  key: 'dailyReminder',
  handler: 'runDailyReminder',
  staleAfterMs: 3 * DAY_MS,
  build: (builder, config) => builder.timeBased().atHour(Number(config.hour)).everyDays(1).inTimezone(String(config.timeZone)).create(),
};

/** What the handler remembers of its last run (document property), shown in the dialog. */
export interface ReminderRun {
  /** The day it ran for, YYYY-MM-DD in the spreadsheet's zone. */
  day: string;
  at: string;
  outcome: 'sent' | 'empty' | 'weekend' | 'holiday' | 'failed';
  recipients?: number;
  lines?: number;
  reason?: string;
  /** The owner's remaining daily e-mail recipients after the run (MailApp.getRemainingDailyQuota). */
  quotaLeft?: number;
  /** The digest could not go out for the quota: its `lines` were not sent (kept, not lost). */
  quota?: boolean;
}

export const LAST_RUN_KEY = 'ppid.reminder.lastRun';

export function readLastRun(props: GoogleAppsScript.Properties.Properties | null): ReminderRun | null {
  const raw = props ? props.getProperty(LAST_RUN_KEY) : null;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ReminderRun;
  } catch (_) {
    return null;
  }
}

export interface ReminderStatus {
  lang: Lang;
  intro: string;
  on: boolean;
  mine: boolean;
  /** Status lines for the dialog, first the state. */
  lines: string[];
  canTurnOn: boolean;
  canTurnOff: boolean;
  labels: { turnOn: string; turnOff: string; close: string; working: string };
}

export interface ReminderChange {
  ok: boolean;
  message: string;
  status: ReminderStatus;
}

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

function hourText(hour: number, lang: Lang): string {
  const h = String(hour).padStart(2, '0');
  return lang === 'en' ? `${h}:00` : `${h}.00`;
}

function zoneText(zone: string): string {
  return ZONE_NAMES[zone] ?? zone;
}

function myQuota(): number | null {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch (_) {
    return null;
  }
}

function configFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, hour: number): Record<string, unknown> {
  return { hour, timeZone: ss.getSpreadsheetTimeZone() || 'Asia/Jakarta' };
}

/** The reminder as the calling officer sees it: on or off, whose, when, to whom, the last run. */
export function reminderStatus(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReminderStatus {
  const lang = userLang();
  const settings = readSettings(ss);
  const me = currentOfficer();
  const state = triggerState(REMINDER, me);
  const wantHour = reminderHourSetting(settings.values.reminderHour);
  const rec: TriggerRecord | null = state.record;
  const hour = rec ? Number(rec.config.hour) : wantHour;
  const zone = zoneText(String(rec?.config.timeZone ?? ss.getSpreadsheetTimeZone()));
  const lines: string[] = [];
  let canTurnOn = false;
  let canTurnOff = false;
  if (!rec) {
    lines.push(t(lang, 'reminder.status.off'));
    canTurnOn = true;
  } else if (state.mine && !state.on) {
    lines.push(t(lang, 'reminder.status.gone'));
    canTurnOn = true;
    canTurnOff = true;
  } else if (state.mine) {
    lines.push(t(lang, 'reminder.status.mine', { hour: hourText(hour, lang), zone }));
    canTurnOff = true;
    if (wantHour !== hour) {
      lines.push(t(lang, 'reminder.hourChanged', { hour: hourText(wantHour, lang) }));
      canTurnOn = true;
    }
  } else if (state.stale) {
    const since = (state.lastRun ?? rec.since).slice(0, 10);
    lines.push(t(lang, 'reminder.status.stale', { name: rec.owner.name, email: rec.owner.email, date: since }));
    canTurnOn = true;
    canTurnOff = true;
  } else {
    lines.push(
      t(lang, 'reminder.status.other', {
        name: rec.owner.name,
        email: rec.owner.email,
        hour: hourText(hour, lang),
        zone,
      }),
    );
  }
  const emails = splitEmails(settings.values.reminderEmails || '');
  const owner = rec ? rec.owner.email : me.email;
  lines.push(
    emails.valid.length
      ? t(lang, 'reminder.recipients', { list: emails.valid.join(', ') })
      : t(lang, 'reminder.recipientsOwner', { email: owner }),
  );
  if (emails.invalid.length) lines.push(t(lang, 'reminder.invalidEmails', { list: emails.invalid.join(', ') }));
  const last = rec ? readLastRun(PropertiesService.getDocumentProperties()) : null;
  // The mail quota (#26 item 3): the caller's own now; the owner's as their last run left it.
  if (state.mine || !rec) {
    const left = myQuota();
    if (left !== null) lines.push(t(lang, 'reminder.myQuota', { left }));
  } else if (last && typeof last.quotaLeft === 'number')
    lines.push(t(lang, 'reminder.ownerQuota', { email: rec.owner.email, left: last.quotaLeft }));
  if (last) {
    const outcome = t(lang, `reminder.outcome.${last.outcome}`, {
      count: last.recipients ?? 0,
      lines: last.lines ?? 0,
      reason: last.reason ?? '',
    });
    if (last.quota) lines.push(t(lang, 'reminder.unsent', { date: last.day, lines: last.lines ?? 0 }));
    lines.push(t(lang, 'reminder.lastRun', { date: last.day, outcome }));
  }
  return {
    lang,
    intro: t(lang, 'reminder.intro'),
    on: !!rec && (state.on || !state.mine),
    mine: state.mine,
    lines,
    canTurnOn,
    canTurnOff,
    labels: {
      turnOn: t(lang, 'reminder.turnOn'),
      turnOff: t(lang, 'reminder.turnOff'),
      close: t(lang, 'reminder.close'),
      working: t(lang, 'reminder.working'),
    },
  };
}

/** Turns the reminder on or off for the calling officer; a refusal is a message, not an error. */
export function changeReminder(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, on: boolean): ReminderChange {
  const lang = userLang();
  try {
    const me = currentOfficer();
    let key: string;
    if (on) {
      const settings = readSettings(ss);
      const { outcome } = installTrigger(
        REMINDER,
        configFor(ss, reminderHourSetting(settings.values.reminderHour)),
        me,
      );
      key = `reminder.done.${outcome}`;
    } else {
      key = `reminder.done.${removeTrigger(REMINDER, me).outcome}`;
    }
    logActivity(ss, lang, on ? 'reminderOn' : 'reminderOff', '');
    return { ok: true, message: t(lang, key), status: reminderStatus(ss) };
  } catch (err) {
    if (!(err instanceof UserError || (err && (err as Error).name === 'UserError')))
      console.error(`PPID Sheets: daily reminder change failed: ${(err as Error)?.message ?? err}`);
    return { ok: false, message: messageOf(err, lang), status: reminderStatus(ss) };
  }
}
