// The add-on's entry points. Apps Script knows only these names: each export becomes a top-level
// function in dist/Code.js. Nothing here runs at load time, so the file is safe in AuthMode.NONE.
import { t } from './core/i18n';
import { lastFinishedQuarter } from './core/recap';
import { dayOfDate, ymd } from './core/calendar';
import { periodInput, formatDateLong } from './core/report';
import { annualDueNotice } from './core/report';
import { guarded, userLang, escapeHtml } from './ui/common';
import { messageOf, UserError } from './core/errors';
import { setupWorkbook, setupWithQuestions, type SetupResult } from './ui/setup-action';
import { convertTextDates as convertTextDateCells } from './ui/text-dates-action';
import {
  generateReport as runReport,
  recapOnly as runRecap,
  type ReportRequest,
  type ReportResult,
} from './ui/report-action';
import { reportDoneHtml } from './ui/dialogs';
import { checkRegister as runCheck, type CheckResult } from './ui/check-action';
import { formOptions, submitRequestForm, type FormOptions, type SubmitResult } from './ui/form-action';
import { findSheet, SHEET_NAMES } from './sheets/workbook';
import {
  spreadsheetOffset,
  applyHolidayCorrections as applyHolidayFixes,
  logHolidayCorrections,
} from './sheets/holidays';
import { reminderStatus, changeReminder, type ReminderStatus, type ReminderChange } from './ui/reminder-action';
import { runDailyReminder as runReminder } from './ui/reminder-run';
import {
  consolidateReports as runConsolidation,
  type ConsolidateRequest,
  type ConsolidateResult,
} from './ui/consolidate-action';
import { consolidateDialogOptions, type ConsolidateDialogOptions } from './ui/consolidate-dialog';
import { pickerConfig, type PickerConfig } from './docs/picked-files';
import {
  previewRegister as runPreview,
  adoptRegister as runAdopt,
  offerAdoption,
  type AdoptPreview,
  type AdoptRequest,
} from './ui/adopt-action';
import type { MappingJson } from './core/register';
import {
  letterOptions,
  makeLetter as runLetter,
  makeLetterSafe,
  uploadLogo,
  selectedRegisterRow,
  type LetterOptions,
  type LetterRequest,
  type LetterResult,
} from './ui/letter-action';
import {
  intakeStatus,
  saveIntake,
  turnOffIntake,
  type IntakeStatus,
  type IntakeConfig,
  type IntakeChange,
} from './ui/intake-action';
import { runFormIntake, type IntakeRun } from './ui/intake-run';
import { uploadPicture, pictureDialogOptions, type PictureUpload } from './ui/picture-action';
import { reportTriggerHealth } from './ui/trigger-health';
import {
  publishDip as runPublishDip,
  dipDoneHtml,
  type DipPublishRequest,
  type DipPublishResult,
} from './ui/dip-action';
import {
  ASKS_FOR_FOLDER,
  confirmUnitFolder as runConfirmFolder,
  folderPickOptions,
  type FolderPickOptions,
} from './ui/folder-pick-action';
import { adoptDip as runAdoptDip, adoptableSheets, planDipAdoption, type DipAdoptResult } from './ui/dip-adopt-action';

/**
 * Builds the add-on menu. Runs in AuthMode.NONE before the add-on is authorised, so it only
 * touches the Ui and the user's locale.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e;
  const lang = userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, 'menu.setup'), 'menuSetup')
    .addItem(t(lang, 'menu.log'), 'menuLogRequest')
    .addItem(t(lang, 'menu.letter'), 'menuMakeLetter')
    .addSeparator()
    .addItem(t(lang, 'menu.quarterly'), 'menuQuarterlyReport')
    .addItem(t(lang, 'menu.annual'), 'menuAnnualReport')
    .addItem(t(lang, 'menu.pictures'), 'menuReportPictures')
    .addItem(t(lang, 'menu.check'), 'menuCheckData')
    .addItem(t(lang, 'menu.reminder'), 'menuDailyReminder')
    .addItem(t(lang, 'menu.consolidate'), 'menuConsolidate')
    .addItem(t(lang, 'menu.pickFolder'), 'menuPickFolder')
    .addItem(t(lang, 'menu.formIntake'), 'menuFormIntake')
    .addItem(t(lang, 'menu.dipPublish'), 'menuPublishDip')
    .addItem(t(lang, 'menu.dipAdopt'), 'menuAdoptDip')
    .addSeparator()
    .addItem(t(lang, 'menu.settings'), 'menuSettings')
    .addItem(t(lang, 'menu.help'), 'menuHelp')
    .addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu at once.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Menu "Siapkan Register": creates or repairs the register, holiday and settings sheets, and asks
 * before applying holiday corrections or converting dates typed as text.
 */
