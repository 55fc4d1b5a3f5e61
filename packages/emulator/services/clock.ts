// When time-driven triggers fire, and what their handler receives. The emulator's clock only moves
// when told (Emulator.runClock), so a fortnight of daily triggers runs in milliseconds.
//
// Sources:
// - Installable triggers guide, "Time-driven triggers": a recurring trigger at 9 a.m. runs at a
//   time Apps Script picks between 9 and 10 a.m. and keeps from day to day, so 24 hours pass
//   between runs. The emulator picks the minute from the trigger's id (stable, not random);
//   nearMinute(m) asks for m (Google: "plus or minus 15 minutes"; the emulator gives m).
// - ClockTriggerBuilder.inTimezone: "By default, the timezone is that of the script."
// - Event objects guide, "Time-driven events": authMode FULL, day-of-month, day-of-week (1 =
//   Monday … 7 = Sunday), hour, minute, month, second, timezone ("UTC"), triggerUid,
//   week-of-year, year, all of the firing time in UTC.
//
// Open question (no source settles it): whether an editor add-on's time-driven trigger runs with
// the document it was created in as the active one (SpreadsheetApp.getActive(), document
// properties and the document lock). Google's add-on restriction "one trigger of each type, per
// user, per document" ties add-on triggers to a document, so the emulator fires them inside it;
// the quirk `clock-without-document` (or `withoutDocument` on Emulator.runClock) fires them with
// no active document instead, and the add-on must fail safe there.
import type { TriggerSpec } from './trigger-spec';
import { zoneFields } from './utilities';
import { NotEmulatedError } from '../runtime';

const HOUR = 3600000;
const DAY = 24 * HOUR;

/** The minute past the hour a recurring trigger keeps (stable per trigger). */
function minuteOf(spec: TriggerSpec): number {
  if (typeof spec.schedule.nearMinute === 'number') return spec.schedule.nearMinute;
  let h = 0;
  for (const c of spec.id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 60;
}

/** The instant at which the wall clock of `zone` reads y-m-d h:mi, for a zone without gaps at that hour. */
function wallTime(y: number, m: number, d: number, h: number, mi: number, zone: string): number {
  const guess = Date.UTC(y, m - 1, d, h, mi);
  const offset = zoneFields(new Date(guess), zone).offsetMinutes;
  const t = guess - offset * 60000;
  const again = zoneFields(new Date(t), zone).offsetMinutes;
  return again === offset ? t : guess - again * 60000;
}

/** The next run at the trigger's hour (and minute) strictly after `after`, `everyDays` apart from `from`. */
function nextAtHour(spec: TriggerSpec, after: number, zone: string): number {
  const hour = spec.schedule.atHour as number;
  const minute = minuteOf(spec);
  const f = zoneFields(new Date(after), zone);
  let t = wallTime(f.year, f.month, f.day, hour, minute, zone);
  while (t <= after) {
    const next = zoneFields(new Date(t + DAY), zone);
    t = wallTime(next.year, next.month, next.day, hour, minute, zone);
  }
  return t;
}

function unsupported(spec: TriggerSpec): never {
  const kind = ['everyWeeks', 'onWeekDay', 'onMonthDay', 'atDate'].find((k) => k in spec.schedule) ?? 'this schedule';
  throw new NotEmulatedError(`firing a time-driven trigger scheduled with ${kind}`);
}

/** When a newly created time-driven trigger fires first (null: a schedule the clock cannot fire). */
export function firstRun(spec: TriggerSpec, scriptZone: string): number | null {
  const s = spec.schedule;
  const now = spec.created.getTime();
  const zone = typeof s.timezone === 'string' ? s.timezone : scriptZone;
  if ('at' in s) return (s.at as Date).getTime();
  if ('after' in s) return now + (s.after as number);
  if ('everyDays' in s && 'atHour' in s) return nextAtHour(spec, now, zone);
  if ('everyDays' in s) return now + (s.everyDays as number) * DAY;
  if ('everyHours' in s) return now + (s.everyHours as number) * HOUR;
  if ('everyMinutes' in s) return now + (s.everyMinutes as number) * 60000;
  return null;
}

/** When a trigger that just fired at `at` fires again (null: a one-off trigger, now spent). */
export function nextRun(spec: TriggerSpec, at: number, scriptZone: string): number | null {
  const s = spec.schedule;
  const zone = typeof s.timezone === 'string' ? s.timezone : scriptZone;
  if ('at' in s || 'after' in s) return null;
  if ('everyDays' in s && 'atHour' in s) {
    // every n days: step one day at a time to the trigger's hour, n times.
    let t = at;
    for (let i = 0; i < (s.everyDays as number); i++) t = nextAtHour(spec, t, zone);
    return t;
  }
  if ('everyDays' in s) return at + (s.everyDays as number) * DAY;
  if ('everyHours' in s) return at + (s.everyHours as number) * HOUR;
  if ('everyMinutes' in s) return at + (s.everyMinutes as number) * 60000;
  return unsupported(spec);
}

/** Throws "not emulated" for a time-driven trigger the clock cannot fire. */
export function checkFireable(spec: TriggerSpec): void {
  if (spec.eventType === 'CLOCK' && spec.nextRun === null && !('at' in spec.schedule) && !('after' in spec.schedule))
    unsupported(spec);
}

/** ISO week number of a UTC date. */
function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - start) / DAY + 1) / 7);
}

/** The event object a time-driven handler receives (Event objects guide, "Time-driven events"). */
export function clockEvent(spec: TriggerSpec, at: Date, authModeFull: unknown): Record<string, unknown> {
  return {
    authMode: authModeFull,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() || 7,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    month: at.getUTCMonth() + 1,
    second: at.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: spec.id,
    'week-of-year': isoWeek(at),
    year: at.getUTCFullYear(),
  };
}
