// One Recap object per period and as-of date: every figure the recap sheet, the report document,
// recap.json and the offline runner show. They render it; none of them recounts anything.
//
// Percentages: each table's rows are whole percents that add up to exactly 100, by the largest
// remainder method (floor every share, then give the missing points to the largest fractional
// parts; ties go to the larger count, then to the earlier row). An empty table is all zeros.
import type {
  ChannelRecap, CountRow, Day, Lang, ParsedRegister, Period, Recap, RequestLine, RequestRecord, SlaStatus,
} from './types';
import { dayFromYmd, ymd, ymdParts } from './dates';
import { WorkCalendar, dueDate, objectionDue, DEFAULT_NEAR_DUE_DAYS } from './calendar';
import { LISTS, STATUS_GROUP, STATUS_GROUPS, STATUSES } from './schema';
import { UNPLACED_CODES } from './parse';
import { t } from './i18n';

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

/** Whole percents of `counts` adding up to exactly 100 (largest remainder); all 0 when the sum is 0. */
export function percentages(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const out = counts.map((c) => Math.floor((c * 100) / total));
  let missing = 100 - out.reduce((a, b) => a + b, 0);
  const order = counts.map((c, i) => i).sort((a, b) => {
    const ra = (counts[a] * 100) % total;
    const rb = (counts[b] * 100) % total;
    return rb - ra || counts[b] - counts[a] || a - b;
  });
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) out[order[k]]++;
  return out;
}

export function countRows(labels: string[], counts: Record<string, number>): CountRow[] {
  const values = labels.map((l) => counts[l] ?? 0);
  const pct = percentages(values);
  return labels.map((label, i) => ({ label, count: values[i], percent: pct[i] }));
}

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