export function menuSetup(): void {
  guarded(() => {
    // A register kept under other headers: the preview dialog takes over (adoptRegister on confirmation).
    if (offerAdoption(SpreadsheetApp.getActive())) return;
    const ui = SpreadsheetApp.getUi();
    const lang = userLang();
    const ask = (title: string, body: string) => ui.alert(title, body, ui.ButtonSet.YES_NO) === ui.Button.YES;
    const result = setupWithQuestions(SpreadsheetApp.getActive(), lang, ask);
    ui.alert(t(lang, 'app.name'), result.message, ui.ButtonSet.OK);
  });
}

/** Converts the register's dates typed as text into dates, without a dialog; returns how many. */
export function convertTextDates(): number {
  return convertTextDateCells(SpreadsheetApp.getActive());
}

/** Applies the holiday sheet's corrections from the decree table without a dialog; returns how many. */
export function applyHolidayCorrections(): number {
  const ss = SpreadsheetApp.getActive();
  const lang = userLang();
  const applied = applyHolidayFixes(ss, lang).length;
  if (applied) logHolidayCorrections(ss, lang, applied);
  return applied;
}

/** Sets up or repairs the workbook without a dialog (used by the menu and the offline runner). */
export function setupRegister(): SetupResult {
  return setupWorkbook(SpreadsheetApp.getActive(), userLang());
}

/**
 * Dialog call (Siapkan Register on an existing register): how the add-on would read a sheet, with
 * the automatic mapping or the one given. Also the offline runner's first step.
 * @param {{sheetId?: number, mapping?: Object, exact?: boolean}} request
 */
export function previewRegister(request?: AdoptRequest): AdoptPreview {
  return runPreview(SpreadsheetApp.getActive(), request ?? {});
}

/**
 * Dialog call on confirmation: sets up the sheet where it is with the mapping given and keeps the
 * mapping (sheet ID, header row, columns) in the settings.
 * @param {{sheetId: number, mapping: {headerRow: number, columns: Object}}} request
 */
export function adoptRegister(request: { sheetId: number; mapping: MappingJson }): SetupResult {
  if (!request || request.sheetId === undefined || !request.mapping) throw new UserError('adopt.needDate');
  return runAdopt(SpreadsheetApp.getActive(), request);
}

/** Menu "Catat Permohonan": opens the request form in the sidebar. */
export function menuLogRequest(): void {
  guarded(() => {
    const lang = userLang();
    const html = HtmlService.createTemplateFromFile('Sidebar');
    (html as unknown as { lang: string }).lang = lang;
    SpreadsheetApp.getUi().showSidebar(html.evaluate().setTitle(t(lang, 'form.title')));
  });
}

