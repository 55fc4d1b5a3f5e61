// Officer-visible strings of the correction dialogs (issue 11): holiday corrections from the
// built-in decree table, and dates typed as text. Spread into UI_STRINGS. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const CORRECTION_STRINGS: Record<string, { id: string; en: string }> = {
  'holidays.fix.title': { id: 'Koreksi Hari Libur', en: 'Holiday corrections' },
  'holidays.fix.ask': {
    id: 'Sheet "Hari Libur" berbeda dari daftar keputusan resmi (SKB/Keppres) pada {count} tanggal:\n{list}\n\nTerapkan koreksi ini? Baris yang Anda tambahkan atau ubah sendiri tidak akan dihapus.',
    en: 'The "Hari Libur" sheet differs from the official decree list (SKB/Keppres) on {count} dates:\n{list}\n\nApply these corrections? Rows you added or edited yourself are never removed.',
  },
  'holidays.fix.add': { id: 'Tambah', en: 'Add' },
  'holidays.fix.update': { id: 'Perbarui', en: 'Update' },
  'holidays.fix.remove': { id: 'Kosongkan (tanggal dipindah atau dibatalkan keputusan)', en: 'Clear (date moved or withdrawn by decree)' },
  'holidays.fix.more': { id: '… dan {count} lainnya', en: '… and {count} more' },
  'setup.holidaysFixed': { id: 'koreksi hari libur ({count} tanggal)', en: 'holiday corrections ({count} dates)' },
  'setup.holidaysDeclined': {
    id: 'koreksi hari libur belum diterapkan ({count} tanggal; jalankan Siapkan Register lagi untuk meninjaunya)',
    en: 'holiday corrections not applied ({count} dates; run Set Up Register again to review them)',
  },
  'done.holidays': {
    id: 'Sheet "Hari Libur" berbeda dari daftar keputusan resmi pada {count} tanggal (misalnya {first}). Laporan ini dihitung dari sheet apa adanya; jalankan Siapkan Register untuk meninjau dan menerapkan koreksi.',
    en: 'The "Hari Libur" sheet differs from the official decree list on {count} dates (e.g. {first}). This report was computed from the sheet as it is; run Set Up Register to review and apply the corrections.',
  },

  'problem.date.text': {
    id: 'Tanggal "{value}" ditulis sebagai teks, bukan tanggal: kolom hitung (Batas Waktu, Hari Kerja Layanan, Status SLA, Batas Tanggapan Keberatan) tidak dapat menghitung baris ini dan kosong. Ketik ulang tanggalnya, atau jalankan Siapkan Register untuk mengubahnya menjadi tanggal.',
    en: 'The date "{value}" is typed as text, not a date: the computed columns (Due Date, Working Days, SLA Status, Objection Due Date) cannot compute this row and stay blank. Type the date again, or run Set Up Register to convert it into a date.',
  },
  'problem.date.text.hidden': {
    id: 'Tanggal di kolom {column} ditulis sebagai teks, bukan tanggal: kolom hitung register tidak dapat menghitung baris ini dan kosong.',
    en: 'The date in {column} is typed as text, not a date: the register\'s computed columns cannot compute this row and stay blank.',
  },

  'textDates.title': { id: 'Tanggal Berupa Teks', en: 'Dates typed as text' },
  'textDates.ask': {
    id: 'Ada {count} sel tanggal di Register yang berisi teks, bukan tanggal, sehingga kolom Batas Waktu, Hari Kerja Layanan, Status SLA, dan Batas Tanggapan Keberatan pada barisnya kosong. Contoh:\n{list}\n\nUbah sel-sel ini menjadi tanggal (tanggal yang sama)? Sel yang tidak terbaca sebagai tanggal dibiarkan.',
    en: 'The Register has {count} date cells holding text instead of a date, so the Due Date, Working Days, SLA Status and Objection Due Date columns of their rows are blank. For example:\n{list}\n\nConvert these cells into dates (the same dates)? Cells that do not read as a date are left alone.',
  },
  'textDates.item': { id: 'baris {row}, {column}: "{value}" → {date}', en: 'row {row}, {column}: "{value}" → {date}' },
  'setup.textDatesConverted': { id: '{count} tanggal berupa teks diubah menjadi tanggal', en: '{count} dates typed as text converted into dates' },
  'setup.textDatesDeclined': {
    id: '{count} tanggal berupa teks belum diubah (kolom hitung barisnya tetap kosong; lihat Periksa Data)',
    en: '{count} dates typed as text left as they are (their rows\' computed columns stay blank; see Check Data)',
  },
};
