// Strings of "Pilih Folder Unit" (issue #26 item 2): an officer whose add-on has no drive.file
// grant for the report folder a colleague's add-on made picks it once in the Google Picker.
// Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const FOLDER_PICK_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.pickFolder': { id: 'Pilih Folder Unit', en: 'Pick the Unit Folder' },
  'folderPick.title': { id: 'Pilih Folder Unit', en: 'Pick the Unit Folder' },
  'folderPick.intro': {
    id: 'Laporan unit ini disimpan di folder Drive "{name}", yang dibuat oleh {owner}. Akun Anda ({me}) belum dapat memakainya: pilih folder itu sekali di pemilih berkas Google. Setelah itu laporan dan gabungan Anda tersimpan di folder yang sama.',
    en: 'This unit\'s reports are kept in the Drive folder "{name}", made by {owner}. Your account ({me}) cannot use it yet: pick that folder once in the Google file picker. From then on your reports and consolidations are saved in the same folder.',
  },
  'folderPick.notShared': {
    id: 'Bila folder "{name}" tidak muncul di pemilih, folder itu belum dibagikan kepada Anda: minta {owner} membagikannya kepada {me} sebagai Editor, lalu buka dialog ini lagi.',
    en: 'If the folder "{name}" does not appear in the picker, it has not been shared with you: ask {owner} to share it with {me} as an Editor, then open this dialog again.',
  },
  'folderPick.ready': {
    id: 'Folder unit "{name}" sudah dapat dipakai dengan akun Anda. Tidak ada yang perlu dipilih.',
    en: 'The unit folder "{name}" can already be used with your account. There is nothing to pick.',
  },
  'folderPick.none': {
    id: 'Unit ini belum punya folder laporan: laporan pertama akan membuatnya dan membagikannya kepada editor spreadsheet ini.',
    en: 'This unit has no report folder yet: the first report makes it and shares it with this spreadsheet\'s editors.',
  },
  'folderPick.someone': { id: 'petugas lain', en: 'another officer' },
  'folderPick.pick': { id: 'Pilih Folder…', en: 'Pick the Folder…' },
  'folderPick.pickerTitle': { id: 'Pilih folder "{name}"', en: 'Pick the folder "{name}"' },
  'folderPick.close': { id: 'Tutup', en: 'Close' },
  'folderPick.working': { id: 'Memeriksa folder yang dipilih…', en: 'Checking the folder you picked…' },
  'folderPick.done': {
    id: 'Folder "{name}" kini dapat dipakai. Jalankan lagi menu yang tadi berhenti (misalnya Buat Laporan Triwulan).',
    en: 'The folder "{name}" can now be used. Run the menu that stopped again (for example Make Quarterly Report).',
  },
  'folderPick.err.other': {
    id: 'Folder "{picked}" bukan folder laporan unit ini ("{name}"). Pilih folder "{name}". Pengaturan tidak diubah.',
    en: 'The folder "{picked}" is not this unit\'s report folder ("{name}"). Pick the folder "{name}". Settings were not changed.',
  },
  'folderPick.err.notGranted': {
    id: 'Folder "{name}" belum dapat dibuka dengan akun Anda. Pilih folder itu lagi di pemilih berkas; bila tidak muncul, minta {owner} membagikannya kepada Anda sebagai Editor.',
    en: 'The folder "{name}" still cannot be opened with your account. Pick it again in the file picker; if it does not appear, ask {owner} to share it with you as an Editor.',
  },
  'folderPick.err.none': {
    id: 'Unit ini belum punya folder laporan untuk dipilih. Buat laporan: folder dibuat saat itu.',
    en: 'This unit has no report folder to pick yet. Make a report: the folder is made then.',
  },
  'err.viewOnly': {
    id: 'Akun Anda ({me}) tidak dapat mengubah spreadsheet ini: Anda hanya dapat melihat atau berkomentar, atau sheet Log Aktivitas dikunci untuk Anda. Minta pemilik spreadsheet menjadikan Anda Editor. Tidak ada yang dibuat atau diubah.',
    en: 'Your account ({me}) cannot edit this spreadsheet: you may only view or comment, or the Activity Log sheet is locked for you. Ask the spreadsheet\'s owner to make you an Editor. Nothing was made or changed.',
  },
  'log.action.folderPicked': { id: 'Folder unit dipilih', en: 'Unit folder picked' },
};
