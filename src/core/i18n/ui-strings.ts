// Every officer-visible string of the add-on outside the problem messages: menus, dialogs, the
// recap sheet and the report document. Indonesian first; English for units that choose it.
// Written for this project (the seed report gives the outline, not the wording).
import { REMINDER_STRINGS } from './strings/reminder';
import { TRUST_STRINGS } from './strings/trust';
import { OFFICE_STRINGS } from './strings/office';
import { FOLDER_PICK_STRINGS } from './strings/folder-pick';
import { OFFICE_TRIGGER_STRINGS } from './strings/office-triggers';
import { OFFICE_STATE_STRINGS } from './strings/office-state';
import { CHAIN_UI } from './strings/chain-ui';
import { ANNUAL_STRINGS } from './strings/annual';
import { CORRECTION_STRINGS } from './strings/corrections';
import { LEGAL_DATA_STRINGS } from './strings/legal-data';
import { MAPPING_STRINGS } from './strings/mapping';
import { CONSOLIDATE_STRINGS } from './strings/consolidate';
import { LETTER_STRINGS, LETTER_MESSAGES } from './strings/letters';
import { INTAKE_STRINGS } from './strings/intake';
import { WRITER_STRINGS } from './strings/writer';
import { PICTURE_STRINGS } from './strings/pictures';
import { UNIT_PROFILE_STRINGS } from './strings/unit-profile';
import { WORDING_STRINGS } from './strings/wording';
import { SLIP_REGISTER_STRINGS } from './strings/slip-register';
import { INTAKE_CATEGORY_STRINGS } from './strings/intake-category';
import { KOMISI_INFORMASI_STRINGS } from './strings/komisi-informasi';
import { DISPUTE_REPORT_STRINGS } from './strings/dispute-report';
import { FAULT_STRINGS } from './strings/faults';
import { MISSING_SETTINGS_STRINGS } from './strings/missing-settings';
import { DIP_STRINGS } from './strings/dip';
import { DIP_LINK_STRINGS } from './strings/dip-link';
import { DIP_PUBLISH_STRINGS } from './strings/dip-publish';
import { DIP_ADOPT_STRINGS } from './strings/dip-adopt';

