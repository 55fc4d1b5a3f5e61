// Reading the refusal ground and the objection → dispute chain of one register row. Split from
// parse.ts, which owns the row loop and the shared cell helpers; this file owns the chain's rules:
// - a refusal names a Pasal 17 letter, another law (named in Catatan) or a notice; older
//   registers' "Dikecualikan (Pasal 17 UU KIP)" is counted as an unspecified Pasal 17 ground and
//   flagged so the officer names the letter;
// - the Atasan PPID's decision needs its date, and an answered objection needs its decision;
// - a dispute needs an objection before it (UU 14/2008 Pasal 37), its filing date (the recap
//   counts it by that date), and a decided dispute its decision date;
// - a decision's carrying out (Pelaksanaan Putusan …, issue 23) follows a decision that calls for
//   it, and a decision carried out has its date, on or after the decision; a court suit's date
//   goes with Tahap Sengketa = Pengadilan.
import type { Day } from '../types';
import type { ColumnKey } from './schema';
import {
  matchRefusalReason,
  OTHER_LAW,
  OTHER_REASON,
  UNSPECIFIED_PASAL_17,
  DISPUTE_EXECUTABLE,
  EXECUTED_STATES,
  OBJECTION_EXECUTABLE,
} from '../law';
import { COURT_STAGE, ymd } from '../calendar';

/** What parse.ts lends the chain reader for the row being read. */
export interface ChainContext {
  cell(key: ColumnKey): unknown;
  /** The column exists in the register. */
  has(key: ColumnKey): boolean;
  isBlank(v: unknown): boolean;
  text(v: unknown): string;
  date(key: ColumnKey): Day | null;
  list(key: ColumnKey, required: boolean): string | null;
  /** Reads a Ya/Tidak cell (listing a value it cannot read) and returns Ya, Tidak or null. */
  yesNo(key: ColumnKey): 'Ya' | 'Tidak' | null;
  problem(key: ColumnKey | '', code: string, msgKey: string, params?: Record<string, string | number>): void;
  valueProblem(
    key: ColumnKey,
    code: string,
    msgKey: string,
    value: unknown,
    params?: Record<string, string | number>,
  ): void;
}

export interface ChainFields {
  refusalReason: string | null;
  objectionDate: Day | null;
  objectionGround: string | null;
  objectionAnswered: Day | null;
  objectionOutcome: string | null;
  dispute: boolean;
  disputeDate: Day | null;
  disputeStage: string | null;
  disputeOutcome: string | null;
  disputeDecided: Day | null;
  objectionExecution: string | null;
  objectionExecuted: Day | null;
  disputeExecution: string | null;
  disputeExecuted: Day | null;
  courtFiled: Day | null;
}

