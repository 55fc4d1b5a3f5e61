// Problem messages about what a register cell holds that no shared output may repeat (issue #23):
// a totals row's words, a registration number that is more than a number, a phone number in a
// date column, a date before the law or far after the as-of date, a required column empty on
// every row. Spread into MESSAGES (i18n.ts). The `.hidden` wordings name the column, never the
// cell's content (ParseOptions.quoteValues false: the report, the digest, recap.json).
// biome-ignore format: a table laid out by hand, one entry per line
export const REGISTER_CELL_MESSAGES: Record<string, { id: string; en: string }> = {
  'problem.row.totals.hidden': {
    id: 'Baris ini tampaknya baris jumlah, bukan permohonan, sehingga tidak dihitung.',
    en: 'This row looks like a totals row, not a request, so it is not counted.',
  },
  'problem.number.duplicate.hidden': {
    id: 'No. Registrasi baris ini sudah dipakai di baris {firstRow}. Setiap permohonan perlu nomor sendiri.',
    en: 'The Registration No. of this row is already used on row {firstRow}. Each request needs its own number.',
  },
  'problem.received.number': {
    id: 'Tanggal Permohonan berisi angka, bukan tanggal (misalnya nomor telepon yang terketik di kolom tanggal), sehingga baris ini tidak dihitung. Tulis tanggalnya, misalnya 31/12/2025.',
    en: 'Date Received holds a number, not a date (a phone number typed into the date column, for example), so this row is not counted. Write the date, e.g. 2025-12-31.',
  },
  'problem.date.number': {
    id: 'Kolom {column} berisi angka, bukan tanggal (misalnya nomor telepon yang terketik di kolom tanggal). Tulis tanggalnya, misalnya 31/12/2025.',
    en: '{column} holds a number, not a date (a phone number typed into the date column, for example). Write the date, e.g. 2025-12-31.',
  },
  'problem.received.early': {
    id: 'Tanggal Permohonan {date} lebih awal dari berlakunya UU 14/2008 ({law}), sehingga baris ini tidak dihitung. Periksa tanggalnya (tahun yang salah ketik, atau tanggal lain di kolom ini).',
    en: 'Date Received {date} is before Law 14/2008 took effect ({law}), so this row is not counted. Check the date (a mistyped year, or another date in this column).',
  },
  'problem.received.early.hidden': {
    id: 'Tanggal Permohonan lebih awal dari berlakunya UU 14/2008 ({law}), sehingga baris ini tidak dihitung. Periksa tanggalnya.',
    en: 'Date Received is before Law 14/2008 took effect ({law}), so this row is not counted. Check the date.',
  },
  'problem.date.early': {
    id: '{column} {date} lebih awal dari berlakunya UU 14/2008 ({law}), sehingga tidak dipakai. Periksa tanggalnya.',
    en: '{column} {date} is before Law 14/2008 took effect ({law}), so it is not used. Check the date.',
  },
  'problem.date.early.hidden': {
    id: 'Tanggal di kolom {column} lebih awal dari berlakunya UU 14/2008 ({law}), sehingga tidak dipakai. Periksa tanggalnya.',
    en: 'The date in {column} is before Law 14/2008 took effect ({law}), so it is not used. Check the date.',
  },
  'problem.received.future': {
    id: 'Tanggal Permohonan lebih dari setahun sesudah {asOf}, sehingga baris ini belum masuk periode mana pun. Periksa tahunnya.',
    en: 'Date Received is more than a year after {asOf}, so this row falls in no period yet. Check the year.',
  },
  'problem.date.future': {
    id: 'Tanggal di kolom {column} lebih dari setahun sesudah {asOf}, sehingga belum dipakai. Periksa tahunnya.',
    en: 'The date in {column} is more than a year after {asOf}, so it is not used yet. Check the year.',
  },
  'problem.column.empty': {
    id: 'Kolom wajib {column} kosong di semua baris ({rows} baris): register ini tidak mencatatnya. Isi kolom itu agar laporan dapat memilah permohonan menurutnya.',
    en: 'The required column {column} is empty on every row ({rows} rows): this register does not record it. Fill it in so the report can break requests down by it.',
  },
};
