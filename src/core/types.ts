// The shapes that flow through the add-on: register rows → requests + problems → one Recap object
// that the recap sheet, the report document, recap.json and the offline runner all render.
// Pure data: no Apps Script types here.

/** A calendar date without time: days since 1970-01-01 (UTC). Fast to compare and to add. */
export type Day = number;

export type Lang = 'id' | 'en';

export type StatusValue = 'Diproses' | 'Dipenuhi' | 'Dipenuhi Sebagian' | 'Ditolak' | 'Tidak Dijawab' | 'Dibatalkan';

/** The seed report's three status groups (plus Dibatalkan, shown only when non-zero). */
export type StatusGroup = 'Dipenuhi' | 'Ditolak/Tidak Dijawab' | 'Diproses' | 'Dibatalkan';

export type SlaStatus = 'Tepat Waktu' | 'Terlambat' | 'Dalam Proses' | 'Mendekati Batas' | 'Lewat Batas';

/** One register row that could be placed (it has a valid date received). No personal data kept. */
export interface RequestRecord {
  /** Spreadsheet row number (header = 1). */
  row: number;
  number: string | null;
  received: Day;
  channel: string; // canonical channel; 'Lainnya' when the cell held an unknown value
  applicantType: string | null; // canonical Kategori Pemohon or null when unknown/blank
  topic: string | null;
  infoClass: string | null;
  deliveryMethod: string | null;
  status: StatusValue | null;
  /** Canonical refusal key (grounds.ts): "Pasal 17 huruf b", a notice, "Pasal 17 (huruf belum disebut)"… */
  refusalReason: string | null;
  extended: boolean;
  answered: Day | null;
  fee: number | null;
  objectionDate: Day | null;
  objectionGround: string | null;
  /** Date of the Atasan PPID's written answer (UU 14/2008 Pasal 36). */
  objectionAnswered: Day | null;
  /** The Atasan PPID's decision: Dikabulkan · Dikabulkan Sebagian · Ditolak. */
  objectionOutcome: string | null;
  /** Sengketa = Ya, or any dispute detail filled in. */
  dispute: boolean;
  disputeDate: Day | null;
  disputeStage: string | null;
  disputeOutcome: string | null;
  disputeDecided: Day | null;
  /** How the Atasan PPID's decision was carried out (law/execution.ts EXECUTION_STATES), and when. */
  objectionExecution: string | null;
  objectionExecuted: Day | null;
  /** How the dispute's decision (mediation, adjudication or court) was carried out, and when. */
  disputeExecution: string | null;
  disputeExecuted: Day | null;
  /** Tanggal Gugatan ke Pengadilan: the day the dispute was taken to court. */
  courtFiled: Day | null;
  /** Nomor DIP/DIK: the number of the DIP or DIK entry the request concerns (an identifier, issue #27). */
  dipNumber?: string | null;
}

export interface Problem {
  row: number;
  number: string | null;
  /** Header text of the column concerned as it appears in the sheet ('' for the whole row). */
  column: string;
  /** Stable machine code, e.g. 'date.invalid', 'list.unknown', 'number.duplicate'. */
  code: string;
  /** Plain message in the requested language. */
  message: string;
}

export interface ParsedRegister {
  requests: RequestRecord[];
  problems: Problem[];
  /** Rows that held anything at all (blank rows are skipped silently). */
  rowCount: number;
  /** Header → column index (0-based) as found; keys are the canonical field keys. */
  columns: Record<string, number>;
  /** Field key → the column's header as the sheet shows it (what problems name in `column`). */
  labels?: Record<string, string>;
}

export interface Period {
  kind: 'quarter' | 'year';
  year: number;
  quarter: number | null; // 1..4 for a quarter
  start: Day;
  end: Day; // inclusive
}

export interface CountRow {
  label: string;
  count: number;
  /** Whole percent; the rows of one table add up to exactly 100 (largest remainder), or all 0. */
  percent: number;
}

export interface ChannelRecap {
  channel: string;
  total: number;
  byApplicantType: Record<string, number>;
  byStatusGroup: Record<string, number>;
  applicantRows: CountRow[];
  statusRows: CountRow[];
}

export interface RequestLine {
  row: number;
  number: string | null;
  received: string; // YYYY-MM-DD
  channel: string;
  applicantType: string | null;
  status: string | null;
  due: string;
  answered: string | null;
  workingDays: number | null;
  slaStatus: SlaStatus | null;
  objectionDue: string | null;
  /** The objection's answer status as of the recap's date (UU 14/2008 Pasal 36: 30 working days). */
  objectionStatus: SlaStatus | null;
  /** Last day to take the dispute to the Komisi Informasi (Pasal 37 ayat 2), for an objection. */
  disputeDue: string | null;
  /**
   * Klasifikasi Informasi of the request (a list value, no personal data), so that a consolidation
   * recounts requests and service-time bands by class from the lines (docs/consolidation.md).
   */
  infoClass?: string | null;
  /** The linked DIP/DIK entry's number (additive v2 key, present only for a linked row; docs/recap-json.md). */
  dipNumber?: string;
}

