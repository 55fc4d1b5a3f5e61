// Strings of the online intake from a linked Google Form: the Hubungkan Formulir dialog, the
// response problems Periksa Data lists, and the receipt e-mail. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const INTAKE_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.formIntake': { id: 'Hubungkan Formulir', en: 'Link Form' },
  'intake.title': { id: 'Hubungkan Formulir', en: 'Link Form' },
  'intake.intro': {
    id: 'Setiap jawaban Google Formulir di sheet "{sheet}" dicatat otomatis di Register dengan nomor registrasi, tanggal diterima, dan batas waktu. Nomornya ditulis kembali di kolom "{column}" sheet jawaban: jawaban yang sudah bernomor tidak pernah dicatat dua kali.',
    en: 'Every Google Form response in the "{sheet}" sheet is recorded in the register with a registration number, the date received and the due date. The number is written back in the "{column}" column of the responses sheet: a numbered response is never recorded twice.',
  },
  'intake.noForm': {
    id: 'Belum ada Google Formulir yang tertaut ke spreadsheet ini. Di Google Formulir, buka tab Jawaban › Tautkan ke Spreadsheet, pilih spreadsheet ini, lalu buka menu ini lagi.',
    en: 'No Google Form is linked to this spreadsheet yet. In Google Forms, open Responses › Link to Sheets, choose this spreadsheet, then open this menu again.',
  },
  'intake.sheet': { id: 'Sheet jawaban', en: 'Responses sheet' },
  'intake.question': { id: 'Pertanyaan formulir', en: 'Form question' },
  'intake.column': { id: 'Kolom Register', en: 'Register column' },
  'intake.unused': { id: '(tidak dicatat)', en: '(not recorded)' },
  'intake.required': { id: 'wajib', en: 'required' },
  'intake.channel': { id: 'Saluran yang dicatat', en: 'Channel recorded' },
  'intake.applicantType': { id: 'Kategori pemohon bila tidak ditanyakan', en: 'Applicant type when not asked' },
  'intake.receipt': { id: 'Kirim Tanda Bukti Penerimaan (bernomor surat, tercatat di sheet Surat) ke e-mail yang diverifikasi Google', en: 'Send the receipt letter (with a letter number, logged in the Surat sheet) to the e-mail Google verified' },
  'intake.receiptHelp': {
    id: 'Hanya bila formulir diatur Setelan › Respons › Kumpulkan alamat email: Terverifikasi. Alamat yang diketik pemohon tidak pernah dikirimi, karena bisa milik orang lain. Isi Nama Unit, Alamat Unit dan Nama Petugas PPID di Pengaturan, seperti untuk Buat Surat.',
    en: 'Only when the form is set to Settings › Responses › Collect email addresses: Verified. An address the applicant types is never mailed: it may be someone else\'s. Fill in Unit Name, Unit Address and PPID Officer Name in the Settings, as for Make Letter.',
  },
  'intake.receiptNoColumn': {
    id: 'Formulir ini tidak mengumpulkan alamat email, jadi tanda terima tidak dapat dikirim. Aktifkan Setelan › Respons › Kumpulkan alamat email: Terverifikasi di Google Formulir.',
    en: 'This form does not collect e-mail addresses, so no receipt can be sent. Turn on Settings › Responses › Collect email addresses: Verified in Google Forms.',
  },
  'intake.existing': { id: 'Catat juga {count} jawaban yang sudah ada tetapi belum bernomor', en: 'Also record the {count} existing responses that have no number yet' },
  'intake.existingHelp': {
    id: 'Biarkan kosong bila jawaban itu sudah Anda ketik sendiri di Register: jawaban tersebut ditandai "{mark}" dan tidak dicatat.',
    en: 'Leave it unticked when you already typed those responses into the register yourself: they are marked "{mark}" and not recorded.',
  },
  'intake.save': { id: 'Simpan dan Aktifkan', en: 'Save and Turn On' },
  'intake.turnOff': { id: 'Nonaktifkan', en: 'Turn Off' },
  'intake.close': { id: 'Tutup', en: 'Close' },
  'intake.working': { id: 'Menyimpan…', en: 'Saving…' },

  'intake.status.off': { id: 'Pencatatan formulir belum aktif.', en: 'Form intake is off.' },
  'intake.status.mine': { id: 'Aktif: setiap jawaban baru dicatat otomatis. Pemicu ini atas nama Anda.', en: 'On: every new response is recorded automatically. The trigger is yours.' },
  'intake.status.other': {
    id: 'Aktif atas nama {name} ({email}). Hanya {name} yang dapat menonaktifkannya; pemetaan tetap dapat Anda ubah.',
    en: 'On, under {name} ({email}). Only {name} can turn it off; you can still change the mapping.',
  },
  'intake.status.gone': { id: 'Pemicu Anda untuk formulir ini tidak ada lagi (mungkin dihapus). Simpan lagi untuk memasangnya kembali.', en: 'Your trigger for this form no longer exists (perhaps deleted). Save again to put it back.' },
  'intake.status.stale': {
    id: 'Pemicu atas nama {name} ({email}) tampaknya tidak berjalan: jawaban sejak {date} belum dicatat. Anda dapat mengambil alih dengan Simpan dan Aktifkan.',
    en: 'The trigger under {name} ({email}) seems not to run: responses since {date} are not recorded. You can take it over with Save and Turn On.',
  },
  'intake.counts': { id: '{numbered} jawaban sudah bernomor, {pending} menunggu dicatat, {problems} bermasalah (daftarnya di Periksa Data).', en: '{numbered} responses numbered, {pending} waiting, {problems} with problems (listed by Check Data).' },
  'intake.lastRun': { id: 'Terakhir berjalan {at}: {added} dicatat, {problems} bermasalah.', en: 'Last run {at}: {added} recorded, {problems} with problems.' },
  'intake.lastRunFailed': { id: 'Terakhir berjalan {at}: gagal ({reason}). Jawaban yang tertunda dicatat pada jawaban berikutnya.', en: 'Last run {at}: failed ({reason}). Waiting responses are recorded with the next one.' },
  'intake.receiptsSent': { id: '{count} tanda terima terkirim.', en: '{count} receipts sent.' },
  'intake.quota': { id: 'kuota e-mail harian pemilik pemicu sudah habis', en: 'the trigger owner\'s daily e-mail quota is used up' },
  'intake.receiptsFailed': { id: '{count} tanda terima tidak terkirim: {reason}', en: '{count} receipts not sent: {reason}' },

  'intake.done.installed': { id: 'Tersimpan. Jawaban baru dicatat otomatis mulai sekarang.', en: 'Saved. New responses are recorded automatically from now on.' },
  'intake.done.updated': { id: 'Tersimpan. Pemicu dipasang ulang.', en: 'Saved. The trigger was set up again.' },
  'intake.done.unchanged': { id: 'Pemetaan tersimpan.', en: 'Mapping saved.' },
  'intake.done.takenOver': { id: 'Tersimpan. Pemicu sekarang atas nama Anda.', en: 'Saved. The trigger is now yours.' },
  'intake.done.mappingOnly': { id: 'Pemetaan tersimpan. Pemicu tetap atas nama {name}.', en: 'Mapping saved. The trigger stays under {name}.' },
  'intake.done.removed': { id: 'Pencatatan formulir dinonaktifkan. Jawaban baru tidak dicatat lagi.', en: 'Form intake is off. New responses are no longer recorded.' },
  'intake.done.absent': { id: 'Pencatatan formulir memang belum aktif.', en: 'Form intake was already off.' },

  'intake.err.noSheet': { id: 'Sheet "{sheet}" bukan sheet jawaban Google Formulir yang tertaut.', en: 'The "{sheet}" sheet is not a linked Google Form responses sheet.' },
  'intake.err.needInfo': { id: 'Pilih pertanyaan untuk kolom Informasi yang Diminta: tanpa itu tidak ada jawaban yang dapat dicatat.', en: 'Choose the question for Information Requested: without it no response can be recorded.' },
  'intake.err.needName': { id: 'Pilih pertanyaan untuk kolom Nama Pemohon: Register mewajibkan nama pemohon.', en: 'Choose the question for Applicant Name: the register requires it.' },
  'intake.err.twice': { id: 'Kolom {column} dipilih untuk lebih dari satu pertanyaan. Pilih satu saja.', en: '{column} is chosen for more than one question. Choose one.' },
  'intake.err.channel': { id: 'Saluran "{channel}" tidak ada di Daftar Saluran pada Pengaturan.', en: 'Channel "{channel}" is not in the channel list in Settings.' },
  'intake.err.noMapping': { id: 'Formulir belum dipetakan. Buka Hubungkan Formulir dan simpan pemetaannya.', en: 'The form is not mapped yet. Open Link Form and save the mapping.' },

  'intake.problem.received.missing': {
    id: 'Jawaban formulir tanpa stempel waktu, sehingga tanggal diterima tidak diketahui. Belum dicatat di Register; isi stempel waktunya, maka jawaban dicatat bersama jawaban berikutnya.',
    en: 'A form response without a timestamp, so the date received is unknown. Not recorded in the register; fill the timestamp in and it is recorded with the next response.',
  },
  'intake.problem.received.invalid': {
    id: 'Stempel waktu jawaban ini bukan tanggal yang dapat dibaca. Belum dicatat di Register; perbaiki tanggalnya, maka jawaban dicatat bersama jawaban berikutnya.',
    en: 'This response\'s timestamp is not a readable date. Not recorded in the register; correct it and it is recorded with the next response.',
  },
  'intake.problem.info.missing': {
    id: 'Jawaban formulir tanpa informasi yang diminta. Belum dicatat di Register; bila pemohon menyampaikannya dengan cara lain, isi sel ini, maka jawaban dicatat bersama jawaban berikutnya.',
    en: 'A form response without the information requested. Not recorded in the register; if the applicant gave it another way, fill this cell in and it is recorded with the next response.',
  },
  'intake.problem.name.missing': {
    id: 'Jawaban formulir tanpa nama pemohon. Belum dicatat di Register; lengkapi namanya, maka jawaban dicatat bersama jawaban berikutnya.',
    en: 'A form response without the applicant\'s name. Not recorded in the register; fill the name in and it is recorded with the next response.',
  },
  'intake.problem.pending': {
    id: 'Jawaban ini belum dicatat di Register. Aktifkan Hubungkan Formulir; jawaban tertunda dicatat bersama jawaban berikutnya.',
    en: 'This response is not recorded in the register yet. Turn Link Form on; waiting responses are recorded with the next one.',
  },
  'intake.problem.notInRegister': {
    id: 'Nomor {number} tertulis pada jawaban ini tetapi tidak ada di Register. Periksa apakah baris Register terhapus, lalu catat permohonan ini lagi atau kosongkan nomornya.',
    en: 'Number {number} is written on this response but is not in the register. Check whether a register row was deleted, then log the request again or clear the number.',
  },
  'intake.problem.mapping': { id: 'Pemetaan Formulir: {issue}', en: 'Form Mapping: {issue}' },
  'intake.mapping.line': { id: 'baris "{line}" tidak berisi "=" (tulis: Kolom Register = judul pertanyaan).', en: 'line "{line}" has no "=" (write: Register column = question title).' },
  'intake.mapping.field': { id: '"{name}" bukan kolom Register yang dapat diisi formulir.', en: '"{name}" is not a register column a form can fill.' },
  'intake.mapping.question': { id: 'pertanyaan "{title}" untuk {name} tidak ada di sheet jawaban.', en: 'the question "{title}" for {name} is not in the responses sheet.' },
  'intake.mapping.twice': { id: 'kolom {name} dipetakan dua kali; yang pertama dipakai.', en: '{name} is mapped twice; the first line is used.' },

  'intake.mail.subject': { id: 'Tanda Bukti Penerimaan Permintaan Informasi Publik {number}', en: 'Receipt of your public information request {number}' },
  'intake.mail.footer': {
    id: 'E-mail ini dikirim otomatis ke alamat yang diverifikasi Google Formulir saat Anda mengisi formulir.',
    en: 'This e-mail was sent automatically to the address Google Forms verified when you filled in the form.',
  },
  'intake.patternMismatch': {
    id: 'Nomor di Register (mis. {example}) tidak mengikuti Format No. Registrasi di Pengaturan ({pattern}): jawaban formulir akan bernomor mulai 001 dengan format itu. Sesuaikan Format No. Registrasi dulu bila nomor harus melanjutkan Register.',
    en: 'The register\'s numbers (e.g. {example}) do not follow the Registration No. Format in the Settings ({pattern}): form responses would be numbered from 001 in that format. Adjust the Registration No. Format first if the numbers should continue the register\'s.',
  },
  'intake.receiptSettingsMissing': {
    id: 'Belum terisi di Pengaturan: {list}. Tanpa itu tanda bukti penerimaan tidak dikirim.',
    en: 'Not yet filled in the Settings: {list}. Without them no receipt is sent.',
  },
  'intake.receiptNotMade': {
    id: 'tanda bukti penerimaan tidak dapat dibuat; isi dulu di Pengaturan: {list}',
    en: 'the receipt cannot be made; first fill in the Settings: {list}',
  },
};
