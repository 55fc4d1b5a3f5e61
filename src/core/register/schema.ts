// The register's columns and dropdown lists (spec/register.md), and finding columns by header.
// Headers are matched trimmed, case-insensitively and ignoring punctuation, in Indonesian or
// English, so "No Registrasi", "no. registrasi " and "Registration No." are the same column.
import type { StatusGroup, StatusValue } from '../types';
import { REFUSAL_GROUNDS, OBJECTION_OUTCOMES, DISPUTE_STAGES, DISPUTE_OUTCOMES, EXECUTION_STATES } from '../law';

export type ColumnType = 'text' | 'date' | 'list' | 'number';

// biome-ignore format: a table laid out by hand, one entry per line
export type ColumnKey =
  | 'number' | 'received' | 'channel' | 'applicantName' | 'applicantType' | 'occupation' | 'address'
  | 'contact' | 'infoRequested' | 'topic' | 'purpose' | 'infoClass' | 'deliveryMethod' | 'status'
  | 'refusalReason' | 'extended' | 'answered' | 'fee' | 'objectionDate' | 'objectionGround'
  | 'objectionAnswered' | 'objectionOutcome' | 'dispute' | 'disputeDate' | 'disputeStage' | 'disputeOutcome'
  | 'disputeDecided' | 'officer' | 'notes'
  | 'objectionExecution' | 'objectionExecuted' | 'disputeExecution' | 'disputeExecuted' | 'courtFiled'
  | 'dipNumber';

export type ListName =
  | 'channels'
  | 'applicantTypes'
  | 'statuses'
  | 'refusalReasons'
  | 'infoClasses'
  | 'deliveryMethods'
  | 'yesNo'
  | 'objectionGrounds'
  | 'topics'
  | 'objectionOutcomes'
  | 'disputeStages'
  | 'disputeOutcomes'
  | 'executions';

export interface ColumnSpec {
  key: ColumnKey;
  /** Header as written in the register (Indonesian). */
  id: string;
  /** English alias, accepted when reading and used when the unit works in English. */
  en: string;
  type: ColumnType;
  required: boolean;
  /** Personal data: never leaves the register. */
  personal: boolean;
  list?: ListName;
  /** Suggested column width in pixels. */
  width: number;
  /** Other spellings met in hand-made registers. */
  aliases?: string[];
}