export const UI_STRINGS: Record<string, { id: string; en: string }> = {
  ...MAPPING_STRINGS,
  ...CONSOLIDATE_STRINGS,
  'menu.setup': { id: 'Siapkan Register', en: 'Set Up Register' },
  'menu.log': { id: 'Catat Permohonan', en: 'Log a Request' },
  'menu.quarterly': { id: 'Buat Laporan Triwulan', en: 'Make Quarterly Report' },
  'menu.annual': { id: 'Buat Laporan Tahunan', en: 'Make Annual Report' },
  'menu.check': { id: 'Periksa Data', en: 'Check Data' },
  'menu.settings': { id: 'Pengaturan', en: 'Settings' },
  'menu.help': { id: 'Bantuan', en: 'Help' },

  'app.name': { id: 'PPID Sheets', en: 'PPID Sheets' },
  'setup.done': {
    id: 'Register siap dipakai. Dibuat: {created}. Diperbaiki: {repaired}. Data yang sudah ada tidak diubah.',
    en: 'The register is ready. Created: {created}. Repaired: {repaired}. Existing data was left unchanged.',
  },
  'setup.nothing': { id: 'tidak ada', en: 'nothing' },
  'setup.columnsAdded': { id: 'kolom {list}', en: 'columns {list}' },
  'setup.settingsAdded': { id: 'baris pengaturan {list}', en: 'settings rows {list}' },
  'setup.holidayYears': { id: 'hari libur tahun {list}', en: 'holidays of {list}' },
  'setup.formulasValidation': { id: 'rumus, validasi, dan format', en: 'formulas, validation and formats' },
  'setup.validationHelp.list': { id: 'Pilih salah satu nilai dari daftar.', en: 'Pick one value from the list.' },
  'setup.validationHelp.date': { id: 'Isi tanggal, misalnya 31/12/2025.', en: 'Enter a date, e.g. 31/12/2025.' },
  'setup.validationHelp.fee': { id: 'Isi angka 0 atau lebih (rupiah).', en: 'Enter a number of 0 or more (rupiah).' },
  'setup.protectComputed': {
    id: 'Kolom hitung PPID Sheets: jangan diketik manual.',
    en: 'PPID Sheets computed column: do not type here.',
  },
  'holiday.header': {
    id: 'Tanggal|Keterangan|Jenis|Dasar Hukum|Tanggal Efektif',
    en: 'Date|Description|Kind|Legal Basis|Effective Date',
  },
  'holiday.national': { id: 'Libur Nasional', en: 'Libur Nasional' },
  'holiday.cuti': { id: 'Cuti Bersama', en: 'Cuti Bersama' },

  'err.title': { id: 'PPID Sheets', en: 'PPID Sheets' },
  'err.noRegister': {
    id: 'Sheet "Register" belum ada. Pilih menu PPID Sheets › Siapkan Register terlebih dahulu.',
    en: 'There is no "Register" sheet yet. Choose PPID Sheets › Set Up Register first.',
  },
  'err.noHeader': {
    id: 'Baris judul register tidak ditemukan (kolom "Tanggal Permohonan" tidak ada). Jalankan Siapkan Register.',
    en: 'The register header was not found (no "Date Received" column). Run Set Up Register.',
  },
  'err.locked': {
    id: 'Petugas lain sedang membuat laporan atau mencatat permohonan. Tunggu sebentar lalu coba lagi.',
    en: 'Another officer is making a report or logging a request. Wait a moment and try again.',
  },
  'err.badPeriod': {
    id: 'Periode "{value}" tidak dikenali. Tulis seperti 2025-TW2 (triwulan) atau 2025 (tahun).',
    en: 'Period "{value}" is not recognised. Write it like 2025-Q2 (quarter) or 2025 (year).',
  },
  'err.generic': {
    id: 'Terjadi kesalahan: {message}. Data register tidak diubah; coba lagi atau hubungi admin.',
    en: 'Something went wrong: {message}. The register was not changed; try again or contact your admin.',
  },
  'err.folderNotReachable': {
    id: 'Folder laporan "{value}" di Pengaturan tidak dapat dibuka. PPID Sheets hanya dapat memakai folder yang dibuatnya sendiri: kosongkan isian Folder Laporan atau tulis nama folder.',
    en: 'The report folder "{value}" in Settings cannot be opened. PPID Sheets can only use folders it created itself: clear the Report Folder setting or enter a folder name.',
  },
  'err.required': { id: '{field} wajib diisi.', en: '{field} is required.' },
  'err.invalidValue': { id: 'Nilai {field} tidak ada dalam daftar.', en: '{field} is not one of the listed values.' },
  'err.invalidDate': { id: '{field} bukan tanggal yang benar.', en: '{field} is not a valid date.' },
  'err.answerBeforeReceived': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal permohonan.',
    en: 'The answer date cannot be before the date received.',
  },

  'prompt.quarter.title': { id: 'Buat Laporan Triwulan', en: 'Make Quarterly Report' },
  'prompt.quarter.body': {
    id: 'Tulis tahun dan triwulan, misalnya {example}.\nKosongkan untuk triwulan terakhir yang sudah selesai ({example}).',
    en: 'Enter the year and quarter, e.g. {example}.\nLeave blank for the last finished quarter ({example}).',
  },
  'prompt.year.title': { id: 'Buat Laporan Tahunan', en: 'Make Annual Report' },
  'prompt.year.body': {
    id: 'Tulis tahun laporan, misalnya {example}.\nKosongkan untuk {example}.',
    en: 'Enter the report year, e.g. {example}.\nLeave blank for {example}.',
  },

  'progress.read': { id: 'Membaca register…', en: 'Reading the register…' },
  'progress.sheet': { id: 'Menulis sheet rekap dan grafik…', en: 'Writing the recap sheet and charts…' },
  'progress.doc': { id: 'Menyusun dokumen laporan…', en: 'Building the report document…' },
  'progress.files': { id: 'Menyimpan PDF dan rekap JSON…', en: 'Saving the PDF and recap JSON…' },
  'progress.share': { id: 'Membagikan ke PPID Pusat…', en: 'Sharing with the central PPID…' },
  'progress.done': { id: 'Laporan selesai.', en: 'Report finished.' },

  'done.title': { id: 'Laporan {period} selesai', en: 'Report for {period} is ready' },
  'done.doc': { id: 'Dokumen laporan', en: 'Report document' },
  'done.pdf': { id: 'PDF', en: 'PDF' },
  'done.json': { id: 'Rekap JSON', en: 'Recap JSON' },
  'done.sheet': { id: 'Sheet rekap: {name}', en: 'Recap sheet: {name}' },
  'done.shared': { id: 'Dibagikan ke {list} sebagai {role}.', en: 'Shared with {list} as {role}.' },
  'done.noShare': {
    id: 'Belum ada e-mail PPID Pusat di Pengaturan, jadi laporan belum dibagikan.',
    en: 'No central PPID e-mail in Settings, so the report was not shared.',
  },
  'done.invalidEmails': {
    id: 'Alamat e-mail tidak valid dan dilewati: {list}.',
    en: 'Invalid e-mail addresses skipped: {list}.',
  },
  'done.shareRefused': {
    id: 'Drive menolak berbagi dengan {list}; bagikan laporan secara manual atau periksa kebijakan berbagi domain.',
    en: 'Drive refused to share with {list}; share the report by hand or check the domain sharing policy.',
  },
  'done.mailed': { id: 'E-mail pemberitahuan dikirim.', en: 'Notice e-mail sent.' },
  'done.noProblems': { id: 'Tidak ada masalah data pada periode ini.', en: 'No data problems in this period.' },
  'role.viewer': { id: 'pembaca', en: 'viewer' },
  'role.commenter': { id: 'pemberi komentar', en: 'commenter' },
  'role.editor': { id: 'editor', en: 'editor' },
  'mail.subject': {
    id: 'Laporan Layanan Informasi Publik {unit} {period}',
    en: 'Public Information Service Report {unit} {period}',
  },
  'mail.body': {
    id: 'Yth. PPID Pusat,\n\nLaporan layanan informasi publik {unit} untuk {period} telah tersedia:\n\nDokumen: {doc}\nPDF: {pdf}\nRekap JSON: {json}\n\nPesan ini dikirim oleh PPID Sheets.',
    en: 'Dear central PPID,\n\nThe public information service report of {unit} for {period} is available:\n\nDocument: {doc}\nPDF: {pdf}\nRecap JSON: {json}\n\nSent by PPID Sheets.',
  },

  'check.title': { id: 'Periksa Data', en: 'Check Data' },
  'check.header': { id: 'Baris|No. Registrasi|Kolom|Masalah', en: 'Row|Registration No.|Column|Problem' },
  'help.body': {
    id: 'PPID Sheets membantu mencatat permohonan informasi dan menyusun laporan.\n\n1. Siapkan Register: membuat sheet Register, Hari Libur, dan Pengaturan (aman diulang; data tidak dihapus).\n2. Catat Permohonan: formulir di panel samping; nomor registrasi dan batas waktu diisi otomatis.\n3. Buat Laporan Triwulan/Tahunan: sheet rekap, dokumen Google Docs, PDF, dan rekap JSON, lalu dibagikan ke PPID Pusat.\n4. Periksa Data: daftar baris yang perlu diperbaiki.\n\nBatas waktu: 10 hari kerja (+7 bila diperpanjang) sesuai UU 14/2008.',
    en: 'PPID Sheets helps you log information requests and write reports.\n\n1. Set Up Register: creates the Register, Holidays and Settings sheets (safe to repeat; no data is removed).\n2. Log a Request: a sidebar form; the registration number and due date are filled in for you.\n3. Make Quarterly/Annual Report: recap sheet, Google Docs report, PDF and recap JSON, shared with the central PPID.\n4. Check Data: lists rows that need fixing.\n\nDue date: 10 working days (+7 when extended) under Law 14/2008.',
  },

  'form.title': { id: 'Catat Permohonan', en: 'Log a Request' },
  'form.submit': { id: 'Simpan Permohonan', en: 'Save Request' },
  'form.saving': { id: 'Menyimpan…', en: 'Saving…' },
  'form.saved': {
    id: 'Tersimpan sebagai {number} di baris {row}. Batas waktu: {due}.',
    en: 'Saved as {number} on row {row}. Due date: {due}.',
  },
  'form.requiredMark': { id: 'wajib', en: 'required' },
  'form.choose': { id: '— pilih —', en: '— choose —' },
  'form.privacy': {
    id: 'Data pribadi pemohon hanya disimpan di sheet Register.',
    en: "The applicant's personal data is kept in the Register sheet only.",
  },
  'form.fixErrors': { id: 'Periksa isian yang ditandai.', en: 'Check the marked fields.' },

  // Periods
  'period.quarter': { id: 'Triwulan {roman} ({months}) {year}', en: 'Quarter {quarter} ({months}) {year}' },
  'period.quarterShort': { id: 'TW {roman} {year}', en: 'Q{quarter} {year}' },
  'period.quarterColumn': { id: 'TW {roman}', en: 'Q{quarter}' },
  'period.year': { id: 'Tahun {year}', en: 'Year {year}' },
  'period.months.1': { id: 'Januari – Maret', en: 'January – March' },
  'period.months.2': { id: 'April – Juni', en: 'April – June' },
  'period.months.3': { id: 'Juli – September', en: 'July – September' },
  'period.months.4': { id: 'Oktober – Desember', en: 'October – December' },
  'month.names': {
    id: 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember',
    en: 'January|February|March|April|May|June|July|August|September|October|November|December',
  },

  // Recap sheet
  'recap.sheetQuarter': { id: 'Rekap TW {roman} {year}', en: 'Recap Q{quarter} {year}' },
  'recap.sheetYear': { id: 'Rekap Tahun {year}', en: 'Recap {year}' },
  'recap.title': { id: 'Rekapitulasi Layanan Informasi Publik', en: 'Public Information Service Recap' },
  'recap.meta': {
    id: '{unit} · {period} · data per {asOf} · dibuat {generated}',
    en: '{unit} · {period} · data as of {asOf} · made {generated}',
  },
  'recap.col.no': { id: 'No.', en: 'No.' },
  'recap.col.count': { id: 'Jumlah', en: 'Count' },
  'recap.col.percent': { id: 'Persentase', en: 'Percent' },
  'recap.col.channel': { id: 'Saluran', en: 'Channel' },
  'recap.col.applicantType': { id: 'Kategori Pemohon', en: 'Applicant Type' },
  'recap.col.status': { id: 'Status', en: 'Status' },
  'recap.col.measure': { id: 'Ukuran', en: 'Measure' },
  'recap.col.value': { id: 'Nilai', en: 'Value' },
  'recap.col.topic': { id: 'Topik', en: 'Topic' },
  'recap.col.infoClass': { id: 'Klasifikasi Informasi', en: 'Information Class' },
  'recap.col.row': { id: 'Baris', en: 'Row' },
  'recap.col.number': { id: 'No. Registrasi', en: 'Registration No.' },
  'recap.col.column': { id: 'Kolom', en: 'Column' },
  'recap.col.problem': { id: 'Masalah', en: 'Problem' },
  'recap.col.total': { id: 'Jumlah', en: 'Total' },
  'recap.total': { id: 'Jumlah', en: 'Total' },
  'recap.s1': { id: '1. Permohonan per Saluran', en: '1. Requests by Channel' },
  'recap.s2': { id: '2. Pemohon menurut Kategori, per Saluran', en: '2. Applicants by Type, per Channel' },
  'recap.s2.table': { id: 'Pemohon Informasi melalui {channel}', en: 'Applicants via {channel}' },
  'recap.s3': { id: '3. Status Layanan, per Saluran', en: '3. Service Status, per Channel' },
  'recap.s3.table': { id: 'Status Layanan melalui {channel}', en: 'Service Status via {channel}' },
  'recap.s4': { id: '4. Waktu Layanan dan Ketepatan Waktu', en: '4. Service Time and Timeliness' },
  'recap.s5': {
    id: '5. Topik, Klasifikasi Informasi, Keberatan, dan Sengketa',
    en: '5. Topics, Information Classes, Objections and Disputes',
  },
  'recap.s6': { id: '6. Masalah Data', en: '6. Data Problems' },
  'recap.s7': { id: '7. Statistik Media', en: '7. Media Statistics' },
  'recap.s8': { id: '8. Per Triwulan', en: '8. By Quarter' },
  'recap.noRequestsChannel': { id: 'Tidak ada permohonan pada periode ini.', en: 'No requests in this period.' },
  'recap.noProblems': { id: 'Tidak ada masalah data.', en: 'No data problems.' },
  'recap.noMedia': {
    id: 'Belum ada statistik media untuk periode ini (isi di sheet Pengaturan, blok Statistik Media).',
    en: 'No media statistics for this period yet (fill the Media Statistics block in Settings).',
  },
  'recap.chart.byChannel': { id: 'Permohonan per Saluran', en: 'Requests by Channel' },
  'recap.chart.sla': { id: 'Status Ketepatan Waktu', en: 'Timeliness Status' },
  'recap.chart.applicants': { id: 'Kategori Pemohon melalui {channel}', en: 'Applicant Types via {channel}' },
  'measure.answered': { id: 'Permohonan dijawab', en: 'Requests answered' },
  'measure.avg': { id: 'Rata-rata waktu layanan (hari kerja)', en: 'Average service time (working days)' },
  'measure.median': { id: 'Median waktu layanan (hari kerja)', en: 'Median service time (working days)' },
  'measure.min': { id: 'Tercepat (hari kerja)', en: 'Fastest (working days)' },
  'measure.max': { id: 'Terlama (hari kerja)', en: 'Slowest (working days)' },
  'measure.onTime': { id: 'Tepat Waktu', en: 'On time' },
  'measure.late': { id: 'Terlambat', en: 'Late' },
  'measure.inProcess': { id: 'Dalam Proses', en: 'In process' },
  'measure.nearDue': { id: 'Mendekati Batas', en: 'Near due' },
  'measure.overdue': { id: 'Lewat Batas', en: 'Overdue' },
  'measure.compliance': { id: 'Tingkat kepatuhan waktu', en: 'Timeliness compliance' },
  'measure.objections': { id: 'Keberatan diajukan', en: 'Objections filed' },
  'measure.objectionsAnswered': { id: 'Keberatan ditanggapi', en: 'Objections answered' },
  'measure.objectionsOnTime': {
    id: 'Keberatan ditanggapi tepat waktu (30 hari kerja)',
    en: 'Objections answered on time (30 working days)',
  },
  'measure.objectionsLate': { id: 'Keberatan ditanggapi terlambat', en: 'Objections answered late' },
  'measure.objectionsPending': { id: 'Keberatan belum ditanggapi', en: 'Objections not yet answered' },
  'measure.fees': { id: 'Biaya penggandaan diterima (Rp)', en: 'Copying fees received (IDR)' },
  'measure.requests': { id: 'Permohonan', en: 'Requests' },
  'group.Dipenuhi': { id: 'Dipenuhi', en: 'Granted' },
  'group.Ditolak/Tidak Dijawab': { id: 'Ditolak/Tidak Dijawab', en: 'Refused/Not Answered' },
  'group.Diproses': { id: 'Diproses', en: 'In Process' },
  'group.Dibatalkan': { id: 'Dibatalkan', en: 'Withdrawn' },
  'group.Tidak Diketahui': { id: 'Tidak Diketahui', en: 'Unknown' },
  'media.col': {
    id: 'Media|Akun|Pengikut|Postingan|Suka|Pengunjung',
    en: 'Medium|Account|Followers|Posts|Likes|Visitors',
  },

  // Report document
  'doc.title': { id: 'LAPORAN LAYANAN INFORMASI PUBLIK', en: 'PUBLIC INFORMATION SERVICE REPORT' },
  'doc.titleAnnual': { id: 'LAPORAN TAHUNAN LAYANAN INFORMASI PUBLIK', en: 'ANNUAL PUBLIC INFORMATION SERVICE REPORT' },
  'doc.periodLine': { id: 'PERIODE {period}', en: 'PERIOD: {period}' },
  'doc.fileName': { id: 'Laporan PPID {unit} {period}', en: 'PPID Report {unit} {period}' },
  'doc.foreword': { id: 'KATA PENGANTAR', en: 'FOREWORD' },
  'doc.foreword.p1': {
    id: 'Laporan ini menyajikan pelaksanaan layanan informasi publik {unit} selama {period}, disusun dari register permohonan informasi yang dicatat oleh PPID.',
    en: 'This report presents the public information service of {unit} during {period}, compiled from the information request register kept by the PPID.',
  },
  'doc.foreword.p2': {
    id: 'Angka dalam laporan ini dihitung langsung dari register per {asOf}, sehingga dapat ditelusuri kembali ke setiap permohonan tanpa memuat data pribadi pemohon.',
    en: "The figures are computed directly from the register as of {asOf}, so each can be traced back to its requests without showing applicants' personal data.",
  },
  'doc.foreword.p3': {
    id: 'Masukan untuk penyempurnaan layanan dan laporan ini kami terima dengan baik.',
    en: 'We welcome suggestions to improve the service and this report.',
  },
  'doc.signPlace': { id: '{city}, {date}', en: '{city}, {date}' },
  'doc.nip': { id: 'NIP. {nip}', en: 'NIP. {nip}' },
  'doc.bab1': { id: 'BAB I PENDAHULUAN', en: 'CHAPTER I INTRODUCTION' },
  'doc.bab1.bg': { id: '1.1. Latar Belakang', en: '1.1. Background' },
  'doc.bab1.aim': { id: '1.2. Maksud dan Tujuan', en: '1.2. Purpose and Objectives' },
  'doc.bab1.purpose': { id: '1.2.1. Maksud', en: '1.2.1. Purpose' },
  'doc.bab1.objective': { id: '1.2.2. Tujuan', en: '1.2.2. Objectives' },
  'doc.bab2': {
    id: 'BAB II PELAKSANAAN LAYANAN INFORMASI PUBLIK',
    en: 'CHAPTER II PUBLIC INFORMATION SERVICE DELIVERY',
  },
  'doc.bab2.policy': {
    id: '2.1. Kebijakan Internal terkait Implementasi UU KIP',
    en: '2.1. Internal Policy on Implementing the FOI Law',
  },
  'doc.bab2.activities': {
    id: '2.2. Kegiatan Layanan Informasi Publik',
    en: '2.2. Public Information Service Activities',
  },
  'doc.bab2.facility': { id: '2.2.1. Sarana Layanan Informasi Publik', en: '2.2.1. Service Facilities' },
  'doc.bab2.count': { id: '2.2.2. Jumlah Permohonan Informasi', en: '2.2.2. Number of Information Requests' },
  'doc.bab2.applicants': { id: '2.2.3. Persentase Pemohon Informasi', en: '2.2.3. Applicants by Type' },
  'doc.bab2.status': { id: '2.2.4. Status Layanan Informasi', en: '2.2.4. Service Status' },
  'doc.bab2.time': { id: '2.2.5. Waktu Layanan', en: '2.2.5. Service Time' },
  'doc.bab2.topics': { id: '2.2.6. Informasi yang Paling Banyak Diminta', en: '2.2.6. Most Requested Information' },
  'doc.bab2.channels': { id: '2.2.7. Media Permohonan yang Digunakan', en: '2.2.7. Channels Used' },
  'doc.bab2.disputes': { id: '2.2.8. Keberatan dan Sengketa Informasi', en: '2.2.8. Objections and Disputes' },
  'doc.bab2.classes': {
    id: '2.3. Rekapitulasi Pengelolaan Informasi Publik',
    en: '2.3. Public Information Management Summary',
  },
  'doc.bab2.media': { id: 'Statistik Media', en: 'Media Statistics' },
  'doc.bab3': {
    id: 'BAB III KENDALA DALAM LAYANAN INFORMASI PUBLIK',
    en: 'CHAPTER III OBSTACLES IN THE PUBLIC INFORMATION SERVICE',
  },
  'doc.bab4': {
    id: 'BAB IV REKOMENDASI DAN RENCANA TINDAK LANJUT',
    en: 'CHAPTER IV RECOMMENDATIONS AND FOLLOW-UP PLAN',
  },
  'doc.table': { id: 'Tabel {n}. {title}', en: 'Table {n}. {title}' },
  'doc.chart': { id: 'Grafik {n}. {title}', en: 'Chart {n}. {title}' },
  'doc.count.none': {
    id: 'Pada {period} tidak ada permohonan informasi yang tercatat di register.',
    en: 'No information requests were recorded in the register during {period}.',
  },
  'doc.count.media': { id: '{medium} ({account}): {stats}.', en: '{medium} ({account}): {stats}.' },
  'doc.count.mediaNoAccount': { id: '{medium}: {stats}.', en: '{medium}: {stats}.' },
  'doc.applicants.intro': {
    id: 'Pemohon informasi publik terdiri atas perseorangan, kelompok orang, dan badan hukum. Berikut pemohon pada {period} menurut saluran yang digunakan.',
    en: 'Applicants are individuals, groups of people or legal entities. Below are the applicants of {period} by the channel they used.',
  },
  'doc.applicants.zeroChannels': {
    id: 'Tidak ada permohonan melalui {list} pada periode ini.',
    en: 'There were no requests via {list} in this period.',
  },
  'doc.time.rule': {
    id: 'Permohonan dijawab paling lambat 10 hari kerja sejak diterima dan dapat diperpanjang 7 hari kerja (UU 14/2008 Pasal 22). Hari kerja adalah Senin sampai Jumat di luar libur nasional{cuti}.',
    en: 'Requests must be answered within 10 working days of receipt, extendable by 7 working days (Law 14/2008 Art. 22). Working days are Monday to Friday except national holidays{cuti}.',
  },
  'doc.time.cutiCounted': { id: ' dan cuti bersama', en: ' and collective leave days' },
  'doc.time.cutiWorked': {
    id: ' (cuti bersama dihitung sebagai hari kerja)',
    en: ' (collective leave days count as working days)',
  },
  'doc.time.none': {
    id: 'Belum ada permohonan yang dijawab pada periode ini.',
    en: 'No request was answered in this period.',
  },
  'doc.topics.none': {
    id: 'Tidak ada permohonan dengan topik tercatat pada periode ini.',
    en: 'No request with a recorded topic in this period.',
  },
  'doc.channels.read': { id: 'Saluran yang digunakan pemohon: {list}.', en: 'Channels used by applicants: {list}.' },
  'doc.channels.none': {
    id: 'Tidak ada saluran yang digunakan pada periode ini.',
    en: 'No channel was used in this period.',
  },
  'doc.classes.read': {
    id: 'Permohonan menurut klasifikasi informasi yang diminta: {list}.',
    en: 'Requests by class of information requested: {list}.',
  },
  'doc.classes.none': {
    id: 'Klasifikasi informasi belum diisi pada permohonan periode ini.',
    en: "No information class was recorded for this period's requests.",
  },
  'doc.quarters.read': {
    id: 'Tabel berikut membandingkan keempat triwulan dan jumlah setahun.',
    en: "The table below compares the four quarters with the year's total.",
  },
  'doc.table.topics': { id: 'Informasi yang Paling Banyak Diminta', en: 'Most Requested Information' },
  'doc.table.classes': { id: 'Permohonan menurut Klasifikasi Informasi', en: 'Requests by Information Class' },
  'doc.and': { id: 'dan', en: 'and' },
  'doc.none': { id: '-', en: '-' },
  ...REMINDER_STRINGS,
  ...TRUST_STRINGS,
  ...OFFICE_STRINGS,
  ...FOLDER_PICK_STRINGS,
  ...OFFICE_TRIGGER_STRINGS,
  ...OFFICE_STATE_STRINGS,
  ...CHAIN_UI,
  ...ANNUAL_STRINGS,
  ...CORRECTION_STRINGS,
  ...LEGAL_DATA_STRINGS,
  ...LETTER_STRINGS,
  ...LETTER_MESSAGES,
  ...INTAKE_STRINGS,
  ...WRITER_STRINGS,
  ...PICTURE_STRINGS,
  ...UNIT_PROFILE_STRINGS,
  ...WORDING_STRINGS,
  ...SLIP_REGISTER_STRINGS,
  ...INTAKE_CATEGORY_STRINGS,
  ...KOMISI_INFORMASI_STRINGS,
  ...DISPUTE_REPORT_STRINGS,
  ...FAULT_STRINGS,
  ...MISSING_SETTINGS_STRINGS,
  ...DIP_STRINGS,
  ...DIP_LINK_STRINGS,
  ...DIP_PUBLISH_STRINGS,
  ...DIP_ADOPT_STRINGS,
};
