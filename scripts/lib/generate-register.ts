// A seeded, realistic register for examples, tests and the benchmark: every channel, applicant
// type, status, extension and objection, answers timed on the working-day calendar, and a few
// rows with the slips officers really make (impossible dates, unknown values, duplicates).
import { REGISTER_COLUMNS, LISTS } from '../../src/core/register';
import { OTHER_LAW, NOT_HELD, NOT_DOCUMENTED } from '../../src/core/law';
import { HOLIDAYS } from '../../src/core/calendar';
import { WorkCalendar } from '../../src/core/calendar';
import { dayFromIso, ymd, ymdParts } from '../../src/core/calendar';

export interface GenerateOptions {
  rows: number;
  seed?: number;
  from: string; // YYYY-MM-DD, first possible date received
  to: string; // last possible date received
  /** Share of rows with a deliberate slip (0..1). */
  badRate?: number;
  /** Write dates as "YYYY-MM-DD" text (CSV) instead of Date objects. */
  datesAsText?: boolean;
  /**
   * YYYY-MM-DD: requests received before it are settled, as in a real register looked at some
   * weeks later: "Diproses" becomes answered, and only one in ten "Tidak Dijawab" stays. Without
   * it a fifth of the year stays open, which no unit's register shows.
   */
  settledBefore?: string;
}