// biome-ignore format: a table laid out by hand, one entry per line
export const REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'number', id: 'No. Registrasi', en: 'Registration No.', type: 'text', required: false, personal: false, width: 120, aliases: ['Nomor Registrasi', 'No Reg', 'Registration Number'] },
  { key: 'received', id: 'Tanggal Permohonan', en: 'Date Received', type: 'date', required: true, personal: false, width: 120, aliases: ['Tgl Permohonan', 'Tanggal Masuk', 'Received'] },
  { key: 'channel', id: 'Saluran', en: 'Channel', type: 'list', required: true, personal: false, list: 'channels', width: 120, aliases: ['Media', 'Media Permohonan'] },
  { key: 'applicantName', id: 'Nama Pemohon', en: 'Applicant Name', type: 'text', required: true, personal: true, width: 180, aliases: ['Nama'] },
  { key: 'applicantType', id: 'Kategori Pemohon', en: 'Applicant Type', type: 'list', required: true, personal: false, list: 'applicantTypes', width: 140, aliases: ['Jenis Pemohon'] },
  { key: 'occupation', id: 'Pekerjaan', en: 'Occupation', type: 'text', required: false, personal: false, width: 140 },
  { key: 'address', id: 'Alamat', en: 'Address', type: 'text', required: false, personal: true, width: 200 },
  { key: 'contact', id: 'Kontak', en: 'Contact', type: 'text', required: false, personal: true, width: 160, aliases: ['Email/Telepon', 'Kontak Pemohon'] },
  { key: 'infoRequested', id: 'Informasi yang Diminta', en: 'Information Requested', type: 'text', required: true, personal: true, width: 260, aliases: ['Rincian Informasi', 'Informasi Diminta'] },
  { key: 'topic', id: 'Topik', en: 'Topic', type: 'list', required: false, personal: false, list: 'topics', width: 160 },
  { key: 'purpose', id: 'Tujuan Penggunaan', en: 'Purpose', type: 'text', required: false, personal: false, width: 200, aliases: ['Tujuan Penggunaan Informasi'] },
  { key: 'infoClass', id: 'Klasifikasi Informasi', en: 'Information Class', type: 'list', required: false, personal: false, list: 'infoClasses', width: 140 },
  { key: 'deliveryMethod', id: 'Cara Memperoleh', en: 'Delivery Method', type: 'list', required: false, personal: false, list: 'deliveryMethods', width: 150, aliases: ['Cara Memperoleh Informasi'] },
  { key: 'status', id: 'Status', en: 'Status', type: 'list', required: true, personal: false, list: 'statuses', width: 140, aliases: ['Status Permohonan'] },
  { key: 'refusalReason', id: 'Alasan Penolakan', en: 'Refusal Reason', type: 'list', required: false, personal: false, list: 'refusalReasons', width: 200 },
  { key: 'extended', id: 'Perpanjangan', en: 'Extended', type: 'list', required: false, personal: false, list: 'yesNo', width: 110 },
  { key: 'answered', id: 'Tanggal Selesai', en: 'Date Answered', type: 'date', required: false, personal: false, width: 120, aliases: ['Tanggal Dijawab', 'Tanggal Jawaban'] },
  { key: 'fee', id: 'Biaya (Rp)', en: 'Fee (IDR)', type: 'number', required: false, personal: false, width: 100, aliases: ['Biaya'] },
  { key: 'objectionDate', id: 'Tanggal Keberatan', en: 'Objection Date', type: 'date', required: false, personal: false, width: 120 },
  { key: 'objectionGround', id: 'Alasan Keberatan', en: 'Objection Ground', type: 'list', required: false, personal: false, list: 'objectionGrounds', width: 220 },
  // The Atasan PPID's written answer (UU 14/2008 Pasal 36): its date and its decision.
  { key: 'objectionAnswered', id: 'Tanggal Tanggapan Keberatan', en: 'Objection Answered', type: 'date', required: false, personal: false, width: 140, aliases: ['Tanggal Putusan Atasan PPID', 'Tanggal Keputusan Keberatan', 'Objection Decided'] },
  { key: 'objectionOutcome', id: 'Putusan Atasan PPID', en: "Superior's Decision", type: 'list', required: false, personal: false, list: 'objectionOutcomes', width: 150, aliases: ['Keputusan Atasan PPID', 'Tanggapan Atasan PPID', 'Hasil Keberatan', 'Putusan Keberatan', 'Objection Decision', 'Objection Outcome'] },
  { key: 'dispute', id: 'Sengketa', en: 'Dispute', type: 'list', required: false, personal: false, list: 'yesNo', width: 100 },
  // The dispute at the Komisi Informasi and beyond (UU 14/2008 Pasal 37–50).
  { key: 'disputeDate', id: 'Tanggal Pengajuan Sengketa', en: 'Dispute Filed', type: 'date', required: false, personal: false, width: 140, aliases: ['Tanggal Sengketa', 'Tanggal Permohonan Sengketa', 'Tanggal Registrasi Sengketa', 'Dispute Date'] },
  { key: 'disputeStage', id: 'Tahap Sengketa', en: 'Dispute Stage', type: 'list', required: false, personal: false, list: 'disputeStages', width: 120, aliases: ['Tahapan Sengketa'] },
  { key: 'disputeOutcome', id: 'Putusan Sengketa', en: 'Dispute Outcome', type: 'list', required: false, personal: false, list: 'disputeOutcomes', width: 160, aliases: ['Hasil Sengketa', 'Hasil Penyelesaian Sengketa', 'Dispute Decision'] },
  { key: 'disputeDecided', id: 'Tanggal Putusan Sengketa', en: 'Dispute Decided', type: 'date', required: false, personal: false, width: 140, aliases: ['Tanggal Hasil Sengketa'] },
  { key: 'officer', id: 'Petugas', en: 'Officer', type: 'text', required: false, personal: false, width: 140 },
  { key: 'notes', id: 'Catatan', en: 'Notes', type: 'text', required: false, personal: false, width: 220 },
  // How the decisions were carried out, and when (issue 23; docs/annual-report.md, BAB IV).
  { key: 'objectionExecution', id: 'Pelaksanaan Putusan Atasan PPID', en: "Superior's Decision Carried Out", type: 'list', required: false, personal: false, list: 'executions', width: 170, aliases: ['Pelaksanaan Tanggapan Atasan PPID', 'Pelaksanaan Putusan Keberatan'] },
  { key: 'objectionExecuted', id: 'Tanggal Pelaksanaan Putusan Atasan PPID', en: "Superior's Decision Carried Out On", type: 'date', required: false, personal: false, width: 170, aliases: ['Tanggal Pelaksanaan Putusan Keberatan'] },
  { key: 'disputeExecution', id: 'Pelaksanaan Putusan Sengketa', en: 'Dispute Decision Carried Out', type: 'list', required: false, personal: false, list: 'executions', width: 170, aliases: ['Pelaksanaan Putusan Komisi Informasi'] },
  { key: 'disputeExecuted', id: 'Tanggal Pelaksanaan Putusan Sengketa', en: 'Dispute Decision Carried Out On', type: 'date', required: false, personal: false, width: 170, aliases: ['Tanggal Pelaksanaan Putusan Komisi Informasi'] },
  // The day a party took the Komisi Informasi's decision to court (Tahap Sengketa = Pengadilan):
  // the annual report's number of court suits counts suits by this date.
  { key: 'courtFiled', id: 'Tanggal Gugatan ke Pengadilan', en: 'Court Suit Filed', type: 'date', required: false, personal: false, width: 150, aliases: ['Tanggal Gugatan Pengadilan'] },
  // The DIP or DIK entry the request concerns, by its number (issue #27; docs/dip.md "The register's
  // link"). The two lists share one numbering, so the number alone names the entry and its list.
  // Its dropdown is set by setup from the lists (sheets/dip-link.ts), not from LISTS.
  { key: 'dipNumber', id: 'Nomor DIP/DIK', en: 'DIP/DIK Entry No.', type: 'text', required: false, personal: false, width: 120, aliases: ['Informasi (DIP/DIK)', 'Nomor Entri DIP/DIK', 'No. DIP/DIK', 'Nomor DIP', 'Nomor DIK', 'Entri DIP/DIK', 'DIP/DIK Entry Number'] },
];

