// Officer-facing strings of "Buat Surat" (the dialog, its messages and the Surat log sheet). The
// letters themselves are always Indonesian and live in core/letters/builtin.ts, not here.
export const LETTER_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.letter': { id: 'Buat Surat', en: 'Make Letter' },

  'letter.kind.tanda-terima': { id: 'Tanda Bukti Penerimaan', en: 'Receipt' },
  'letter.kind.pemberitahuan': { id: 'Pemberitahuan Tertulis', en: 'Written Notice' },
  'letter.kind.perpanjangan': { id: 'Pemberitahuan Perpanjangan Jangka Waktu', en: 'Extension Notice' },
  'letter.kind.penolakan': { id: 'Keputusan Penolakan Permohonan', en: 'Refusal Decision' },
  'letter.kind.tanggapan-keberatan': {
    id: 'Tanggapan Atasan PPID atas Keberatan',
    en: "Superior's Response to an Objection",
  },

  'letter.problem.number': {
    id: '{field} belum diisi: setiap surat menyebut nomor pendaftaran permohonan.',
    en: "{field} is empty: every letter states the request's registration number.",
  },
  'letter.problem.received': {
    id: '{field} kosong atau bukan tanggal: batas waktu di surat dihitung dari tanggal ini.',
    en: "{field} is empty or not a date: the letter's deadlines count from it.",
  },
  'letter.problem.name': { id: '{field} belum diisi.', en: '{field} is empty.' },
  'letter.problem.address': {
    id: '{field} belum diisi: surat ini dialamatkan kepada pemohon. Tulis alamat surat atau alamat e-mail pemohon.',
    en: '{field} is empty: this letter is addressed to the applicant. Enter a postal or e-mail address.',
  },
  'letter.problem.setting': {
    id: 'Isi "{field}" di sheet Pengaturan.',
    en: 'Fill in "{field}" in the Settings sheet.',
  },
  'letter.problem.delivery': {
    id: '{field} belum dipilih: pemberitahuan tertulis menyebut bentuk informasi yang diberikan.',
    en: '{field} is not chosen: the written notice states the form in which the information is given.',
  },
  'letter.problem.extensionLate': {
    id: 'Batas waktu pertama sudah lewat ({due}; hari ini {today}). Pemberitahuan perpanjangan harus dikirim paling lambat pada batas itu (Pasal 22 ayat (8) UU 14/2008).',
    en: 'The first deadline has passed ({due}; today is {today}). An extension notice must be sent no later than that deadline (Law 14/2008 Art. 22(8)).',
  },
  'letter.problem.groundMissing': {
    id: '{field} belum diisi: keputusan penolakan harus menyebut dasar pengecualian (huruf Pasal 17 UU 14/2008 atau undang-undang lain).',
    en: '{field} is empty: a refusal decision must name its ground (a letter of Article 17 of Law 14/2008, or another law).',
  },
  'letter.problem.groundLetter': {
    id: '{field} belum menyebut huruf Pasal 17 (a–j). Tulis misalnya "Pasal 17 huruf h" di {field} atau di {notes}.',
    en: '{field} does not name the letter of Article 17 (a–j). Write e.g. "Pasal 17 huruf h" in {field} or in {notes}.',
  },
  'letter.problem.groundLaw': {
    id: '{field} menyebut undang-undang lain tanpa namanya. Tulis nama undang-undangnya di {notes}, misalnya "UU Nomor 43 Tahun 2009 tentang Kearsipan".',
    en: '{field} names another law without saying which. Write the law\'s name in {notes}, e.g. "UU Nomor 43 Tahun 2009 tentang Kearsipan".',
  },
  'letter.problem.groundNotice': {
    id: '{field} menyatakan informasi tidak dikuasai atau belum didokumentasikan: itu pemberitahuan, bukan penolakan. Buat Pemberitahuan Tertulis.',
    en: '{field} says the information is not held or not yet documented: that is a notice, not a refusal. Make the Written Notice.',
  },
  'letter.problem.groundUnknown': {
    id: '{field} "{value}" bukan dasar penolakan menurut undang-undang. Pilih huruf Pasal 17 (misalnya "Pasal 17 huruf h") atau "Undang-undang lain" dengan nama undang-undangnya di {notes}.',
    en: '{field} "{value}" is not a ground under the law. Choose a letter of Article 17 (e.g. "Pasal 17 huruf h") or "Undang-undang lain" with the law\'s name in {notes}.',
  },
  'letter.problem.objectionDate': {
    id: '{field} belum diisi: tanggapan atas keberatan menyebut tanggal keberatan.',
    en: '{field} is empty: the response states the date of the objection.',
  },
  'letter.problem.decision': {
    id: '{field} belum diisi: tanggapan atas keberatan menyatakan keputusan Atasan PPID (Dikabulkan, Dikabulkan Sebagian, atau Ditolak).',
    en: "{field} is empty: the response states the PPID superior's decision (Dikabulkan, Dikabulkan Sebagian or Ditolak).",
  },
};

