// Officer-facing strings of "Buat Surat" (the dialog, its messages and the Surat log sheet). The
// letters themselves are always Indonesian and live in core/letters/builtin.ts, not here.
export const LETTER_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.letter': { id: 'Buat Surat', en: 'Make Letter' },

  'letter.kind.tanda-terima': { id: 'Tanda Bukti Penerimaan', en: 'Receipt' },
  'letter.kind.pemberitahuan': { id: 'Pemberitahuan Tertulis', en: 'Written Notice' },
  'letter.kind.perpanjangan': { id: 'Pemberitahuan Perpanjangan Jangka Waktu', en: 'Extension Notice' },
  'letter.kind.penolakan': { id: 'Keputusan Penolakan Permohonan', en: 'Refusal Decision' },
  'letter.kind.tanggapan-keberatan': { id: 'Tanggapan Atasan PPID atas Keberatan', en: 'Superior\'s Response to an Objection' },

  'letter.problem.number': { id: '{field} belum diisi: setiap surat menyebut nomor pendaftaran permohonan.', en: '{field} is empty: every letter states the request\'s registration number.' },
  'letter.problem.received': { id: '{field} kosong atau bukan tanggal: batas waktu di surat dihitung dari tanggal ini.', en: '{field} is empty or not a date: the letter\'s deadlines count from it.' },
  'letter.problem.name': { id: '{field} belum diisi.', en: '{field} is empty.' },
  'letter.problem.address': { id: '{field} belum diisi: surat ini dialamatkan kepada pemohon. Tulis alamat surat atau alamat e-mail pemohon.', en: '{field} is empty: this letter is addressed to the applicant. Enter a postal or e-mail address.' },
  'letter.problem.setting': { id: 'Isi "{field}" di sheet Pengaturan.', en: 'Fill in "{field}" in the Settings sheet.' },
  'letter.problem.delivery': { id: '{field} belum dipilih: pemberitahuan tertulis menyebut bentuk informasi yang diberikan.', en: '{field} is not chosen: the written notice states the form in which the information is given.' },
  'letter.problem.extensionLate': { id: 'Batas waktu pertama sudah lewat ({due}; hari ini {today}). Pemberitahuan perpanjangan harus dikirim paling lambat pada batas itu (Pasal 22 ayat (8) UU 14/2008).', en: 'The first deadline has passed ({due}; today is {today}). An extension notice must be sent no later than that deadline (Law 14/2008 Art. 22(8)).' },
  'letter.problem.groundMissing': { id: '{field} belum diisi: keputusan penolakan harus menyebut dasar pengecualian (huruf Pasal 17 UU 14/2008 atau undang-undang lain).', en: '{field} is empty: a refusal decision must name its ground (a letter of Article 17 of Law 14/2008, or another law).' },
  'letter.problem.groundLetter': { id: '{field} belum menyebut huruf Pasal 17 (a–j). Tulis misalnya "Pasal 17 huruf h".', en: '{field} does not name the letter of Article 17 (a–j). Write e.g. "Pasal 17 huruf h".' },
  'letter.problem.groundLaw': { id: '{field} menyebut undang-undang lain tanpa namanya. Tulis namanya di {field} (misalnya "UU lain: UU Nomor 43 Tahun 2009 tentang Kearsipan") atau di {notes}.', en: '{field} names another law without saying which. Write its name in {field} (e.g. "UU lain: UU Nomor 43 Tahun 2009 tentang Kearsipan") or in {notes}.' },
  'letter.problem.groundNotice': { id: '{field} menyatakan informasi tidak dikuasai atau belum didokumentasikan: itu pemberitahuan, bukan penolakan. Buat Pemberitahuan Tertulis.', en: '{field} says the information is not held or not yet documented: that is a notice, not a refusal. Make the Written Notice.' },
  'letter.problem.groundUnknown': { id: '{field} "{value}" bukan dasar penolakan yang dikenal. Tulis huruf Pasal 17 (misalnya "Pasal 17 huruf h") atau "UU lain: nama undang-undang".', en: '{field} "{value}" is not a known refusal ground. Write a letter of Article 17 (e.g. "Pasal 17 huruf h") or "UU lain: name of the law".' },
  'letter.problem.objectionDate': { id: '{field} belum diisi: tanggapan atas keberatan menyebut tanggal keberatan.', en: '{field} is empty: the response states the date of the objection.' },
  'letter.problem.decision': { id: 'Pilih {field}.', en: 'Choose the {field}.' },
  'letter.field.decision': { id: 'Keputusan Atasan PPID', en: 'PPID superior\'s decision' },
};
