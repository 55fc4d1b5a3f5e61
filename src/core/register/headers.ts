// The table of header variants: every way a register column is titled in registers offices
// already keep (the Perki SLIP register form, older in-house sheets, English-language registers,
// Google Form question titles), and the matching of any header text against it.
//
// Shared by the register mapping (adopting an existing sheet), the offline runner, and the
// Form intake, which matches question titles ("Nama", "Email/Kontak", "Informasi yang diminta")
// through `fieldOfTitle`.
import { REGISTER_COLUMNS, COMPUTED_COLUMNS, normalizeHeader, type ColumnKey, type ComputedKey } from './schema';
import type { Lang } from '../types';

/**
 * Columns read only from adopted registers and never added to a new one. "Status Informasi"
 * (Perki SLIP) says whether the body holds the information: it feeds the written-notice ground,
 * never the request's Status. "Jenis Permohonan" says whether the applicant came to see the
 * information or asked for a copy: it completes the delivery method.
 */
export type AdoptedKey = 'infoHeld' | 'requestKind';
export type FieldKey = ColumnKey | AdoptedKey;
/** Recognised but never read: a running row number ("No"), and the add-on's own live columns. */
export type IgnoredKey = 'seq' | ComputedKey;
export type MatchKey = FieldKey | IgnoredKey;

export interface AdoptedSpec {
  key: AdoptedKey;
  id: string;
  en: string;
  list: 'infoHeld' | 'requestKinds';
}

export const ADOPTED_COLUMNS: AdoptedSpec[] = [
  { key: 'infoHeld', id: 'Status Informasi', en: 'Information Held', list: 'infoHeld' },
  { key: 'requestKind', id: 'Jenis Permohonan', en: 'Request Type', list: 'requestKinds' },
];

/** Every field a source column can be mapped to, in register order, adopted fields last. */
export const FIELD_KEYS: FieldKey[] = [...REGISTER_COLUMNS.map((c) => c.key), ...ADOPTED_COLUMNS.map((c) => c.key)];

const COMPUTED_KEYS = new Set<string>(COMPUTED_COLUMNS.map((c) => c.key));

export function isFieldKey(k: string): k is FieldKey {
  return (FIELD_KEYS as string[]).includes(k);
}

/** The canonical header of a field in the officer's language. */
export function fieldLabel(key: FieldKey, lang: Lang): string {
  const spec = REGISTER_COLUMNS.find((c) => c.key === key) ?? ADOPTED_COLUMNS.find((c) => c.key === key)!;
  return lang === 'en' ? spec.en : spec.id;
}

/** The field a register-column name names: its key, Indonesian or English header, any case. */
export function fieldOfName(name: string): FieldKey | null {
  if (isFieldKey(name)) return name;
  const n = normalizeHeader(name);
  for (const c of [...REGISTER_COLUMNS, ...ADOPTED_COLUMNS]) {
    if (normalizeHeader(c.id) === n || normalizeHeader(c.en) === n || normalizeHeader(c.key) === n) return c.key;
  }
  return null;
}

interface Variants {
  /** Whole-header spellings that name the column and nothing else. */
  exact?: string[];
  /** Whole-header spellings that usually name it, but where the cells must agree ("Tanggal", "Status", "No"). */
  ambiguous?: string[];
  /** Phrases that name the column wherever they stand in a longer header ("Nomor HP/WhatsApp Pemohon"). */
  contains?: string[];
}

/**
 * Header variants per column, beyond the canonical Indonesian and English headers and the
 * schema's aliases (always included). Written as officers write them; matched normalised
 * (lowercase, punctuation as spaces), so "No. HP", "No HP" and "no-hp" are one spelling.
 */
