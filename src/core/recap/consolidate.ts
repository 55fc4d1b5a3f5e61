// The central PPID's consolidation: units' checked recap files become one Recap for the whole
// public body, plus a row of figures per unit. Nothing that cannot be added is added:
//   - counts of requests (channels, applicant types, statuses, quarters) are recounted from the
//     units' per-request lines through the same RecapCounter a unit's own recap uses;
//   - average and median working days come from every answered line, never from the units'
//     averages or medians; percentages come from the recounted totals (largest remainder, adding
//     up to 100), never from the units' percentages;
//   - SLA statuses are recomputed from each line's due date at one as-of date (the latest among
//     the files, or the officer's), with the central PPID's calendar and near-due threshold;
//   - counts the lines do not carry (information classes, topics, objections, disputes, fees)
//     are plain sums of what each unit reported, which is exact for counts.
import type { Day, Lang, Period, Recap, RequestLine, SlaStatus } from '../types';
import { ymd } from '../calendar';
import { type WorkCalendar, slaFromDue, DEFAULT_NEAR_DUE_DAYS } from '../calendar';
import { RecapCounter, percentages } from './recap';
import { LISTS, sharedNumber } from '../register';
import { type UnitRecap, unitKey, checkUnitSet } from './recap-file';
import { RECAP_SCHEMA_VERSION } from './recap-json';

export interface ConsolidateOptions {
  /** The officer's as-of date; default the latest as-of date among the files. */
  asOf?: Day;
  calendar: WorkCalendar;
  nearDueDays?: number;
  /** The central PPID's configured channels and topics (their order leads the tables). */
  channels?: string[];
  topics?: string[];
  /** The body's name on the report (the central PPID's unit name). */
  body: string;
  /** Units expected to report (the settings' list), in the officer's order. */
  expected?: string[];
  lang: Lang;
}

/** One unit's row of the consolidated tables, recomputed at the consolidation's as-of date. */
export interface UnitFigures {
  unit: string;
  file: string;
  schemaVersion: number;
  /** The unit's own data date, as its file says. */
  asOf: string;
  requests: number;
  /** The unit's share of the body's requests, whole percent; the column adds up to 100. */
  share: number;
  /** Dipenuhi and Dipenuhi Sebagian. */
  granted: number;
  /** Ditolak. */
  refused: number;
  onTime: number;
  late: number;
  complianceRate: number | null;
  averageWorkingDays: number | null;
  medianWorkingDays: number | null;
  /** Not answered by the as-of date and not cancelled (in process, near due and overdue). */
  open: number;
  nearDue: number;
  overdue: number;
  problems: number;
}

export interface Consolidation {
  /** The body's recap: the same shape a unit's recap has, so the same renderers draw it. */
  recap: Recap;
  units: UnitFigures[];
  /** Expected units with no file, in the settings' order. */
  missing: string[];
  /** Units that reported but are not on the expected list (empty when there is no list). */
  unlisted: string[];
  asOf: string;
  asOfSource: 'latest' | 'officer';
  /** Per-request lines of the body, each with its unit (no personal data). */
  lines: Array<RequestLine & { unit: string }>;
  problems: Array<Recap['problems'][number] & { unit: string }>;
}

/** Beyond this many units a bar per unit is no longer readable: the tables say it all. */
export const MAX_UNITS_CHARTED = 30;

const ANSWERED: ReadonlySet<SlaStatus | null> = new Set<SlaStatus | null>(['Tepat Waktu', 'Terlambat']);

function addInto(target: Record<string, number>, source: Record<string, number>): void {
  for (const [k, n] of Object.entries(source)) target[k] = (target[k] ?? 0) + n;
}

/** Configured channels first (zero rows kept), then any other channel the lines hold, in order met. */
function channelList(units: UnitRecap[], configured: string[]): string[] {
  const list = configured.slice();
  const seen = new Set(list);
  for (const u of units) {
    for (const l of u.lines) {
      if (!seen.has(l.channel)) {
        seen.add(l.channel);
        list.push(l.channel);
      }
    }
  }
  return list;
}

