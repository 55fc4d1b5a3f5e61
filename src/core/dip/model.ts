// The two lists a public body keeps (UU 14/2008 Pasal 11 ayat 1 huruf a; Pasal 17, 19, 20): the
// Daftar Informasi Publik and the Daftar Informasi yang Dikecualikan, as columns and entries.
// Pure data. The first seven DIP columns follow the DIP form of Perki 1/2021 (docs/dip.md); the
// rest are the add-on's own.
import type { Day } from '../types';

/** The open classes of UU 14/2008 Pasal 9, 10, 11 (the register's Klasifikasi Informasi, minus Dikecualikan). */
export const DIP_CLASSES = ['Berkala', 'Serta Merta', 'Setiap Saat'] as const;
export type DipClass = (typeof DIP_CLASSES)[number];

/** Only Final entries are published, counted and reported. */
export const DIP_STATES = ['Draf', 'Final'] as const;
export type DipState = (typeof DIP_STATES)[number];

/** The forms the DIP form asks for ("bentuk informasi yang tersedia"); other text is kept, with a warning dropdown. */
export const DIP_FORMS = ['Softcopy', 'Hardcopy', 'Softcopy dan Hardcopy'];

export type DipColumnType = 'text' | 'list' | 'date' | 'url' | 'live';

export interface DipColumn<K extends string = string> {
  key: K;
  id: string;
  en: string;
  type: DipColumnType;
  /** The dropdown's values for a list column. */
  list?: readonly string[];
  /** A list column whose dropdown refuses other values (the others warn). */
  strict?: boolean;
  width: number;
  /** Other headers read as this column (older lists, the usual spellings). */
  aliases?: string[];
}

export type DipKey =
  | 'number'
  | 'summary'
  | 'holder'
  | 'responsible'
  | 'made'
  | 'forms'
  | 'retention'
  | 'infoClass'
  | 'link'
  | 'updated'
  | 'state';

// biome-ignore format: a table laid out by hand, one entry per line
export const DIP_COLUMNS: DipColumn<DipKey>[] = [
  { key: 'number', id: 'Nomor', en: 'Number', type: 'text', width: 80, aliases: ['No', 'No.'] },
  { key: 'summary', id: 'Ringkasan Isi Informasi', en: 'Summary of the Information', type: 'text', width: 320, aliases: ['Ringkasan Informasi', 'Judul Informasi'] },
  { key: 'holder', id: 'Pejabat/Unit yang Menguasai Informasi', en: 'Official or Unit Holding It', type: 'text', width: 200, aliases: ['Pejabat/Unit/Satker yang Menguasai Informasi'] },
  { key: 'responsible', id: 'Penanggung Jawab Pembuatan/Penerbitan', en: 'Responsible for Making/Issuing', type: 'text', width: 200, aliases: ['Penanggungjawab Pembuatan atau Penerbitan Informasi', 'Penanggung Jawab'] },
  { key: 'made', id: 'Waktu dan Tempat Pembuatan', en: 'Time and Place Made', type: 'text', width: 180, aliases: ['Tempat dan Waktu Pembuatan', 'Waktu dan Tempat Pembuatan Informasi'] },
  { key: 'forms', id: 'Bentuk Informasi yang Tersedia', en: 'Forms Available', type: 'list', list: DIP_FORMS, width: 170, aliases: ['Bentuk Informasi'] },
  { key: 'retention', id: 'Jangka Waktu Penyimpanan/Retensi', en: 'Retention Period', type: 'text', width: 160, aliases: ['Jangka Waktu Penyimpanan atau Retensi Arsip', 'Retensi'] },
  { key: 'infoClass', id: 'Klasifikasi Informasi', en: 'Information Class', type: 'list', list: DIP_CLASSES, strict: true, width: 130, aliases: ['Klasifikasi', 'Jenis Informasi'] },
  { key: 'link', id: 'Tautan Publikasi', en: 'Published At (Link)', type: 'url', width: 240, aliases: ['Tautan', 'Link'] },
  { key: 'updated', id: 'Tanggal Pemutakhiran', en: 'Last Updated', type: 'date', width: 120, aliases: ['Tanggal Diperbarui'] },
  { key: 'state', id: 'Keadaan', en: 'State', type: 'list', list: DIP_STATES, strict: true, width: 90, aliases: ['Status Entri'] },
];