/** A request with what the period's figures need, computed once. */
interface Scored {
  req: RequestRecord;
  due: Day;
  /** The answer date when known on asOf. */
  answered: Day | null;
  /** Working days taken, for answers known on asOf whose dates make sense. */
  workingDays: number | null;
  sla: SlaStatus | null;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function zeros(keys: string[]): Record<string, number> {
  const o: Record<string, number> = {};
  for (const k of keys) o[k] = 0;
  return o;
}

function bump(o: Record<string, number>, key: string): void {
  o[key] = (o[key] ?? 0) + 1;
}

function score(req: RequestRecord, asOf: Day, cal: WorkCalendar, nearDueDays: number): Scored {
  const due = dueDate(req.received, req.extended, cal);
  const answered = req.answered !== null && req.answered <= asOf ? req.answered : null;
  const cancelled = req.status === 'Dibatalkan';
  let sla: SlaStatus | null = null;
  let workingDays: number | null = null;
  if (answered !== null && answered >= req.received) workingDays = cal.workingDaysBetween(req.received, answered);
  if (!cancelled) {
    if (answered !== null) sla = answered <= due ? 'Tepat Waktu' : 'Terlambat';
    else if (asOf > due) sla = 'Lewat Batas';
    else sla = cal.countWorkingDays(asOf + 1, due) <= nearDueDays ? 'Mendekati Batas' : 'Dalam Proses';
  }
  return { req, due, answered, workingDays: cancelled ? null : workingDays, sla };
}

function statusGroupsOf(counts: Record<string, number>): string[] {
  return STATUS_GROUPS.filter((g) => g !== 'Dibatalkan' || (counts[g] ?? 0) > 0);
}

function serviceTime(items: Scored[]): Recap['serviceTime'] {
  const days: number[] = [];
  for (const s of items) if (s.workingDays !== null) days.push(s.workingDays);
  if (days.length === 0) {
    return { answered: 0, averageWorkingDays: null, medianWorkingDays: null, minWorkingDays: null, maxWorkingDays: null };
  }
  const sorted = Float64Array.from(days).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return {
    answered: n,
    averageWorkingDays: round2(sum / n),
    medianWorkingDays: round2(median),
    minWorkingDays: sorted[0],
    maxWorkingDays: sorted[n - 1],
  };
}

function slaCounts(items: Scored[]): Recap['sla'] {
  const c = { onTime: 0, late: 0, inProcess: 0, nearDue: 0, overdue: 0 };
  for (const s of items) {
    switch (s.sla) {
      case 'Tepat Waktu': c.onTime++; break;
      case 'Terlambat': c.late++; break;
      case 'Dalam Proses': c.inProcess++; break;
      case 'Mendekati Batas': c.nearDue++; break;
      case 'Lewat Batas': c.overdue++; break;
      default: break;
    }
  }
  const answered = c.onTime + c.late;
  return { ...c, complianceRate: answered === 0 ? null : round2(c.onTime / answered) };
}

/** Configured values first (zero rows kept), then any other value the data holds, in order met. */
function withExtras(configured: string[], seen: Iterable<string>): string[] {
  const out = configured.slice();
  const set = new Set(out);
  for (const v of seen) if (!set.has(v)) { set.add(v); out.push(v); }
  return out;
}

export function computeRecap(parsed: ParsedRegister, opts: RecapOptions): Recap {
  const { period, asOf, calendar } = opts;
  const nearDueDays = opts.nearDueDays ?? DEFAULT_NEAR_DUE_DAYS;
  const configuredChannels = opts.channels && opts.channels.length ? opts.channels : LISTS.channels;
  const topicList = opts.topics && opts.topics.length ? opts.topics : LISTS.defaultTopics;

  const items: Scored[] = [];
  for (const req of parsed.requests) {
    if (req.received >= period.start && req.received <= period.end) items.push(score(req, asOf, calendar, nearDueDays));
  }
  items.sort((a, b) => a.req.row - b.req.row);

  const channelsSeen = new Set<string>();
  for (const s of items) channelsSeen.add(s.req.channel);
  const channelList = withExtras(configuredChannels, channelsSeen);

  const byChannel = zeros(channelList);
  const byApplicantType = zeros(LISTS.applicantTypes);
  const byStatus = zeros(STATUSES);
  const byStatusGroup: Record<string, number> = zeros(['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses']);
  const byInfoClass = zeros(LISTS.infoClasses);
  const byDeliveryMethod = zeros(LISTS.deliveryMethods);
  const perChannel = new Map<string, { total: number; types: Record<string, number>; groups: Record<string, number> }>();
  for (const ch of channelList) {
    perChannel.set(ch, { total: 0, types: zeros(LISTS.applicantTypes), groups: zeros(['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses']) });
  }
  const topicCounts = new Map<string, number>();
  const objections = { count: 0, answered: 0, onTime: 0, late: 0, pending: 0, byGround: zeros(LISTS.objectionGrounds) };
  let disputes = 0;
  const fees = { total: 0, count: 0 };

  for (const s of items) {
    const r = s.req;
    const ch = perChannel.get(r.channel)!;
    byChannel[r.channel]++;
    ch.total++;
    if (r.applicantType !== null) {
      bump(byApplicantType, r.applicantType);
      bump(ch.types, r.applicantType);
    }
    if (r.status !== null) {
      bump(byStatus, r.status);
      const g = STATUS_GROUP[r.status];
      bump(byStatusGroup, g);
      bump(ch.groups, g);
    }
    if (r.infoClass !== null) bump(byInfoClass, r.infoClass);
    if (r.deliveryMethod !== null) bump(byDeliveryMethod, r.deliveryMethod);
    if (r.topic !== null) topicCounts.set(r.topic, (topicCounts.get(r.topic) ?? 0) + 1);
    if (r.objectionDate !== null) {
      objections.count++;
      if (r.objectionGround !== null) bump(objections.byGround, r.objectionGround);
      if (r.objectionAnswered !== null && r.objectionAnswered <= asOf) {
        objections.answered++;
        if (r.objectionAnswered <= objectionDue(r.objectionDate, calendar)) objections.onTime++; else objections.late++;
      } else {
        objections.pending++;
      }
    }
    if (r.dispute) disputes++;
    if (r.fee !== null && r.fee > 0) {
      fees.total += r.fee;
      fees.count++;
    }
  }

  const channels: ChannelRecap[] = channelList.map((channel) => {
    const c = perChannel.get(channel)!;
    return {
      channel,
      total: c.total,
      byApplicantType: c.types,
      byStatusGroup: c.groups,
      applicantRows: countRows(LISTS.applicantTypes, c.types),
      statusRows: countRows(statusGroupsOf(c.groups), c.groups),
    };
  });

  const topicRank = new Map(topicList.map((tp, i) => [tp, i]));
  const topics = [...topicCounts.entries()]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count
      || (topicRank.get(a.topic) ?? Infinity) - (topicRank.get(b.topic) ?? Infinity)
      || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));

  const requests: RequestLine[] = items.map((s) => ({
    row: s.req.row,
    number: s.req.number,
    received: ymd(s.req.received),
    channel: s.req.channel,
    applicantType: s.req.applicantType,
    status: s.req.status,
    due: ymd(s.due),
    answered: s.answered === null ? null : ymd(s.answered),
    workingDays: s.workingDays,
    slaStatus: s.sla,
    objectionDue: s.req.objectionDate === null ? null : ymd(objectionDue(s.req.objectionDate, calendar)),
  }));

  // Problems of the period: its own rows, rows that could not be placed anywhere, and problems
  // of the header row (a missing column touches every period).
  const inPeriod = new Set<number>();
  for (const s of items) inPeriod.add(s.req.row);
  const unplacedRows = new Set<number>();
  const problems: Recap['problems'] = [];
  for (const p of parsed.problems) {
    const unplaced = UNPLACED_CODES.has(p.code);
    if (unplaced) unplacedRows.add(p.row);
    if (unplaced || inPeriod.has(p.row) || p.code === 'column.missing') {
      problems.push({ row: p.row, number: p.number, column: p.column, message: p.message, code: p.code });
    }
  }

  const recap: Recap = {
    unit: opts.unit ?? '',
    period: { kind: period.kind, year: period.year, quarter: period.quarter, start: ymd(period.start), end: ymd(period.end) },
    asOf: ymd(asOf),
    totals: { requests: items.length, byChannel, byApplicantType, byStatus, byStatusGroup: pickGroups(byStatusGroup), byInfoClass, byDeliveryMethod },
    channels,
    serviceTime: serviceTime(items),
    sla: slaCounts(items),
    topics,
    objections,
    disputes,
    fees,
    requests,
    problems,
    rowsInPeriod: items.length + unplacedRows.size,
  };

  if (period.kind === 'year') {
    recap.quarters = [1, 2, 3, 4].map((q) => {
      const qp = quarterPeriod(period.year, q);
      const sub = items.filter((s) => s.req.received >= qp.start && s.req.received <= qp.end);
      const qChannels = zeros(channelList);
      const qGroups: Record<string, number> = zeros(['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses']);
      for (const s of sub) {
        qChannels[s.req.channel]++;
        if (s.req.status !== null) bump(qGroups, STATUS_GROUP[s.req.status]);
      }
      const sla = slaCounts(sub);
      return {
        quarter: q,
        requests: sub.length,
        byChannel: qChannels,
        byStatusGroup: pickGroups(qGroups),
        onTime: sla.onTime,
        late: sla.late,
        complianceRate: sla.complianceRate,
        averageWorkingDays: serviceTime(sub).averageWorkingDays,
      };
    });
  }
  return recap;
}

/** The seed's three groups always, Dibatalkan only when some request was cancelled. */
function pickGroups(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of statusGroupsOf(counts)) out[g] = counts[g] ?? 0;
  return out;
}
