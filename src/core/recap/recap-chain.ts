// The recap's figures for the annual report's service and dispute parts (UU 14/2008 Pasal 12 huruf
// b–d; Perki 1/2021 Pasal 56, parts 3 and 4): refusals by ground, service time by working-day band, the Atasan PPID's decisions
// and their timeliness, disputes by stage and outcome. Split from recap.ts, which owns the period,
// the tallies of requests and the assembling of one Recap.
//
// Counting by date: refusals and service time belong to the request's period (date received);
// objections to the period of Tanggal Keberatan; disputes to the period of their filing date
// (Tanggal Pengajuan Sengketa), else of the objection, else of the request, the row then carrying a
// problem that asks for the date.
import type { CountRow, Day, Period, Recap, RequestRecord, ServiceBucket } from '../types';
import {
  type WorkCalendar,
  COURT_STAGE,
  DEFAULT_NEAR_DUE_DAYS,
  DISPUTE_CLOCK_STATUSES,
  disputeClock,
  objectionDue,
} from '../calendar';
import { LISTS, UNKNOWN } from '../register';
import {
  DISPUTE_OUTCOMES,
  DISPUTE_STAGES,
  NOTICE_KEYS,
  OBJECTION_OUTCOMES,
  REFUSAL_REASON_KEYS,
  UNDECIDED,
  NOT_HELD,
  NOT_DOCUMENTED,
  OTHER_LAW,
  DISPUTE_EXECUTABLE,
  EXECUTED_STATES,
  EXECUTION_STATES,
  NOT_RECORDED,
  OBJECTION_EXECUTABLE,
} from '../law';
import { countRows } from './count-rows';

export const SERVICE_BUCKETS: ServiceBucket[] = ['0-3', '4-7', '8-10', '11-17', '>17'];

/** The band of a number of working days: 10 and 17 are the law's two deadlines (Pasal 22). */
export function serviceBucket(workingDays: number): number {
  return workingDays <= 3 ? 0 : workingDays <= 7 ? 1 : workingDays <= 10 ? 2 : workingDays <= 17 ? 3 : 4;
}

/** Rows of bucketsByInfoClass: the classes, then requests without a class. */
export const BUCKET_CLASSES: string[] = [...LISTS.infoClasses, UNKNOWN];

export function bucketRecord(counts: ArrayLike<number>, offset = 0): Record<ServiceBucket, number> {
  const o = {} as Record<ServiceBucket, number>;
  SERVICE_BUCKETS.forEach((b, i) => {
    o[b] = counts[offset + i];
  });
  return o;
}

