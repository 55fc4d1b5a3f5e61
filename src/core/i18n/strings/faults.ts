// Strings of #23 items 5–8: what a report dialog says when a step after the report failed, how
// sharing went file by file, where the letters are kept, and what a waiting form response needs.
// biome-ignore format: a table laid out by hand, one entry per line
export const FAULT_STRINGS: Record<string, { id: string; en: string }> = {
  'file.doc': { id: 'dokumen', en: 'document' },
  'file.pdf': { id: 'PDF', en: 'PDF' },
  'file.json': { id: 'rekap JSON', en: 'recap JSON' },
  'done.sharePartial': {
    id: 'Drive menolak membagikan {refused} kepada {email}; {shared} sudah dibagikan. Bagikan yang ditolak secara manual.',
    en: 'Drive refused to share the {refused} with {email}; the {shared} were shared. Share the refused ones by hand.',
  },
  'done.groupHint': {
    id: 'Bila alamat itu Grup Google, tuliskan juga di Pengaturan › Alamat Grup Google, lalu buat ulang laporan.',
    en: 'If the address is a Google Group, list it under Settings › Google Group Addresses too, then make the report again.',
  },
  'done.groups': { id: 'Dibagikan sebagai Grup Google: {list}.', en: 'Shared as Google Groups: {list}.' },
  'done.driveNotified': {
    id: 'Alamat tanpa akun Google menerima undangan langsung dari Drive, bukan e-mail pemberitahuan add-on: {list}.',
    en: 'Addresses without a Google account got Drive\'s own invitation instead of the add-on\'s notice e-mail: {list}.',
  },
  'done.failed.share': {
    id: 'Laporan sudah dibuat, tetapi berbagi ke PPID Pusat gagal ({reason}). Bagikan berkasnya secara manual atau buat ulang laporan.',
    en: 'The report was made, but sharing with the central PPID failed ({reason}). Share the files by hand or make the report again.',
  },
  'done.failed.mail': {
    id: 'Laporan sudah dibuat dan dibagikan, tetapi e-mail pemberitahuan tidak terkirim ({reason}). Kirim tautan di atas secara manual bila perlu.',
    en: 'The report was made and shared, but the notice e-mail was not sent ({reason}). Send the links above by hand if needed.',
  },
  'done.failed.log': {
    id: 'Laporan sudah dibuat, tetapi tidak tercatat di sheet Log Aktivitas. Catat pembuatannya di sana secara manual bila unit memerlukannya.',
    en: 'The report was made, but it could not be recorded in the Activity Log sheet. Note it there by hand if the unit needs the record.',
  },
  'done.failed.finish': {
    id: 'Laporan lengkap, tetapi langkah penutup gagal ({reason}): sisa laporan lama yang tersembunyi dihapus pada laporan berikutnya.',
    en: 'The report is complete, but a closing step failed ({reason}): hidden leftovers of the old report are removed by the next report.',
  },
  'letter.done.folder': {
    id: 'Surat disimpan di folder "{folder}" di Drive Anda, yang tidak dibagikan kepada siapa pun.',
    en: 'The letter is kept in the folder "{folder}" in your Drive, which is shared with nobody.',
  },
  'letter.done.folderBeside': {
    id: 'Folder "{folder}" dibuat oleh versi lama di samping folder laporan: bila folder induknya dibagikan, surat ikut terbuka. Pindahkan folder itu ke My Drive Anda.',
    en: 'The folder "{folder}" was made by an older version beside the report folder: if their parent folder is shared, the letters are too. Move the folder to your own My Drive, where no sharing reaches it.',
  },
  'intake.problem.waitingLock': {
    id: 'Jawaban ini belum dicatat di Register: saat masuk, laporan atau pencatatan lain sedang berjalan lebih dari {minutes} menit. Hubungkan Formulir aktif; jawaban ini dicatat bersama jawaban berikutnya, atau sekarang bila Anda membuka Hubungkan Formulir lalu menyimpannya.',
    en: 'This response is not in the register yet: when it arrived, a report or another recording ran for more than {minutes} minutes. Link Form is on; the response is recorded with the next one, or now if you open Link Form and save it.',
  },
  'intake.problem.waitingFailed': {
    id: 'Jawaban ini belum dicatat di Register: pencatatan terakhir gagal ({reason}). Hubungkan Formulir aktif; jawaban ini dicatat bersama jawaban berikutnya, atau sekarang bila Anda membuka Hubungkan Formulir lalu menyimpannya.',
    en: 'This response is not in the register yet: the last recording failed ({reason}). Link Form is on; the response is recorded with the next one, or now if you open Link Form and save it.',
  },
  'intake.problem.waitingOn': {
    id: 'Jawaban ini belum dicatat di Register. Hubungkan Formulir aktif; jawaban ini dicatat bersama jawaban berikutnya, atau sekarang bila Anda membuka Hubungkan Formulir lalu menyimpannya.',
    en: 'This response is not in the register yet. Link Form is on; the response is recorded with the next one, or now if you open Link Form and save it.',
  },
  'intake.lastRunWaiting': {
    id: 'Terakhir berjalan {at}: laporan atau pencatatan lain berjalan lebih dari {minutes} menit, jadi jawaban belum dicatat. Jawaban itu dicatat bersama jawaban berikutnya, atau sekarang bila Anda menyimpan dialog ini.',
    en: 'Last run {at}: a report or another recording ran for more than {minutes} minutes, so the responses were not recorded. They are recorded with the next response, or now if you save this dialog.',
  },
  'letter.dialog.folder': { id: 'Folder surat', en: 'Letter folder' },
  'letter.err.folderShared': {
    id: 'Folder surat "{value}" dibagikan, berada di drive bersama, atau dipindahkan ke folder lain. Surat memuat data pribadi pemohon, jadi tidak dibuat di sana. Hentikan berbagi folder itu dan pindahkan ke My Drive, atau tulis nama folder baru di Pengaturan › Folder Surat.',
    en: 'The letter folder "{value}" is shared, in a shared drive, or was moved into another folder. Letters hold applicants\' personal data, so none is made there. Stop sharing the folder and move it to My Drive, or enter a new folder name under Settings › Letter Folder.',
  },
};