// biome-ignore format: a table laid out by hand, one entry per line
export const HEADER_VARIANTS: Record<MatchKey, Variants> = {
  number: {
    exact: ['Nomor Pendaftaran', 'No. Pendaftaran', 'No Pendaftaran', 'Nomor Registrasi', 'No. Register', 'Nomor Register', 'No. Reg.',
      'Nomor Permohonan', 'No. Permohonan', 'Nomor Registrasi Permohonan', 'Nomor Agenda', 'No. Agenda', 'Kode Permohonan', 'ID Permohonan',
      'Nomor Tiket', 'No. Tiket', 'Registration No.', 'Registration Number', 'Request No.', 'Request Number', 'Request ID', 'Reference No.',
      'Ref. No.', 'Reference', 'Ticket No.', 'Ticket Number', 'Case No.', 'Case Number'],
    contains: ['nomor pendaftaran', 'no pendaftaran', 'nomor registrasi', 'no registrasi', 'nomor register', 'no register', 'nomor permohonan',
      'no permohonan', 'registration no', 'registration number', 'request number', 'request id', 'reference no'],
  },
  received: {
    exact: ['Tanggal Diterima', 'Tgl Diterima', 'Tgl. Permohonan', 'Tanggal Masuk', 'Tgl Masuk', 'Tanggal Pengajuan', 'Tanggal Permintaan',
      'Tanggal Terima', 'Tanggal Registrasi', 'Tanggal Pendaftaran', 'Waktu Permohonan', 'Tanggal Permohonan Informasi',
      'Date of Request', 'Request Date', 'Date Requested', 'Date Submitted', 'Submitted On', 'Received On', 'Date of Receipt',
      'Timestamp', 'Stempel Waktu', 'Cap Waktu'],
    ambiguous: ['Tanggal', 'Tgl', 'Tgl.', 'Hari/Tanggal', 'Hari, Tanggal', 'Hari Tanggal', 'Date', 'Waktu'],
    contains: ['tanggal permohonan', 'tgl permohonan', 'tanggal diterima', 'tanggal masuk', 'tanggal pengajuan', 'date received', 'request date'],
  },
  channel: {
    exact: ['Melalui', 'Cara Permohonan', 'Cara Mengajukan Permohonan', 'Cara Pengajuan', 'Cara Pengajuan Permohonan', 'Sarana Permohonan',
      'Saluran Permohonan', 'Media Pengajuan', 'Kanal', 'Kanal Permohonan', 'Via', 'Request Channel', 'Received Via', 'Submitted Via',
      'Channel of Request', 'Medium'],
    ambiguous: ['Sarana', 'Source', 'Cara'],
    contains: ['cara permohonan', 'cara pengajuan', 'media permohonan', 'saluran permohonan', 'kanal permohonan', 'request channel'],
  },
  applicantName: {
    exact: ['Nama Lengkap', 'Nama Pemohon Informasi', 'Nama Lengkap Pemohon', 'Applicant', 'Name', 'Full Name', 'Requester', 'Requester Name', 'Name of Applicant'],
    ambiguous: ['Pemohon'],
    contains: ['nama pemohon', 'nama lengkap', 'applicant name', 'requester name'],
  },
  applicantType: {
    exact: ['Tipe Pemohon', 'Status Pemohon', 'Klasifikasi Pemohon', 'Kategori Pemohon Informasi', 'Applicant Category', 'Requester Type', 'Type of Applicant'],
    ambiguous: ['Kategori', 'Jenis'],
    contains: ['kategori pemohon', 'jenis pemohon', 'tipe pemohon', 'applicant type', 'applicant category'],
  },
  occupation: {
    exact: ['Profesi', 'Pekerjaan Pemohon', 'Pekerjaan/Profesi', 'Profession', 'Job'],
    contains: ['pekerjaan', 'profesi', 'occupation'],
  },
  address: {
    exact: ['Alamat Pemohon', 'Alamat Lengkap', 'Domisili'],
    contains: ['alamat', 'address'],
  },
  contact: {
    exact: ['Nomor Kontak', 'No. Kontak', 'No. HP', 'Nomor HP', 'No. Telepon', 'Nomor Telepon', 'No. Telp', 'Telepon', 'Telp', 'HP',
      'Email', 'E-mail', 'Alamat Email', 'Alamat E-mail', 'Email/Telepon', 'Telepon/Email', 'Email/Kontak', 'Kontak/Email', 'No. HP/Email',
      'Nomor HP/WhatsApp', 'No. WA', 'Nomor WhatsApp', 'Contact', 'Phone', 'Phone Number', 'Email Address', 'Phone/Email', 'Email/Phone', 'Contact Details'],
    contains: ['nomor kontak', 'no kontak', 'nomor hp', 'no hp', 'nomor telepon', 'no telepon', 'no telp', 'email', 'e mail', 'kontak', 'contact', 'phone'],
  },
  infoRequested: {
    exact: ['Informasi yang Dimohon', 'Informasi yang Dibutuhkan', 'Rincian Informasi yang Dibutuhkan', 'Rincian Informasi yang Diminta',
      'Informasi yang Dimohonkan', 'Permohonan Informasi', 'Isi Permohonan', 'Perihal', 'Judul Informasi', 'Information Sought',
      'Information Request', 'Request Details', 'Details of Request', 'Request'],
    contains: ['informasi yang diminta', 'informasi yang dimohon', 'informasi yang dibutuhkan', 'rincian informasi', 'information requested', 'information sought'],
  },
  topic: {
    exact: ['Topik Informasi', 'Bidang', 'Bidang Informasi', 'Subject Area'],
    contains: ['topik'],
  },
  purpose: {
    exact: ['Tujuan Penggunaan Informasi', 'Alasan Permohonan', 'Kegunaan', 'Kegunaan Informasi', 'Purpose of Use', 'Intended Use', 'Reason for Request'],
    ambiguous: ['Tujuan'],
    contains: ['tujuan penggunaan', 'purpose'],
  },
  infoClass: {
    exact: ['Jenis Informasi', 'Kategori Informasi', 'Klasifikasi Informasi Publik', 'Information Category', 'Classification'],
    ambiguous: ['Klasifikasi'],
    contains: ['klasifikasi informasi', 'information class'],
  },
  deliveryMethod: {
    exact: ['Cara Memperoleh Informasi', 'Cara Mendapatkan Informasi', 'Bentuk Informasi', 'Bentuk Salinan', 'Format Informasi', 'Form of Information', 'Delivery'],
    contains: ['cara memperoleh', 'cara mendapatkan informasi', 'delivery method'],
  },
  status: {
    exact: ['Status Permohonan', 'Keputusan', 'Keputusan PPID', 'Hasil', 'Hasil Permohonan', 'Status Layanan', 'Status Penyelesaian', 'Putusan',
      'Decision', 'Outcome', 'Result', 'Request Status'],
    ambiguous: ['Status'],
    contains: ['status permohonan', 'keputusan ppid', 'request status'],
  },
  refusalReason: {
    exact: ['Dasar Penolakan', 'Alasan Ditolak', 'Alasan Tidak Dipenuhi', 'Pasal Pengecualian', 'Dasar Pengecualian', 'Reason for Refusal', 'Grounds for Refusal', 'Exemption'],
    ambiguous: ['Alasan'],
    contains: ['alasan penolakan', 'dasar penolakan', 'refusal reason', 'reason for refusal'],
  },
  extended: {
    exact: ['Perpanjangan Waktu', 'Diperpanjang', 'Perpanjangan Jangka Waktu', 'Extension', 'Time Extended'],
    contains: ['perpanjangan', 'extension'],
  },
  answered: {
    exact: ['Tanggal Pemberitahuan Tertulis', 'Tgl Pemberitahuan Tertulis', 'Hari dan Tanggal Pemberitahuan Tertulis', 'Tanggal Pemberitahuan',
      'Tanggal Tanggapan', 'Tanggal Penyelesaian', 'Tanggal Diberikan', 'Tanggal Pemberian Informasi', 'Tanggal Respon', 'Tanggal Respons',
      'Tgl Selesai', 'Tanggal Keputusan', 'Tanggal Dijawab', 'Answered', 'Date Completed', 'Completed', 'Completed On', 'Response Date',
      'Date of Response', 'Date Responded', 'Date Closed', 'Closed On', 'Date of Decision', 'Decision Date'],
    contains: ['tanggal selesai', 'tanggal jawaban', 'tanggal pemberitahuan', 'tanggal penyelesaian', 'date answered', 'response date', 'date of response'],
  },
  fee: {
    exact: ['Biaya Salinan', 'Biaya Penggandaan', 'Biaya Perolehan Informasi', 'Fee', 'Cost', 'Charge', 'Fee (Rp)'],
    contains: ['biaya', 'fee'],
  },
  objectionDate: {
    exact: ['Tgl Keberatan', 'Tanggal Pengajuan Keberatan', 'Date of Objection'],
    contains: ['tanggal keberatan', 'tanggal pengajuan keberatan', 'objection date'],
  },
  objectionGround: {
    exact: ['Alasan Pengajuan Keberatan', 'Objection Reason', 'Grounds of Objection'],
    contains: ['alasan keberatan', 'objection ground'],
  },
  objectionAnswered: {
    exact: ['Tanggal Tanggapan Atasan PPID', 'Tanggal Jawaban Keberatan', 'Objection Response Date', 'Objection Answered On'],
    contains: ['tanggal tanggapan keberatan', 'tanggal tanggapan atasan', 'tgl tanggapan', 'tanggal putusan atasan', 'objection answered'],
  },
  objectionOutcome: {
    exact: ['Keputusan Keberatan', 'Hasil Tanggapan Keberatan', 'Tanggapan Keberatan', 'Objection Result', "Superior's Response"],
    contains: ['putusan atasan', 'keputusan atasan', 'hasil keberatan', 'objection outcome', 'objection decision'],
  },
  disputeDate: {
    exact: ['Tgl Sengketa', 'Tanggal Pengajuan Sengketa Informasi', 'Date Dispute Filed'],
    contains: ['tanggal sengketa', 'tanggal pengajuan sengketa', 'tanggal permohonan sengketa', 'dispute filed', 'dispute date'],
  },
  disputeStage: {
    exact: ['Tahap Penyelesaian Sengketa'],
    contains: ['tahap sengketa', 'tahapan sengketa', 'dispute stage'],
  },
  disputeOutcome: {
    exact: ['Putusan Komisi Informasi', 'Hasil Mediasi/Ajudikasi'],
    contains: ['putusan sengketa', 'hasil sengketa', 'putusan komisi informasi', 'dispute outcome'],
  },
  disputeDecided: {
    exact: ['Tanggal Putusan Komisi Informasi'],
    contains: ['tanggal putusan sengketa', 'tanggal putusan komisi', 'dispute decided'],
  },
  dispute: {
    exact: ['Sengketa Informasi', 'Diajukan Sengketa', 'Information Dispute'],
    contains: ['sengketa'],
  },
  officer: {
    exact: ['Nama Petugas', 'Petugas Layanan', 'Petugas Penerima', 'Diterima Oleh', 'Handled By', 'Staff', 'Received By'],
    contains: ['petugas', 'officer'],
  },
  notes: {
    exact: ['Notes', 'Remarks', 'Comments', 'Comment'],
    ambiguous: ['Keterangan', 'Ket', 'Ket.', 'Catatan'],
  },
  // Issue 23: how decisions were carried out. Their phrases are longer than "putusan sengketa",
  // "putusan komisi informasi" and "sengketa", so a "Pelaksanaan Putusan …" header is never read
  // as the decision itself.
  objectionExecution: {
    exact: ['Pelaksanaan Keputusan Atasan PPID', 'Tindak Lanjut Putusan Atasan PPID', 'Objection Decision Carried Out'],
    contains: ['pelaksanaan putusan atasan', 'pelaksanaan keputusan atasan', 'pelaksanaan tanggapan atasan', 'pelaksanaan putusan keberatan'],
  },
  objectionExecuted: {
    exact: ['Tgl Pelaksanaan Putusan Atasan PPID'],
    contains: ['tanggal pelaksanaan putusan atasan', 'tanggal pelaksanaan keputusan atasan', 'tanggal pelaksanaan putusan keberatan', 'tgl pelaksanaan putusan atasan'],
  },
  disputeExecution: {
    exact: ['Pelaksanaan Putusan Ajudikasi', 'Pelaksanaan Hasil Mediasi/Ajudikasi', 'Tindak Lanjut Putusan Komisi Informasi', 'Dispute Decision Carried Out'],
    contains: ['pelaksanaan putusan sengketa', 'pelaksanaan putusan komisi informasi', 'pelaksanaan putusan komisi', 'pelaksanaan putusan ajudikasi', 'pelaksanaan hasil mediasi'],
  },
  disputeExecuted: {
    exact: ['Tgl Pelaksanaan Putusan Sengketa'],
    contains: ['tanggal pelaksanaan putusan sengketa', 'tanggal pelaksanaan putusan komisi', 'tgl pelaksanaan putusan sengketa', 'tanggal pelaksanaan putusan ajudikasi'],
  },
  courtFiled: {
    exact: ['Tgl Gugatan ke Pengadilan'],
    contains: ['tanggal gugatan', 'tgl gugatan', 'tanggal pengajuan gugatan', 'court suit filed'],
  },
  // The request's DIP or DIK entry (issue #27): "Nomor DIP", "No. DIK", "Kode DIP/DIK", "Entri DIP".
  dipNumber: {
    exact: ['Nomor DIP/DIK', 'No DIP/DIK', 'Kode DIP/DIK', 'Nomor Daftar Informasi', 'Rujukan DIP', 'Rujukan DIP/DIK', 'DIP/DIK No.'],
    contains: ['nomor dip', 'no dip', 'nomor dik', 'no dik', 'entri dip', 'informasi dip', 'dip dik', 'kode dip'],
  },
  infoHeld: {
    exact: ['Status Informasi', 'Penguasaan Informasi', 'Informasi Dikuasai', 'Information Held', 'Information Status'],
    contains: ['status informasi', 'penguasaan informasi', 'information held'],
  },
  requestKind: {
    exact: ['Jenis Permohonan', 'Jenis Permintaan', 'Request Type', 'Type of Request'],
    contains: ['jenis permohonan', 'jenis permintaan'],
  },
  seq: {
    ambiguous: ['No', 'No.', 'Nomor', 'Nomor Urut', 'No Urut', 'No. Urut', '#', 'S/N', 'Sl. No.', 'Nr'],
  },
  due: { contains: ['batas waktu'] },
  workingDays: { contains: ['hari kerja layanan'] },
  slaStatus: { contains: ['status sla'] },
  objectionDue: { contains: ['batas tanggapan keberatan'] },
  objectionStatus: { contains: ['status keberatan'] },
  disputeWindow: { contains: ['batas pengajuan sengketa'] },
  disputeSettleDue: { contains: ['batas penyelesaian sengketa'] },
  disputeClock: { contains: ['status penyelesaian sengketa'] },
};

