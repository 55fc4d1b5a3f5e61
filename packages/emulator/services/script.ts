// Session, Logger and ScriptApp: who runs the script, its log, its triggers and auth modes.
import crypto from 'node:crypto';
import { type Runtime, service, isDate } from '../runtime';
import { makeEnum, enumName, gasError, User, type EnumValue } from './common';
import { formatString, resolveZone } from './utilities';
import { firstRun } from './clock';
import type { TriggerSpec } from './trigger-spec';

export class Session {
  constructor(readonly _rt: Runtime) {
    return service(_rt, 'Session', this);
  }
  /**
   * The person at the keyboard, as far as Google tells: blank in a trigger (no one authorised this
   * execution but its owner) unless the account is in the developer's Workspace domain ("these
   * restrictions generally do not apply if the developer … belongs to the same Google Workspace
   * domain as the user", Session reference); in a person's own execution their address, or blank
   * for a consumer or other-domain account under the quirk `active-user-hidden`.
   */
  getActiveUser(): any {
    const rt = this._rt;
    const a = rt.account();
    const colleague = a.kind === 'workspace' && rt.developerDomain !== null && a.domain === rt.developerDomain;
    const hidden = rt.executionKind === 'trigger' || rt.quirk('active-user-hidden');
    return new User(rt, hidden && !colleague ? '' : rt.userEmail);
  }
  /** Whose authority the code runs under: the trigger's creator in a trigger, else the person (Session reference). */
  getEffectiveUser(): any {
    return new User(this._rt, this._rt.userEmail);
  }
  getActiveUserLocale(): string {
    return this._rt.userLocale;
  }
  getScriptTimeZone(): string {
    return this._rt.timeZone;
  }
  getTimeZone(): string {
    return this._rt.timeZone;
  }
  // "unique to the active user but does not reveal the user identity" (Session reference).
  getTemporaryActiveUserKey(): string {
    return crypto.createHash('sha256').update(`ppid:${this._rt.userEmail}`).digest('base64url').slice(0, 43);
  }
}

export class Logger {
  readonly _lines: string[] = [];

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'Logger', this);
  }
  log(data: unknown, ...values: unknown[]): any {
    const text = values.length
      ? formatString(String(data), values)
      : typeof data === 'object' && data !== null && !isDate(data)
        ? JSON.stringify(data)
        : String(data);
    this._lines.push(text);
    return this;
  }
  getLog(): string {
    return this._lines.length ? `${this._lines.join('\n')}\n` : '';
  }
  clear(): void {
    this._lines.length = 0;
  }
}

