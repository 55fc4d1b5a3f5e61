// One Recap object per period and as-of date: every figure the recap sheet, the report document,
// recap.json and the offline runner show. They render it; none of them recounts anything.
//
// Percentages: each table's rows are whole percents that add up to exactly 100, by the largest
// remainder method (floor every share, then give the missing points to the largest fractional
// parts; ties go to the larger count, then to the earlier row). An empty table is all zeros.
import type {
  ChannelRecap,
  Day,
  Lang,
  ParsedRegister,
  Period,
  Recap,
  RequestLine,
  RequestRecord,
  SlaStatus,
} from '../types';
import { dayFromYmd, ymd, ymdParts } from '../calendar';
import {
  type WorkCalendar,
  dueDate,
  objectionDue,
  objectionStatus,
  disputeWindow,
  slaFromDue,
  DEFAULT_NEAR_DUE_DAYS,
} from '../calendar';
import { SERVICE_BUCKETS, BUCKET_CLASSES, serviceBucket, bucketRecord, refusalsOf, chainOf } from './recap-chain';
import { LISTS, STATUS_GROUP, STATUS_GROUPS, STATUSES, sharedNumber } from '../register';
import { countRows } from './count-rows';
import { FUTURE_SLACK_DAYS, futureDateProblems, UNPLACED_CODES } from '../register';
import { t } from '../i18n';

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

const ROMAN: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, I: 1, II: 2, III: 3, IV: 4 };

export function quarterPeriod(year: number, quarter: number): Period {
  const start = dayFromYmd(year, 3 * quarter - 2, 1);
  const end = quarter === 4 ? dayFromYmd(year + 1, 1, 1) - 1 : dayFromYmd(year, 3 * quarter + 1, 1) - 1;
  return { kind: 'quarter', year, quarter, start, end };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year, quarter: null, start: dayFromYmd(year, 1, 1), end: dayFromYmd(year + 1, 1, 1) - 1 };
}

/** '2025-Q2', '2025-TW2', '2025 TW II', 'Q2-2025', or '2025' for the whole year. Throws PeriodError otherwise. */
export function parsePeriod(s: string, lang: Lang = 'id'): Period {
  const text = typeof s === 'string' ? s.trim().toUpperCase() : '';
  let m = /^(\d{4})$/.exec(text);
  if (m) return checkedYear(+m[1], s, lang, null);
  m = /^(\d{4})\s*[-_/ ]?\s*(?:Q|TW)\s*-?\s*([1-4]|I{1,3}|IV)$/.exec(text);
  if (m) return checkedYear(+m[1], s, lang, ROMAN[m[2]]);
  m = /^(?:Q|TW)\s*-?\s*([1-4]|I{1,3}|IV)\s*[-_/ ]?\s*(\d{4})$/.exec(text);
  if (m) return checkedYear(+m[2], s, lang, ROMAN[m[1]]);
  throw new PeriodError(t(lang, 'error.bad_period', { value: String(s) }));
}

function checkedYear(year: number, s: string, lang: Lang, quarter: number | null): Period {
  if (year < 1900 || year > 9998) throw new PeriodError(t(lang, 'error.bad_period', { value: String(s) }));
  return quarter === null ? yearPeriod(year) : quarterPeriod(year, quarter);
}

/** The quarter containing a day. */
export function quarterOf(day: Day): Period {
  const [y, m] = ymdParts(day);
  return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
}

/** The last quarter that ended before asOf: on 10 July 2025 that is 2025 Q2; on 5 January, Q4 of last year. */
export function lastFinishedQuarter(asOf: Day): Period {
  return quarterOf(quarterOf(asOf).start - 1);
}

export { percentages, countRows } from './count-rows';

