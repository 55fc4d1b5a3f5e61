// Session, Logger and ScriptApp: who runs the script, its log, its triggers and auth modes.
import crypto from 'node:crypto';
import { Runtime, service, isDate } from '../runtime';
import { makeEnum, enumName, gasError, User, EnumValue } from './common';
import { formatString } from './utilities';

export class Session {
  constructor(readonly _rt: Runtime) {
    return service(_rt, 'Session', this);
  }
  getActiveUser(): any {
    return new User(this._rt, this._rt.userEmail);
  }
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
    const text = values.length ? formatString(String(data), values) : typeof data === 'object' && data !== null && !isDate(data)
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
export const EventType = makeEnum('EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum('WeekDay', ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
export const InstallationSource = makeEnum('InstallationSource', ['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

const MAX_TRIGGERS = 20;

export interface TriggerSpec {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  schedule: Record<string, unknown>;
}

export class Trigger {
  constructor(_rt: Runtime, readonly _spec: TriggerSpec) {
    return service(_rt, 'Trigger', this);
  }
  getHandlerFunction(): string { return this._spec.handler; }
  getUniqueId(): string { return this._spec.id; }
  getEventType(): EnumValue { return EventType[this._spec.eventType]; }
  getTriggerSource(): EnumValue { return TriggerSource[this._spec.source]; }
  getTriggerSourceId(): string | null { return this._spec.sourceId; }
}

export class ClockTriggerBuilder {
  readonly _schedule: Record<string, unknown> = {};
  constructor(private readonly _rt: Runtime, private readonly _app: ScriptApp, private readonly _handler: string) {
    return service(_rt, 'ClockTriggerBuilder', this);
  }
  after(durationMilliseconds: number): any { this._schedule.after = Number(durationMilliseconds); return this; }
  at(date: Date): any {
    if (!isDate(date)) throw gasError('Invalid argument: date');
    this._schedule.at = new Date((date as Date).getTime());
    return this;
  }
  atDate(year: number, month: number, day: number): any { this._schedule.atDate = [year, month, day]; return this; }
  atHour(hour: number): any {
    const h = Number(hour);
    if (!(h >= 0 && h <= 23)) throw gasError('Invalid argument: hour');
    this._schedule.atHour = h;
    return this;
  }
  nearMinute(minute: number): any { this._schedule.nearMinute = Number(minute); return this; }
  everyMinutes(n: number): any {
    if (![1, 5, 10, 15, 30].includes(Number(n))) throw gasError('Invalid argument: minutes. Minutes must be 1, 5, 10, 15 or 30.');
    this._schedule.everyMinutes = Number(n);
    return this;
  }
  everyHours(n: number): any { this._schedule.everyHours = Number(n); return this; }
  everyDays(n: number): any { this._schedule.everyDays = Number(n); return this; }
  everyWeeks(n: number): any { this._schedule.everyWeeks = Number(n); return this; }
  onWeekDay(day: unknown): any { this._schedule.onWeekDay = enumName(WeekDay, day, 'day'); return this; }
  onMonthDay(day: number): any { this._schedule.onMonthDay = Number(day); return this; }
  inTimezone(timezone: string): any { this._schedule.timezone = String(timezone); return this; }
  create(): any {
    const s = this._schedule;
    const recurring = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'onWeekDay', 'onMonthDay'].some((k) => k in s);
    if (!recurring && !('after' in s) && !('at' in s) && !('atDate' in s)) {
      throw gasError('The trigger schedule is missing: call everyDays, everyHours, after, at … before create().');
    }
    return this._app._add({ handler: this._handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s } });
  }
}

export class SourceTriggerBuilder {
  private _event: string | null = null;
  constructor(
    private readonly _rt: Runtime, className: string, private readonly _app: ScriptApp, private readonly _handler: string,
    private readonly _source: string, private readonly _sourceId: string | null,
  ) {
    return service(_rt, className, this);
  }
  onOpen(): any { this._event = 'ON_OPEN'; return this; }
  onEdit(): any { this._event = 'ON_EDIT'; return this; }
  onChange(): any { this._event = 'ON_CHANGE'; return this; }
  onFormSubmit(): any { this._event = 'ON_FORM_SUBMIT'; return this; }
  create(): any {
    if (!this._event) throw gasError('The trigger event is missing: call onOpen, onEdit … before create().');
    return this._app._add({ handler: this._handler, eventType: this._event, source: this._source, sourceId: this._sourceId, schedule: {} });
  }
}

export class TriggerBuilder {
  constructor(private readonly _rt: Runtime, private readonly _app: ScriptApp, private readonly _handler: string) {
    return service(_rt, 'TriggerBuilder', this);
  }
  timeBased(): any {
    return new ClockTriggerBuilder(this._rt, this._app, this._handler);
  }
  forSpreadsheet(sheet: unknown): any {
    return new SourceTriggerBuilder(this._rt, 'SpreadsheetTriggerBuilder', this._app, this._handler, 'SPREADSHEETS', sourceId(sheet));
  }
  forDocument(doc: unknown): any {
    return new SourceTriggerBuilder(this._rt, 'DocumentTriggerBuilder', this._app, this._handler, 'DOCUMENTS', sourceId(doc));
  }
  forForm(form: unknown): any {
    return new SourceTriggerBuilder(this._rt, 'FormTriggerBuilder', this._app, this._handler, 'FORMS', sourceId(form));
  }
}

function sourceId(x: unknown): string | null {
  if (typeof x === 'string') return x;
  const o = x as { _id?: unknown; _m?: { id: string } } | null;
  if (o && typeof o._id === 'string') return o._id;
  if (o && o._m && typeof o._m.id === 'string') return o._m.id;
  return null;
}

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;
  readonly _triggers: TriggerSpec[] = [];
  readonly _scriptId = 'ppid-sheets-emulated-script';

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'ScriptApp', this);
  }
  newTrigger(functionName: string): any {
    if (!functionName) throw gasError('Invalid argument: functionName');
    return new TriggerBuilder(this._rt, this, String(functionName));
  }
  getProjectTriggers(): any[] {
    return this._triggers.map((t) => new Trigger(this._rt, t));
  }
  getUserTriggers(container: unknown): any[] {
    const id = sourceId(container);
    return this._triggers.filter((t) => t.sourceId === id).map((t) => new Trigger(this._rt, t));
  }
  deleteTrigger(trigger: any): void {
    const id = trigger && trigger._spec ? trigger._spec.id : null;
    const i = this._triggers.findIndex((t) => t.id === id);
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
    return new AuthorizationInfo(this._rt);
  }
  invalidateAuth(): void {}
  getService(): any {
    return new ScriptService(this._rt, this._scriptId);
  }
  _add(spec: Omit<TriggerSpec, 'id'>): any {
    if (this._triggers.length >= MAX_TRIGGERS) {
      throw gasError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const full: TriggerSpec = { id: this._rt.newId('trg'), ...spec };
    this._triggers.push(full);
    return new Trigger(this._rt, full);
  }
}

export class AuthorizationInfo {
  constructor(_rt: Runtime) {
    return service(_rt, 'AuthorizationInfo', this);
  }
  getAuthorizationStatus(): EnumValue { return AuthorizationStatus.NOT_REQUIRED; }
  getAuthorizationUrl(): string | null { return null; }
  getAuthorizedScopes(): string[] { return []; }
}

export class ScriptService {
  constructor(_rt: Runtime, private readonly _id: string) {
    return service(_rt, 'Service', this);
  }
  getUrl(): string { return `https://script.google.com/macros/s/${this._id}/exec`; }
  isEnabled(): boolean { return false; }
}