/** How strongly a header names a column: 3 its exact name, 2 an ambiguous name, 1 a phrase inside it. */
export type Strength = 1 | 2 | 3;

export interface HeaderMatch {
  key: MatchKey;
  strength: Strength;
  /** For phrases: how many words matched (the longer phrase is the more specific). */
  words: number;
}

interface Index {
  exact: Map<string, MatchKey>;
  ambiguous: Map<string, MatchKey[]>;
  contains: Array<{ phrase: string; key: MatchKey; words: number }>;
}

let index: Index | null = null;

/** "#" and "No." normalise to nothing and "no": keep a bare "#" as its own spelling. */
function norm(s: unknown): string {
  const raw = s === null || s === undefined ? '' : String(s).trim();
  if (raw === '#') return '#';
  return normalizeHeader(raw);
}

function buildIndex(): Index {
  const exact = new Map<string, MatchKey>();
  const ambiguous = new Map<string, MatchKey[]>();
  const contains: Index['contains'] = [];
  const addExact = (s: string, key: MatchKey) => {
    const n = norm(s);
    if (n && !exact.has(n)) exact.set(n, key);
  };
  // The canonical headers first, so no variant can take another column's real name.
  for (const c of REGISTER_COLUMNS) {
    addExact(c.id, c.key);
    addExact(c.en, c.key);
  }
  for (const c of COMPUTED_COLUMNS) {
    addExact(c.id, c.key);
    addExact(c.en, c.key);
  }
  for (const c of ADOPTED_COLUMNS) {
    addExact(c.id, c.key);
    addExact(c.en, c.key);
  }
  for (const c of REGISTER_COLUMNS) for (const a of c.aliases ?? []) addExact(a, c.key);
  for (const [key, v] of Object.entries(HEADER_VARIANTS) as Array<[MatchKey, Variants]>) {
    for (const s of v.exact ?? []) addExact(s, key);
  }
  for (const [key, v] of Object.entries(HEADER_VARIANTS) as Array<[MatchKey, Variants]>) {
    for (const s of v.ambiguous ?? []) {
      const n = norm(s);
      if (!n || exact.has(n)) continue;
      const list = ambiguous.get(n) ?? [];
      if (!list.includes(key)) list.push(key);
      ambiguous.set(n, list);
    }
    for (const s of v.contains ?? []) {
      const n = norm(s);
      if (n) contains.push({ phrase: n, key, words: n.split(' ').length });
    }
  }
  // "Nomor" and "No" are a row number or a registration number: the cells decide.
  for (const n of ['no', 'nomor']) {
    const list = ambiguous.get(n)!;
    if (!list.includes('number')) list.push('number');
  }
  contains.sort((a, b) => b.words - a.words);
  return { exact, ambiguous, contains };
}