/** Includes another project HTML file into a template (the sidebar's script and style). */
export function include(name: string): string {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

/** Sidebar call: dropdown values, labels and today's date for the form. */
export function getFormOptions(): FormOptions {
  return formOptions(SpreadsheetApp.getActive());
}

/**
 * Sidebar call: checks and saves one request, numbering it under the document lock.
 * @param {Object} form field key → value
 */
export function submitRequest(form: Record<string, unknown>): SubmitResult {
  return submitRequestForm(SpreadsheetApp.getActive(), form);
}

function defaultQuarter(): string {
  const ss = SpreadsheetApp.getActive();
  // Written the way the officer would type it: 2025-TW2 in Indonesian, 2025-Q2 in English.
  return periodInput(lastFinishedQuarter(dayOfDate(new Date(), spreadsheetOffset(ss))), userLang());
}

function askPeriod(titleKey: string, bodyKey: string, fallback: string, note = ''): string | null {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    t(lang, titleKey),
    t(lang, bodyKey, { example: fallback }) + (note ? `\n\n${note}` : ''),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  return answer.getResponseText().trim() || fallback;
}

function showReportDone(result: ReportResult): void {
  const html = HtmlService.createHtmlOutput(reportDoneHtml(result, result.lang)).setWidth(460).setHeight(400);
  SpreadsheetApp.getUi().showModalDialog(html, t(result.lang, 'done.title', { period: result.periodLabel }));
}

/** Menu "Buat Laporan Triwulan": asks for the quarter (default the last finished one), then makes the report. */
export function menuQuarterlyReport(): void {
  guarded(() => {
    const period = askPeriod('prompt.quarter.title', 'prompt.quarter.body', defaultQuarter());
    if (period) showReportDone(runReport({ period }));
  }, asksForFolder);
}

/** Menu "Buat Laporan Tahunan": asks for the year (default last year). */
export function menuAnnualReport(): void {
  guarded(() => {
    // Annual reports are written after the year ends: default to last year.
    const ss = SpreadsheetApp.getActive();
    const today = dayOfDate(new Date(), spreadsheetOffset(ss));
    // In the first quarter the prompt names last year's legal deadline (31 March).
    const due = annualDueNotice(today);
    const note = due
      ? t(userLang(), 'prompt.year.due', { year: due.year, due: formatDateLong(ymd(due.due), userLang()) })
      : '';
    const period = askPeriod(
      'prompt.year.title',
      'prompt.year.body',
      String(new Date(today * 86400000).getUTCFullYear() - 1),
      note,
    );
    if (period) showReportDone(runReport({ period }));
  }, asksForFolder);
}

/**
 * Makes the report of a period without dialogs: recap sheet, document, PDF, JSON, sharing.
 * @param {{period: string, asOf?: string}} request e.g. {period: '2025-Q2', asOf: '2025-07-10'}
 */
export function generateReport(request: ReportRequest): ReportResult {
  if (!request?.period) throw new UserError('err.badPeriod', { value: '' });
  return runReport(request);
}

/** The recap figures of a period as JSON data, read-only (for tests and the offline runner). */
export function computeRecap(request: ReportRequest): unknown {
  return runRecap(request);
}

/** Menu "Periksa Data": lists the register's problems by row in the "Periksa Data" sheet. */
export function menuCheckData(): void {
  guarded(() => {
    const result = checkRegister();
    SpreadsheetApp.getUi().alert(t(userLang(), 'check.title'), result.message, SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

/** Checks the register without a dialog. */
export function checkRegister(): CheckResult {
  return runCheck(SpreadsheetApp.getActive());
}

/** Menu "Gabungkan Laporan Unit": the dialog in which the central PPID picks the units' recap files. */
export function menuConsolidate(): void {
  guarded(() => {
    const lang = userLang();
    const html = HtmlService.createTemplateFromFile('Consolidate').evaluate().setWidth(560).setHeight(520);
    SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'cons.dialog.title'));
  });
}

/** Dialog call: its strings, and whether this spreadsheet has a register to include as a unit. */
export function getConsolidateOptions(): ConsolidateDialogOptions {
  return consolidateDialogOptions(SpreadsheetApp.getActive());
}

/**
 * Menu "Pilih Folder Unit": the officer picks, once, the unit's report folder a colleague's add-on
 * made, so that their own add-on may save into it (drive.file grants are per person, #26).
 */
export function menuPickFolder(): void {
  guarded(showFolderPick);
}

function showFolderPick(): void {
  const html = HtmlService.createTemplateFromFile('FolderPick').evaluate().setWidth(520).setHeight(300);
  SpreadsheetApp.getUi().showModalDialog(html, t(userLang(), 'folderPick.title'));
}

/** A report or DIP refused for a colleague's folder this officer's add-on cannot reach: the dialog opens. */
function asksForFolder(err: unknown): boolean {
  if (!(err instanceof UserError && ASKS_FOR_FOLDER.includes(err.key))) return false;
  showFolderPick();
  return true;
}

/** Dialog call: the unit folder, whether this officer reaches it, and the dialog's strings. */
export function getFolderPickOptions(): FolderPickOptions {
  return folderPickOptions(SpreadsheetApp.getActive());
}

/**
 * Dialog call: the folder the officer picked in the Picker, checked to be the unit's and to answer.
 * @param {{id: string, name: string}} picked the Picker's document
 */
export function confirmUnitFolder(picked: { id?: string; name?: string }): { name: string; message: string } {
  try {
    return runConfirmFolder(SpreadsheetApp.getActive(), picked ?? {});
  } catch (err) {
    throw new Error(messageOf(err, userLang()));
  }
}

/** Dialog call: the Picker's developer key, Cloud project number and a fresh OAuth token. */
export function getPickerConfig(): PickerConfig {
  return pickerConfig();
}

/**
 * Consolidates the picked units' recap files: Rekap Gabungan sheet, document, PDF and JSON.
 * @param {{files: Array<{id: string, name: string}>, includeOwn?: boolean, asOf?: string}} request
 */
export function consolidateReports(request: ConsolidateRequest): ConsolidateResult {
  try {
    return runConsolidation(request ?? { files: [] });
  } catch (err) {
    // The dialog's failure handler shows the message as it comes: the officer's words, one line.
    throw new Error(messageOf(err, userLang()));
  }
}

/** Menu "Pengaturan": opens the settings sheet (created by Siapkan Register). */
export function menuSettings(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const sheet = findSheet(ss, SHEET_NAMES.settings);
    if (!sheet) throw new UserError('err.noRegister');
    ss.setActiveSheet(sheet);
  });
}

/** Menu "Bantuan": a short guide. */
export function menuHelp(): void {
  const lang = userLang();
  SpreadsheetApp.getUi().alert(t(lang, 'menu.help'), t(lang, 'help.body'), SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Menu "Pengingat Harian": whether daily deadline e-mails are on, whose they are, on/off. */
export function menuDailyReminder(): void {
  guarded(() => {
    const lang = userLang();
    const html = HtmlService.createHtmlOutputFromFile('Reminder').setWidth(460).setHeight(340);
    SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'reminder.title'));
  });
}

/** Dialog call: the daily reminder as the calling officer sees it. */
export function getReminderStatus(): ReminderStatus {
  return reminderStatus(SpreadsheetApp.getActive());
}

/**
 * Dialog call: turns daily reminders on (true) or off (false) for this spreadsheet.
 * @param {boolean} on
 */
export function setDailyReminder(on: boolean): ReminderChange {
  return changeReminder(SpreadsheetApp.getActive(), on === true);
}

/**
 * The daily reminder's time-driven trigger: the day's deadline digest by e-mail.
 * @param {GoogleAppsScript.Events.TimeDriven} e the time-driven event
 */
export function runDailyReminder(e?: { triggerUid?: string }): void {
  runReminder(e);
  // Whoever runs reports a stuck trigger (the intake's, or this one's own last failure), once.
  reportTriggerHealth();
}

/** Menu "Buat Surat": the letters that fit the selected register row, in a dialog. */
export function menuMakeLetter(): void {
  guarded(() => {
    const lang = userLang();
    const row = selectedRegisterRow(SpreadsheetApp.getActive());
    const html = HtmlService.createTemplateFromFile('LetterDialog');
    Object.assign(html as unknown as Record<string, unknown>, { row, lang });
    SpreadsheetApp.getUi().showModalDialog(html.evaluate().setWidth(560).setHeight(620), t(lang, 'menu.letter'));
  });
}

/** Menu "Hubungkan Formulir": map a linked Google Form's questions to the register and turn intake on. */
export function menuFormIntake(): void {
  guarded(() => {
    const lang = userLang();
    const html = HtmlService.createHtmlOutputFromFile('FormIntake').setWidth(560).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'intake.title'));
  });
}