export type DikKey =
  | 'number'
  | 'summary'
  | 'holder'
  | 'ground'
  | 'law'
  | 'harm'
  | 'interest'
  | 'from'
  | 'until'
  | 'periodNote'
  | 'decreeNumber'
  | 'decreeDate'
  | 'state'
  | 'expiry';

/** The grounds of the DIK's dropdown: UU 14/2008 Pasal 17 huruf a–j, then another law. */
export const DIK_GROUNDS = [...'abcdefghij'.split('').map((l) => `Pasal 17 huruf ${l}`), 'Undang-undang lain'] as const;

/** Pasal 20 ayat (1): the exemptions of huruf a–f are not permanent (docs/dip.md: wording not verified). */
export const LIMITED_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

// biome-ignore format: a table laid out by hand, one entry per line
export const DIK_COLUMNS: DipColumn<DikKey>[] = [
  { key: 'number', id: 'Nomor', en: 'Number', type: 'text', width: 80, aliases: ['No', 'No.'] },
  { key: 'summary', id: 'Informasi yang Dikecualikan', en: 'Information Exempted', type: 'text', width: 300, aliases: ['Ringkasan Isi Informasi', 'Informasi'] },
  { key: 'holder', id: 'Pejabat/Unit yang Menguasai Informasi', en: 'Official or Unit Holding It', type: 'text', width: 200 },
  { key: 'ground', id: 'Dasar Pengecualian', en: 'Ground of Exemption', type: 'list', list: DIK_GROUNDS, strict: true, width: 150, aliases: ['Dasar Hukum Pengecualian'] },
  { key: 'law', id: 'Undang-undang dan Pasal yang Dirujuk', en: 'Statute and Article Relied On', type: 'text', width: 220, aliases: ['Dasar Hukum'] },
  { key: 'harm', id: 'Konsekuensi Bila Dibuka', en: 'Harm If Disclosed', type: 'text', width: 280, aliases: ['Konsekuensi'] },
  { key: 'interest', id: 'Kepentingan Lebih Besar yang Dilindungi', en: 'Greater Interest Served by Withholding', type: 'text', width: 280, aliases: ['Pertimbangan Bila Ditutup'] },
  { key: 'from', id: 'Dikecualikan Sejak', en: 'Exempt From', type: 'date', width: 120 },
  { key: 'until', id: 'Dikecualikan Sampai', en: 'Exempt Until', type: 'date', width: 120 },
  { key: 'periodNote', id: 'Keterangan Jangka Waktu', en: 'Period Note', type: 'text', width: 220, aliases: ['Jangka Waktu'] },
  { key: 'decreeNumber', id: 'Nomor Keputusan PPID', en: 'Decree Number', type: 'text', width: 170 },
  { key: 'decreeDate', id: 'Tanggal Keputusan', en: 'Decree Date', type: 'date', width: 120 },
  { key: 'state', id: 'Keadaan', en: 'State', type: 'list', list: DIP_STATES, strict: true, width: 90 },
  { key: 'expiry', id: 'Masa Pengecualian', en: 'Exemption Status', type: 'live', width: 170 },
];

export interface DipEntry {
  /** Sheet row (header = 1). */
  row: number;
  number: string;
  summary: string;
  holder: string;
  /** Names a person: never leaves the sheet except in the published DIP itself. */
  responsible: string;
  made: string;
  forms: string;
  retention: string;
  infoClass: DipClass | null;
  link: string;
  updated: Day | null;
  state: DipState;
}

export interface DikEntry {
  row: number;
  number: string;
  summary: string;
  holder: string;
  /** A value of DIK_GROUNDS, or null. */
  ground: string | null;
  /** Pasal 17's letter when the ground is one. */
  letter: string | null;
  law: string;
  harm: string;
  interest: string;
  from: Day | null;
  until: Day | null;
  periodNote: string;
  decreeNumber: string;
  decreeDate: Day | null;
  state: DipState;
}

export interface DipProblem {
  /** Which list: the DIP or the DIK. */
  list: 'dip' | 'dik';
  row: number;
  /** Header text of the column concerned ('' for the whole row). */
  column: string;
  code: string;
  message: string;
}

export interface DipList {
  entries: DipEntry[];
  exempted: DikEntry[];
  problems: DipProblem[];
}