/** Working-day bands of the answered requests' service time (recap.json `serviceTime.buckets`). */
export type ServiceBucket = '0-3' | '4-7' | '8-10' | '11-17' | '>17';

export interface Recap {
  /** 2 since the law-complete annual report (issue #13); a recap.json without it is version 1. */
  schemaVersion: 2;
  unit: string;
  period: { kind: 'quarter' | 'year'; year: number; quarter: number | null; start: string; end: string };
  asOf: string;
  totals: {
    requests: number;
    byChannel: Record<string, number>;
    byApplicantType: Record<string, number>;
    byStatus: Record<string, number>;
    byStatusGroup: Record<string, number>;
    byInfoClass: Record<string, number>;
    byDeliveryMethod: Record<string, number>;
  };
  channels: ChannelRecap[];
  serviceTime: {
    answered: number;
    averageWorkingDays: number | null;
    medianWorkingDays: number | null;
    minWorkingDays: number | null;
    maxWorkingDays: number | null;
    /** Answered requests by working days taken; adds up to `answered`. */
    buckets: Record<ServiceBucket, number>;
    /** The same bands per Klasifikasi Informasi (plus Tidak Diketahui for requests without one). */
    bucketsByInfoClass: Record<string, Record<ServiceBucket, number>>;
  };
  sla: {
    onTime: number;
    late: number;
    inProcess: number;
    nearDue: number;
    overdue: number;
    /** onTime / (onTime + late), 2 decimals; null when nothing was answered. */
    complianceRate: number | null;
  };
  topics: Array<{ topic: string; count: number }>;
  /**
   * Requests of the period with status Ditolak, by ground (adds up to `total`); `notices` counts
   * the period's requests answered with a "not held" or "not yet documented" notice, any status.
   */
  refusals: {
    total: number;
    byReason: Record<string, number>;
    notices: number;
    noticesByReason: Record<string, number>;
  };
  /**
   * Objections filed in the period (by Tanggal Keberatan). `byOutcome` (the Atasan PPID's decision,
   * Belum Diputus while unanswered, Tidak Diketahui when answered without one) adds up to `count`.
   */
  objections: {
    count: number;
    answered: number;
    onTime: number;
    late: number;
    pending: number;
    /** Unanswered past their 30 working days as of the recap's date. */
    overdue: number;
    /** Working days from objection to answer, answered ones; null when none. */
    averageWorkingDays: number | null;
    byGround: Record<string, number>;
    byOutcome: Record<string, number>;
  };
  /**
   * Disputes filed in the period (by Tanggal Pengajuan Sengketa; without it by the objection's date,
   * else the request's). byStage and byOutcome each add up to `filed`. Version 1 had a number here.
   */
  disputes: { filed: number; decided: number; byStage: Record<string, number>; byOutcome: Record<string, number> };
  /**
   * How the decisions that call for it were carried out, as of `asOf` (issue 23): `objections`,
   * the period's objections the Atasan PPID granted in full or in part; `disputes`, the period's
   * disputes ended by a mediation agreement or a decision granting the request. Keys: Dilaksanakan,
   * Dilaksanakan Sebagian, Belum Dilaksanakan, Belum Dicatat (column blank).
   */
  execution: { objections: Record<string, number>; disputes: Record<string, number> };
  /** Court suits filed in the period (Tanggal Gugatan ke Pengadilan, else the dispute's day for Tahap Sengketa = Pengadilan). */
  courtSuits: number;
  /** The period's disputes with a filing date on the Komisi Informasi's clock (UU 14/2008 Pasal 38), by status as of `asOf`; those in court are left out. */
  disputeClock: Record<string, number>;
  fees: { total: number; count: number };
  /** Annual recap only: the four quarters side by side. */
  quarters?: Array<{
    quarter: number;
    requests: number;
    byChannel: Record<string, number>;
    byStatusGroup: Record<string, number>;
    onTime: number;
    late: number;
    complianceRate: number | null;
    averageWorkingDays: number | null;
  }>;
  requests: RequestLine[];
  problems: Array<{ row: number; number: string | null; column: string; message: string; code: string }>;
  /** Rows of the register that fall in the period plus rows that could not be placed. */
  rowsInPeriod: number;
  /** The unit's DIP and DIK as counts (issue #27; additive under v2); absent when the unit keeps no DIP sheet. */
  dip?: DipCounts;
}

/** recap.json `dip` (docs/recap-json.md): Final entries only, counts only. */
export interface DipCounts {
  /** The DIP's size by class at the period's end: Berkala, Serta Merta, Setiap Saat. */
  byClass: Record<string, number>;
  /** Entries published or updated in the period, by class. */
  updatedByClass: Record<string, number>;
  /** DIK entries in force at some time in the period. */
  exempted: number;
  /** Of those, the ones whose exemption period ended by the period's end. */
  exemptionsEnded: number;
}
