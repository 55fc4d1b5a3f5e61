// Strings of the settings a report needs and the office has not filled in (Nama Unit, Kota, Nama
// Petugas PPID): the placeholder the document shows where each belongs, and the report and
// consolidation dialogs' notes naming them; and what a refusal calls one of two picked files that
// share a name. Written for this project.
// biome-ignore format: a table laid out by hand, one entry per line
export const MISSING_SETTINGS_STRINGS: Record<string, { id: string; en: string }> = {
  // Same opening as the annual items' placeholder ("[BELUM DIISI: …"), so one look finds them all.
  'settings.notFilled': { id: '[BELUM DIISI: {label}]', en: '[NOT FILLED IN: {label}]' },
  'done.missingSettings.lead': {
    id: 'Pengaturan yang belum diisi (tampil sebagai teks [BELUM DIISI] di sampul dan tanda tangan dokumen):',
    en: 'Settings not filled in (shown as [NOT FILLED IN] text on the document\'s cover and signature):',
  },
  'done.missingSettings.how': {
    id: 'Isi di sheet Pengaturan, kolom Nilai, lalu buat ulang laporan.',
    en: 'Fill them in the Settings sheet, column Value, then make the report again.',
  },
  'cons.dialog.missingSettings': {
    id: 'Pengaturan yang belum diisi (tampil sebagai [BELUM DIISI] di dokumen): {list}. Isi di sheet Pengaturan, lalu gabungkan ulang.',
    en: 'Settings not filled in (shown as [NOT FILLED IN] in the document): {list}. Fill them in the Settings sheet, then consolidate again.',
  },
  // Two picked files with one name (issue #23 item 12): each refusal must say which one it means.
  'cons.file.sameName': { id: '{name} (berkas ke-{n} yang dipilih)', en: '{name} (file {n} picked)' },
  'cons.file.sameNameEdited': { id: '{name} (berkas ke-{n} yang dipilih, diubah {edited})', en: '{name} (file {n} picked, modified {edited})' },
};