export interface RecapOptions {
  period: Period;
  asOf: Day;
  calendar: WorkCalendar;
  channels?: string[];
  topics?: string[];
  nearDueDays?: number;
  unit?: string;
  lang: Lang;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const SLA_ORDER: SlaStatus[] = ['Tepat Waktu', 'Terlambat', 'Dalam Proses', 'Mendekati Batas', 'Lewat Batas'];
const GROUP_INDEX = new Map(STATUS_GROUPS.map((g, i) => [g as string, i]));
const STATUS_INDEX = new Map(STATUSES.map((st, i) => [st as string, i]));
const STATUS_GROUP_INDEX = STATUSES.map((st) => GROUP_INDEX.get(STATUS_GROUP[st])!);
const TYPE_INDEX = new Map(LISTS.applicantTypes.map((v, i) => [v, i]));
const INFO_CLASS_INDEX = new Map(LISTS.infoClasses.map((v, i) => [v, i]));
const DELIVERY_INDEX = new Map(LISTS.deliveryMethods.map((v, i) => [v, i]));
const DIBATALKAN = GROUP_INDEX.get('Dibatalkan')!;

/** Counters for one set of requests (the period, or one quarter of a year), indexed, not keyed. */
class Tally {
  requests = 0;
  readonly byChannel: Int32Array;
  readonly byType = new Int32Array(LISTS.applicantTypes.length);
  readonly byStatus = new Int32Array(STATUSES.length);
  readonly byGroup = new Int32Array(STATUS_GROUPS.length);
  readonly byInfoClass = new Int32Array(LISTS.infoClasses.length);
  readonly byDelivery = new Int32Array(LISTS.deliveryMethods.length);
  /** [channel * types + type] and [channel * groups + group]. */
  readonly channelType: Int32Array;
  readonly channelGroup: Int32Array;
  readonly sla = new Int32Array(SLA_ORDER.length);
  readonly workingDays: number[] = [];
  /** [class * bands + band]: the working-day bands by information class (last row: no class). */
  readonly bands = new Int32Array(BUCKET_CLASSES.length * SERVICE_BUCKETS.length);

  constructor(channels: number) {
    this.byChannel = new Int32Array(channels);
    this.channelType = new Int32Array(channels * LISTS.applicantTypes.length);
    this.channelGroup = new Int32Array(channels * STATUS_GROUPS.length);
  }

  add(
    ch: number,
    type: number,
    status: number,
    info: number,
    delivery: number,
    sla: number,
    workingDays: number | null,
  ): void {
    this.requests++;
    this.byChannel[ch]++;
    if (type >= 0) {
      this.byType[type]++;
      this.channelType[ch * LISTS.applicantTypes.length + type]++;
    }
    if (status >= 0) {
      const g = STATUS_GROUP_INDEX[status];
      this.byStatus[status]++;
      this.byGroup[g]++;
      this.channelGroup[ch * STATUS_GROUPS.length + g]++;
    }
    if (info >= 0) this.byInfoClass[info]++;
    if (delivery >= 0) this.byDelivery[delivery]++;
    if (sla >= 0) this.sla[sla]++;
    if (workingDays !== null) {
      this.workingDays.push(workingDays);
      const row = info >= 0 ? info : BUCKET_CLASSES.length - 1;
      this.bands[row * SERVICE_BUCKETS.length + serviceBucket(workingDays)]++;
    }
  }

  /** The seed's three groups always, Dibatalkan only when some request was cancelled. */
  groups(counts: ArrayLike<number> = this.byGroup, offset = 0): Record<string, number> {
    const out: Record<string, number> = {};
    STATUS_GROUPS.forEach((g, i) => {
      if (i !== DIBATALKAN || counts[offset + i] > 0) out[g] = counts[offset + i];
    });
    return out;
  }

  slaCounts(): Recap['sla'] {
    const [onTime, late, inProcess, nearDue, overdue] = this.sla;
    const answered = onTime + late;
    return {
      onTime,
      late,
      inProcess,
      nearDue,
      overdue,
      complianceRate: answered === 0 ? null : round2(onTime / answered),
    };
  }

  serviceTime(): Recap['serviceTime'] {
    const n = this.workingDays.length;
    const bands = SERVICE_BUCKETS.map((_, b) =>
      BUCKET_CLASSES.reduce((s, _c, c) => s + this.bands[c * SERVICE_BUCKETS.length + b], 0),
    );
    const buckets = bucketRecord(bands);
    const bucketsByInfoClass: Recap['serviceTime']['bucketsByInfoClass'] = {};
    BUCKET_CLASSES.forEach((c, i) => {
      bucketsByInfoClass[c] = bucketRecord(this.bands, i * SERVICE_BUCKETS.length);
    });
    if (n === 0)
      return {
        answered: 0,
        averageWorkingDays: null,
        medianWorkingDays: null,
        minWorkingDays: null,
        maxWorkingDays: null,
        buckets,
        bucketsByInfoClass,
      };
    const sorted = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sorted[i] = this.workingDays[i];
      sum += sorted[i];
    }
    sorted.sort();
    const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return {
      answered: n,
      averageWorkingDays: round2(sum / n),
      medianWorkingDays: round2(median),
      minWorkingDays: sorted[0],
      maxWorkingDays: sorted[n - 1],
      buckets,
      bucketsByInfoClass,
    };
  }
}

