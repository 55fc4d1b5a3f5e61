// The problem messages officers read in the register check and the recap, in Indonesian and
// English, plus UI_STRINGS (menus, dialogs, report text) merged in from ui-strings.ts.
// Placeholders are {name}; a missing parameter is left visible rather than silently blanked.
import type { Lang } from '../types';
import { UI_STRINGS } from './ui-strings';
import { CHAIN_PROBLEMS } from './strings/chain-problems';
import { REGISTER_CELL_MESSAGES } from './strings/register-cells';
import { EXECUTION_PROBLEMS } from './strings/execution';

// biome-ignore format: a table laid out by hand, one entry per line
export const MESSAGES: Record<string, { id: string; en: string }> = {
  'error.no_header': {
    id: 'Baris judul register tidak ditemukan: tidak ada kolom "Tanggal Permohonan". Jalankan Siapkan Register atau periksa nama kolom.',
    en: 'The register\'s header row was not found: there is no "Date Received" column. Run Set Up Register or check the column names.',
  },
  'error.bad_period': {
    id: 'Periode "{value}" tidak dikenali. Tulis misalnya 2025-TW2 (triwulan) atau 2025 (tahunan).',
    en: 'Period "{value}" is not recognised. Write e.g. 2025-Q2 (quarter) or 2025 (year).',
  },
  'problem.column.missing': {
    id: 'Kolom wajib "{column}" tidak ada di baris judul register. Tambahkan kolom ini agar data dapat diperiksa.',
    en: 'The required column "{column}" is not in the register\'s header row. Add it so the data can be checked.',
  },
  'problem.received.missing': {
    id: 'Tanggal Permohonan belum diisi, sehingga baris ini tidak dapat dimasukkan ke triwulan mana pun dan tidak dihitung.',
    en: 'Date Received is empty, so this row cannot be placed in any quarter and is not counted.',
  },
  'problem.received.invalid': {
    id: 'Tanggal Permohonan "{value}" bukan tanggal yang benar, sehingga baris ini tidak dihitung. Tulis misalnya 31/12/2025.',
    en: 'Date Received "{value}" is not a valid date, so this row is not counted. Write e.g. 2025-12-31.',
  },
  'problem.date.invalid': {
    id: '"{value}" bukan tanggal yang benar. Tulis misalnya 31/12/2025.',
    en: '"{value}" is not a valid date. Write e.g. 2025-12-31.',
  },
  'problem.required.missing': {
    id: 'Kolom {column} wajib diisi.',
    en: '{column} must be filled in.',
  },
  'problem.list.other': {
    id: '"{value}" tidak ada dalam pilihan {column}, sehingga dihitung sebagai {other}.',
    en: '"{value}" is not one of the {column} options, so it is counted as {other}.',
  },
  'problem.list.dropped': {
    id: '"{value}" tidak ada dalam pilihan {column}, sehingga tidak dihitung pada kolom ini.',
    en: '"{value}" is not one of the {column} options, so it is not counted for this column.',
  },
  'problem.yesno.unknown': {
    id: '{column} harus berisi Ya atau Tidak; "{value}" dianggap Tidak.',
    en: '{column} must be Ya (yes) or Tidak (no); "{value}" is taken as Tidak.',
  },
  // The `.hidden` wordings name the column but never its content (ParseOptions.quoteValues false).
  'problem.received.invalid.hidden': {
    id: 'Tanggal Permohonan tidak berisi tanggal yang benar, sehingga baris ini tidak dihitung. Tulis misalnya 31/12/2025.',
    en: 'Date Received does not hold a valid date, so this row is not counted. Write e.g. 2025-12-31.',
  },
  'problem.date.invalid.hidden': {
    id: 'Isi kolom {column} bukan tanggal yang benar. Tulis misalnya 31/12/2025.',
    en: 'The {column} cell does not hold a valid date. Write e.g. 2025-12-31.',
  },
  'problem.list.other.hidden': {
    id: 'Nilai kolom {column} tidak dikenali (tidak ada dalam pilihan), sehingga dihitung sebagai {other}.',
    en: 'The {column} value is not recognised (not one of the options), so it is counted as {other}.',
  },
  'problem.list.dropped.hidden': {
    id: 'Nilai kolom {column} tidak dikenali (tidak ada dalam pilihan), sehingga tidak dihitung pada kolom ini.',
    en: 'The {column} value is not recognised (not one of the options), so it is not counted for this column.',
  },
  'problem.yesno.unknown.hidden': {
    id: '{column} harus berisi Ya atau Tidak; nilai yang tidak dikenali dianggap Tidak.',
    en: '{column} must be Ya (yes) or Tidak (no); the value is not recognised and is taken as Tidak.',
  },
  'problem.fee.invalid.hidden': {
    id: 'Nilai kolom {column} tidak dikenali: biaya harus berupa angka 0 atau lebih.',
    en: 'The {column} value is not recognised: a fee must be a number of 0 or more.',
  },
  'problem.list.noncanonical': {
    id: '{column} berisi "{value}" yang dihitung sebagai {canonical}, tetapi kolom otomatis register hanya mengenali {canonical} dari daftar pilihan. Pilih {canonical} dari daftar agar Batas Waktu dan Status SLA di register sesuai dengan laporan.',
    en: '{column} holds "{value}", counted as {canonical}, but the register\'s automatic columns only recognise {canonical} from the dropdown. Pick {canonical} from the dropdown so Due Date and SLA Status in the register agree with the report.',
  },
  'problem.list.noncanonical.hidden': {
    id: '{column} dihitung sebagai {canonical}, tetapi isinya bukan pilihan {canonical} dari daftar (ejaan lain atau ada spasi), sehingga kolom otomatis register tidak mengenalinya. Pilih {canonical} dari daftar agar Batas Waktu dan Status SLA di register sesuai dengan laporan.',
    en: '{column} is counted as {canonical}, but the cell is not the dropdown\'s {canonical} (another spelling or extra spaces), so the register\'s automatic columns do not see it. Pick {canonical} from the dropdown so Due Date and SLA Status in the register agree with the report.',
  },
  'problem.number.duplicate': {
    id: 'No. Registrasi {number} sudah dipakai di baris {firstRow}. Setiap permohonan perlu nomor sendiri.',
    en: 'Registration No. {number} is already used on row {firstRow}. Each request needs its own number.',
  },
  'problem.answered.before_received': {
    id: 'Tanggal Selesai ({answered}) lebih awal dari Tanggal Permohonan ({received}). Periksa kedua tanggal.',
    en: 'Date Answered ({answered}) is before Date Received ({received}). Please check both dates.',
  },
  'problem.answered.missing': {
    id: 'Status "{status}" berarti permohonan sudah selesai, tetapi Tanggal Selesai belum diisi.',
    en: 'Status "{status}" means the request is finished, but Date Answered is empty.',
  },
  'problem.refusal.missing': {
    id: 'Permohonan ditolak tetapi Alasan Penolakan belum diisi.',
    en: 'The request was refused but no Refusal Reason is given.',
  },
  'problem.fee.invalid': {
    id: 'Biaya "{value}" harus berupa angka 0 atau lebih.',
    en: 'Fee "{value}" must be a number of 0 or more.',
  },
  'problem.objection.date_missing': {
    id: 'Ada isian keberatan, tetapi Tanggal Keberatan belum diisi.',
    en: 'Objection details are filled in, but Objection Date is empty.',
  },
  'problem.objection.answered_before': {
    id: 'Tanggal Tanggapan Keberatan ({answered}) lebih awal dari Tanggal Keberatan ({filed}).',
    en: 'Objection Answered ({answered}) is before Objection Date ({filed}).',
  },
  'problem.objection.before_received': {
    id: 'Tanggal Keberatan ({filed}) lebih awal dari Tanggal Permohonan ({received}).',
    en: 'Objection Date ({filed}) is before Date Received ({received}).',
  },
  ...CHAIN_PROBLEMS,
  ...REGISTER_CELL_MESSAGES,
  ...EXECUTION_PROBLEMS,
};

let merged: Record<string, { id: string; en: string }> | null = null;

/** MESSAGES plus UI_STRINGS; merged on first use so ui-strings.ts may grow independently. */
export function allStrings(): Record<string, { id: string; en: string }> {
  if (!merged) merged = { ...UI_STRINGS, ...MESSAGES };
  return merged;
}

/** The string for `key` in `lang`, with {params} filled in; the key itself when unknown. */
export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const entry = allStrings()[key];
  if (!entry) return key;
  const text = entry[lang] || entry.id;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}
