// Strings of the add-on's self-checks: the formula form it writes, the probe, the register's
// sample check, and Drive being unavailable. Indonesian first; English for units that choose it.
// biome-ignore format: a table laid out by hand, one entry per line
export const TRUST_STRINGS: Record<string, { id: string; en: string }> = {
  'err.driveDisabled': {
    id: 'Layanan Google Drive tidak aktif untuk PPID Sheets, sehingga laporan tidak dapat disimpan. Minta admin Google Workspace instansi Anda mengaktifkan Google Drive API (Drive SDK) untuk add-on ini, lalu coba lagi.',
    en: 'The Google Drive service is not available to PPID Sheets, so the report cannot be saved. Ask your Google Workspace admin to turn on the Google Drive API (Drive SDK) for this add-on, then try again.',
  },
  'setup.noFormulas': {
    id: 'Kolom otomatis (Batas Waktu, Status SLA, dan lainnya) tidak diisi rumus: uji rumus di spreadsheet ini tidak memberi hasil yang sama dengan perhitungan PPID Sheets. Laporan dan Periksa Data tetap menghitung dengan benar. Laporkan hal ini kepada pengelola PPID Sheets.',
    en: 'The computed columns (Due Date, SLA Status and the others) were left without formulas: the formula test in this spreadsheet did not give the same results as PPID Sheets. Reports and Check Data still compute correctly. Please tell the PPID Sheets maintainers.',
  },
  'form.name.array': { id: 'satu ARRAYFORMULA per kolom', en: 'one ARRAYFORMULA per column' },
  'form.name.map': { id: 'satu MAP/LAMBDA per kolom', en: 'one MAP/LAMBDA per column' },
  'form.status.set': {
    id: 'Rumus kolom otomatis: {form}, pemisah argumen "{sep}". Diuji oleh Siapkan Register pada {at}.',
    en: 'Computed-column formulas: {form}, argument separator "{sep}". Tested by Set Up Register on {at}.',
  },
  'form.status.none': {
    id: 'Rumus kolom otomatis: tidak dipasang, karena tidak ada bentuk rumus yang lolos uji (diuji {at}).',
    en: 'Computed-column formulas: not written, because no formula form passed the test (tested {at}).',
  },
  'form.status.unknown': {
    id: 'Rumus kolom otomatis: belum diuji. Jalankan Siapkan Register.',
    en: 'Computed-column formulas: not tested yet. Run Set Up Register.',
  },
  'live.status.ok': {
    id: 'Pemeriksaan contoh kolom otomatis ({at}): {cells} sel sama dengan perhitungan PPID Sheets.',
    en: 'Sample check of the computed columns ({at}): {cells} cells equal PPID Sheets\' own results.',
  },
  'live.status.none': {
    id: 'Pemeriksaan contoh kolom otomatis ({at}): tidak ada baris dengan tanggal dan nilai baku untuk dibandingkan.',
    en: 'Sample check of the computed columns ({at}): no row with real dates and standard values to compare.',
  },
  'live.differs': {
    id: 'Kolom "{column}": {count} dari {checked} sel contoh berbeda dari perhitungan PPID Sheets (baris {rows}). Jalankan Siapkan Register; bila tetap berbeda, laporkan kepada pengelola PPID Sheets.',
    en: 'Column "{column}": {count} of {checked} sampled cells differ from PPID Sheets\' own results (rows {rows}). Run Set Up Register; if they still differ, tell the PPID Sheets maintainers.',
  },
  'live.blocked': {
    id: 'Kolom "{column}" tampaknya tertimpa nilai yang diketik, sehingga rumusnya tidak menampilkan hasil. Hapus nilai yang diketik di kolom itu, atau jalankan Siapkan Register.',
    en: 'Column "{column}" seems to be overwritten by a typed value, so its formula shows nothing. Delete what was typed in that column, or run Set Up Register.',
  },
  'live.missing': {
    id: 'Kolom "{column}" tidak lagi berisi rumus PPID Sheets. Jalankan Siapkan Register untuk memasangnya kembali.',
    en: 'Column "{column}" no longer holds the PPID Sheets formula. Run Set Up Register to put it back.',
  },
  'live.reportStill': {
    id: 'Laporan ini tetap dihitung oleh PPID Sheets sendiri, bukan dari kolom tersebut.',
    en: 'This report is still computed by PPID Sheets itself, not from those columns.',
  },
  'live.summary': {
    id: 'Ada {count} catatan tentang kolom otomatis; rinciannya di sheet "{sheet}", kolom F. Jalankan Siapkan Register untuk memperbaikinya.',
    en: 'There are {count} notes about the computed columns; see the "{sheet}" sheet, column F. Run Set Up Register to repair them.',
  },
  'check.statusHeader': { id: 'Kolom Otomatis', en: 'Computed Columns' },
};