export function chainReader(ctx: ChainContext) {
  const seen = new Map<string, string | null>();
  const refusal = (): string | null => {
    if (!ctx.has('refusalReason')) return null;
    const v = ctx.cell('refusalReason');
    if (ctx.isBlank(v)) return null;
    const text = ctx.text(v);
    let key = seen.get(text);
    if (key === undefined) {
      key = matchRefusalReason(text);
      if (seen.size < 5000) seen.set(text, key);
    }
    if (key === null) {
      // Not a ground the law knows: counted with the other reasonless refusals, and listed.
      ctx.valueProblem('refusalReason', 'list.unknown', 'problem.list.other', v, { other: OTHER_REASON });
      return OTHER_REASON;
    }
    if (key === UNSPECIFIED_PASAL_17)
      ctx.problem('refusalReason', 'refusal.unspecified', 'problem.refusal.unspecified', { key: UNSPECIFIED_PASAL_17 });
    else if (key === OTHER_REASON) ctx.problem('refusalReason', 'refusal.no_ground', 'problem.refusal.no_ground');
    else if (key === OTHER_LAW && (!ctx.has('notes') || ctx.isBlank(ctx.cell('notes')))) {
      ctx.problem('notes', 'refusal.law_unnamed', 'problem.refusal.law_unnamed', { ground: OTHER_LAW });
    }
    return key;
  };

  return (received: Day | null): ChainFields => {
    const refusalReason = refusal();

    const blank = (key: ColumnKey) => !ctx.has(key) || ctx.isBlank(ctx.cell(key));
    const objectionDateBlank = blank('objectionDate');
    const objectionDate = ctx.date('objectionDate');
    const objectionGround = ctx.list('objectionGround', false);
    const objectionAnswered = ctx.date('objectionAnswered');
    const objectionOutcome = ctx.list('objectionOutcome', false);
    const objectionDetails = objectionGround !== null || objectionAnswered !== null || objectionOutcome !== null;
    if (objectionDateBlank && objectionDetails) {
      ctx.problem('objectionDate', 'objection.date_missing', 'problem.objection.date_missing');
    }
    if (objectionDate !== null && objectionAnswered !== null && objectionAnswered < objectionDate) {
      ctx.problem('objectionAnswered', 'objection.answered_before', 'problem.objection.answered_before', {
        answered: ymd(objectionAnswered),
        filed: ymd(objectionDate),
      });
    }
    if (objectionDate !== null && received !== null && objectionDate < received) {
      ctx.problem('objectionDate', 'objection.before_received', 'problem.objection.before_received', {
        filed: ymd(objectionDate),
        received: ymd(received),
      });
    }
    if (objectionOutcome !== null && blank('objectionAnswered')) {
      ctx.problem('objectionAnswered', 'objection.outcome_without_date', 'problem.objection.outcome_without_date');
    }
    if (objectionAnswered !== null && objectionOutcome === null && blank('objectionOutcome')) {
      ctx.problem('objectionOutcome', 'objection.outcome_missing', 'problem.objection.outcome_missing', {
        answered: ymd(objectionAnswered),
      });
    }

    const answer = ctx.yesNo('dispute');
    const said = answer === 'Ya';
    const saidNo = answer === 'Tidak';
    const disputeDateBlank = blank('disputeDate');
    const disputeDate = ctx.date('disputeDate');
    const disputeStage = ctx.list('disputeStage', false);
    const disputeOutcome = ctx.list('disputeOutcome', false);
    const disputeDecided = ctx.date('disputeDecided');
    const details = !disputeDateBlank || disputeStage !== null || disputeOutcome !== null || !blank('disputeDecided');
    const dispute = said || details;
    if (details && saidNo) ctx.problem('dispute', 'dispute.contradiction', 'problem.dispute.contradiction');
    if (dispute) {
      // An objection comes first (Pasal 37). Rows whose objection details lack only the date
      // already carry objection.date_missing, which says the same.
      if (objectionDateBlank && !objectionDetails)
        ctx.problem('objectionDate', 'dispute.without_objection', 'problem.dispute.without_objection');
      if (disputeDateBlank) ctx.problem('disputeDate', 'dispute.date_missing', 'problem.dispute.date_missing');
    }
    if (disputeDate !== null && objectionDate !== null && disputeDate < objectionDate) {
      ctx.problem('disputeDate', 'dispute.before_objection', 'problem.dispute.before_objection', {
        filed: ymd(disputeDate),
        objection: ymd(objectionDate),
      });
    }
    if (disputeOutcome !== null && blank('disputeDecided')) {
      ctx.problem('disputeDecided', 'dispute.outcome_without_date', 'problem.dispute.outcome_without_date');
    }
    if (disputeDecided !== null && disputeDate !== null && disputeDecided < disputeDate) {
      ctx.problem('disputeDecided', 'dispute.decided_before_filed', 'problem.dispute.decided_before_filed', {
        decided: ymd(disputeDecided),
        filed: ymd(disputeDate),
      });
    }
    const objectionExec = execution('objection', objectionOutcome, objectionAnswered, OBJECTION_EXECUTABLE);
    const disputeExec = execution('dispute', disputeOutcome, disputeDecided, DISPUTE_EXECUTABLE);
    const courtFiled = ctx.date('courtFiled');
    if (courtFiled !== null && disputeStage !== COURT_STAGE) {
      ctx.problem('disputeStage', 'court.stage_missing', 'problem.court.stage_missing', { stage: COURT_STAGE });
    }
    if (courtFiled !== null && disputeDate !== null && courtFiled < disputeDate) {
      // A suit is brought against the Komisi Informasi's decision, after the dispute was filed there.
      ctx.problem('courtFiled', 'court.before_dispute', 'problem.court.before_dispute', {
        court: ymd(courtFiled),
        filed: ymd(disputeDate),
      });
    }
    return {
      refusalReason,
      objectionDate,
      objectionGround,
      objectionAnswered,
      objectionOutcome,
      dispute,
      disputeDate,
      disputeStage,
      disputeOutcome,
      disputeDecided,
      objectionExecution: objectionExec.state,
      objectionExecuted: objectionExec.date,
      disputeExecution: disputeExec.state,
      disputeExecuted: disputeExec.date,
      courtFiled,
    };
  };

  /**
   * One Pelaksanaan Putusan column and its date, for the Atasan PPID's decision ('objection') or
   * the dispute's ('dispute'): each slip is listed once, and the values are kept as typed.
   */
  function execution(
    side: 'objection' | 'dispute',
    outcome: string | null,
    decided: Day | null,
    executable: ReadonlySet<string>,
  ): { state: string | null; date: Day | null } {
    const stateKey: ColumnKey = side === 'objection' ? 'objectionExecution' : 'disputeExecution';
    const dateKey: ColumnKey = side === 'objection' ? 'objectionExecuted' : 'disputeExecuted';
    const blank = (key: ColumnKey) => !ctx.has(key) || ctx.isBlank(ctx.cell(key));
    const state = ctx.list(stateKey, false);
    const date = ctx.date(dateKey);
    const msg = (rule: string) => `problem.execution.${side}.${rule}`;
    if ((state !== null || date !== null) && (outcome === null || !executable.has(outcome))) {
      ctx.problem(stateKey, 'execution.not_called_for', msg('not_called_for'));
    } else if (state !== null && EXECUTED_STATES.has(state) && blank(dateKey)) {
      ctx.problem(dateKey, 'execution.date_missing', msg('date_missing'));
    } else if (date !== null && state === null && blank(stateKey)) {
      ctx.problem(stateKey, 'execution.state_missing', msg('state_missing'));
    } else if (date !== null && state !== null && !EXECUTED_STATES.has(state)) {
      ctx.problem(dateKey, 'execution.date_not_executed', msg('date_not_executed'), { state });
    }
    if (date !== null && decided !== null && date < decided) {
      ctx.problem(dateKey, 'execution.before_decision', msg('before_decision'), {
        executed: ymd(date),
        decided: ymd(decided),
      });
    }
    return { state, date };
  }
}