/**
 * Dialog call: the letters that fit a register row, what each still lacks, and those made before.
 * @param {number} row the register's sheet row
 */
export function getLetterOptions(row: number): LetterOptions {
  return letterOptions(SpreadsheetApp.getActive(), row);
}

/**
 * Dialog call: makes one letter (Google Doc and PDF in the letters folder, logged in Surat).
 * @param {Object} request {row, kind, extras?, fillAnswered?}
 */
export function makeLetter(request: LetterRequest): LetterResult {
  return makeLetterSafe(SpreadsheetApp.getActive(), request);
}

/**
 * Makes a letter without a dialog (the offline runner): errors are thrown, as for reports.
 * @param {Object} request {number | row, kind, asOf?, extras?}
 */
export function generateLetter(request: LetterRequest): LetterResult {
  return runLetter(SpreadsheetApp.getActive(), request);
}

/**
 * Dialog call: saves the letterhead logo (base64 image) in the letters folder and every template.
 * @param {Object} upload {name, mimeType, data}
 */
export function saveLetterLogo(upload: { name?: string; mimeType?: string; data?: string }): {
  ok: boolean;
  message: string;
} {
  return uploadLogo(SpreadsheetApp.getActive(), upload);
}

/**
 * Dialog call: the form intake as the calling officer sees it.
 * @param {string=} sheet a response sheet's name (default: the one in the settings)
 */
export function getFormIntakeStatus(sheet?: string): IntakeStatus {
  return intakeStatus(SpreadsheetApp.getActive(), typeof sheet === 'string' ? sheet : undefined);
}