/** Mulberry32: tiny, fast, good enough for test data; same seed → same register. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gita',
  'Hadi',
  'Intan',
  'Joko',
  'Kartika',
  'Lestari',
  'Made',
  'Nur',
  'Oki',
  'Putri',
  'Rizki',
  'Sari',
  'Taufik',
  'Wulan',
  'Yusuf',
  'Zahra',
];
const LAST = [
  'Pratama',
  'Wijaya',
  'Saputra',
  'Lestari',
  'Hidayat',
  'Nugroho',
  'Siregar',
  'Hutapea',
  'Santoso',
  'Rahmawati',
  'Gunawan',
  'Susanti',
  'Manurung',
  'Kusuma',
];
const STREETS = [
  'Jl. Merdeka',
  'Jl. Sudirman',
  'Jl. Diponegoro',
  'Jl. Asia Afrika',
  'Jl. Gatot Subroto',
  'Jl. Ahmad Yani',
];
const CITIES = ['Bandung', 'Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Semarang', 'Yogyakarta'];
const JOBS = ['Mahasiswa', 'Wiraswasta', 'PNS', 'Karyawan Swasta', 'Peneliti', 'Wartawan', 'Guru'];
const ASKS = [
  'Jadwal pelatihan',
  'Syarat beasiswa',
  'Data alumni pelatihan',
  'Dokumen kerja sama',
  'Tautan e-pelatihan',
  'Info magang',
  'Anggaran kegiatan',
];

export function header(): string[] {
  return REGISTER_COLUMNS.map((c) => c.id);
}

export function generateRegister(opts: GenerateOptions): unknown[][] {
  const r = rng(opts.seed ?? 1);
  // The objection → dispute chain's details (issue #13) draw from their own stream, so registers
  // generated before they existed keep every other value.
  const r2 = rng(((opts.seed ?? 1) ^ 0x5bd1e995) >>> 0);
  const pick2 = <T>(xs: readonly T[]): T => xs[Math.floor(r2() * xs.length)];
  // How decisions were carried out and court suits (issue 23): a third stream, for the same reason.
  const r3 = rng(((opts.seed ?? 1) ^ 0x27d4eb2f) >>> 0);
  const carriedOut = (decided: number): [string, string | Date] => {
    const x = r3();
    if (x < 0.2) return ['', ''];
    if (x < 0.35) return ['Belum Dilaksanakan', ''];
    return [x < 0.5 ? 'Dilaksanakan Sebagian' : 'Dilaksanakan', date(cal.workday(decided, 1 + Math.floor(r3() * 15)))];
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
  const from = dayFromIso(opts.from);
  const to = dayFromIso(opts.to);
  const badRate = opts.badRate ?? 0.02;
  const settled = opts.settledBefore ? dayFromIso(opts.settledBefore) : null;
  const keys = REGISTER_COLUMNS.map((c) => c.key);
  const at = (k: string) => keys.indexOf(k as (typeof keys)[number]);
  const channelWeights = [
    ['Email', 5],
    ['Instagram', 6],
    ['Facebook', 2],
    ['Twitter/X', 1],
    ['Website', 4],
    ['Ruang Layanan', 4],
    ['Surat', 2],
    ['Telepon', 2],
    ['WhatsApp', 5],
    ['Lainnya', 1],
  ] as const;
  const totalW = channelWeights.reduce((s, [, w]) => s + w, 0);
  const channel = () => {
    let x = r() * totalW;
    for (const [c, w] of channelWeights) if ((x -= w) < 0) return c;
    return 'Email';
  };
  const date = (d: number) => {
    if (opts.datesAsText) return ymd(d);
    const [y, m, dd] = ymdParts(d);
    return new Date(Date.UTC(y, m - 1, dd) - 7 * 3600000); // midnight WIB, as Sheets returns
  };
  const out: unknown[][] = [];
  const perYear = new Map<number, number>();
  // Dates first, in order, so registration numbers follow the date received as in a real register.
  const days = Array.from({ length: opts.rows }, () => {
    const d = from + Math.floor(r() * (to - from + 1));
    return !cal.isWorkingDay(d) && r() < 0.8 ? cal.workday(d, 1) : d;
  }).sort((a, b) => a - b);
  for (let i = 0; i < opts.rows; i++) {
    const row: unknown[] = keys.map(() => '');
    const received = days[i];
    const year = ymdParts(received)[0];
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    let status = pick([
      'Dipenuhi',
      'Dipenuhi',
      'Dipenuhi',
      'Dipenuhi',
      'Dipenuhi Sebagian',
      'Ditolak',
      'Tidak Dijawab',
      'Diproses',
      'Diproses',
      'Dibatalkan',
    ]);
    if (settled !== null && received < settled && (status === 'Diproses' || status === 'Tidak Dijawab')) {
      if (!(status === 'Tidak Dijawab' && r2() < 0.1)) status = 'Dipenuhi';
    }
    const extended = r() < 0.12;
    row[at('number')] = `${String(seq).padStart(3, '0')}/PPID/${year}`;
    row[at('received')] = date(received);
    row[at('channel')] = channel();
    row[at('applicantName')] = `${pick(FIRST)} ${pick(LAST)}`;
    row[at('applicantType')] = r() < 0.78 ? 'Perseorangan' : r() < 0.5 ? 'Kelompok Orang' : 'Badan Hukum';
    row[at('occupation')] = pick(JOBS);
    row[at('address')] = `${pick(STREETS)} No. ${1 + Math.floor(r() * 200)}, ${pick(CITIES)}`;
    row[at('contact')] =
      r() < 0.5
        ? `${String(row[at('applicantName')]).split(' ')[0].toLowerCase()}${Math.floor(r() * 900 + 100)}@mail.example`
        : `08${Math.floor(r() * 1e10)
            .toString()
            .padStart(10, '0')}`;
    row[at('infoRequested')] = `${pick(ASKS)} tahun ${year}`;
    row[at('topic')] = pick(LISTS.defaultTopics);
    row[at('purpose')] = pick(['Penelitian', 'Referensi pribadi', 'Pendaftaran', 'Pemberitaan']);
    row[at('infoClass')] = pick(['Berkala', 'Berkala', 'Setiap Saat', 'Setiap Saat', 'Serta Merta', 'Dikecualikan']);
    row[at('deliveryMethod')] = pick(LISTS.deliveryMethods);
    row[at('status')] = status;
    row[at('extended')] = extended ? 'Ya' : 'Tidak';
    if (status === 'Ditolak') row[at('refusalReason')] = pick(LISTS.refusalReasons);
    // Part of what was asked is not held: answered with a notice, not refused.
    else if (status === 'Dipenuhi Sebagian' && r2() < 0.2) row[at('refusalReason')] = pick2([NOT_HELD, NOT_DOCUMENTED]);
    if (row[at('refusalReason')] === OTHER_LAW)
      row[at('notes')] = pick2([
        'UU 43/2009 tentang Kearsipan, Pasal 44',
        'UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 4',
      ]);
    if (status !== 'Diproses' && status !== 'Tidak Dijawab') {
      const limit = extended ? 17 : 10;
      const late = r() < 0.1;
      const days = late ? limit + 1 + Math.floor(r() * 6) : Math.floor(r() * (limit + 1));
      const answered = days === 0 ? received : cal.workday(received, days);
      row[at('answered')] = date(answered);
      if (status !== 'Dibatalkan' && r() < 0.25) row[at('fee')] = Math.floor(r() * 10) * 5000;
      if ((status === 'Ditolak' || status === 'Dipenuhi Sebagian') && r() < 0.3) {
        const filed = cal.workday(answered, 1 + Math.floor(r() * 10));
        row[at('objectionDate')] = date(filed);
        row[at('objectionGround')] = pick(LISTS.objectionGrounds);
        let objectionAnswered: number | null = null;
        if (r() < 0.8) {
          objectionAnswered = cal.workday(filed, 5 + Math.floor(r() * 30));
          row[at('objectionAnswered')] = date(objectionAnswered);
          row[at('objectionOutcome')] = pick2(['Dikabulkan', 'Dikabulkan Sebagian', 'Ditolak', 'Ditolak']);
          if (row[at('objectionOutcome')] !== 'Ditolak')
            [row[at('objectionExecution')], row[at('objectionExecuted')]] = carriedOut(objectionAnswered);
        }
        const disputed = r() < 0.15;
        row[at('dispute')] = disputed ? 'Ya' : 'Tidak';
        if (disputed) {
          // Within the Pasal 37 window: 14 working days after the answer, or after the 30 days.
          const from = objectionAnswered ?? cal.workday(filed, 30);
          const disputeFiled = cal.workday(from, 1 + Math.floor(r2() * 13));
          row[at('disputeDate')] = date(disputeFiled);
          row[at('disputeStage')] = pick2(['Mediasi', 'Ajudikasi', 'Ajudikasi', 'Pengadilan']);
          if (r2() < 0.5) {
            const stage = row[at('disputeStage')];
            row[at('disputeOutcome')] =
              stage === 'Mediasi' ? 'Kesepakatan Mediasi' : pick2(['Dikabulkan', 'Dikabulkan Sebagian', 'Ditolak']);
            const decided = cal.workday(disputeFiled, 20 + Math.floor(r2() * 60));
            row[at('disputeDecided')] = date(decided);
            if (row[at('disputeOutcome')] !== 'Ditolak')
              [row[at('disputeExecution')], row[at('disputeExecuted')]] = carriedOut(decided);
          }
          if (row[at('disputeStage')] === 'Pengadilan')
            row[at('courtFiled')] = date(cal.workday(disputeFiled, 10 + Math.floor(r3() * 40)));
        }
      }
    }
    row[at('officer')] = pick(['Petugas A', 'Petugas B', 'Petugas C']);
    if (r() < badRate) {
      // The slips the seed report and real registers show.
      const slip = Math.floor(r() * 5);
      if (slip === 0) row[at('received')] = `31/02/${year}`;
      else if (slip === 1) row[at('channel')] = 'Telegram';
      else if (slip === 2) row[at('number')] = out.length ? out[out.length - 1][at('number')] : row[at('number')];
      else if (slip === 3 && row[at('answered')] !== '') row[at('answered')] = date(received - 3);
      else row[at('applicantType')] = 'Instansi';
    }
    out.push(row);
  }
  return out;
}

/** RFC 4180 CSV of header + rows (dates as YYYY-MM-DD). */
export function toCsv(head: string[], rows: unknown[][]): string {
  const cell = (v: unknown) => {
    let s: string;
    if (Object.prototype.toString.call(v) === '[object Date]')
      s = ymd(Math.floor(((v as Date).getTime() + 7 * 3600000) / 86400000));
    else s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
