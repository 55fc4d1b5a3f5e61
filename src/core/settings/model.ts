// The settings sheet as data: what officers can set, its defaults, and how one read of the sheet
// becomes a Settings object. Layout (one sheet, blocks side by side, each found by its header in
// row 1, so officers may move nothing by accident and the add-on needs one read):
//   A:C  Pengaturan | Nilai | Keterangan        key/value rows, keys matched by label (id or en)
//   E    Daftar Saluran                          channel dropdown list
//   F    Daftar Topik                            topic dropdown list
//   H:N  Statistik Media: Periode | Media | Akun | Pengikut | Postingan | Suka | Pengunjung
//   P:S  Isian Periode: Periode | Bagian | Judul | Isi   (activities, obstacles, recommendations)
//   U    Daftar Unit                            units expected to report to a central PPID
import type { Lang } from '../types';
import { DEFAULT_NEAR_DUE_DAYS } from '../calendar';
import { LETTER_SETTINGS, type LetterSettingKey } from './letter-rows';
import type { SettingSpec as Spec } from './spec';
import { UNIT_PROFILE_SETTINGS, type UnitProfileKey } from './unit-profile';

/** Early in the office day, before officers open the register. */
export const DEFAULT_REMINDER_HOUR = 7;

/** One row of the settings sheet: a key of its own or one the letters read. */
export type SettingSpec = Spec<SettingKey>;

// biome-ignore format: a table laid out by hand, one entry per line
export type SettingKey =
  | 'unitName' | 'parentBody' | 'ministry' | 'city' | 'officerName' | 'officerNip' | 'officerTitle'
  | 'centralEmails' | 'shareRole' | 'sendEmail' | 'shareGroups' | 'reportFolder' | 'cutiBersamaWorking' | 'nearDueDays'
  | 'numberFormat' | 'language' | 'reminderEmails' | 'reminderHour'
  | 'formSheet' | 'formMapping' | 'formChannel' | 'formApplicantType' | 'formReceipt'
  | 'textBackground' | 'textPurpose' | 'textObjective' | 'textPolicy' | 'textServiceDesk' | 'textServiceHours'
  | 'textObstacles' | 'textRecommendations'
  | 'registerSheet' | 'registerHeaderRow' | 'registerColumns'
  | 'kiEmails'
  | LetterSettingKey
  | UnitProfileKey;