function getIndex(): Index {
  return index ?? (index = buildIndex());
}

/** Every column a header text may name, strongest first. */
export function matchHeader(text: unknown): HeaderMatch[] {
  const n = norm(text);
  if (!n) return [];
  const ix = getIndex();
  const out: HeaderMatch[] = [];
  const exact = ix.exact.get(n);
  if (exact) out.push({ key: exact, strength: 3, words: n.split(' ').length });
  for (const key of ix.ambiguous.get(n) ?? []) out.push({ key, strength: 2, words: n.split(' ').length });
  if (!out.length) {
    const padded = ` ${n} `;
    const seen = new Set<MatchKey>();
    for (const c of ix.contains) {
      if (!seen.has(c.key) && padded.includes(` ${c.phrase} `)) {
        seen.add(c.key);
        out.push({ key: c.key, strength: 1, words: c.words });
      }
    }
  }
  return out;
}

/**
 * The one field a title names, for matching outside a register (Google Form question titles):
 * the strongest match, and among phrases the longest. Null for the ignored columns and for titles
 * that name nothing or two fields equally.
 */
export function fieldOfTitle(title: string): FieldKey | null {
  const matches = matchHeader(title);
  if (!matches.length) return null;
  const best = matches[0];
  const tie = matches.find((m, i) => i > 0 && m.strength === best.strength && m.words === best.words);
  if (tie || best.key === 'seq' || COMPUTED_KEYS.has(best.key)) return null;
  return best.key as FieldKey;
}

export function isComputedKey(k: string): k is ComputedKey {
  return COMPUTED_KEYS.has(k);
}

/** A 0-based column index as its sheet letter: 0 → A, 26 → AA. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet column letter as a 0-based index, or -1. */
export function columnIndexOfLetter(letter: string): number {
  if (!/^[A-Z]{1,3}$/.test(letter)) return -1;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