function record(labels: string[], counts: ArrayLike<number>, offset = 0): Record<string, number> {
  const o: Record<string, number> = {};
  labels.forEach((l, i) => {
    o[l] = counts[offset + i];
  });
  return o;
}

/** What the counter needs of one request: the values it is counted under, its SLA status and service time. */
export interface CountedRequest {
  received: Day;
  channel: string;
  applicantType: string | null;
  status: string | null;
  infoClass?: string | null;
  deliveryMethod?: string | null;
  sla: SlaStatus | null;
  workingDays: number | null;
}

/**
 * Counts requests the one way every recap counts them: a unit's recap from its register and the
 * central PPID's consolidation from the units' per-request lines both go through here, so their
 * totals, percentages, medians, service-time bands and quarter columns cannot drift apart.
 */
export class RecapCounter {
  readonly channelList: string[];
  private readonly channelIndex: Map<string, number>;
  private readonly total: Tally;
  private readonly quarterTallies: Tally[] | null;
  private readonly quarterStarts: Day[];

  /** `channels`: every channel a row may carry, configured ones first (their zero rows are kept). */
  constructor(period: Period, channels: string[]) {
    this.channelList = channels.slice();
    this.channelIndex = new Map(this.channelList.map((c, i) => [c, i]));
    this.total = new Tally(this.channelList.length);
    this.quarterTallies = period.kind === 'year' ? [1, 2, 3, 4].map(() => new Tally(this.channelList.length)) : null;
    this.quarterStarts = period.kind === 'year' ? [2, 3, 4].map((q) => quarterPeriod(period.year, q).start) : [];
  }

  get requests(): number {
    return this.total.requests;
  }

  add(r: CountedRequest): void {
    const ch = this.channelIndex.get(r.channel);
    if (ch === undefined) throw new Error(`RecapCounter: channel "${r.channel}" was not declared`);
    const type = r.applicantType === null ? -1 : (TYPE_INDEX.get(r.applicantType) ?? -1);
    const status = r.status === null ? -1 : (STATUS_INDEX.get(r.status) ?? -1);
    const info = r.infoClass == null ? -1 : (INFO_CLASS_INDEX.get(r.infoClass) ?? -1);
    const delivery = r.deliveryMethod == null ? -1 : (DELIVERY_INDEX.get(r.deliveryMethod) ?? -1);
    const slaIndex = r.sla === null ? -1 : SLA_ORDER.indexOf(r.sla);
    this.total.add(ch, type, status, info, delivery, slaIndex, r.workingDays);
    if (this.quarterTallies) {
      let q = 0;
      while (q < 3 && r.received >= this.quarterStarts[q]) q++;
      this.quarterTallies[q].add(ch, type, status, info, delivery, slaIndex, r.workingDays);
    }
  }

  totals(): Recap['totals'] {
    const t = this.total;
    return {
      requests: t.requests,
      byChannel: record(this.channelList, t.byChannel),
      byApplicantType: record(LISTS.applicantTypes, t.byType),
      byStatus: record(STATUSES, t.byStatus),
      byStatusGroup: t.groups(),
      byInfoClass: record(LISTS.infoClasses, t.byInfoClass),
      byDeliveryMethod: record(LISTS.deliveryMethods, t.byDelivery),
    };
  }

  channels(): ChannelRecap[] {
    const t = this.total;
    const types = LISTS.applicantTypes;
    return this.channelList.map((channel, c) => {
      const byApplicantType = record(types, t.channelType, c * types.length);
      const byStatusGroup = t.groups(t.channelGroup, c * STATUS_GROUPS.length);
      return {
        channel,
        total: t.byChannel[c],
        byApplicantType,
        byStatusGroup,
        applicantRows: countRows(types, byApplicantType, t.byChannel[c]),
        statusRows: countRows(Object.keys(byStatusGroup), byStatusGroup, t.byChannel[c]),
      };
    });
  }