export function consolidate(units: UnitRecap[], opts: ConsolidateOptions): Consolidation {
  checkUnitSet(units);
  const period: Period = units[0].period;
  const asOf = opts.asOf ?? Math.max(...units.map((u) => u.asOf));
  const asOfSource = opts.asOf === undefined ? 'latest' : 'officer';
  const nearDue = opts.nearDueDays ?? DEFAULT_NEAR_DUE_DAYS;
  const cal = opts.calendar;
  const channels = channelList(units, opts.channels?.length ? opts.channels : LISTS.channels);

  // Units in the settings' order, then the others by name: the tables read like the list.
  const expected = opts.expected ?? [];
  const rank = new Map(expected.map((e, i) => [unitKey(e), i]));
  const ordered = units
    .slice()
    .sort(
      (a, b) =>
        (rank.get(unitKey(a.unit)) ?? Infinity) - (rank.get(unitKey(b.unit)) ?? Infinity) ||
        a.unit.localeCompare(b.unit, 'id'),
    );

  const body = new RecapCounter(period, channels);
  const lines: Consolidation['lines'] = [];
  const figures: Array<Omit<UnitFigures, 'share'>> = [];
  for (const u of ordered) {
    const own = new RecapCounter(period, channels);
    for (const l of u.lines) {
      // What was known at the consolidation's date: an answer dated after it did not exist yet.
      const answered = l.answered !== null && l.answered <= asOf ? l.answered : null;
      const sla = slaFromDue(l.received, l.due, answered, l.status === 'Dibatalkan', asOf, cal, nearDue);
      const workingDays = ANSWERED.has(sla) ? (l.workingDays ?? cal.workingDaysBetween(l.received, answered!)) : null;
      const counted = {
        received: l.received,
        channel: l.channel,
        applicantType: l.applicantType,
        status: l.status,
        infoClass: l.infoClass ?? null,
        sla,
        workingDays,
      };
      body.add(counted);
      own.add(counted);
      lines.push({
        unit: u.unit,
        row: l.row,
        // A unit's file made before numbers were checked may carry a name there (identifier.ts).
        number: sharedNumber(l.number),
        received: ymd(l.received),
        channel: l.channel,
        applicantType: l.applicantType,
        status: l.status,
        due: ymd(l.due),
        answered: answered === null ? null : ymd(answered),
        workingDays,
        slaStatus: sla,
        objectionDue: l.objectionDue,
        // As the unit assessed it on its own date: objections are counted by their filing date and
        // their answers are not in the lines, so they are not reassessed (docs/consolidation.md).
        objectionStatus: l.objectionStatus,
        disputeDue: l.disputeDue,
        infoClass: l.infoClass ?? null,
        // The unit's own DIP/DIK entry: a number of that unit's list, kept beside its unit.
        ...(l.dipNumber ? { dipNumber: l.dipNumber } : {}),
      });
    }
    const totals = own.totals();
    const sla = own.sla();
    const time = own.serviceTime();
    figures.push({
      unit: u.unit,
      file: u.file,
      schemaVersion: u.schemaVersion,
      asOf: ymd(u.asOf),
      requests: totals.requests,
      granted: (totals.byStatus.Dipenuhi ?? 0) + (totals.byStatus['Dipenuhi Sebagian'] ?? 0),
      refused: totals.byStatus.Ditolak ?? 0,
      onTime: sla.onTime,
      late: sla.late,
      complianceRate: sla.complianceRate,
      averageWorkingDays: time.averageWorkingDays,
      medianWorkingDays: time.medianWorkingDays,
      open: sla.inProcess + sla.nearDue + sla.overdue,
      nearDue: sla.nearDue,
      overdue: sla.overdue,
      problems: u.sums.problems.length,
    });
  }
  const shares = percentages(figures.map((f) => f.requests));

  // Counts the lines do not carry: the units' own figures, added.
  const byInfoClass: Record<string, number> = Object.fromEntries(LISTS.infoClasses.map((k) => [k, 0]));
  const byDeliveryMethod: Record<string, number> = Object.fromEntries(LISTS.deliveryMethods.map((k) => [k, 0]));
  const topicCounts: Record<string, number> = {};
  const objections: Recap['objections'] = {
    count: 0,
    answered: 0,
    onTime: 0,
    late: 0,
    pending: 0,
    overdue: 0,
    averageWorkingDays: null,
    byGround: Object.fromEntries(LISTS.objectionGrounds.map((k) => [k, 0])),
    byOutcome: {},
  };
  let objectionDays = 0;
  const refusals: Recap['refusals'] = { total: 0, byReason: {}, notices: 0, noticesByReason: {} };
  const disputes: Recap['disputes'] = { filed: 0, decided: 0, byStage: {}, byOutcome: {} };
  // Issue 23's figures; a unit file made before them adds nothing (docs/recap-json.md).
  const execution: Recap['execution'] = { objections: {}, disputes: {} };
  const disputeClock: Record<string, number> = {};
  let courtSuits = 0;
  const fees = { total: 0, count: 0 };
  let rowsInPeriod = 0;
  const problems: Consolidation['problems'] = [];
  for (const u of ordered) {
    const s = u.sums;
    addInto(byInfoClass, s.byInfoClass);
    addInto(byDeliveryMethod, s.byDeliveryMethod);
    for (const x of s.topics) topicCounts[x.topic] = (topicCounts[x.topic] ?? 0) + x.count;
    objections.count += s.objections.count;
    objections.answered += s.objections.answered;
    objections.onTime += s.objections.onTime;
    objections.late += s.objections.late;
    objections.pending += s.objections.pending;
    objections.overdue += s.objections.overdue;
    addInto(objections.byGround, s.objections.byGround);
    addInto(objections.byOutcome, s.objections.byOutcome);
    // A mean, not a median: the units' means weighted by their answered objections are the body's
    // mean (up to the units' rounding to 2 decimals). The answers themselves are not in the files.
    if (s.objections.averageWorkingDays !== null)
      objectionDays += s.objections.averageWorkingDays * s.objections.answered;
    refusals.total += s.refusals.total;
    refusals.notices += s.refusals.notices;
    addInto(refusals.byReason, s.refusals.byReason);
    addInto(refusals.noticesByReason, s.refusals.noticesByReason);
    disputes.filed += s.disputes.filed;
    disputes.decided += s.disputes.decided;
    addInto(disputes.byStage, s.disputes.byStage);
    addInto(disputes.byOutcome, s.disputes.byOutcome);
    addInto(execution.objections, s.execution.objections);
    addInto(execution.disputes, s.execution.disputes);
    addInto(disputeClock, s.disputeClock);
    courtSuits += s.courtSuits;
    fees.total += s.fees.total;
    fees.count += s.fees.count;
    rowsInPeriod += s.rowsInPeriod;
    for (const p of s.problems) problems.push({ unit: u.unit, ...p, number: sharedNumber(p.number) });
  }
  objections.averageWorkingDays = objections.answered
    ? Math.round((objectionDays / objections.answered) * 100) / 100
    : null;
  const topicList = opts.topics?.length ? opts.topics : LISTS.defaultTopics;
  const topicRank = new Map(topicList.map((tp, i) => [tp, i]));
  const topics = Object.entries(topicCounts)
    .filter(([, n]) => n > 0)
    .map(([topic, count]) => ({ topic, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (topicRank.get(a.topic) ?? Infinity) - (topicRank.get(b.topic) ?? Infinity) ||
        (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0),
    );

  const recap: Recap = {
    schemaVersion: RECAP_SCHEMA_VERSION,
    unit: opts.body,
    period: {
      kind: period.kind,
      year: period.year,
      quarter: period.quarter,
      start: ymd(period.start),
      end: ymd(period.end),
    },
    asOf: ymd(asOf),
    totals: { ...body.totals(), byInfoClass, byDeliveryMethod },
    channels: body.channels(),
    serviceTime: body.serviceTime(),
    sla: body.sla(),
    topics,
    refusals,
    objections,
    disputes,
    execution,
    courtSuits,
    disputeClock,
    fees,
    requests: lines,
    // The units' problems are listed per unit (their row numbers are their own registers'):
    // the body's recap counts them in `units`, not as rows of one register.
    problems: [],
    rowsInPeriod,
  };
  const quarters = body.quarters();
  if (quarters) recap.quarters = quarters;

  const reported = new Set(units.map((u) => unitKey(u.unit)));
  const expectedKeys = new Set(expected.map(unitKey));
  const missing: string[] = [];
  const missingKeys = new Set<string>();
  for (const e of expected) {
    const k = unitKey(e);
    if (!reported.has(k) && !missingKeys.has(k)) {
      missingKeys.add(k);
      missing.push(e.trim());
    }
  }
  const unlisted = expected.length ? ordered.filter((u) => !expectedKeys.has(unitKey(u.unit))).map((u) => u.unit) : [];
  return {
    recap,
    units: figures.map((f, i) => ({ ...f, share: shares[i] })),
    missing,
    unlisted,
    asOf: ymd(asOf),
    asOfSource,
    lines,
    problems,
  };
}