const zeros = (keys: string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every key of `refusals.byReason`, in table order; Tidak Diketahui for a refusal with no reason. */
export const REFUSAL_TABLE_KEYS: string[] = [...REFUSAL_REASON_KEYS, UNKNOWN];

/** Refusals and notices among the period's requests. */
export function refusalsOf(selected: RequestRecord[]): Recap['refusals'] {
  const byReason = zeros(REFUSAL_TABLE_KEYS);
  const noticesByReason = zeros([NOT_HELD, NOT_DOCUMENTED]);
  let total = 0;
  let notices = 0;
  for (const r of selected) {
    const reason = r.refusalReason;
    if (r.status === 'Ditolak') {
      total++;
      byReason[reason !== null && reason in byReason ? reason : UNKNOWN]++;
    }
    if (reason !== null && NOTICE_KEYS.has(reason)) {
      notices++;
      noticesByReason[reason]++;
    }
  }
  return { total, byReason, notices, noticesByReason };
}

const inPeriod = (d: Day, p: Period) => d >= p.start && d <= p.end;

/** The day a dispute is counted on: its filing date, else its objection's, else its request's. */
export function disputeDay(r: RequestRecord): Day {
  return r.disputeDate ?? r.objectionDate ?? r.received;
}

/** Keys of `execution.objections` and `execution.disputes`, in table order. */
export const EXECUTION_KEYS: string[] = [...EXECUTION_STATES, NOT_RECORDED];

/** How a decision stood as of `asOf`: a date after it was not known yet, a blank column is Belum Dicatat. */
function executionAsOf(state: string | null, date: Day | null, asOf: Day): string {
  if (state === null) return NOT_RECORDED;
  if (EXECUTED_STATES.has(state) && date !== null && date > asOf) return 'Belum Dilaksanakan';
  return state;
}

/**
 * Objections and disputes of the period, from every request of the register (an objection filed
 * in Q2 against a Q1 request is Q2's work). Decisions dated after `asOf` were not known then.
 * Court suits are counted by their own date (Tanggal Gugatan ke Pengadilan), else by the dispute's.
 */
export function chainOf(
  all: RequestRecord[],
  period: Period,
  asOf: Day,
  cal: WorkCalendar,
  nearDueDays: number = DEFAULT_NEAR_DUE_DAYS,
): Pick<Recap, 'objections' | 'disputes' | 'execution' | 'courtSuits' | 'disputeClock'> {
  const objections: Recap['objections'] = {
    count: 0,
    answered: 0,
    onTime: 0,
    late: 0,
    pending: 0,
    overdue: 0,
    averageWorkingDays: null,
    byGround: zeros(LISTS.objectionGrounds),
    byOutcome: zeros([...OBJECTION_OUTCOMES, UNDECIDED, UNKNOWN]),
  };
  const disputes: Recap['disputes'] = {
    filed: 0,
    decided: 0,
    byStage: zeros([...DISPUTE_STAGES, UNKNOWN]),
    byOutcome: zeros([...DISPUTE_OUTCOMES, UNDECIDED]),
  };
  const execution: Recap['execution'] = { objections: zeros(EXECUTION_KEYS), disputes: zeros(EXECUTION_KEYS) };
  const clock = zeros(DISPUTE_CLOCK_STATUSES);
  let courtSuits = 0;
  const dueCache = new Map<Day, Day>();
  let workingDaysSum = 0;
  let timed = 0;
  for (const r of all) {
    if (r.dispute && inPeriod(disputeDay(r), period)) {
      disputes.filed++;
      disputes.byStage[r.disputeStage !== null && r.disputeStage in disputes.byStage ? r.disputeStage : UNKNOWN]++;
      const known = r.disputeOutcome !== null && (r.disputeDecided === null || r.disputeDecided <= asOf);
      if (known) disputes.decided++;
      disputes.byOutcome[known && r.disputeOutcome! in disputes.byOutcome ? r.disputeOutcome! : UNDECIDED]++;
      if (known && DISPUTE_EXECUTABLE.has(r.disputeOutcome!))
        execution.disputes[executionAsOf(r.disputeExecution, r.disputeExecuted, asOf)]++;
      if (r.disputeDate !== null) {
        const status = disputeClock(r.disputeDate, r.disputeStage, r.disputeDecided, asOf, cal, nearDueDays);
        if (status !== null) clock[status]++;
      }
    }
    if (r.dispute && (r.courtFiled !== null || r.disputeStage === COURT_STAGE)) {
      if (inPeriod(r.courtFiled ?? disputeDay(r), period) && (r.courtFiled === null || r.courtFiled <= asOf))
        courtSuits++;
    }
    const od = r.objectionDate;
    if (od === null || !inPeriod(od, period)) continue;
    objections.count++;
    if (r.objectionGround !== null && r.objectionGround in objections.byGround)
      objections.byGround[r.objectionGround]++;
    let due = dueCache.get(od);
    if (due === undefined) {
      due = objectionDue(od, cal);
      dueCache.set(od, due);
    }
    const answer = r.objectionAnswered;
    const outcome =
      r.objectionOutcome !== null && r.objectionOutcome in objections.byOutcome ? r.objectionOutcome : null;
    if (answer !== null && answer <= asOf) {
      objections.answered++;
      if (answer <= due) objections.onTime++;
      else objections.late++;
      // An answer dated before its objection is a slip (listed): no service time for it.
      if (answer >= od) {
        workingDaysSum += cal.workingDaysBetween(od, answer);
        timed++;
      }
      objections.byOutcome[outcome ?? UNKNOWN]++;
      if (outcome !== null && OBJECTION_EXECUTABLE.has(outcome))
        execution.objections[executionAsOf(r.objectionExecution, r.objectionExecuted, asOf)]++;
    } else {
      objections.pending++;
      if (asOf > due) objections.overdue++;
      // A decision typed without its date (listed as a problem) still counts as that decision.
      objections.byOutcome[answer === null && outcome !== null ? outcome : UNDECIDED]++;
    }
  }
  if (timed > 0) objections.averageWorkingDays = round2(workingDaysSum / timed);
  return { objections, disputes, execution, courtSuits, disputeClock: clock };
}

/** Table rows of the chain's counts: `always` keys, then others only when non-zero, with percents. */
export function chainRows(counts: Record<string, number>, always: string[]): CountRow[] {
  const keys = Object.keys(counts).filter((k) => always.includes(k) || counts[k] > 0);
  return countRows(keys, counts);
}

/** The refusal table: Pasal 17 a–j and another law always, the rest when some request has them. */
export function refusalRows(refusals: Recap['refusals']): CountRow[] {
  return chainRows(
    refusals.byReason,
    REFUSAL_REASON_KEYS.filter((k) => /^Pasal 17 huruf/.test(k) || k === OTHER_LAW),
  );
}

export function objectionOutcomeRows(objections: Recap['objections']): CountRow[] {
  return chainRows(objections.byOutcome, [...OBJECTION_OUTCOMES, UNDECIDED]);
}

export function disputeStageRows(disputes: Recap['disputes']): CountRow[] {
  return chainRows(disputes.byStage, DISPUTE_STAGES);
}

export function disputeOutcomeRows(disputes: Recap['disputes']): CountRow[] {
  return chainRows(disputes.byOutcome, [UNDECIDED]);
}