  serviceTime(): Recap['serviceTime'] {
    return this.total.serviceTime();
  }

  sla(): Recap['sla'] {
    return this.total.slaCounts();
  }

  /** Annual recaps: the four quarters side by side; undefined for a quarter. */
  quarters(): Recap['quarters'] {
    if (!this.quarterTallies) return undefined;
    return this.quarterTallies.map((q, i) => {
      const sla = q.slaCounts();
      return {
        quarter: i + 1,
        requests: q.requests,
        byChannel: record(this.channelList, q.byChannel),
        byStatusGroup: q.groups(),
        onTime: sla.onTime,
        late: sla.late,
        complianceRate: sla.complianceRate,
        averageWorkingDays: q.serviceTime().averageWorkingDays,
      };
    });
  }
}

export function computeRecap(parsed: ParsedRegister, opts: RecapOptions): Recap {
  const { period, asOf, calendar } = opts;
  const nearDueDays = opts.nearDueDays ?? DEFAULT_NEAR_DUE_DAYS;
  const configuredChannels = opts.channels?.length ? opts.channels : LISTS.channels;
  const topicList = opts.topics?.length ? opts.topics : LISTS.defaultTopics;

  const selected: RequestRecord[] = [];
  let ordered = true;
  // A date received more than a year after the as-of date is a slip (futureDateProblems): listed, never counted.
  const latest = asOf + FUTURE_SLACK_DAYS;
  for (const req of parsed.requests) {
    if (req.received >= period.start && req.received <= period.end && req.received <= latest) {
      if (selected.length && selected[selected.length - 1].row > req.row) ordered = false;
      selected.push(req);
    }
  }
  if (!ordered) selected.sort((a, b) => a.row - b.row);

  // Configured channels first (zero rows kept), then any other channel the rows hold.
  const channelList = configuredChannels.slice();
  const channelIndex = new Map(channelList.map((c, i) => [c, i]));
  for (const req of selected) {
    if (!channelIndex.has(req.channel)) {
      channelIndex.set(req.channel, channelList.length);
      channelList.push(req.channel);
    }
  }

  // Registers repeat dates: due dates and date strings are computed once per distinct value.
  const dueCache = new Map<number, Day>();
  const dueOf = (received: Day, extended: boolean): Day => {
    const key = extended ? -received - 1e7 : received;
    let due = dueCache.get(key);
    if (due === undefined) {
      due = dueDate(received, extended, calendar);
      dueCache.set(key, due);
    }
    return due;
  };
  const objectionDueCache = new Map<number, Day>();
  const objectionDueOf = (filed: Day): Day => {
    let due = objectionDueCache.get(filed);
    if (due === undefined) {
      due = objectionDue(filed, calendar);
      objectionDueCache.set(filed, due);
    }
    return due;
  };
  const ymdCache = new Map<number, string>();
  const day = (d: Day): string => {
    let s = ymdCache.get(d);
    if (s === undefined) {
      s = ymd(d);
      ymdCache.set(d, s);
    }
    return s;
  };

  const counter = new RecapCounter(period, channelList);
  const topicCounts = new Map<string, number>();
  const fees = { total: 0, count: 0 };
  const requests: RequestLine[] = new Array(selected.length);
  // Rows of the period as flags by row number: far cheaper than a Set for a large register.
  const inPeriod = new Uint8Array(selected.length ? selected[selected.length - 1].row + 1 : 0);

  for (let i = 0; i < selected.length; i++) {
    const r = selected[i];
    inPeriod[r.row] = 1;
    const due = dueOf(r.received, r.extended);
    // An answer dated after asOf was not known on that date.
    const answered = r.answered !== null && r.answered <= asOf ? r.answered : null;
    // An answer dated before receipt is a typing slip (listed as a problem): it has no service
    // time, and it is left out of every SLA bucket too, not counted on time. That keeps
    // onTime + late equal to serviceTime.answered, so the compliance rate and the average speak
    // of the same requests.
    const sla = slaFromDue(r.received, due, answered, r.status === 'Dibatalkan', asOf, calendar, nearDueDays);
    const workingDays =
      sla === 'Tepat Waktu' || sla === 'Terlambat' ? calendar.workingDaysBetween(r.received, answered!) : null;
    counter.add({
      received: r.received,
      channel: r.channel,
      applicantType: r.applicantType,
      status: r.status,
      infoClass: r.infoClass,
      deliveryMethod: r.deliveryMethod,
      sla,
      workingDays,
    });

    if (r.topic !== null) topicCounts.set(r.topic, (topicCounts.get(r.topic) ?? 0) + 1);
    const objectionDueDay = r.objectionDate === null ? null : objectionDueOf(r.objectionDate);
    let objectionState: SlaStatus | null = null;
    let disputeDue: Day | null = null;
    if (r.objectionDate !== null) {
      const known = r.objectionAnswered !== null && r.objectionAnswered <= asOf ? r.objectionAnswered : null;
      objectionState = objectionStatus(r.objectionDate, r.objectionAnswered, asOf, calendar, nearDueDays);
      disputeDue = disputeWindow(r.objectionDate, known, calendar);
    }
    if (r.fee !== null && r.fee > 0) {
      fees.total += r.fee;
      fees.count++;
    }
    requests[i] = {
      row: r.row,
      number: r.number,
      received: day(r.received),
      channel: r.channel,
      applicantType: r.applicantType,
      status: r.status,
      due: day(due),
      answered: answered === null ? null : day(answered),
      workingDays,
      slaStatus: sla,
      objectionDue: objectionDueDay === null ? null : day(objectionDueDay),
      objectionStatus: objectionState,
      disputeDue: disputeDue === null ? null : day(disputeDue),
      infoClass: r.infoClass,
    };
    // The linked DIP/DIK entry (issue #27): an identifier, carried only when it looks like one.
    const dipNumber = sharedNumber(r.dipNumber);
    if (dipNumber !== null) requests[i].dipNumber = dipNumber;
  }
  // Objections belong to the period in which they were filed (Tanggal Keberatan), not to the
  // request's: an objection filed in Q2 against a Q1 request is Q2's work and Q2's report; a
  // dispute to the period of its filing (recap-chain.ts).
  const { objections, disputes, execution, courtSuits, disputeClock } = chainOf(
    parsed.requests,
    period,
    asOf,
    calendar,
    nearDueDays,
  );

  const topicRank = new Map(topicList.map((tp, i) => [tp, i]));
  const topics = [...topicCounts.entries()]
    .map(([topic, count]) => ({ topic, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (topicRank.get(a.topic) ?? Infinity) - (topicRank.get(b.topic) ?? Infinity) ||
        (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0),
    );

  // Problems of the period: its own rows, rows that could not be placed anywhere (all of their
  // problems, or an unplaced row's other slips would show in no report at all), and problems of
  // the header row (a missing column touches every period).
  // Dates more than a year after the as-of date are known only here, where the as-of date is.
  const future = futureDateProblems(parsed, asOf, opts.lang);
  const all = future.length ? [...parsed.problems, ...future].sort((a, b) => a.row - b.row) : parsed.problems;
  const unplacedRows = new Set<number>();
  for (const p of all) if (UNPLACED_CODES.has(p.code)) unplacedRows.add(p.row);
  const problems: Recap['problems'] = [];
  for (const p of all) {
    if (
      unplacedRows.has(p.row) ||
      inPeriod[p.row] === 1 ||
      p.code.startsWith('column.') ||
      p.code.startsWith('mapping.')
    ) {
      problems.push({ row: p.row, number: p.number, column: p.column, message: p.message, code: p.code });
    }
  }

  const recap: Recap = {
    schemaVersion: 2,
    unit: opts.unit ?? '',
    period: {
      kind: period.kind,
      year: period.year,
      quarter: period.quarter,
      start: ymd(period.start),
      end: ymd(period.end),
    },
    asOf: ymd(asOf),
    totals: counter.totals(),
    channels: counter.channels(),
    serviceTime: counter.serviceTime(),
    sla: counter.sla(),
    topics,
    refusals: refusalsOf(selected),
    objections,
    disputes,
    execution,
    courtSuits,
    disputeClock,
    fees,
    requests,
    problems,
    rowsInPeriod: counter.requests + unplacedRows.size,
  };

  const quarters = counter.quarters();
  if (quarters) recap.quarters = quarters;
  return recap;
}