export type ComputedKey =
  | 'due'
  | 'workingDays'
  | 'slaStatus'
  | 'objectionDue'
  | 'objectionStatus'
  | 'disputeWindow'
  | 'disputeSettleDue'
  | 'disputeClock';

/** Written by the add-on as one array formula per column; never typed by officers. */
export const COMPUTED_COLUMNS: Array<{ key: ComputedKey; id: string; en: string; width: number }> = [
  { key: 'due', id: 'Batas Waktu', en: 'Due Date', width: 120 },
  { key: 'workingDays', id: 'Hari Kerja Layanan', en: 'Working Days', width: 110 },
  { key: 'slaStatus', id: 'Status SLA', en: 'SLA Status', width: 130 },
  { key: 'objectionDue', id: 'Batas Tanggapan Keberatan', en: 'Objection Due', width: 150 },
  { key: 'objectionStatus', id: 'Status Keberatan', en: 'Objection Status', width: 130 },
  { key: 'disputeWindow', id: 'Batas Pengajuan Sengketa', en: 'Dispute Filing Deadline', width: 150 },
  // The Komisi Informasi's clock (UU 14/2008 Pasal 38; calendar/dispute-clock.ts).
  { key: 'disputeSettleDue', id: 'Batas Penyelesaian Sengketa', en: 'Dispute Settlement Deadline', width: 160 },
  { key: 'disputeClock', id: 'Status Penyelesaian Sengketa', en: 'Dispute Settlement Status', width: 160 },
];

export const STATUSES: StatusValue[] = [
  'Diproses',
  'Dipenuhi',
  'Dipenuhi Sebagian',
  'Ditolak',
  'Tidak Dijawab',
  'Dibatalkan',
];

/** The canonical dropdown values. Channels and topics are defaults the settings may replace. */
export const LISTS = {
  channels: [
    'Email',
    'Instagram',
    'Facebook',
    'Twitter/X',
    'Website',
    'Ruang Layanan',
    'Surat',
    'Telepon',
    'WhatsApp',
    'Lainnya',
  ],
  applicantTypes: ['Perseorangan', 'Kelompok Orang', 'Badan Hukum'],
  statuses: STATUSES as string[],
  // UU 14/2008 Pasal 17 huruf a–j, another law, and the two notices (grounds.ts has the sources).
  refusalReasons: REFUSAL_GROUNDS.map((g) => g.key),
  infoClasses: ['Berkala', 'Serta Merta', 'Setiap Saat', 'Dikecualikan'],
  deliveryMethods: ['Melihat/Membaca', 'Salinan Softcopy', 'Salinan Hardcopy'],
  yesNo: ['Ya', 'Tidak'],
  // UU 14/2008 Pasal 35 ayat (1) huruf a–g, shortened for a dropdown.
  objectionGrounds: [
    'a. Penolakan (Pasal 17)',
    'b. Informasi berkala tidak disediakan',
    'c. Permintaan tidak ditanggapi',
    'd. Tidak ditanggapi sebagaimana diminta',
    'e. Permintaan tidak dipenuhi',
    'f. Biaya tidak wajar',
    'g. Melebihi jangka waktu',
  ],
  objectionOutcomes: OBJECTION_OUTCOMES as string[],
  disputeStages: DISPUTE_STAGES,
  disputeOutcomes: DISPUTE_OUTCOMES,
  executions: EXECUTION_STATES,
  defaultTopics: [
    'Pelatihan',
    'Beasiswa',
    'Lowongan Kerja & Magang',
    'Kerja Sama Pendidikan',
    'e-Pelatihan',
    'Lainnya',
  ],
};