// biome-ignore format: a table laid out by hand, one entry per line
export const SETTINGS: SettingSpec[] = [
  { key: 'unitName', label: { id: 'Nama Unit', en: 'Unit Name' }, help: { id: 'Nama unit kerja seperti tertulis di sampul laporan.', en: 'Unit name as printed on the report cover.' }, default: '', neededBy: 'report', formerDefaults: ['Unit Kerja Contoh'] },
  { key: 'parentBody', label: { id: 'Badan Induk', en: 'Parent Body' }, help: { id: 'Badan atau eselon I yang membawahi unit.', en: 'The body the unit belongs to.' }, default: '' },
  { key: 'ministry', label: { id: 'Kementerian/Lembaga', en: 'Ministry/Agency' }, help: { id: 'Kementerian, lembaga, atau pemerintah daerah.', en: 'Ministry, agency or local government.' }, default: '' },
  { key: 'city', label: { id: 'Kota', en: 'City' }, help: { id: 'Tempat penandatanganan Kata Pengantar.', en: 'Place shown above the signature.' }, default: '', neededBy: 'report' },
  { key: 'officerName', label: { id: 'Nama Petugas PPID', en: 'PPID Officer Name' }, help: { id: 'Nama penanda tangan laporan.', en: 'Name of the person signing the report.' }, default: '', neededBy: 'report' },
  { key: 'officerNip', label: { id: 'NIP', en: 'Civil Servant ID (NIP)' }, help: { id: 'NIP penanda tangan (boleh kosong).', en: 'NIP of the signer (may be blank).' }, default: '' },
  { key: 'officerTitle', label: { id: 'Jabatan', en: 'Position' }, help: { id: 'Jabatan penanda tangan.', en: 'Position of the signer.' }, default: 'PPID Pelaksana' },
  { key: 'centralEmails', label: { id: 'E-mail PPID Pusat', en: 'Central PPID E-mails' }, help: { id: 'Alamat yang menerima laporan; pisahkan dengan koma.', en: 'Addresses that receive the report, separated by commas.' }, default: '' },
  { key: 'shareRole', label: { id: 'Hak Akses PPID Pusat', en: 'Central PPID Access' }, help: { id: 'Pembaca, Pemberi Komentar, atau Editor. Tidak pernah dibagikan publik.', en: 'Viewer, Commenter or Editor. Never shared publicly.' }, default: 'Pembaca', options: ['Pembaca', 'Pemberi Komentar', 'Editor'] },
  { key: 'sendEmail', label: { id: 'Kirim E-mail Pemberitahuan', en: 'Send E-mail Notice' }, help: { id: 'Ya: kirim tautan laporan ke PPID Pusat lewat e-mail.', en: 'Yes: e-mail the report links to the central PPID.' }, default: 'Tidak', options: ['Ya', 'Tidak'] },
  // #23 item 6: Google Groups among the recipients, shared as groups (Drive API v3 Permission.type).
  { key: 'shareGroups', label: { id: 'Alamat Grup Google', en: 'Google Group Addresses' }, help: { id: 'Alamat penerima laporan yang merupakan Grup Google (mis. ppid-pusat@googlegroups.com); dibagikan sebagai grup. Hanya menandai: penerima tetap ditulis di E-mail PPID Pusat.', en: 'Report recipients that are Google Groups (e.g. ppid-pusat@googlegroups.com); shared as groups. A mark only: recipients are still listed under Central PPID E-mails.' }, default: '' },
  { key: 'reportFolder', label: { id: 'Folder Laporan', en: 'Report Folder' }, help: { id: 'Nama folder Drive (dibuat bila belum ada) atau ID folder.', en: 'Drive folder name (created when missing) or folder ID.' }, default: 'Laporan PPID' },
  { key: 'cutiBersamaWorking', label: { id: 'Cuti Bersama Dihitung Hari Kerja', en: 'Collective Leave Counts as Working Day' }, help: { id: 'Ya bila unit tetap melayani pada hari cuti bersama.', en: 'Yes when the unit serves on collective leave days.' }, default: 'Tidak', options: ['Ya', 'Tidak'] },
  { key: 'nearDueDays', label: { id: 'Ambang Mendekati Batas (hari kerja)', en: 'Near-Due Threshold (working days)' }, help: { id: 'Permohonan terbuka dengan sisa hari kerja sebanyak ini atau kurang ditandai Mendekati Batas.', en: 'Open requests with this many working days left or fewer are flagged near due.' }, default: DEFAULT_NEAR_DUE_DAYS },
  { key: 'numberFormat', label: { id: 'Format No. Registrasi', en: 'Registration No. Format' }, help: { id: '{nnn} = nomor urut (jumlah n = digit), {yyyy} = tahun, {mm} = bulan.', en: '{nnn} = sequence (n = digits), {yyyy} = year, {mm} = month.' }, default: '{nnn}/PPID/{yyyy}' },
  { key: 'language', label: { id: 'Bahasa Laporan', en: 'Report Language' }, help: { id: 'Indonesia atau English.', en: 'Indonesia or English.' }, default: 'Indonesia', options: ['Indonesia', 'English'] },
  { key: 'reminderEmails', label: { id: 'E-mail Pengingat Harian', en: 'Daily Reminder E-mails' }, help: { id: 'Petugas yang menerima pengingat tenggat harian; pisahkan dengan koma. Kosong: petugas yang mengaktifkan pengingat.', en: 'Officers who get the daily deadline reminder, separated by commas. Blank: the officer who turned it on.' }, default: '' },
  { key: 'reminderHour', label: { id: 'Jam Pengingat Harian', en: 'Daily Reminder Hour' }, help: { id: 'Jam pengiriman pengingat (0–23, waktu spreadsheet, biasanya WIB).', en: 'Hour the reminder is sent (0–23, the spreadsheet\'s time, usually WIB).' }, default: DEFAULT_REMINDER_HOUR },
  // Online intake from a linked Google Form (Hubungkan Formulir, docs/form-intake.md).
  { key: 'formSheet', label: { id: 'Lembar Jawaban Formulir', en: 'Form Responses Sheet' }, help: { id: 'Sheet jawaban Google Formulir yang dicatat ke Register (diisi oleh Hubungkan Formulir).', en: 'The Google Form responses sheet recorded into the register (set by Link Form).' }, default: '' },
  { key: 'formMapping', long: true, label: { id: 'Pemetaan Formulir', en: 'Form Mapping' }, help: { id: 'Satu baris per kolom: Kolom Register = judul pertanyaan formulir. Boleh diperbaiki di sini.', en: 'One line per column: Register column = form question title. May be corrected here.' }, default: '' },
  { key: 'formChannel', label: { id: 'Saluran Formulir', en: 'Form Channel' }, help: { id: 'Saluran yang dicatat untuk permohonan dari formulir (dari Daftar Saluran).', en: 'Channel recorded for requests from the form (from the channel list).' }, default: 'Website' },
  { key: 'formApplicantType', label: { id: 'Kategori Pemohon Formulir', en: 'Form Applicant Type' }, help: { id: 'Dicatat bila formulir tidak menanyakan kategori pemohon. Kosong (bawaan): kategori dibiarkan kosong dan Periksa Data mencantumkan barisnya.', en: 'Recorded when the form does not ask the applicant type. Blank (the default): the type is left blank and Check Data lists the row.' }, default: '', options: ['Perseorangan', 'Kelompok Orang', 'Badan Hukum'] },
  { key: 'formReceipt', label: { id: 'Tanda Terima ke E-mail Terverifikasi', en: 'Receipt to Verified E-mail' }, help: { id: 'Ya: kirim Tanda Bukti Penerimaan (nomor registrasi, batas waktu; bernomor surat dan tercatat di sheet Surat) ke alamat yang diverifikasi Google Formulir (Setelan › Respons › Kumpulkan alamat email: Terverifikasi). Tanpa verifikasi tidak ada yang dikirim: alamat yang diketik pemohon (Input responden, atau pertanyaan e-mail) bisa milik orang lain, sehingga formulir dapat dipakai untuk mengirim e-mail ke siapa saja.', en: 'Yes: send the receipt letter (registration number, due date; with a letter number, logged in the Surat sheet) to the address Google Forms verified (Settings › Responses › Collect email addresses: Verified). Without verification nothing is sent: an address the applicant types (Responder input, or an e-mail question) may be someone else\'s, and the form could be used to mail anyone.' }, default: 'Tidak', options: ['Ya', 'Tidak'] },
  { key: 'textBackground', long: true, label: { id: 'Teks Latar Belakang', en: 'Background Text' }, help: { id: 'Bab I, 1.1.', en: 'Chapter I, 1.1.' }, default: 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik menjamin hak setiap orang untuk memperoleh informasi dari badan publik. Keterbukaan ini menjadi dasar penyelenggaraan pemerintahan yang transparan, akuntabel, dan melibatkan masyarakat.\nSebagai badan publik, {unit} melayani permohonan informasi melalui Pejabat Pengelola Informasi dan Dokumentasi (PPID), mencatat setiap permohonan dalam register, dan melaporkan pelaksanaannya secara berkala.', defaultEn: 'Law No. 14 of 2008 on Public Information Disclosure guarantees everyone the right to obtain information from public bodies. This openness underpins transparent, accountable and participatory government.\nAs a public body, {unit} serves information requests through its Information and Documentation Officer (PPID), records every request in the register and reports on the service regularly.' },
  { key: 'textPurpose', long: true, label: { id: 'Teks Maksud', en: 'Purpose Text' }, help: { id: 'Bab I, 1.2.1.', en: 'Chapter I, 1.2.1.' }, default: 'Laporan ini disusun untuk menyajikan data dan kegiatan layanan informasi publik {unit} selama {period} secara ringkas dan terukur.', defaultEn: 'This report presents the data and activities of the public information service of {unit} during {period}, briefly and in measurable terms.' },
  { key: 'textObjective', long: true, label: { id: 'Teks Tujuan', en: 'Objective Text' }, help: { id: 'Bab I, 1.2.2.', en: 'Chapter I, 1.2.2.' }, default: 'Laporan ini menjadi bahan evaluasi bagi pimpinan dan PPID Pusat dalam menetapkan langkah perbaikan layanan informasi publik.', defaultEn: 'The report supports the leadership and the central PPID in deciding how to improve the public information service.' },
  { key: 'textPolicy', long: true, label: { id: 'Teks Kebijakan Internal', en: 'Internal Policy Text' }, help: { id: 'Bab II, 2.1: dasar hukum, SK PPID, jenis layanan.', en: 'Chapter II, 2.1: legal basis, PPID decree, services.' }, default: 'Layanan informasi publik {unit} berpedoman pada UU Nomor 14 Tahun 2008, Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, dan keputusan pimpinan tentang penunjukan PPID di lingkungan unit.', defaultEn: 'The public information service of {unit} follows Law No. 14 of 2008, Information Commission Regulation No. 1 of 2021 on Public Information Service Standards, and the leadership\'s decree appointing the unit\'s PPID.' },
  { key: 'textServiceDesk', long: true, label: { id: 'Teks Sarana Layanan', en: 'Service Desk Text' }, help: { id: 'Bab II, 2.2.1: ruang dan sarana layanan.', en: 'Chapter II, 2.2.1: service desk and facilities.' }, default: '{unit} menyediakan ruang layanan informasi publik serta kanal daring (e-mail, situs web, dan media sosial) untuk menerima permohonan informasi.', defaultEn: '{unit} provides a public information service desk and online channels (e-mail, website and social media) for information requests.' },
  { key: 'textServiceHours', long: true, label: { id: 'Teks Waktu Layanan', en: 'Service Hours Text' }, help: { id: 'Bab II, jam layanan.', en: 'Chapter II, service hours.' }, default: 'Layanan informasi publik dibuka pada hari kerja, Senin sampai Jumat, sesuai jam kerja {unit}.', defaultEn: 'The public information service is open on working days, Monday to Friday, during the office hours of {unit}.' },
  { key: 'textObstacles', long: true, label: { id: 'Teks Kendala (bawaan)', en: 'Obstacles Text (default)' }, help: { id: 'Bab III bila periode tidak punya isian Kendala.', en: 'Chapter III when the period has no Obstacles entry.' }, default: 'Tidak ada kendala berarti dalam layanan informasi publik pada periode ini.', defaultEn: 'No significant obstacles to the public information service occurred in this period.' },
  { key: 'textRecommendations', long: true, label: { id: 'Teks Rekomendasi (bawaan)', en: 'Recommendations Text (default)' }, help: { id: 'Bab IV bila periode tidak punya isian Rekomendasi.', en: 'Chapter IV when the period has no Recommendations entry.' }, default: 'PPID akan menjaga ketepatan waktu layanan, memperbarui daftar informasi publik, dan meningkatkan publikasi informasi berkala.', defaultEn: 'The PPID will keep answering on time, update the list of public information and publish periodic information more widely.' },
  // An adopted register (Siapkan Register on a sheet kept under other headers): written by the
  // add-on on confirmation, read by every reader and writer of the register.
  { key: 'registerSheet', label: { id: 'Sheet Register', en: 'Register Sheet' }, help: { id: 'Diisi Siapkan Register bila register yang sudah ada dipakai apa adanya: ID sheet (dan namanya). Kosong: sheet "Register".', en: 'Filled in by Set Up Register when an existing register is used as it is: the sheet ID (and its name). Blank: the "Register" sheet.' }, default: '' },
  { key: 'registerHeaderRow', label: { id: 'Baris Judul Register', en: 'Register Header Row' }, help: { id: 'Nomor baris judul kolom pada sheet register itu.', en: 'Row number of the column headers on that register sheet.' }, default: '' },
  { key: 'registerColumns', long: true, label: { id: 'Pemetaan Kolom Register', en: 'Register Column Mapping' }, help: { id: 'Satu baris per kolom: "Kolom register = judul kolom di sheet". Ubah lewat Siapkan Register.', en: 'One line per column: "Register column = header on the sheet". Change it through Set Up Register.' }, default: '' },
  // Letters (issue 14): letterhead, signatories, numbering, consequence tests.
  ...LETTER_SETTINGS,
  // Issue 23: the annual report also goes to the Komisi Informasi (Perki 1/2021 Pasal 56 as the
  // chair of KI Sumbar states it, scientia.id 2025-03-19: "harus diserahkan paling lambat 31
  // Maret"; the Perki's own text was not found). Annual reports only; never the recap.json.
  { key: 'kiEmails', label: { id: 'E-mail Komisi Informasi', en: 'Information Commission E-mails' }, help: { id: 'Alamat Komisi Informasi (Pusat atau provinsi) yang menerima laporan tahunan: dokumen dan PDF, hak Pembaca; pisahkan dengan koma. Laporan triwulan dan recap.json tidak dibagikan ke alamat ini.', en: 'Addresses of the Information Commission (central or provincial) that receive the annual report: document and PDF, as viewers; separated by commas. Quarterly reports and recap.json are not shared with them.' }, default: '' },
  // Issue #24 item 10: the unit's profile as the seed's Bab II tells it (settings/unit-profile.ts).
  ...UNIT_PROFILE_SETTINGS,
];

/** The value a new settings row starts with, in the language the sheet is set up in. */
export function settingDefault(spec: SettingSpec, lang: Lang): string | number {
  if (lang === 'en') {
    if (spec.key === 'language') return 'English';
    if (spec.defaultEn) return spec.defaultEn;
  }
  return spec.default;
}

// biome-ignore format: a table laid out by hand, one entry per line
export const SETTINGS_BLOCKS = {
  keyValue: { id: ['Pengaturan', 'Nilai', 'Keterangan'], en: ['Setting', 'Value', 'Notes'] },
  channels: { id: 'Daftar Saluran', en: 'Channel List' },
  topics: { id: 'Daftar Topik', en: 'Topic List' },
  media: { id: ['Periode', 'Media', 'Akun', 'Pengikut', 'Postingan', 'Suka', 'Pengunjung'], en: ['Period', 'Medium', 'Account', 'Followers', 'Posts', 'Likes', 'Visitors'] },
  entries: { id: ['Periode', 'Bagian', 'Judul', 'Isi'], en: ['Period', 'Section', 'Title', 'Text'] },
  units: { id: 'Daftar Unit', en: 'Unit List' },
};

/** Column positions (0-based) of each block in the sheet the add-on writes. */
export const SETTINGS_LAYOUT = { keyValue: 0, channels: 4, topics: 5, media: 7, entries: 15, units: 20 };

/**
 * The sections of a period's entries. The annual report's narrative items (Perki 1/2021 Pasal 56:
 * policy, facilities, staff, budget, obstacles, recommendations and follow-up) come from the
 * year's own entries only (annual-items.ts); the quarterly report uses activities, obstacles and
 * recommendations.
 */
export const ENTRY_SECTIONS = {
  activity: { id: 'Kegiatan', en: 'Activity' },
  obstacle: { id: 'Kendala', en: 'Obstacle' },
  recommendation: { id: 'Rekomendasi', en: 'Recommendation' },
  policy: { id: 'Kebijakan Layanan', en: 'Service Policy' },
  facilities: { id: 'Sarana dan Prasarana', en: 'Facilities' },
  staff: { id: 'Sumber Daya Manusia', en: 'Human Resources' },
  budget: { id: 'Anggaran', en: 'Budget' },
  obstacleInternal: { id: 'Kendala Internal', en: 'Internal Obstacle' },
  obstacleExternal: { id: 'Kendala Eksternal', en: 'External Obstacle' },
  followUp: { id: 'Rencana Tindak Lanjut', en: 'Follow-up Plan' },
};

export type EntrySection = keyof typeof ENTRY_SECTIONS;

export interface MediaStat {
  period: string;
  medium: string;
  account: string;
  followers: number | null;
  posts: number | null;
  likes: number | null;
  visitors: number | null;
}

export interface PeriodEntry {
  period: string;
  section: EntrySection;
  title: string;
  text: string;
  /** The entry's row in the settings sheet (1-based), for problems. */
  row?: number;
}

export interface Settings {
  values: Record<SettingKey, string>;
  channels: string[];
  topics: string[];
  media: MediaStat[];
  entries: PeriodEntry[];
  /** Units expected to report to this (central) PPID, for the consolidation's "belum melapor" list. */
  units: string[];
  /** Keys whose row is missing from the sheet (setup repair adds them). */
  missingKeys: SettingKey[];
  /** The sheet row (1-based) of each key read, for row-level problems. */
  rows?: Partial<Record<SettingKey, number>>;
}

const norm = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

export function defaultSettings(channels: string[], topics: string[]): Settings {
  const values = {} as Record<SettingKey, string>;
  for (const s of SETTINGS) values[s.key] = String(s.default);
  return {
    values,
    channels: [...channels],
    topics: [...topics],
    media: [],
    entries: [],
    units: [],
    missingKeys: SETTINGS.map((s) => s.key),
  };
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const s = String(v ?? '')
    .trim()
    .replace(/\./g, '')
    .replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function findHeader(row: unknown[], names: string[]): number {
  const wanted = names.map(norm);
  return row.findIndex((c) => wanted.includes(norm(c)));
}

const SPEC_BY_KEY = new Map<SettingKey, SettingSpec>(SETTINGS.map((s) => [s.key, s]));

/** Reads the whole settings sheet (one getValues) into Settings, falling back to defaults. */
export function parseSettings(grid: unknown[][], defaults: { channels: string[]; topics: string[] }): Settings {
  const out = defaultSettings(defaults.channels, defaults.topics);
  if (!grid.length) return out;
  const header = grid[0] ?? [];
  const labelToKey = new Map<string, SettingKey>();
  for (const s of SETTINGS) {
    labelToKey.set(norm(s.label.id), s.key);
    labelToKey.set(norm(s.label.en), s.key);
  }
  const kv = findHeader(header, [SETTINGS_BLOCKS.keyValue.id[0], SETTINGS_BLOCKS.keyValue.en[0]]);
  const seen = new Set<SettingKey>();
  if (kv >= 0) {
    for (let r = 1; r < grid.length; r++) {
      const key = labelToKey.get(norm(grid[r][kv]));
      if (!key) continue;
      seen.add(key);
      (out.rows ??= {})[key] = r + 1;
      const v = grid[r][kv + 1];
      const text = v === null || v === undefined ? '' : String(v).trim();
      // "Unit Kerja Contoh", written by an older Siapkan Register, is no office's name.
      out.values[key] = SPEC_BY_KEY.get(key)?.formerDefaults?.includes(text) ? '' : text;
    }
  }
  out.missingKeys = SETTINGS.map((s) => s.key).filter((k) => !seen.has(k));
  const listAt = (names: { id: string; en: string }) => {
    const c = findHeader(header, [names.id, names.en]);
    if (c < 0) return null;
    const vals: string[] = [];
    for (let r = 1; r < grid.length; r++) {
      const v = String(grid[r][c] ?? '').trim();
      if (v && !vals.some((x) => norm(x) === norm(v))) vals.push(v);
    }
    return vals;
  };
  out.channels = listAt(SETTINGS_BLOCKS.channels) ?? out.channels;
  out.topics = listAt(SETTINGS_BLOCKS.topics) ?? out.topics;
  out.units = listAt(SETTINGS_BLOCKS.units) ?? [];

  const m = findHeader(header, [SETTINGS_BLOCKS.media.id[1], SETTINGS_BLOCKS.media.en[1]]);
  if (m >= 1) {
    for (let r = 1; r < grid.length; r++) {
      const row = grid[r];
      const period = String(row[m - 1] ?? '').trim();
      const medium = String(row[m] ?? '').trim();
      if (!period || !medium) continue;
      out.media.push({
        period,
        medium,
        account: String(row[m + 1] ?? '').trim(),
        followers: toNumber(row[m + 2]),
        posts: toNumber(row[m + 3]),
        likes: toNumber(row[m + 4]),
        visitors: toNumber(row[m + 5]),
      });
    }
  }
  const e = findHeader(header, [SETTINGS_BLOCKS.entries.id[1], SETTINGS_BLOCKS.entries.en[1]]);
  if (e >= 1) {
    for (let r = 1; r < grid.length; r++) {
      const row = grid[r];
      const period = String(row[e - 1] ?? '').trim();
      const sectionText = norm(row[e]);
      const text = String(row[e + 2] ?? '').trim();
      if (!period || !text) continue;
      const section =
        (Object.keys(ENTRY_SECTIONS) as Array<keyof typeof ENTRY_SECTIONS>).find(
          (k) => norm(ENTRY_SECTIONS[k].id) === sectionText || norm(ENTRY_SECTIONS[k].en) === sectionText,
        ) ?? 'activity';
      out.entries.push({ period, section, title: String(row[e + 1] ?? '').trim(), text, row: r + 1 });
    }
  }
  return out;
}

/** The daily reminder's hour: a whole hour 0–23, else the default. */
export function reminderHourSetting(v: string): number {
  const s = String(v ?? '')
    .trim()
    .replace(/[.:]00$/, '');
  const n = s === '' ? NaN : Number(s);
  return Number.isInteger(n) && n >= 0 && n <= 23 ? n : DEFAULT_REMINDER_HOUR;
}

/** The near-due threshold as the register's formula reads it (blank or unreadable → the default). */
export function nearDueSetting(v: string): number {
  const s = String(v ?? '')
    .trim()
    .replace(',', '.');
  const n = s === '' ? NaN : Number(s);
  return Number.isFinite(n) ? n : DEFAULT_NEAR_DUE_DAYS;
}

export function isYes(v: string): boolean {
  return ['ya', 'yes', 'y', 'true', '1'].includes(norm(v));
}

export function settingsLang(s: Settings): Lang {
  return norm(s.values.language).startsWith('en') ? 'en' : 'id';
}

/** Valid, distinct addresses from the central PPID cell, plus the rejected ones. */
export function splitEmails(v: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const item of v.split(/[,;\r\n]+/)) {
    const words = item.trim().split(/\s+/).filter(Boolean);
    // "ppid pusat@x.go.id" or "PPID Pusat <ppid@x.go.id>": a plain word beside an address is a
    // typo or a name, and sharing with what follows it could reach someone else. Refuse it whole.
    if (words.length > 1 && words.some((w) => !w.includes('@'))) {
      invalid.push(words.join(' '));
      continue;
    }
    for (const e of words) {
      if (/^[^\s@<>()[\],;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(e)) {
        if (!valid.some((x) => x.toLowerCase() === e.toLowerCase())) valid.push(e);
      } else invalid.push(e);
    }
  }
  return { valid, invalid };
}

export type ShareRole = 'viewer' | 'commenter' | 'editor';
export function shareRole(v: string): ShareRole {
  const n = norm(v);
  if (n.startsWith('edit')) return 'editor';
  if (n.includes('koment') || n.startsWith('comment')) return 'commenter';
  return 'viewer';
}

/**
 * Does a period cell name this period? "2025-TW2", "2025-Q2", "TW II 2025", "Triwulan III 2021",
 * "TRIWULAN 3 2021", "Triwulan ke-3 2021", "Quarter 3 2021", "Kuartal 3 2021", or "2025" for the year.
 */
export function periodMatches(cell: string, year: number, quarter: number | null): boolean {
  const s = cell.toUpperCase().replace(/\s+/g, ' ').trim();
  const y = s.match(/(20\d\d)/);
  if (!y || Number(y[1]) !== year) return false;
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
  const q = s.match(/(?:TRIWULAN|QUARTER|KUARTAL|TW|Q)\s*(?:KE\s*)?-?\s*([1-4]|IV|III|II|I)\b/);
  const cellQuarter = q ? (roman[q[1]] ?? Number(q[1])) : null;
  return cellQuarter === quarter;
}

/** Fills {unit}, {period}… placeholders of a narrative text. */
export function fillTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
}

/** Formats a registration number from the settings pattern: {nnn} → zero-padded sequence. */
export function formatRegistrationNumber(pattern: string, seq: number, year: number, month: number): string {
  const p = pattern.includes('{n') ? pattern : `{nnn}/${pattern}`;
  return p
    .replace(/\{(n+)\}/g, (_m, n: string) => String(seq).padStart(n.length, '0'))
    .replace(/\{yyyy\}/g, String(year))
    .replace(/\{mm\}/g, String(month).padStart(2, '0'));
}

/** The sequence number of an existing registration number for this pattern and year, or null. */
export function sequenceOf(pattern: string, number: string, year: number, month: number): number | null {
  const p = pattern.includes('{n') ? pattern : `{nnn}/${pattern}`;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re = '';
  let last = 0;
  const tokens = /\{(n+|yyyy|mm)\}/g;
  let m: RegExpExecArray | null;
  while ((m = tokens.exec(p))) {
    re += esc(p.slice(last, m.index));
    if (m[1].startsWith('n')) re += '(\\d+)';
    else if (m[1] === 'yyyy') re += String(year);
    else re += '\\d{2}';
    last = m.index + m[0].length;
  }
  re += esc(p.slice(last));
  const hit = new RegExp(`^${re}$`, 'i').exec(number.trim());
  void month;
  return hit ? Number(hit[1]) : null;
}
