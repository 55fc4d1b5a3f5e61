// Strings of the daily deadline reminder (menu, dialog, e-mail) and of the trigger ownership rules
// any trigger of the add-on shares. Indonesian first.
export const REMINDER_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.reminder': { id: 'Pengingat Harian', en: 'Daily Reminders' },

  // Any managed trigger (src/sheets/triggers.ts)
  'trigger.ownedByOther': {
    id: 'Pemicu ini dipasang oleh {name} ({email}) dan berjalan atas nama akunnya, jadi hanya {name} yang dapat mengubah atau mematikannya. Mintalah {name} melakukannya.',
    en: 'This trigger was set up by {name} ({email}) and runs under their account, so only {name} can change or turn it off. Ask {name} to do it.',
  },
  'trigger.locked': {
    id: 'Petugas lain sedang mengubah pemicu ini. Tunggu sebentar lalu coba lagi.',
    en: 'Another officer is changing this trigger. Wait a moment and try again.',
  },
  'trigger.noAccount': {
    id: 'Alamat akun Google Anda tidak dapat dibaca, jadi pemicu tidak dapat dicatat atas nama Anda. Coba lagi atau hubungi admin.',
    en: 'Your Google account address could not be read, so the trigger cannot be recorded in your name. Try again or contact your admin.',
  },

  // The dialog
  'reminder.title': { id: 'Pengingat Harian', en: 'Daily Reminders' },
  'reminder.intro': {
    id: 'Setiap hari kerja, PPID Sheets mengirim e-mail berisi permohonan yang lewat batas, jatuh tempo hari ini, atau mendekati batas, serta keberatan yang mendekati batas 30 hari kerja. E-mail hanya memuat nomor registrasi, topik, saluran, dan tenggat: tanpa data pribadi pemohon. Hari tanpa tenggat tidak mengirim apa pun.',
    en: 'Every working day, PPID Sheets e-mails the requests that are overdue, due today or near due, and the objections near their 30-working-day limit. The e-mail holds registration numbers, topics, channels and deadlines only: no personal data of applicants. A day with no deadline sends nothing.',
  },
  'reminder.status.off': { id: 'Pengingat harian belum aktif.', en: 'Daily reminders are off.' },
  'reminder.status.mine': {
    id: 'Aktif: dikirim setiap hari kerja sekitar pukul {hour} ({zone}). Pemicu ini atas nama Anda.',
    en: 'On: sent every working day around {hour} ({zone}). The trigger runs under your account.',
  },
  'reminder.status.other': {
    id: 'Aktif: dipasang oleh {name} ({email}), dikirim setiap hari kerja sekitar pukul {hour} ({zone}). Hanya {name} yang dapat mengubah atau mematikannya; mintalah {name} bila perlu.',
    en: 'On: set up by {name} ({email}), sent every working day around {hour} ({zone}). Only {name} can change or turn it off; ask {name} when needed.',
  },
  'reminder.status.stale': {
    id: 'Dipasang oleh {name} ({email}), tetapi tidak berjalan sejak {date}. Anda dapat mengaktifkannya kembali atas nama Anda.',
    en: 'Set up by {name} ({email}), but it has not run since {date}. You can turn it on again under your account.',
  },
  'reminder.status.gone': {
    id: 'Pemicu atas nama Anda tidak ditemukan lagi (mungkin dihapus atau izin dicabut). Aktifkan kembali bila masih diperlukan.',
    en: 'The trigger under your account is gone (deleted, or its authorisation revoked). Turn it on again if still needed.',
  },
  'reminder.recipients': { id: 'Penerima: {list}.', en: 'Recipients: {list}.' },
  'reminder.recipientsOwner': {
    id: 'Penerima: {email} (E-mail Pengingat Harian di Pengaturan masih kosong).',
    en: 'Recipient: {email} (Daily Reminder E-mails in Settings is blank).',
  },
  'reminder.invalidEmails': {
    id: 'Alamat tidak valid dan dilewati: {list}.',
    en: 'Invalid addresses skipped: {list}.',
  },
  'reminder.hourChanged': {
    id: 'Jam di Pengaturan kini {hour}; klik Aktifkan untuk memakainya.',
    en: 'Settings now say {hour}; click Turn On to use it.',
  },
  'reminder.lastRun': { id: 'Terakhir berjalan {date}: {outcome}', en: 'Last run {date}: {outcome}' },
  'reminder.outcome.sent': {
    id: 'terkirim ke {count} penerima ({lines} baris).',
    en: 'sent to {count} recipients ({lines} lines).',
  },
  'reminder.outcome.empty': {
    id: 'tidak ada tenggat yang perlu diingatkan, tidak ada e-mail.',
    en: 'no deadline to remind of, no e-mail.',
  },
  'reminder.outcome.weekend': {
    id: 'akhir pekan, dilewati (hari kerja berikutnya mencakupnya).',
    en: 'weekend, skipped (the next working day covers it).',
  },
  'reminder.outcome.holiday': {
    id: 'hari libur, dilewati (hari kerja berikutnya mencakupnya).',
    en: 'holiday, skipped (the next working day covers it).',
  },
  'reminder.outcome.failed': {
    id: 'gagal: {reason} Dicoba lagi besok.',
    en: 'failed: {reason} It will be tried again tomorrow.',
  },
  'reminder.turnOn': { id: 'Aktifkan', en: 'Turn On' },
  'reminder.turnOff': { id: 'Matikan', en: 'Turn Off' },
  'reminder.close': { id: 'Tutup', en: 'Close' },
  'reminder.working': { id: 'Sebentar…', en: 'One moment…' },
  'reminder.done.installed': { id: 'Pengingat harian aktif.', en: 'Daily reminders are on.' },
  'reminder.done.updated': { id: 'Jam pengingat diperbarui.', en: 'The reminder hour was updated.' },
  'reminder.done.unchanged': { id: 'Pengingat harian sudah aktif.', en: 'Daily reminders were already on.' },
  'reminder.done.takenOver': {
    id: 'Pengingat harian kini berjalan atas nama Anda.',
    en: 'Daily reminders now run under your account.',
  },
  'reminder.done.removed': { id: 'Pengingat harian dimatikan.', en: 'Daily reminders are off.' },
  'reminder.done.absent': { id: 'Pengingat harian memang belum aktif.', en: 'Daily reminders were not on.' },
  'reminder.quota': {
    id: 'Kuota e-mail harian akun {email} tinggal {left}, kurang untuk {count} penerima.',
    en: 'The daily e-mail quota of {email} has {left} left, too few for {count} recipients.',
  },
  'reminder.tooManyRecipients': {
    id: 'E-mail Pengingat Harian berisi {count} alamat; satu e-mail paling banyak {max} penerima. Kurangi daftarnya atau pakai alamat grup.',
    en: 'Daily Reminder E-mails lists {count} addresses; one e-mail takes at most {max} recipients. Shorten the list or use a group address.',
  },
  'reminder.reauthorize': {
    id: 'PPID Sheets diperbarui dan memerlukan izin baru dari pemilik pemicu: pemilik cukup membuka menu Ekstensi › PPID Sheets sekali.',
    en: "PPID Sheets was updated and needs new permission from the trigger's owner: the owner only has to open Extensions › PPID Sheets once.",
  },
  'reminder.noRecipient': {
    id: 'Tidak ada penerima: isi E-mail Pengingat Harian di Pengaturan.',
    en: 'No recipient: fill in Daily Reminder E-mails in Settings.',
  },

  // The e-mail
  'digest.subject': { id: 'Pengingat tenggat PPID {date}: {summary}', en: 'PPID deadline reminder {date}: {summary}' },
  'digest.heading': {
    id: 'Pengingat tenggat layanan informasi publik: {unit}, {date}',
    en: 'Public information deadlines: {unit}, {date}',
  },
  'digest.intro': {
    id: 'Kolom: No. Registrasi, topik, saluran, batas waktu, hari kerja yang tersisa (atau yang sudah lewat sejak batas), tautan ke baris register.',
    en: 'Columns: registration number, topic, channel, due date, working days left (or elapsed since the due date), link to the register row.',
  },
  'digest.section.overdue': { id: 'Lewat batas waktu', en: 'Overdue' },
  'digest.section.dueToday': { id: 'Jatuh tempo hari ini', en: 'Due today' },
  'digest.section.nearDue': {
    id: 'Mendekati batas waktu (sisa {days} hari kerja atau kurang)',
    en: 'Near due ({days} working days left or fewer)',
  },
  'digest.col.number': { id: 'No. Registrasi', en: 'Registration No.' },
  'digest.col.topic': { id: 'Topik', en: 'Topic' },
  'digest.col.channel': { id: 'Saluran', en: 'Channel' },
  'digest.col.due': { id: 'Batas Waktu', en: 'Due Date' },
  'digest.col.left': { id: 'Hari Kerja', en: 'Working Days' },
  'digest.col.row': { id: 'Baris', en: 'Row' },
  'digest.text.due': { id: 'batas {date}', en: 'due {date}' },
  'digest.noNumber': { id: '(tanpa nomor)', en: '(no number)' },
  'digest.noTopic': { id: '-', en: '-' },
  'digest.rowLink': { id: 'baris {row}', en: 'row {row}' },
  'digest.footer': {
    id: 'Dikirim otomatis oleh PPID Sheets setiap hari kerja. Penerima dan jam diatur di sheet Pengaturan; untuk mematikan, pilih Ekstensi › PPID Sheets › Pengingat Harian.',
    en: 'Sent by PPID Sheets every working day. Recipients and hour are set in the Settings sheet; to turn it off, choose Extensions › PPID Sheets › Daily Reminders.',
  },
};