/** The catch-all value of the lists that have one. */
export const OTHER = 'Lainnya';
/**
 * Row label for requests whose Kategori Pemohon or Status is blank or unknown, so that the rows of a
 * per-channel table add up to the channel's total. Status rows translate it as `group.Tidak Diketahui`.
 */
export const UNKNOWN = 'Tidak Diketahui';

/** The seed report's three status rows; Dibatalkan stands alone and is shown only when non-zero. */
export const STATUS_GROUP: Record<StatusValue, StatusGroup> = {
  Diproses: 'Diproses',
  Dipenuhi: 'Dipenuhi',
  'Dipenuhi Sebagian': 'Dipenuhi',
  Ditolak: 'Ditolak/Tidak Dijawab',
  'Tidak Dijawab': 'Ditolak/Tidak Dijawab',
  Dibatalkan: 'Dibatalkan',
};

/** Group order of the seed's table. */
export const STATUS_GROUPS: StatusGroup[] = ['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses', 'Dibatalkan'];

/** Statuses after which the request is finished and an answer date is expected. */
export const FINISHED_STATUSES: ReadonlySet<StatusValue> = new Set<StatusValue>([
  'Dipenuhi',
  'Dipenuhi Sebagian',
  'Ditolak',
  'Dibatalkan',
]);

/** Header text reduced to lowercase letters and digits separated by single spaces. */
export function normalizeHeader(s: unknown): string {
  if (s === null || s === undefined) return '';
  return String(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let headerIndex: Map<string, ColumnKey> | null = null;

function headerLookup(): Map<string, ColumnKey> {
  if (headerIndex) return headerIndex;
  headerIndex = new Map();
  // Canonical id/en headers first so an alias can never shadow another column's real header.
  for (const c of REGISTER_COLUMNS) {
    headerIndex.set(normalizeHeader(c.id), c.key);
    headerIndex.set(normalizeHeader(c.en), c.key);
  }
  for (const c of REGISTER_COLUMNS) {
    for (const a of c.aliases ?? []) {
      const n = normalizeHeader(a);
      if (!headerIndex.has(n)) headerIndex.set(n, c.key);
    }
  }
  return headerIndex;
}

/** The register column a header names, or null for an officer's own column. */
export function columnKeyOfHeader(header: unknown): ColumnKey | null {
  return headerLookup().get(normalizeHeader(header)) ?? null;
}

export function columnSpec(key: ColumnKey): ColumnSpec {
  return REGISTER_COLUMNS.find((c) => c.key === key)!;
}

/**
 * Column indexes (0-based) by field key, first match winning when a header repeats; unknown
 * headers are ignored. `missingRequired` lists required columns not found, in spec order.
 */
export function findColumns(headerRow: unknown[]): { columns: Record<string, number>; missingRequired: ColumnKey[] } {
  const columns: Record<string, number> = {};
  for (let i = 0; i < headerRow.length; i++) {
    const key = columnKeyOfHeader(headerRow[i]);
    if (key && columns[key] === undefined) columns[key] = i;
  }
  const missingRequired = REGISTER_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.key);
  return { columns, missingRequired };
}

/** Where the computed columns sit, found the same way (for the formula writer and checks). */
export function findComputedColumns(headerRow: unknown[]): Partial<Record<ComputedKey, number>> {
  const out: Partial<Record<ComputedKey, number>> = {};
  for (let i = 0; i < headerRow.length; i++) {
    const n = normalizeHeader(headerRow[i]);
    for (const c of COMPUTED_COLUMNS) {
      if (out[c.key] === undefined && (n === normalizeHeader(c.id) || n === normalizeHeader(c.en))) out[c.key] = i;
    }
  }
  return out;
}
