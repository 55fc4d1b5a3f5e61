// What the Form intake works from: the trigger it keeps (through the shared ownership rules of
// src/sheets/triggers.ts), and the response sheet, mapping and defaults the settings hold.
//
// The trigger: ScriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create()
// (SpreadsheetTriggerBuilder reference: "fire when the spreadsheet has a form submitted to it").
// Editor add-ons may install form-submit triggers for Sheets ("Triggers for Editor add-ons",
// trigger types table), one of each type per user per document, for the file the add-on is used
// in only (same page, Restrictions). Making it needs script.scriptapp, which the add-on already
// holds for the daily reminder; the form itself is never opened (FormApp would need the forms
// scope), and the event names the response row, so no new scope is needed.
import { LISTS } from '../core/register';
import { settingsLang, type Settings } from '../core/settings';
import { parseIntakeMapping, type IntakeColumns, type MappingIssue } from '../core/intake';
import { planIntake, type IntakeContext, type IntakePlan } from '../core/intake';
import type { Lang } from '../core/types';
import { readResponseSheet, linkedResponseSheets, type ResponseSheetRead } from '../sheets/form-responses';
import { spreadsheetOffset } from '../sheets/holidays';
import { readSettings } from '../sheets/settings';
import type { ManagedTrigger, TriggerRecord } from '../sheets/triggers';

const HOUR_MS = 3600000;

/** The channel recorded for form requests: the setting when it is in the channel list, else Website. */
export function intakeChannel(settings: Settings): string {
  const wanted = String(settings.values.formChannel ?? '')
    .trim()
    .toLowerCase();
  return (
    settings.channels.find((c) => c.toLowerCase() === wanted) ??
    settings.channels.find((c) => c === 'Website') ??
    'Website'
  );
}

export function intakeApplicantType(settings: Settings): string {
  const wanted = String(settings.values.formApplicantType ?? '')
    .trim()
    .toLowerCase();
  // Blank unless the officer chose one: a foundation recorded as Perseorangan is a wrong figure in
  // the report, a blank one a listed problem (issue #23 item 16).
  return LISTS.applicantTypes.find((c) => c.toLowerCase() === wanted) ?? '';
}

export interface IntakeSetup {
  read: ResponseSheetRead;
  columns: IntakeColumns;
  issues: MappingIssue[];
  ctx: IntakeContext;
  lang: Lang;
}

/** The response sheet the settings name (null when none is set or it is gone or not a form's). */
export function intakeSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const name = String(settings.values.formSheet ?? '').trim();
  if (!name) return null;
  return ss.getSheetByName(name);
}

/** Everything a run needs, from one read of the settings and one of the response sheet. */
export function loadIntake(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  sheet = intakeSheet(ss, settings),
): IntakeSetup | null {
  if (!sheet) return null;
  const read = readResponseSheet(sheet);
  if (!read) return null;
  const { columns, issues } = parseIntakeMapping(settings.values.formMapping, read.layout);
  const ctx: IntakeContext = {
    tzOffsetMinutes: spreadsheetOffset(ss),
    channel: intakeChannel(settings),
    applicantType: intakeApplicantType(settings),
    topics: settings.topics,
  };
  return { read, columns, issues, ctx, lang: settingsLang(settings) };
}

export function planOf(setup: IntakeSetup): IntakePlan {
  return planIntake(setup.read.values, setup.read.layout, setup.columns, setup.ctx);
}

/**
 * The form trigger has died when a response that could be recorded has waited more than an hour
 * and the trigger has not run since it came in (nor was it installed after it). Then another
 * officer may take it over (the owner left, or their authorisation lapsed). No source gives a
 * delay for form-submit triggers; an hour is far beyond any seen in this project's tests.
 */
export function intakeStale(record: TriggerRecord, lastRun: string | null, now: number): boolean {
  const ss = SpreadsheetApp.getActive();
  if (!ss) return false;
  const setup = loadIntake(ss, readSettings(ss));
  if (!setup) return false;
  const oldest = planOf(setup)
    .take.map((i) => i.stamp)
    .filter((s) => Number.isFinite(s))
    .sort((a, b) => a - b)[0];
  if (oldest === undefined || now - oldest < HOUR_MS) return false;
  const seen = Math.max(Date.parse(lastRun ?? '') || 0, Date.parse(record.since) || 0);
  return seen < oldest;
}

export const FORM_INTAKE: ManagedTrigger = {
  key: 'formIntake',
  handler: 'onFormSubmitIntake',
  build: (builder) => builder.forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(),
  stale: intakeStale,
};

/** The linked response sheets an officer may pick, the one in the settings first. */
export function responseSheetChoices(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): GoogleAppsScript.Spreadsheet.Sheet[] {
  const linked = linkedResponseSheets(ss);
  const current = intakeSheet(ss, settings);
  if (current && !linked.some((s) => s.getSheetId() === current.getSheetId())) linked.unshift(current);
  else if (current)
    linked.sort((a, b) =>
      a.getSheetId() === current.getSheetId() ? -1 : b.getSheetId() === current.getSheetId() ? 1 : 0,
    );
  return linked;
}
