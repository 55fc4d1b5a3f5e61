// A register kept in the Perki SLIP form (issue #23 item 15): the one sentence that stands where a
// table would say nothing (applicants per channel, when no request records the applicant type),
// and what letters need when the register has no No. Registrasi column (its "No" is a running
// row number). Spread into UI_STRINGS. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const SLIP_REGISTER_STRINGS: Record<string, { id: string; en: string }> = {
  'doc.applicants.notRecorded': {
    id: 'Tabel dan diagram pemohon menurut kategori per saluran tidak disajikan karena tidak satu pun dari {total} permohonan pada {period} mencatat Kategori Pemohon (kolom itu kosong atau tidak ada di register).',
    en: 'The tables and charts of applicants by type per channel are left out because none of the {total} requests of {period} records the Applicant Type (the column is empty or missing in the register).',
  },
  'recap.s2.notRecorded': {
    id: 'Tabel dan diagram per saluran tidak disajikan karena tidak satu pun dari {total} permohonan periode ini mencatat Kategori Pemohon (kolom itu kosong atau tidak ada di register).',
    en: 'The tables and charts per channel are left out because none of the {total} requests of this period records the Applicant Type (the column is empty or missing in the register).',
  },

  'mapping.note.noNumber': {
    id: 'Tidak ada kolom No. Registrasi. Buat Surat memerlukannya: setiap surat menyebut nomor pendaftaran permohonan. Tambahkan kolom No. Registrasi, atau petakan kolom yang berisi nomor pendaftaran.',
    en: 'There is no Registration No. column. Make Letter needs one: every letter states the request\'s registration number. Add a Registration No. column, or map the column that holds it.',
  },
  'mapping.note.numberFromSeq': {
    id: 'Register ini tidak punya kolom No. Registrasi: {source}, nomor urut permohonan, dibaca sebagai No. Registrasi, karena setiap surat menyebut nomor pendaftaran permohonan. Bila nomor pendaftaran dicatat di kolom lain, petakan kolom itu sebagai No. Registrasi.',
    en: 'This register has no Registration No. column: {source}, the running request number, is read as the Registration No., because every letter states the request\'s registration number. If the registration number is kept in another column, map that column as Registration No.',
  },
  'letter.err.noNumberColumn': {
    id: 'Surat belum dapat dibuat dari register ini: surat memerlukan kolom No. Registrasi, Tanggal Permohonan dan Nama Pemohon (ditambah Alamat untuk surat selain tanda terima), dan register ini tidak punya kolom No. Registrasi{seq}. Jalankan Siapkan Register dan petakan kolom nomor pendaftaran sebagai No. Registrasi, atau tambahkan kolom itu.',
    en: 'No letter can be made from this register yet: letters need the Registration No., Date Received and Applicant Name columns (and Address for every letter but the receipt), and this register has no Registration No. column{seq}. Run Set Up Register and map the registration-number column as Registration No., or add that column.',
  },
  'letter.err.noNumberColumn.seq': {
    id: ' (kolom {source} dibaca sebagai nomor urut baris)',
    en: ' (column {source} is read as a running row number)',
  },
  'letter.err.numberInSeq': {
    id: 'Tidak ada permohonan dengan No. Registrasi "{number}" di register. Surat dicari menurut kolom No. Registrasi ({column}); "{number}" ada di kolom nomor urut {source}, baris {row}, yang No. Registrasi-nya {registration}.',
    en: 'There is no request with Registration No. "{number}" in the register. Letters are found by the Registration No. column ({column}); "{number}" is in the running-number column {source}, row {row}, whose Registration No. is {registration}.',
  },
  'letter.err.numberInSeqBlank': {
    id: 'Tidak ada permohonan dengan No. Registrasi "{number}" di register. Surat dicari menurut kolom No. Registrasi ({column}); "{number}" ada di kolom nomor urut {source}, baris {row}, yang No. Registrasi-nya kosong. Isi No. Registrasi baris itu, atau jalankan Siapkan Register dan petakan {source} sebagai No. Registrasi.',
    en: 'There is no request with Registration No. "{number}" in the register. Letters are found by the Registration No. column ({column}); "{number}" is in the running-number column {source}, row {row}, whose Registration No. is blank. Fill in that row\'s Registration No., or run Set Up Register and map {source} as Registration No.',
  },
};
