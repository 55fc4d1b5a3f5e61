// Form intake without a category question (issue #23 item 16): the blank choice of "Kategori
// pemohon bila tidak ditanyakan" and what the dialog tells the officer to add to the Form. A
// foundation is a legal entity (UU 14/2008 Pasal 1 angka 12: the applicant is a citizen or a legal
// entity); guessing Perseorangan would put it in the wrong row of the report. Spread into
// UI_STRINGS. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const INTAKE_CATEGORY_STRINGS: Record<string, { id: string; en: string }> = {
  'intake.applicantTypeBlank': { id: '(kosong: diisi petugas)', en: '(blank: an officer fills it in)' },
  'intake.applicantTypeAsk': {
    id: 'Formulir ini tidak menanyakan kategori pemohon. Tambahkan ke Formulir pertanyaan pilihan ganda "Kategori Pemohon" dengan pilihan {types}, lalu petakan ke kolom Kategori Pemohon di atas. Sampai itu, kategori setiap permohonan dari Formulir dibiarkan kosong dan Periksa Data mencantumkan barisnya untuk diisi petugas, kecuali Anda memilih satu kategori di sini untuk semua jawaban.',
    en: 'This form does not ask the applicant type. Add a multiple-choice question "Kategori Pemohon" to the Form with the choices {types}, then map it to the Applicant Type column above. Until then, the type of every request from the Form is left blank and Check Data lists its row for an officer to fill in, unless you choose one type here for all responses.',
  },
  'intake.applicantTypeAskSet': {
    id: 'Formulir ini tidak menanyakan kategori pemohon. Tambahkan ke Formulir pertanyaan pilihan ganda "Kategori Pemohon" dengan pilihan {types}, lalu petakan ke kolom Kategori Pemohon di atas. Sampai itu, setiap permohonan dari Formulir dicatat sebagai {type}, siapa pun pemohonnya; pilih "(kosong: diisi petugas)" agar petugas mengisinya dari Periksa Data.',
    en: 'This form does not ask the applicant type. Add a multiple-choice question "Kategori Pemohon" to the Form with the choices {types}, then map it to the Applicant Type column above. Until then, every request from the Form is recorded as {type}, whoever the applicant is; choose "(blank: an officer fills it in)" to have officers fill it in from Check Data.',
  },
};
