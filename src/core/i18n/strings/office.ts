// Strings of an office of several officers (issue #26): a folder, template or earlier file that
// another officer's account made and this officer's add-on cannot reach. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const OFFICE_STRINGS: Record<string, { id: string; en: string }> = {
  'err.folderOfColleague': {
    id: 'Folder "{value}" milik unit ini dibuat oleh {owner}, dan PPID Sheets belum dapat membukanya dengan akun Anda ({me}). Minta {owner} membagikan folder itu kepada Anda sebagai Editor, lalu pilih folder itu sekali lewat menu PPID Sheets › Pilih Folder Unit. Bila folder itu sudah dihapus, tulis nama folder baru di Pengaturan. Tidak ada yang dibuat atau diubah.',
    en: 'The folder "{value}" of this unit was made by {owner}, and PPID Sheets cannot open it with your account ({me}) yet. Ask {owner} to share that folder with you as an Editor, then pick it once with PPID Sheets › Pick the Unit Folder. If the folder was deleted, enter a new folder name in Settings. Nothing was made or changed.',
  },
  'err.folderOfUnknown': {
    id: 'Folder "{value}" milik unit ini dibuat oleh petugas lain, dan PPID Sheets belum dapat membukanya dengan akun Anda. Minta petugas yang membuat laporan atau surat sebelumnya membagikan folder itu kepada Anda sebagai Editor, lalu pilih folder itu sekali lewat menu PPID Sheets › Pilih Folder Unit. Bila folder itu sudah dihapus, tulis nama folder baru di Pengaturan. Tidak ada yang dibuat atau diubah.',
    en: 'The folder "{value}" of this unit was made by another officer, and PPID Sheets cannot open it with your account yet. Ask the officer who made the earlier report or letter to share that folder with you as an Editor, then pick it once with PPID Sheets › Pick the Unit Folder. If the folder was deleted, enter a new folder name in Settings. Nothing was made or changed.',
  },
  'err.templateOfColleague': {
    id: 'Templat "{template}" milik unit ini dibuat oleh {owner}, dan akun Anda tidak dapat membukanya. Minta {owner} membagikan templat itu (bukan folder surat, yang memuat data pemohon) kepada Anda sebagai Pelihat, lalu coba lagi. Templat unit tidak diganti; tidak ada surat yang dibuat.',
    en: 'The template "{template}" of this unit was made by {owner}, and your account cannot open it. Ask {owner} to share that template (not the letters folder, which holds applicants\' data) with you as a Viewer, then try again. The unit\'s template was not replaced; no letter was made.',
  },
  'err.templateOfUnknown': {
    id: 'Templat "{template}" milik unit ini dibuat oleh petugas lain, dan akun Anda tidak dapat membukanya. Minta petugas yang membuat surat sebelumnya membagikan templat itu (bukan folder surat) kepada Anda sebagai Pelihat, lalu coba lagi. Templat unit tidak diganti; tidak ada surat yang dibuat.',
    en: 'The template "{template}" of this unit was made by another officer, and your account cannot open it. Ask the officer who made the earlier letters to share that template (not the letters folder) with you as a Viewer, then try again. The unit\'s template was not replaced; no letter was made.',
  },
  'log.sheet': { id: 'Log Aktivitas', en: 'Activity Log' },
  'log.col.time': { id: 'Waktu', en: 'Time' },
  'log.col.user': { id: 'Pengguna', en: 'User' },
  'log.col.action': { id: 'Tindakan', en: 'Action' },
  'log.col.what': { id: 'Periode/Baris', en: 'Period/Row' },
  'log.col.files': { id: 'ID Berkas', en: 'File IDs' },
  'log.row': { id: 'baris {row}', en: 'row {row}' },
  'log.unknownUser': { id: 'tidak diketahui', en: 'unknown' },
  'log.note': { id: 'Catatan kegiatan add-on oleh setiap petugas. Ini catatan, bukan bukti anti-ubah: setiap editor spreadsheet dapat mengubahnya.', en: 'What each officer\'s add-on did. A record, not tamper-proof: every editor of the spreadsheet can change it.' },
  'log.action.setup': { id: 'Siapkan register', en: 'Set up register' },
  'log.action.report': { id: 'Buat laporan', en: 'Make report' },
  'log.action.letter': { id: 'Buat surat', en: 'Make letter' },
  'log.action.consolidate': { id: 'Gabungkan laporan', en: 'Consolidate reports' },
  'log.action.reminderOn': { id: 'Pengingat harian dinyalakan', en: 'Daily reminder switched on' },
  'log.action.reminderOff': { id: 'Pengingat harian dimatikan', en: 'Daily reminder switched off' },
  'log.action.intakeOn': { id: 'Formulir masuk dinyalakan', en: 'Form intake switched on' },
  'log.action.intakeOff': { id: 'Formulir masuk dimatikan', en: 'Form intake switched off' },
  'log.action.intake': { id: 'Permohonan dari formulir dicatat', en: 'Form requests logged' },
  'check.lastActions': { id: 'Tindakan terakhir (sheet Log Aktivitas):', en: 'Last actions (Activity Log sheet):' },
};
