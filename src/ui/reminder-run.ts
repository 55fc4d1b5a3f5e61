// The daily reminder's trigger handler: on a working day, the day's deadline digest from one read
// of the register, e-mailed to the officers in the settings. Thin: the core selects and words it.
//
// When it sends: never on a weekend or holiday (the next working day's digest covers those days,
// since everything still open is still listed); never an empty digest; at most once a day; and a
// failure (the e-mail quota, a deleted register sheet, anything) is logged and recorded for the
// dialog, never retried within the day: the next day's run is the retry. Editor add-ons get no
// error e-mails from failed triggers ("It is up to the developer to check for and handle failure
// cases gracefully", Editor add-on triggers), hence the record the dialog shows.
import { selectDigest, renderDigest } from '../core/report';
import { dayOfDate, weekday, ymd, ymdParts } from '../core/calendar';
import { isYes, nearDueSetting, settingsLang, splitEmails } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { readCalendar, spreadsheetOffset } from '../sheets/holidays';
import type { Lang } from '../core/types';
import { claimRun, recordedTrigger } from '../sheets/triggers';
import { parseOpenRegister } from './register-data';
import { DIP_SHEET_NAMES, readDipLists } from '../sheets/dip';
import { findSheet } from '../sheets/workbook';
import { messageOf, UserError } from '../core/errors';
import { t } from '../core/i18n';
import { REMINDER, LAST_RUN_KEY, readLastRun, type ReminderRun } from './reminder-action';

const MAX_RECIPIENTS = 50;

interface ClockEvent {
  triggerUid?: string;
}

function log(message: string): void {
  console.error(`PPID Sheets daily reminder: ${message}`);
}

function record(props: GoogleAppsScript.Properties.Properties, run: ReminderRun): void {
  try {
    props.setProperty(LAST_RUN_KEY, JSON.stringify(run));
  } catch (err) {
    log(`could not record the run: ${(err as Error)?.message ?? err}`);
  }
}

export function runDailyReminder(e?: ClockEvent): void {
  const ss = SpreadsheetApp.getActive();
  const props = PropertiesService.getDocumentProperties();
  if (!ss || !props) {
    // The open question of emulator/services/clock.ts: a time-driven add-on trigger without its
    // document. The register cannot be reached under spreadsheets.currentonly; say so and stop.
    log('the trigger ran without its spreadsheet; nothing was read or sent');
    return;
  }
  if (!claimRun(REMINDER, e?.triggerUid)) return;
  const today = dayOfDate(new Date(), spreadsheetOffset(ss));
  const last = readLastRun(props);
  // Once a day, whatever happened at the first run (a failure waits for tomorrow: no storm).
  if (last && last.day === ymd(today)) return;
  const at = new Date().toISOString();
  let lang: Lang = 'id';
  // An add-on update that needs new scopes: the trigger still fires but would fail half-way
  // (Triggers for Editor add-ons, "Authorize installable triggers"). Stop first, and say so.
  if (
    ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() ===
    ScriptApp.AuthorizationStatus.REQUIRED
  ) {
    const reason = t(lang, 'reminder.reauthorize');
    log(`failed on ${ymd(today)}: ${reason}`);
    record(props, { day: ymd(today), at, outcome: 'failed', reason });
    return;
  }
  try {
    const settings = readSettings(ss);
    lang = settingsLang(settings);
    const [year] = ymdParts(today);
    const calendar = readCalendar(ss, isYes(settings.values.cutiBersamaWorking), [year, year + 1], lang, false);
    if (!calendar.isWorkingDay(today)) {
      const w = weekday(today);
      record(props, { day: ymd(today), at, outcome: w === 0 || w === 6 ? 'weekend' : 'holiday' });
      return;
    }
    const { register, parsed } = parseOpenRegister(ss, settings, false);
    // The DIK's exemptions ending or just ended (issue #27): one read of each list's sheet.
    const dip = readDipLists(ss, lang);
    const digest = selectDigest(parsed.requests, {
      asOf: today,
      calendar,
      nearDueDays: nearDueSetting(settings.values.nearDueDays),
      dip,
    });
    if (!digest.lines.length && !digest.exemptions.length) {
      record(props, { day: ymd(today), at, outcome: 'empty', lines: 0 });
      return;
    }
    const owner = recordedTrigger(REMINDER)?.owner.email ?? null;
    const emails = splitEmails(settings.values.reminderEmails || '');
    if (emails.invalid.length) log(`invalid addresses in the settings skipped: ${emails.invalid.length}`);
    const to = emails.valid.length ? emails.valid : owner ? [owner] : [];
    if (!to.length) throw new UserError('reminder.noRecipient');
    // Quotas page, "Current limitations": 50 recipients per message.
    if (to.length > MAX_RECIPIENTS)
      throw new UserError('reminder.tooManyRecipients', { count: to.length, max: MAX_RECIPIENTS });
    const left = MailApp.getRemainingDailyQuota();
    if (left < to.length) {
      // Recorded with what was not sent, so the dialog, Periksa Data and a colleague's health
      // report (trigger-health.ts) can say so; the next working day's digest lists it all again.
      const reason = messageOf(new UserError('reminder.quota', { email: owner ?? '', left, count: to.length }), lang);
      log(`failed on ${ymd(today)}: ${reason}`);
      record(props, {
        day: ymd(today),
        at,
        outcome: 'failed',
        reason,
        quota: true,
        quotaLeft: left,
        lines: digest.lines.length,
      });
      return;
    }
    const mail = renderDigest(digest, {
      lang,
      unit: settings.values.unitName,
      spreadsheetUrl: ss.getUrl(),
      registerGid: register.sheet.getSheetId(),
      dikGid: digest.exemptions.length ? findSheet(ss, DIP_SHEET_NAMES.dik)?.getSheetId() : undefined,
    });
    MailApp.sendEmail({
      to: to.join(','),
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: 'PPID Sheets',
    });
    record(props, {
      day: ymd(today),
      at,
      outcome: 'sent',
      recipients: to.length,
      lines: digest.lines.length,
      quotaLeft: left - to.length,
    });
  } catch (err) {
    const reason = messageOf(err, lang);
    log(`failed on ${ymd(today)}: ${reason}`);
    record(props, { day: ymd(today), at, outcome: 'failed', reason });
  }
}
