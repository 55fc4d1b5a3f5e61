// Drives the built bundle in the emulator the way a person does: a spreadsheet, a menu handler
// in, sheets and documents out.
import path from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions } from '@ppid-sheets/emulator';
import { header } from '../../scripts/lib/generate-register';

export const DIST = path.resolve(__dirname, '../../dist');

export function addonEmulator(options: EmulatorOptions = {}): Emulator {
  const em = createEmulator({ now: '2025-07-10T03:00:00Z', ...options });
  em.load(DIST);
  return em;
}

/** Puts a register (header + rows) into the active spreadsheet's first sheet, named Register. */
export function fillRegister(em: Emulator, rows: unknown[][], head: string[] = header()): any {
  const ss = em.spreadsheet;
  const sheet = ss.getSheetByName('Register') ?? ss.getSheets()[0];
  sheet.setName('Register');
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  // A new sheet has 26 columns; the full register has more.
  if (sheet.getMaxColumns() < head.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), head.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length + 1, head.length).setValues([head, ...rows]);
  em.resetCalls();
  return sheet;
}

/** Midnight WIB of a YYYY-MM-DD date, as a Sheets date cell holds it. */
export function wib(ymd: string): Date {
  return new Date(`${ymd}T00:00:00+07:00`);
}

/** A register row from named fields (Indonesian headers), blanks elsewhere. */
export function row(fields: Record<string, unknown>, head: string[] = header()): unknown[] {
  return head.map((h) => (h in fields ? fields[h] : ''));
}

/** The values of a sheet as plain data, for before/after comparisons. */
export function snapshot(sheet: any): unknown[][] {
  const last = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (!last || !cols) return [];
  return (sheet.getRange(1, 1, last, cols).getValues() as unknown[][]).map((r) =>
    r.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v)),
  );
}

// biome-ignore format: a table laid out by hand, one entry per line
export const SEED_ROWS = [
  row({ 'No. Registrasi': '001/PPID/2021', 'Tanggal Permohonan': wib('2021-07-13'), Saluran: 'Instagram', 'Nama Pemohon': 'Rina Marlina', 'Kategori Pemohon': 'Perseorangan', Alamat: 'Jl. Kiaracondong No. 12', Kontak: 'rina@mail.example', 'Informasi yang Diminta': 'Jadwal pelatihan jalan', Topik: 'Pelatihan', 'Klasifikasi Informasi': 'Berkala', Status: 'Dipenuhi', Perpanjangan: 'Tidak', 'Tanggal Selesai': wib('2021-07-14') }),
  row({ 'No. Registrasi': '002/PPID/2021', 'Tanggal Permohonan': wib('2021-08-24'), Saluran: 'Instagram', 'Nama Pemohon': 'Dimas Arya', 'Kategori Pemohon': 'Perseorangan', Alamat: 'Jl. Cicaheum No. 5', Kontak: '0812-1111-2222', 'Informasi yang Diminta': 'Tautan e-pelatihan perumahan', Topik: 'e-Pelatihan', 'Klasifikasi Informasi': 'Setiap Saat', Status: 'Dipenuhi', Perpanjangan: 'Tidak', 'Tanggal Selesai': wib('2021-08-26') }),
  row({ 'No. Registrasi': '003/PPID/2021', 'Tanggal Permohonan': wib('2021-09-08'), Saluran: 'Ruang Layanan', 'Nama Pemohon': 'Slamet Riyadi', 'Kategori Pemohon': 'Perseorangan', Alamat: 'Jl. Suci No. 40', Kontak: 'slamet@mail.example', 'Informasi yang Diminta': 'Informasi lowongan magang', Topik: 'Lowongan Kerja & Magang', 'Klasifikasi Informasi': 'Setiap Saat', Status: 'Dipenuhi', Perpanjangan: 'Tidak', 'Tanggal Selesai': wib('2021-09-08') }),
];

export const PERSONAL = [
  'Rina Marlina',
  'Dimas Arya',
  'Slamet Riyadi',
  'Kiaracondong',
  'Cicaheum No. 5',
  'Jl. Suci',
  'rina@mail.example',
  '0812-1111-2222',
  'slamet@mail.example',
  'Jadwal pelatihan jalan',
  'Tautan e-pelatihan perumahan',
  'Informasi lowongan magang',
];

/** A Drive file record of the emulator, loosely typed for assertions. */
export function file(em: Emulator, id: string): any {
  const f = em.rt.files.get(id);
  if (!f) throw new Error(`no such file in the emulated Drive: ${id}`);
  return f;
}

/** Opens an emulated Google Docs document by ID (as DocumentApp.openById does). */
export function openDoc(em: Emulator, id: string): any {
  return em.services.DocumentApp.openById(id);
}
