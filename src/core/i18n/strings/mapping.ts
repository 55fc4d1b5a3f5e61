// Strings of the register mapping: adopting a register kept under other headers (the preview
// dialog, the offline runner's notes, row problems of rows that are not requests).
// biome-ignore format: a table laid out by hand, one entry per line
export const MAPPING_STRINGS: Record<string, { id: string; en: string }> = {
  'error.no_date_column': {
    id: 'Kolom Tanggal Permohonan tidak ditemukan. Judul kolom di baris {row}: {headers}. Beri judul "Tanggal Permohonan" pada kolom tanggal diterimanya permohonan.',
    en: 'No Date Received column was found. Headers in row {row}: {headers}. Title the column of the date each request was received "Date Received".',
  },
  'problem.row.totals': {
    id: 'Baris ini tampaknya baris jumlah ({label}), bukan permohonan, sehingga tidak dihitung.',
    en: 'This row looks like a totals row ({label}), not a request, so it is not counted.',
  },
  'problem.row.unmapped': {
    id: 'Baris ini hanya berisi data pada kolom yang tidak dibaca PPID Sheets ({columns}), sehingga tidak dihitung sebagai permohonan.',
    en: 'This row only holds data in columns PPID Sheets does not read ({columns}), so it is not counted as a request.',
  },
  'problem.mapping.source': {
    id: 'Pemetaan di Pengaturan menunjuk kolom "{source}" untuk {column}, tetapi kolom itu tidak ada lagi di baris judul. Jalankan Siapkan Register untuk memetakan ulang.',
    en: 'The mapping in Settings points {column} at column "{source}", which is no longer in the header row. Run Set Up Register to map it again.',
  },

  'mapping.note.sniffed': {
    id: '{source} dibaca sebagai {field} karena isinya.',
    en: '{source} is read as {field} because of what it holds.',
  },
  'mapping.note.sniffedAnswered': {
    id: '{source} berisi tanggal yang tidak pernah sebelum {received}, sehingga dibaca sebagai Tanggal Selesai.',
    en: '{source} holds dates never before {received}, so it is read as Date Answered.',
  },
  'mapping.note.rival': {
    id: 'Lebih dari satu kolom tampak seperti {field}: dipakai {chosen}, bukan {others}. Ubah pemetaan bila salah.',
    en: 'More than one column looks like {field}: {chosen} is used, not {others}. Change the mapping if this is wrong.',
  },
  'mapping.note.blankHeader': {
    id: 'Kolom {column} berisi data tetapi judulnya kosong (mungkin sel judul yang digabung). Pilih isiannya bila perlu dibaca.',
    en: 'Column {column} holds data but has a blank header (perhaps a merged header cell). Map it if it should be read.',
  },
  'mapping.note.infoHeld': {
    id: '{source} menyatakan penguasaan informasi (dikuasai, tidak dikuasai, belum didokumentasikan), bukan status permohonan: dibaca sebagai dasar pemberitahuan tertulis, tidak pernah sebagai Status.',
    en: '{source} says whether the information is held (held, not held, not yet documented), not the request\'s status: it is read as the written-notice ground, never as Status.',
  },
  'mapping.note.titleRows': {
    id: 'Baris {first}–{last} di atas judul kolom dibaca sebagai judul lembar dan dibiarkan apa adanya.',
    en: 'Rows {first}–{last} above the headers are read as the sheet\'s title and left as they are.',
  },
  'mapping.note.groupRow': {
    id: 'Judul kolom tersusun dalam dua baris (baris {group} dan {header}); judul sel gabungan digabung dengan judul di bawahnya.',
    en: 'The headers take two rows (rows {group} and {header}); merged group titles are joined with the titles under them.',
  },
  'mapping.note.numberRow': {
    id: 'Baris {row} berisi nomor kolom (1, 2, 3, …) dan tidak dibaca sebagai permohonan.',
    en: 'Row {row} holds column numbers (1, 2, 3, …) and is not read as a request.',
  },

  'mapping.error.shape': {
    id: 'Pemetaan harus berbentuk {"headerRow": N, "columns": {"<kolom register>": "<judul kolom sumber>"}}.',
    en: 'A mapping must look like {"headerRow": N, "columns": {"<register column>": "<source header>"}}.',
  },
  'mapping.error.headerRow': {
    id: 'headerRow "{value}" bukan nomor baris antara 1 dan {rows}.',
    en: 'headerRow "{value}" is not a row number between 1 and {rows}.',
  },
  'mapping.error.field': {
    id: '"{name}" bukan kolom register. Pakai nama kolom seperti "Tanggal Permohonan" atau "Saluran".',
    en: '"{name}" is not a register column. Use a column name such as "Date Received" or "Channel".',
  },
  'mapping.error.source': {
    id: 'Kolom "{source}" untuk {name} tidak ada di baris judul (baris {row}). Judul yang terbaca: {seen}.',
    en: 'There is no column "{source}" for {name} in the header row (row {row}). Headers seen: {seen}.',
  },
  'mapping.error.sourceAmbiguous': {
    id: 'Judul "{source}" untuk {name} dipakai lebih dari satu kolom; sebut kolomnya dengan huruf, misalnya "C".',
    en: 'The header "{source}" for {name} is used by more than one column; name the column by its letter, e.g. "C".',
  },
  'mapping.error.noHeader': {
    id: 'Baris judul register tidak ditemukan.',
    en: 'The register\'s header row was not found.',
  },

  'err.adoptedSheetMissing': {
    id: 'Sheet register "{name}" yang tercatat di Pengaturan tidak ditemukan lagi. Kosongkan baris Sheet Register di Pengaturan, lalu jalankan Siapkan Register.',
    en: 'The register sheet "{name}" named in Settings can no longer be found. Clear the Register Sheet row in Settings, then run Set Up Register.',
  },
  'adopt.noDate': {
    id: 'Pemetaan untuk sheet "{name}" tidak menunjuk kolom Tanggal Permohonan. Pilih kolom tanggal diterimanya permohonan.',
    en: 'The mapping for sheet "{name}" names no Date Received column. Pick the column of the date each request was received.',
  },
  'adopt.noRegisterIn': {
    id: 'Tidak ada sheet yang tampak seperti register permohonan. Sheet "{sheet}" baris {row} berisi: {headers}.',
    en: 'No sheet looks like a request register. Sheet "{sheet}", row {row}, holds: {headers}.',
  },
  'adopt.title': { id: 'Pakai register yang sudah ada: {sheet}', en: 'Use the existing register: {sheet}' },
  'adopt.intro': {
    id: 'PPID Sheets menemukan register di sheet "{sheet}" dengan judul kolom di baris {row}. Periksa pemetaan di bawah. Tidak ada sel yang diubah, dipindah, atau diganti namanya: kolom yang belum ada dan kolom hitung ditambahkan di sebelah kanan.',
    en: 'PPID Sheets found a register on sheet "{sheet}" with its headers on row {row}. Check the mapping below. No cell is changed, moved or renamed: missing columns and the computed columns are added on the right.',
  },
  'adopt.mapping': { id: 'Pemetaan kolom', en: 'Column mapping' },
  'adopt.field': { id: 'Kolom register', en: 'Register column' },
  'adopt.source': { id: 'Kolom di sheet', en: 'Column on the sheet' },
  'adopt.how': { id: 'Dasar', en: 'Found by' },
  'adopt.how.header': { id: 'judul kolom', en: 'header' },
  'adopt.how.content': { id: 'isi kolom', en: 'content' },
  'adopt.how.given': { id: 'pilihan Anda', en: 'your choice' },
  'adopt.unused': { id: '— tidak ada (ditambahkan di kanan) —', en: '— none (added on the right) —' },
  'adopt.unmapped': { id: 'Kolom yang tidak dibaca (tetap ada, tidak diubah)', en: 'Columns not read (kept as they are)' },
  'adopt.noneUnmapped': { id: 'Semua kolom dibaca.', en: 'Every column is read.' },
  'adopt.seqColumn': { id: '{column}: nomor urut baris', en: '{column}: running row number' },
  'adopt.rows': { id: 'Baris pertama seperti dibaca PPID Sheets', en: 'First rows as PPID Sheets reads them' },
  'adopt.row': { id: 'Baris', en: 'Row' },
  'adopt.due': { id: 'Batas Waktu', en: 'Due Date' },
  'adopt.problems': { id: 'Masalah yang akan didaftar ({count})', en: 'Problems it would list ({count})' },
  'adopt.noProblems': { id: 'Tidak ada masalah.', en: 'No problems.' },
  'adopt.problem.columnAdded': {
    id: 'Kolom wajib "{column}" belum ada di sheet ini: PPID Sheets menambahkannya kosong di sebelah kanan saat sheet dipakai. Isi kolom itu untuk setiap permohonan ({count} baris) agar laporan lengkap.',
    en: 'The required column "{column}" is not in this sheet: PPID Sheets adds it, empty, on the right when the sheet is used. Fill it in for every request ({count} rows) so the report is complete.',
  },
  'adopt.moreProblems': { id: '… dan {count} lainnya (lihat Periksa Data setelah register dipakai).', en: '… and {count} more (see Check Data once the register is in use).' },
  'adopt.confirm': { id: 'Pakai sheet ini', en: 'Use this sheet' },
  'adopt.fresh': { id: 'Buat register baru yang kosong', en: 'Make a new empty register' },
  'adopt.cancel': { id: 'Batal', en: 'Cancel' },
  'adopt.working': { id: 'Sedang diproses…', en: 'Working…' },
  'adopt.required': { id: 'wajib', en: 'required' },
  'adopt.needDate': { id: 'Pilih kolom Tanggal Permohonan agar register dapat dipakai.', en: 'Pick the Date Received column so the register can be used.' },
  'adopt.done': {
    id: 'Register di sheet "{sheet}" (judul kolom baris {row}) dipakai apa adanya; pemetaannya disimpan di Pengaturan. {rest}',
    en: 'The register on sheet "{sheet}" (headers on row {row}) is used as it is; its mapping is kept in Settings. {rest}',
  },
};
