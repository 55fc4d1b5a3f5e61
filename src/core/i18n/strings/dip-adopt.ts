// Visible strings of "Adopsi DIP" (issue #27 item 1): taking an office's own Daftar Informasi
// Publik, kept in a sheet of its own layout, into the add-on's DIP sheet. Written for this project.
// biome-ignore format: a table laid out by hand, one entry per line
export const DIP_ADOPT_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.dipAdopt': { id: 'Adopsi DIP', en: 'Adopt an existing DIP' },
  'log.action.dipAdopt': { id: 'DIP yang sudah ada diadopsi', en: 'Existing DIP adopted' },
  'dipAdopt.source': { id: 'sumber', en: 'source' },
  'dipAdopt.ask.title': { id: 'Adopsi DIP yang sudah ada', en: 'Adopt an existing DIP' },
  'dipAdopt.ask.body': { id: 'Tulis nama sheet di spreadsheet ini yang memuat DIP kantor Anda. Sheet itu hanya dibaca, tidak diubah.\n\nSheet yang ada: {sheets}', en: 'Type the name of the sheet in this spreadsheet that holds your office\'s DIP. That sheet is only read, never changed.\n\nSheets: {sheets}' },
  'dipAdopt.noSheet': { id: 'Tidak ada sheet bernama "{sheet}" di spreadsheet ini.', en: 'There is no sheet named "{sheet}" in this spreadsheet.' },
  'dipAdopt.ownSheet': { id: 'Sheet "{sheet}" adalah lembar DIP add-on sendiri. Pilih sheet yang memuat DIP kantor dalam susunannya sendiri.', en: 'The sheet "{sheet}" is the add-on\'s own DIP sheet. Choose the sheet holding the office\'s DIP in its own layout.' },
  'dipAdopt.noHeader': { id: 'Sheet "{sheet}" tidak tampak seperti DIP: tidak ada baris judul (30 baris pertama) yang memuat kolom ringkasan informasi dan satu kolom DIP lain.', en: 'The sheet "{sheet}" does not look like a DIP: no header row (first 30 rows) names the information summary and one other DIP column.' },
  'dipAdopt.noRows': { id: 'Sheet "{sheet}" tidak memuat entri di bawah baris judulnya.', en: 'The sheet "{sheet}" holds no entries under its header row.' },
  'dipAdopt.notEmpty': { id: 'Lembar "{sheet}" sudah memuat {count} entri. Adopsi hanya mengisi lembar DIP yang masih kosong, agar entri tidak tercatat dua kali dan tidak ada yang tertimpa. Kosongkan atau ganti nama lembar itu bila ingin mengadopsi ulang.', en: 'The sheet "{sheet}" already holds {count} entries. Adopting only fills an empty DIP sheet, so that no entry is listed twice and none is overwritten. Clear or rename that sheet to adopt again.' },
  'dipAdopt.preview.title': { id: 'Pratinjau adopsi DIP: {sheet}', en: 'DIP adoption preview: {sheet}' },
  'dipAdopt.preview.rows': { id: 'Baris judul: baris {header}. Entri yang akan diambil: {count} (mulai baris {first}).', en: 'Header row: row {header}. Entries to be taken: {count} (from row {first}).' },
  'dipAdopt.preview.mapped': { id: 'Kolom yang dipetakan:', en: 'Columns mapped:' },
  'dipAdopt.preview.missing': { id: 'Kolom DIP yang tidak ditemukan (dibiarkan kosong): {list}', en: 'DIP columns not found (left blank): {list}' },
  'dipAdopt.preview.unmapped': { id: 'Kolom sumber yang tidak dibaca: {list}', en: 'Source columns not read: {list}' },
  'dipAdopt.preview.sections': { id: 'Klasifikasi diambil dari baris bagian (misalnya "A. Informasi Berkala").', en: 'The class is taken from the section rows (e.g. "A. Informasi Berkala").' },
  'dipAdopt.preview.final': { id: 'Tidak ada kolom Keadaan: semua entri dicatat Final, karena ini daftar yang sudah diumumkan kantor.', en: 'No State column: every entry is recorded as Final, as this is the list the office already publishes.' },
  'dipAdopt.preview.problems': { id: 'Masalah per baris ({count}); entri tetap diambil dan dapat diperbaiki di lembar DIP:', en: 'Row problems ({count}); the entries are still taken and can be fixed on the DIP sheet:' },
  'dipAdopt.preview.problem': { id: 'Baris {row}, {column}: {message}', en: 'Row {row}, {column}: {message}' },
  'dipAdopt.preview.more': { id: '… dan {count} masalah lain.', en: '… and {count} more problems.' },
  'dipAdopt.preview.confirm': { id: 'Tulis entri ini ke lembar "{target}"? Sheet sumber tidak diubah.', en: 'Write these entries to the "{target}" sheet? The source sheet is not changed.' },
  'dipAdopt.done': { id: '{count} entri DIP ditulis ke lembar "{target}" dari sheet "{sheet}".', en: '{count} DIP entries written to the "{target}" sheet from the sheet "{sheet}".' },
};
