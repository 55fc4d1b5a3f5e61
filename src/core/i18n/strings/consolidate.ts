// Strings of "Gabungkan Laporan Unit" (the central PPID's consolidation): the dialog, the refusals
// that name a file, the Rekap Gabungan sheet and the consolidated document. Indonesian first.
export const CONSOLIDATE_STRINGS: Record<string, { id: string; en: string }> = {
  'menu.consolidate': { id: 'Gabungkan Laporan Unit', en: 'Consolidate Unit Reports' },

  // Refusals: one line each, naming the file, saying what to do.
  'cons.err.notRecap': {
    id: 'Berkas "{file}" bukan rekap PPID Sheets: {reason}. Pilih berkas rekap JSON yang dibuat menu Buat Laporan di spreadsheet unit.',
    en: 'File "{file}" is not a PPID Sheets recap: {reason}. Pick the recap JSON file that Make Report saved in the unit\'s spreadsheet.',
  },
  'cons.reason.json': { id: 'isinya bukan JSON', en: 'it is not JSON' },
  'cons.reason.shape': { id: 'isinya tidak berbentuk rekap', en: 'its content is not shaped like a recap' },
  'cons.reason.consolidated': {
    id: 'berkas ini sudah berupa rekap gabungan',
    en: 'it is already a consolidated recap',
  },
  'cons.reason.noLines': {
    id: 'tidak memuat daftar permohonan (requests), sehingga angkanya tidak dapat dihitung ulang',
    en: 'it has no list of requests, so its figures cannot be recomputed',
  },
  'cons.reason.line': {
    id: 'baris permohonan ke-{line} tidak lengkap atau tanggalnya tidak benar',
    en: 'request line {line} is incomplete or has a wrong date',
  },
  'cons.reason.count': {
    id: 'jumlah baris permohonan tidak sama dengan total permohonannya',
    en: 'its request lines do not add up to its total',
  },
  'cons.reason.period': { id: 'periodenya tidak terbaca', en: 'its period cannot be read' },
  'cons.reason.asOf': { id: 'tanggal datanya (asOf) tidak terbaca', en: 'its data date (asOf) cannot be read' },
  'cons.err.newerVersion': {
    id: 'Berkas "{file}" memakai rekap versi {version}, yang belum dikenal versi PPID Sheets ini. Perbarui add-on lalu coba lagi.',
    en: 'File "{file}" uses recap version {version}, which this version of PPID Sheets does not know. Update the add-on and try again.',
  },
  'cons.err.noUnit': {
    id: 'Berkas "{file}" tidak menyebut nama unit. Minta unit mengisi Nama Unit di sheet Pengaturan, lalu membuat laporannya lagi.',
    en: 'File "{file}" names no unit. Ask the unit to fill Unit Name in its Settings sheet and make its report again.',
  },
  'cons.err.noFiles': {
    id: 'Belum ada berkas rekap unit yang dipilih. Pilih minimal satu berkas rekap JSON.',
    en: 'No unit recap file was picked. Pick at least one recap JSON file.',
  },
  'cons.err.mixedPeriods': {
    id: 'Berkas "{file}" berisi periode {period}, sedangkan "{first}" berisi {firstPeriod}. Gabungkan berkas dari satu periode saja.',
    en: 'File "{file}" covers {period}, while "{first}" covers {firstPeriod}. Consolidate files of one period only.',
  },
  'cons.err.duplicateUnit': {
    id: 'Unit "{unit}" dipilih dua kali: "{first}" dan "{file}". Pilih satu berkas untuk setiap unit.',
    en: 'Unit "{unit}" was picked twice: "{first}" and "{file}". Pick one file per unit.',
  },
  'cons.err.unreadable': {
    id: 'Berkas "{file}" tidak dapat dibuka. Pilih berkas itu lagi lewat tombol Pilih Berkas Rekap.',
    en: 'File "{file}" cannot be opened. Pick it again with the Pick Recap Files button.',
  },
  'cons.err.badAsOf': {
    id: 'Tanggal "{value}" tidak benar. Tulis seperti 2025-07-10, atau kosongkan.',
    en: 'Date "{value}" is not valid. Write it like 2025-07-10, or leave it blank.',
  },
  'cons.err.notConfigured': {
    id: 'Pemilih berkas Google belum disiapkan oleh pengelola add-on (kunci API dan nomor proyek Cloud di Script Properties). Hubungi admin; caranya ada di README.',
    en: 'The Google file picker has not been set up by whoever deploys the add-on (API key and Cloud project number in Script Properties). Contact your admin; the README says how.',
  },

  // Progress.
  'cons.progress.read': { id: 'Membaca {n} berkas rekap unit…', en: 'Reading {n} unit recap files…' },
  'cons.progress.sheet': { id: 'Menulis sheet Rekap Gabungan…', en: 'Writing the consolidated recap sheet…' },
  'cons.progress.doc': { id: 'Menyusun dokumen laporan gabungan…', en: 'Building the consolidated report…' },
  'cons.progress.files': {
    id: 'Menyimpan PDF dan rekap JSON gabungan…',
    en: 'Saving the consolidated PDF and recap JSON…',
  },
  'cons.progress.done': { id: 'Laporan gabungan selesai.', en: 'Consolidated report finished.' },

  // The dialog (Picker).
  'cons.dialog.title': { id: 'Gabungkan Laporan Unit', en: 'Consolidate Unit Reports' },
  'cons.dialog.intro': {
    id: 'Pilih berkas rekap JSON setiap unit untuk periode yang sama. PPID Sheets hanya dapat membaca berkas yang Anda pilih di sini.',
    en: "Pick each unit's recap JSON file for the same period. PPID Sheets can read only the files you pick here.",
  },
  'cons.dialog.pick': { id: 'Pilih Berkas Rekap…', en: 'Pick Recap Files…' },
  'cons.dialog.pickerTitle': { id: 'Pilih rekap JSON unit', en: "Pick the units' recap JSON files" },
  'cons.dialog.picked': { id: 'Berkas terpilih: {n}', en: 'Files picked: {n}' },
  'cons.dialog.none': { id: 'Belum ada berkas yang dipilih.', en: 'No file picked yet.' },
  'cons.dialog.remove': { id: 'Hapus', en: 'Remove' },
  'cons.dialog.own': {
    id: 'Sertakan register spreadsheet ini sebagai unit ({unit})',
    en: "Include this spreadsheet's register as a unit ({unit})",
  },
  'cons.dialog.asOf': {
    id: 'Hitung status permohonan per tanggal (kosongkan untuk tanggal data terbaru di antara berkas)',
    en: 'Compute request statuses as of (blank: the latest data date among the files)',
  },
  'cons.dialog.run': { id: 'Gabungkan', en: 'Consolidate' },
  'cons.dialog.close': { id: 'Tutup', en: 'Close' },
  'cons.dialog.working': {
    id: 'Sedang menggabungkan… jangan tutup jendela ini.',
    en: 'Consolidating… keep this window open.',
  },
  'cons.dialog.done': {
    id: 'Selesai: {units} unit digabung, status dihitung per {asOf}.',
    en: 'Done: {units} units consolidated, statuses as of {asOf}.',
  },
  'cons.dialog.missing': { id: 'Belum melapor: {list}.', en: 'Not yet reported: {list}.' },

  // The Rekap Gabungan sheet.
  'cons.sheetQuarter': { id: 'Rekap Gabungan TW {roman} {year}', en: 'Consolidated Recap Q{quarter} {year}' },
  'cons.sheetYear': { id: 'Rekap Gabungan Tahun {year}', en: 'Consolidated Recap {year}' },
  'cons.title': {
    id: 'Rekapitulasi Gabungan Layanan Informasi Publik',
    en: 'Consolidated Public Information Service Recap',
  },
  'cons.meta': {
    id: '{body} · {period} · {units} unit melapor · status dihitung per {asOf} ({source}) · dibuat {generated}',
    en: '{body} · {period} · {units} units reported · statuses as of {asOf} ({source}) · made {generated}',
  },
  'cons.source.latest': {
    id: 'tanggal data terbaru di antara berkas unit',
    en: "the latest data date among the units' files",
  },
  'cons.source.officer': { id: 'ditetapkan petugas', en: 'set by the officer' },
  'cons.sA': { id: 'A. Rekap per Unit', en: 'A. Recap by Unit' },
  'cons.sB': { id: 'B. Unit yang Belum Melapor', en: 'B. Units Not Yet Reported' },
  'cons.sC': { id: 'C. Rekap Seluruh Badan Publik', en: 'C. Recap of the Whole Body' },
  'cons.col.unit': { id: 'Unit', en: 'Unit' },
  'cons.col.asOf': { id: 'Data per', en: 'Data as of' },
  'cons.col.requests': { id: 'Permohonan', en: 'Requests' },
  'cons.col.share': { id: 'Porsi', en: 'Share' },
  'cons.col.granted': { id: 'Dipenuhi', en: 'Granted' },
  'cons.col.refused': { id: 'Ditolak', en: 'Refused' },
  'cons.col.rate': { id: 'Tepat Waktu', en: 'On Time' },
  'cons.col.avg': { id: 'Rata-rata HK', en: 'Average WD' },
  'cons.col.median': { id: 'Median HK', en: 'Median WD' },
  'cons.col.open': { id: 'Terbuka', en: 'Open' },
  'cons.col.overdue': { id: 'Lewat Batas', en: 'Overdue' },
  'cons.col.problems': { id: 'Masalah Data', en: 'Data Problems' },
  'cons.total': { id: 'Seluruh badan publik', en: 'Whole body' },
  'cons.legend': {
    id: 'HK = hari kerja. Dipenuhi termasuk dipenuhi sebagian. Tepat Waktu = bagian permohonan terjawab yang dijawab tepat waktu. Terbuka = belum dijawab per {asOf}, termasuk yang lewat batas. Baris seluruh badan publik dihitung ulang dari semua permohonan unit, bukan dari angka rata-rata unit.',
    en: "WD = working days. Granted includes partly granted. On Time = share of answered requests answered on time. Open = not answered by {asOf}, overdue ones included. The whole-body row is recomputed from every unit's requests, not from the units' averages.",
  },
  'cons.missing.none': {
    id: 'Semua unit dalam Daftar Unit sudah melapor.',
    en: 'Every unit on the Unit List has reported.',
  },
  'cons.missing.noList': {
    id: 'Daftar Unit di sheet Pengaturan masih kosong, sehingga unit yang belum melapor tidak dapat diketahui.',
    en: 'The Unit List in the Settings sheet is empty, so units that have not reported cannot be known.',
  },
  'cons.unlisted': {
    id: 'Melapor tetapi tidak ada dalam Daftar Unit: {list}.',
    en: 'Reported but not on the Unit List: {list}.',
  },
  'cons.chart.units': { id: 'Permohonan per Unit', en: 'Requests by Unit' },
  'cons.problemsText': {
    id: 'Unit melaporkan {count} masalah data di register masing-masing (kolom Masalah Data pada tabel A); rinciannya ada di laporan setiap unit.',
    en: "Units reported {count} data problems in their own registers (Data Problems column of table A); each unit's report lists them.",
  },
  'cons.noProblems': { id: 'Tidak ada masalah data yang dilaporkan unit.', en: 'No unit reported data problems.' },

  // The consolidated document.
  'cons.doc.title': {
    id: 'LAPORAN GABUNGAN LAYANAN INFORMASI PUBLIK',
    en: 'CONSOLIDATED PUBLIC INFORMATION SERVICE REPORT',
  },
  'cons.doc.titleAnnual': {
    id: 'LAPORAN TAHUNAN GABUNGAN LAYANAN INFORMASI PUBLIK',
    en: 'CONSOLIDATED ANNUAL PUBLIC INFORMATION SERVICE REPORT',
  },
  'cons.doc.fileName': { id: 'Laporan Gabungan PPID {unit} {period}', en: 'Consolidated PPID Report {unit} {period}' },
  'cons.doc.p2': {
    id: 'Angka gabungan dihitung ulang dari daftar permohonan setiap unit, tanpa data pribadi pemohon. Status permohonan yang belum selesai dihitung per {asOf} ({source}).',
    en: "The consolidated figures are recomputed from each unit's list of requests, without applicants' personal data. Unfinished requests are assessed as of {asOf} ({source}).",
  },
  'cons.doc.section': { id: '{chapter}.{n}. Rekap per Unit', en: '{chapter}.{n}. Recap by Unit' },
  'cons.doc.intro': {
    id: 'Tabel berikut memuat angka setiap unit, dihitung per {asOf}. Baris terakhir adalah seluruh badan publik, dihitung ulang dari semua permohonan unit.',
    en: "The table below gives each unit's figures as of {asOf}. The last row is the whole body, recomputed from all the units' requests.",
  },
  'cons.doc.table': { id: 'Rekap per Unit', en: 'Recap by Unit' },
  'cons.doc.unitTime': {
    id: 'Rata-rata waktu layanan {avg} hari kerja (median {median}), tingkat kepatuhan waktu {rate}.',
    en: 'Average service time {avg} working days (median {median}), timeliness compliance {rate}.',
  },
  'cons.doc.unitNoTime': { id: 'Belum ada permohonan yang dijawab.', en: 'No request has been answered yet.' },
  'cons.doc.missingTitle': { id: 'Unit yang Belum Melapor', en: 'Units Not Yet Reported' },

  // The settings block.
  'settings.units': { id: 'Daftar Unit', en: 'Unit List' },
};