/** Messages of making a letter, the logo upload and broken templates. */
// biome-ignore format: a table laid out by hand, one entry per line
export const LETTER_MESSAGES: Record<string, { id: string; en: string }> = {
  'letter.err.pickRow': { id: 'Pilih satu baris permohonan di sheet register "{sheet}" (klik sel mana pun di baris itu), lalu pilih Buat Surat lagi.', en: 'Select one request row in the register sheet "{sheet}" (click any cell in it), then choose Make Letter again.' },
  'letter.err.mapping': { id: 'Surat tidak dibuat karena pemetaan kolom register tidak cocok lagi dengan sheet: {problem}', en: 'No letter was made because the register\'s column mapping no longer matches the sheet: {problem}' },
  'letter.err.numberNotFound': { id: 'Tidak ada permohonan dengan No. Registrasi "{number}" di register.', en: 'No request with Registration No. "{number}" in the register.' },
  'letter.err.numberTwice': { id: 'No. Registrasi "{number}" dipakai di beberapa baris ({rows}). Perbaiki nomornya dulu agar surat ditujukan kepada pemohon yang benar.', en: 'Registration No. "{number}" is used on several rows ({rows}). Fix the numbers first so the letter reaches the right applicant.' },
  'letter.err.badDate': { id: 'Tanggal surat "{value}" tidak dikenali. Tulis seperti 2025-05-02.', en: 'Letter date "{value}" is not recognised. Write it like 2025-05-02.' },
  'letter.err.kind': { id: 'Jenis surat "{kind}" tidak dikenal. Pilih salah satu: {kinds}.', en: 'Unknown letter kind "{kind}". Choose one of: {kinds}.' },
  'letter.err.notFitting': { id: '{kind} tidak sesuai untuk permohonan {number} (periksa Status, Perpanjangan, dan kolom keberatan).', en: '{kind} does not fit request {number} (check Status, Extended and the objection columns).' },
  'letter.err.missing': { id: 'Surat belum dapat dibuat. Lengkapi dulu:', en: 'The letter cannot be made yet. First fill in:' },
  'letter.err.folderNotReachable': { id: 'Folder surat "{value}" di Pengaturan tidak dapat dibuka. PPID Sheets hanya dapat memakai folder yang dibuatnya sendiri: kosongkan isian Folder Surat atau tulis nama folder.', en: 'The letter folder "{value}" in Settings cannot be opened. PPID Sheets can only use folders it created itself: clear the Letter Folder setting or enter a folder name.' },
  'letter.err.logoType': { id: 'Logo harus berupa gambar PNG, JPEG, atau GIF.', en: 'The logo must be a PNG, JPEG or GIF image.' },
  'letter.done': { id: '{kind} nomor {number} untuk permohonan {reg} sudah dibuat dan dicatat di sheet Surat. Surat ini memuat data pribadi pemohon: kirimkan hanya kepada pemohon.', en: '{kind} no. {number} for request {reg} was made and logged in the Surat sheet. It holds the applicant\'s personal data: send it to the applicant only.' },
  'letter.done.answered': { id: 'Tanggal Selesai diisi {date}.', en: 'Date Answered set to {date}.' },
  'letter.done.unknown': { id: 'Penanda {list} di {template} tidak dikenal dan dikosongkan; perbaiki templatnya.', en: 'The placeholders {list} in {template} are unknown and were left out; fix the template.' },
  'letter.logo.saved': { id: 'Logo disimpan di folder surat dan dipasang di semua templat surat.', en: 'The logo was saved in the letter folder and placed in every letter template.' },
  'letter.logo.skipped': { id: 'Templat berikut tidak punya tempat logo ({{logo}}) sehingga tidak diubah: {list}.', en: 'These templates have no logo place ({{logo}}) and were left unchanged: {list}.' },
  'letter.template.section.inline': { id: 'Templat "{template}": penanda {{#{marker}}} atau {{/{marker}}} harus berdiri sendiri di satu paragraf di badan dokumen. Perbaiki templatnya, lalu coba lagi.', en: 'Template "{template}": the marker {{#{marker}}} or {{/{marker}}} must stand alone in a paragraph of the document body. Fix the template and try again.' },
  'letter.template.section.unclosed': { id: 'Templat "{template}": bagian {{#{marker}}} tidak ditutup dengan {{/{marker}}}. Perbaiki templatnya, lalu coba lagi.', en: 'Template "{template}": the section {{#{marker}}} is not closed with {{/{marker}}}. Fix the template and try again.' },
  'letter.template.section.unopened': { id: 'Templat "{template}": penutup {{/{marker}}} tidak punya pembuka {{#{marker}}}. Perbaiki templatnya, lalu coba lagi.', en: 'Template "{template}": the closing {{/{marker}}} has no opening {{#{marker}}}. Fix the template and try again.' },
  'letter.template.section.mismatch': { id: 'Templat "{template}": bagian {{#{marker}}} ditutup dengan nama lain. Perbaiki templatnya, lalu coba lagi.', en: 'Template "{template}": the section {{#{marker}}} is closed under another name. Fix the template and try again.' },

  'letter.dialog.row': { id: 'Permohonan {number}, baris {row}: {applicant}', en: 'Request {number}, row {row}: {applicant}' },
  'letter.dialog.choose': { id: 'Pilih surat. Tanggal surat: {date}.', en: 'Choose the letter. Letter date: {date}.' },
  'letter.dialog.make': { id: 'Buat Surat', en: 'Make Letter' },
  'letter.dialog.making': { id: 'Membuat surat…', en: 'Making the letter…' },
  'letter.dialog.existing': { id: 'Sudah dibuat:', en: 'Already made:' },
  'letter.dialog.missing': { id: 'Belum dapat dibuat:', en: 'Cannot be made yet:' },
  'letter.dialog.extensionReason': { id: 'Alasan perpanjangan', en: 'Reason for the extension' },
  'letter.dialog.infoHolder': { id: 'Badan publik yang menguasai informasi (bila diketahui)', en: 'Public body that holds the information (if known)' },
  'letter.dialog.decision': { id: 'Keputusan Atasan PPID', en: 'PPID superior\'s decision' },
  'letter.dialog.considerations': { id: 'Pertimbangan (kosongkan untuk teks bawaan)', en: 'Considerations (leave blank for the default text)' },
  'letter.dialog.fillAnswered': { id: 'Isi Tanggal Selesai yang masih kosong dengan tanggal surat', en: 'Fill the empty Date Answered with the letter date' },
  'letter.dialog.logo': { id: 'Logo kop surat', en: 'Letterhead logo' },
  'letter.dialog.logoSaved': { id: 'Logo sudah tersimpan. Unggah gambar lain untuk menggantinya.', en: 'A logo is saved. Upload another image to replace it.' },
  'letter.dialog.logoNone': { id: 'Belum ada logo. Unggah sekali; logo dipakai di semua surat.', en: 'No logo yet. Upload it once; every letter uses it.' },
  'letter.dialog.logoUpload': { id: 'Unggah logo', en: 'Upload logo' },
  'letter.dialog.logoTooBig': { id: 'Gambar logo lebih dari 1 MB. Perkecil gambarnya dulu.', en: 'The logo image is larger than 1 MB. Make it smaller first.' },
  'letter.dialog.open': { id: 'Buka dokumen', en: 'Open document' },
  'letter.dialog.pdf': { id: 'PDF', en: 'PDF' },
  'letter.dialog.none': { id: 'Tidak ada surat yang sesuai untuk baris ini.', en: 'No letter fits this row.' },
  'letter.dialog.privacy': { id: 'Surat memuat data pribadi pemohon. Surat disimpan di folder surat, tidak pernah dibagikan ke PPID Pusat, dan tidak masuk laporan.', en: 'Letters hold the applicant\'s personal data. They are kept in the letter folder, never shared with the central PPID and never part of a report.' },
  'letter.decision.granted': { id: 'Keberatan diterima', en: 'Objection granted' },
  'letter.decision.partial': { id: 'Keberatan diterima sebagian', en: 'Objection granted in part' },
  'letter.decision.rejected': { id: 'Keberatan ditolak', en: 'Objection rejected' },
};