export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);
export const EventType = makeEnum('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const TriggerSource = makeEnum('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum('WeekDay', [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
]);
export const InstallationSource = makeEnum('InstallationSource', [
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
]);

// Installable triggers, as Google documents them (sources beside each rule):
// - "Installable triggers always run under the account of the person who created them" and "a
//   given account can't see triggers installed from a second account" (Installable triggers guide,
//   Restrictions): each trigger has an owner; getProjectTriggers lists the caller's own only
//   (ScriptApp reference: "all installable triggers associated with the current project and
//   current user").
// - Quotas page: 20 triggers / user / script.
// - Editor add-on triggers, Restrictions: "Each add-on can only have one trigger of each type, per
//   user, per document"; "Add-ons can only create triggers for the file in which the add-on is
//   used"; "Time-driven triggers cannot run more frequently than once per hour". The wording of the
//   errors thrown for these is ours: Google documents the rule, not the message.
// A trigger remembers the document it was created in; the clock fires it with that document active
// (see services/clock.ts for the open question and its switch).
const MAX_TRIGGERS_PER_USER = 20;

export class Trigger {
  constructor(
    _rt: Runtime,
    readonly _spec: TriggerSpec,
  ) {
    return service(_rt, 'Trigger', this);
  }
  getHandlerFunction(): string {
    return this._spec.handler;
  }
  getUniqueId(): string {
    return this._spec.id;
  }
  getEventType(): EnumValue {
    return EventType[this._spec.eventType];
  }
  getTriggerSource(): EnumValue {
    return TriggerSource[this._spec.source];
  }
  getTriggerSourceId(): string | null {
    return this._spec.sourceId;
  }
}

export class ClockTriggerBuilder {
  readonly _schedule: Record<string, unknown> = {};
  constructor(
    readonly _rt: Runtime,
    private readonly _app: ScriptApp,
    private readonly _handler: string,
  ) {
    return service(_rt, 'ClockTriggerBuilder', this);
  }
  after(durationMilliseconds: number): any {
    this._schedule.after = Number(durationMilliseconds);
    return this;
  }
  at(date: Date): any {
    if (!isDate(date)) throw gasError('Invalid argument: date');
    this._schedule.at = new Date((date as Date).getTime());
    return this;
  }
  atDate(year: number, month: number, day: number): any {
    this._schedule.atDate = [year, month, day];
    return this;
  }
  atHour(hour: number): any {
    const h = Number(hour);
    if (!(Number.isInteger(h) && h >= 0 && h <= 23)) throw gasError('Invalid argument: hour');
    this._schedule.atHour = h;
    return this;
  }
  nearMinute(minute: number): any {
    const m = Number(minute);
    if (!(Number.isInteger(m) && m >= 0 && m <= 59)) throw gasError('Invalid argument: minute');
    this._schedule.nearMinute = m;
    return this;
  }
  everyMinutes(n: number): any {
    if (![1, 5, 10, 15, 30].includes(Number(n)))
      throw gasError('Invalid argument: minutes. Minutes must be 1, 5, 10, 15 or 30.');
    this._schedule.everyMinutes = Number(n);
    return this;
  }
  everyHours(n: number): any {
    this._schedule.everyHours = positive(n, 'hours');
    return this;
  }
  everyDays(n: number): any {
    this._schedule.everyDays = positive(n, 'days');
    return this;
  }
  everyWeeks(n: number): any {
    this._schedule.everyWeeks = positive(n, 'weeks');
    return this;
  }
  onWeekDay(day: unknown): any {
    this._schedule.onWeekDay = enumName(WeekDay, day, 'day');
    return this;
  }
  onMonthDay(day: number): any {
    this._schedule.onMonthDay = Number(day);
    return this;
  }
  inTimezone(timezone: string): any {
    const zone = String(timezone);
    if (resolveZone(zone).id !== zone) throw gasError(`Invalid argument: timezone (${zone})`);
    this._schedule.timezone = zone;
    return this;
  }
  create(): any {
    const s = this._schedule;
    const recurring = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'onWeekDay', 'onMonthDay'].some(
      (k) => k in s,
    );
    if (!recurring && !('after' in s) && !('at' in s) && !('atDate' in s)) {
      throw gasError('The trigger schedule is missing: call everyDays, everyHours, after, at … before create().');
    }
    if ('atHour' in s && !('everyDays' in s) && !('everyWeeks' in s) && !('onWeekDay' in s)) {
      throw gasError('atHour needs a daily or weekly schedule: call everyDays or everyWeeks too.');
    }
    if (this._app._addOn && 'everyMinutes' in s) {
      throw gasError('Add-on time-driven triggers cannot run more often than once per hour.');
    }
    return this._app._add({
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
  }
}

function positive(n: unknown, what: string): number {
  const v = Number(n);
  if (!(Number.isInteger(v) && v >= 1)) throw gasError(`Invalid argument: ${what}`);
  return v;
}

export class SourceTriggerBuilder {
  private _event: string | null = null;
  constructor(
    readonly _rt: Runtime,
    className: string,
    private readonly _app: ScriptApp,
    private readonly _handler: string,
    private readonly _source: string,
    private readonly _sourceId: string | null,
  ) {
    return service(_rt, className, this);
  }
  onOpen(): any {
    this._event = 'ON_OPEN';
    return this;
  }
  onEdit(): any {
    this._event = 'ON_EDIT';
    return this;
  }
  onChange(): any {
    this._event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): any {
    this._event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): any {
    if (!this._event) throw gasError('The trigger event is missing: call onOpen, onEdit … before create().');
    return this._app._add({
      handler: this._handler,
      eventType: this._event,
      source: this._source,
      sourceId: this._sourceId,
      schedule: {},
    });
  }
}

export class TriggerBuilder {
  constructor(
    private readonly _rt: Runtime,
    private readonly _app: ScriptApp,
    private readonly _handler: string,
  ) {
    return service(_rt, 'TriggerBuilder', this);
  }
  timeBased(): any {
    return new ClockTriggerBuilder(this._rt, this._app, this._handler);
  }
  forSpreadsheet(sheet: unknown): any {
    return new SourceTriggerBuilder(
      this._rt,
      'SpreadsheetTriggerBuilder',
      this._app,
      this._handler,
      'SPREADSHEETS',
      sourceId(sheet),
    );
  }
  forDocument(doc: unknown): any {
    return new SourceTriggerBuilder(
      this._rt,
      'DocumentTriggerBuilder',
      this._app,
      this._handler,
      'DOCUMENTS',
      sourceId(doc),
    );
  }
  forForm(form: unknown): any {
    return new SourceTriggerBuilder(this._rt, 'FormTriggerBuilder', this._app, this._handler, 'FORMS', sourceId(form));
  }
}

function sourceId(x: unknown): string | null {
  if (typeof x === 'string') return x;
  const o = x as { _id?: unknown; _m?: { id: string } } | null;
  if (o && typeof o._id === 'string') return o._id;
  if (o?._m && typeof o._m.id === 'string') return o._m.id;
  return null;
}

function containerId(rt: Runtime): string | null {
  return sourceId(rt.activeSpreadsheet ?? rt.activeDocument);
}

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;
  /** Every trigger of the project, of every user (each user sees only their own). */
  readonly _triggers: TriggerSpec[] = [];
  readonly _scriptId = 'ppid-sheets-emulated-script';
  /** The project is an editor add-on: the add-on restrictions on triggers apply. */
  _addOn = true;
  /**
   * Officers who have not granted the scopes of the add-on's newest version. Editor add-on
   * triggers keep firing then and fail at the first unauthorised call; Google's advice is to
   * check getAuthorizationInfo(FULL) first (Triggers for Editor add-ons, "Authorize installable
   * triggers").
   */
  readonly _needsAuthorization = new Set<string>();

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'ScriptApp', this);
  }
  newTrigger(functionName: string): any {
    if (!functionName) throw gasError('Invalid argument: functionName');
    return new TriggerBuilder(this._rt, this, String(functionName));
  }
  getProjectTriggers(): any[] {
    return this._mine().map((t) => new Trigger(this._rt, t));
  }
  getUserTriggers(container: unknown): any[] {
    const id = sourceId(container);
    return this._mine()
      .filter((t) => t.sourceId === id)
      .map((t) => new Trigger(this._rt, t));
  }
  deleteTrigger(trigger: any): void {
    const id = trigger?._spec ? trigger._spec.id : null;
    // Another account's trigger cannot be seen, so it cannot be handed here; a stale handle of
    // one's own deleted trigger is ignored (no source says it throws).
    const i = this._triggers.findIndex((t) => t.id === id && t.owner === this._rt.userEmail);
    if (i >= 0) this._triggers.splice(i, 1);
  }
  getOAuthToken(): string {
    return 'ya29.emulated-oauth-token';
  }
  getIdentityToken(): string {
    return 'emulated.identity.token';
  }
  getScriptId(): string {
    return this._scriptId;
  }
  getInstallationSource(): EnumValue {
    return InstallationSource.NONE;
  }
  getAuthorizationInfo(authMode: unknown): any {
    enumName(AuthMode, authMode, 'authMode');
    return new AuthorizationInfo(this._rt, this._needsAuthorization.has(this._rt.userEmail));
  }
  invalidateAuth(): void {}
  getService(): any {
    return new ScriptService(this._rt, this._scriptId);
  }
  _mine(): TriggerSpec[] {
    return this._triggers.filter((t) => t.owner === this._rt.userEmail);
  }
  _add(spec: Omit<TriggerSpec, 'id' | 'owner' | 'documentId' | 'created' | 'nextRun'>): any {
    const owner = this._rt.userEmail;
    const documentId = containerId(this._rt);
    const mine = this._mine();
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw gasError(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (this._addOn && documentId) {
      if (spec.sourceId && spec.sourceId !== documentId) {
        throw gasError('An add-on can only create triggers for the file it is used in.');
      }
      if (mine.some((t) => t.documentId === documentId && t.eventType === spec.eventType)) {
        throw gasError(
          `This add-on already has a ${spec.eventType} trigger for this user in this document; an add-on may have one trigger of each type per user per document.`,
        );
      }
    }
    const created = this._rt.now();
    const full: TriggerSpec = { id: this._rt.newId('trg'), ...spec, owner, documentId, created, nextRun: null };
    if (spec.eventType === 'CLOCK') full.nextRun = firstRun(full, this._rt.timeZone);
    this._triggers.push(full);
    return new Trigger(this._rt, full);
  }
}

export class AuthorizationInfo {
  constructor(
    _rt: Runtime,
    private readonly _required = false,
  ) {
    return service(_rt, 'AuthorizationInfo', this);
  }
  getAuthorizationStatus(): EnumValue {
    return this._required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this._required ? 'https://script.google.com/macros/d/emulated/authorize' : null;
  }
  getAuthorizedScopes(): string[] {
    return [];
  }
}

export class ScriptService {
  constructor(
    _rt: Runtime,
    private readonly _id: string,
  ) {
    return service(_rt, 'Service', this);
  }
  getUrl(): string {
    return `https://script.google.com/macros/s/${this._id}/exec`;
  }
  isEnabled(): boolean {
    return false;
  }
}