/**
 * Dialog call: saves the mapping and defaults and turns the intake on.
 * @param {Object} config {sheet, mapping: {question title: column key}, channel, applicantType, receipt, includeExisting}
 */
export function saveFormIntake(config: IntakeConfig): IntakeChange {
  return saveIntake(SpreadsheetApp.getActive(), config);
}

/** Dialog call: turns the form intake off. */
export function turnOffFormIntake(): IntakeChange {
  return turnOffIntake(SpreadsheetApp.getActive());
}

/**
 * The installable form-submit trigger: records every waiting response of the linked form.
 * @param {GoogleAppsScript.Events.SheetsOnFormSubmit} e the form-submit event
 */
export function onFormSubmitIntake(e?: {
  triggerUid?: string;
  range?: GoogleAppsScript.Spreadsheet.Range;
}): IntakeRun | null {
  const run = runFormIntake(e);
  if (run) reportTriggerHealth();
  return run;
}

/**
 * Dialog call (Gambar Laporan, issue #24 item 9): saves one picture for the reports in the report
 * folder and lists it in the Gambar Laporan sheet.
 * @param {Object} upload {name, data (base64), section, caption, period}
 */
export function saveReportPicture(upload: PictureUpload): { ok: boolean; message: string; row?: number } {
  return uploadPicture(SpreadsheetApp.getActive(), upload);
}

/** Menu "Gambar Laporan": the upload dialog for the reports' pictures. */
export function menuReportPictures(): void {
  guarded(() => {
    const lang = userLang();
    const html = HtmlService.createHtmlOutputFromFile('PictureDialog').setWidth(480).setHeight(520);
    SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'menu.pictures'));
  });
}

/** Dialog call: the picture dialog's strings and section names. */
export function getPictureDialogOptions(): { strings: Record<string, string>; sections: string[] } {
  return pictureDialogOptions(SpreadsheetApp.getActive());
}

/**
 * Menu "Terbitkan DIP": asks whether the DIK is made too (Yes: DIP and DIK; No: the DIP only),
 * then publishes and shows the files and what was left out.
 */
export function menuPublishDip(): void {
  guarded(() => {
    const lang = userLang();
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(t(lang, 'dipPub.ask.title'), t(lang, 'dipPub.ask.body'), ui.ButtonSet.YES_NO_CANCEL);
    if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
    const r = runPublishDip({ dik: answer === ui.Button.YES });
    const html = HtmlService.createHtmlOutput(dipDoneHtml(r, escapeHtml)).setWidth(460).setHeight(320);
    ui.showModalDialog(html, t(r.lang, 'dipPub.done.title'));
  }, asksForFolder);
}

/**
 * Menu "Adopsi DIP": the officer names the sheet holding the office's own DIP; a preview (mapping,
 * counts, row problems) asks to confirm; then the entries are written into the DIP sheet.
 */
export function menuAdoptDip(): void {
  guarded(() => {
    const lang = userLang();
    const ss = SpreadsheetApp.getActive();
    const ui = SpreadsheetApp.getUi();
    const asked = ui.prompt(
      t(lang, 'dipAdopt.ask.title'),
      t(lang, 'dipAdopt.ask.body', { sheets: adoptableSheets(ss).join(', ') }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (asked.getSelectedButton() !== ui.Button.OK) return;
    const name = asked.getResponseText();
    const plan = planDipAdoption(ss, name, lang);
    const title = t(lang, 'dipAdopt.preview.title', { sheet: plan.sheet });
    if (ui.alert(title, plan.text, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    const done = runAdoptDip(ss, name, lang);
    ui.alert(t(lang, 'app.name'), done.message, ui.ButtonSet.OK);
  });
}

/**
 * Adopts the named sheet as the DIP without dialogs (refused when the DIP sheet holds entries).
 * @param {string} sheetName the sheet holding the office's own DIP
 */
export function adoptDip(sheetName: string): DipAdoptResult {
  return runAdoptDip(SpreadsheetApp.getActive(), sheetName, userLang());
}

/**
 * Publishes the DIP (and the DIK when asked) without dialogs: Doc and PDF in the report folder.
 * @param {{dik?: boolean, asOf?: string}} request e.g. {dik: true, asOf: '2021-09-30'}
 */
export function publishDip(request?: DipPublishRequest): DipPublishResult {
  return runPublishDip(request ?? {});
}
