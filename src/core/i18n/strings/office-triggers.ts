// Strings of triggers an office can manage (issue #26 item 3): a trigger whose owner lost access,
// whose runs fail, or whose owner's e-mail quota ran out, reported once. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const OFFICE_TRIGGER_STRINGS: Record<string, { id: string; en: string }> = {
  'health.trigger.dailyReminder': { id: 'Pengingat Harian', en: 'Daily Reminder' },
  'health.trigger.formIntake': { id: 'Hubungkan Formulir', en: 'Form intake' },
  'health.ownerNoAccess': {
    id: 'Pemicu {trigger} milik {owner}, yang tidak lagi tercantum sebagai editor spreadsheet ini (akunnya dihapus atau aksesnya dicabut): pemicunya tidak dapat membaca register. Petugas lain dapat mengambil alihnya di menu {trigger}.',
    en: 'The {trigger} trigger belongs to {owner}, who is no longer listed as an editor of this spreadsheet (account deleted or access removed): the trigger cannot read the register. Another officer can take it over in the {trigger} menu.',
  },
  'health.stopped': {
    id: 'Pemicu {trigger} milik {owner} tidak berjalan sejak {date}. Petugas lain dapat mengambil alihnya di menu {trigger}.',
    en: 'The {trigger} trigger of {owner} has not run since {date}. Another officer can take it over in the {trigger} menu.',
  },
  'health.quota': {
    id: 'Pengingat tanggal {date} ({lines} baris) tidak terkirim: kuota e-mail harian {owner} tinggal {left}. Permohonan yang masih terbuka tercantum lagi di pengingat hari kerja berikutnya.',
    en: 'The reminder of {date} ({lines} lines) was not sent: the daily e-mail quota of {owner} had {left} left. Requests still open are listed again in the next working day\'s reminder.',
  },
  'health.failing': {
    id: 'Pemicu {trigger} milik {owner} gagal pada {date}: {reason}',
    en: 'The {trigger} trigger of {owner} failed on {date}: {reason}',
  },
  'health.myQuotaZero': {
    id: 'Kuota e-mail harian akun Anda ({email}) sudah habis hari ini.',
    en: 'The daily e-mail quota of your account ({email}) is used up today.',
  },
  'health.sent': { id: 'Dilaporkan sekali lewat e-mail ke {list}.', en: 'Reported once by e-mail to {list}.' },
  'health.alreadyReported': {
    id: 'Sudah dilaporkan lewat e-mail; dilaporkan lagi bila keadaannya berubah.',
    en: 'Already reported by e-mail; reported again when it changes.',
  },
  'health.notSent': {
    id: 'Belum dilaporkan lewat e-mail: kuota e-mail Anda tinggal {left}, perlu {count}. Petugas berikutnya yang memakai PPID Sheets akan mengirimnya.',
    en: 'Not reported by e-mail yet: your e-mail quota has {left} left, {count} needed. The next officer to use PPID Sheets will send it.',
  },
  'health.subject': { id: 'PPID Sheets: pemicu perlu perhatian ({unit})', en: 'PPID Sheets: a trigger needs attention ({unit})' },
  'health.intro': {
    id: 'PPID Sheets menemukan pemicu otomatis register ini yang tidak berjalan sebagaimana mestinya. Pesan ini dikirim sekali; dikirim lagi bila keadaannya berubah.',
    en: 'PPID Sheets found an automatic trigger of this register that is not running as it should. This message is sent once; again when things change.',
  },
  'health.what': {
    id: 'Buka spreadsheet, lalu Ekstensi › PPID Sheets › Periksa Data untuk keadaannya, atau menu pemicunya untuk mengambil alih:',
    en: 'Open the spreadsheet, then Extensions › PPID Sheets › Check Data for its state, or the trigger\'s menu to take it over:',
  },
  'health.header': { id: 'Pemicu otomatis:', en: 'Automatic triggers:' },
  'reminder.myQuota': { id: 'Sisa kuota e-mail akun Anda hari ini: {left} penerima.', en: 'Your account\'s e-mail quota left today: {left} recipients.' },
  'reminder.ownerQuota': {
    id: 'Sisa kuota e-mail {email} setelah pengingat terakhir: {left} penerima.',
    en: 'E-mail quota of {email} left after the last reminder: {left} recipients.',
  },
  'reminder.unsent': {
    id: 'Pengingat {date} ({lines} baris) tidak terkirim karena kuota e-mail; tercantum lagi di pengingat berikutnya.',
    en: 'The reminder of {date} ({lines} lines) was not sent for the e-mail quota; listed again in the next one.',
  },
  'log.action.adopt': { id: 'Register dipetakan (Siapkan Register)', en: 'Register mapped (Set up register)' },
  'log.action.holidays': { id: 'Koreksi Hari Libur diterapkan', en: 'Holiday corrections applied' },
  'log.adoptWhat': { id: 'sheet "{sheet}", baris judul {row}', en: 'sheet "{sheet}", header row {row}' },
  'log.holidaysWhat': { id: '{count} koreksi', en: '{count} corrections' },
  'log.intakeWhat': { id: '{count} permohonan: {numbers}', en: '{count} requests: {numbers}' },
  'log.notWritten': {
    id: 'Tindakan ini selesai, tetapi tidak tercatat di sheet Log Aktivitas.',
    en: 'This was done, but could not be recorded in the Activity Log sheet.',
  },
  'live.failedAtSize': {
    id: 'Kolom "{column}" menampilkan #ERROR!: rumusnya berhenti, kemungkinan karena batas perhitungan Google Sheets pada register sebesar ini ({count} baris yang diperiksa kosong atau salah, mis. baris {rows}). Laporan, surat dan pengingat tetap memakai batas waktu yang dihitung PPID Sheets sendiri, bukan sel ini; Siapkan Register dapat memilih bentuk rumus lain.',
    en: 'Column "{column}" shows #ERROR!: its formula stopped, likely at Google Sheets\' calculation limit on a register this size ({count} checked rows empty or wrong, e.g. row {rows}). Reports, letters and reminders still use the deadlines PPID Sheets computes itself, not these cells; Set up register can choose another formula form.',
  },
};
