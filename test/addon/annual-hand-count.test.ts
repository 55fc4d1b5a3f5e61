// Issue #13, "Done when", with the expectation computed apart from the add-on: the register is
// written as plain request records, and this file counts them itself (weekdays between two dates,
// refusals by ground, objections by decision, disputes by stage) to compare with what the built
// bundle puts in recap.json, the recap sheet, the annual report.docx and the quarterly report.
// Bad input (an objection before its request, a dispute without an objection, a decision without
// its date) comes back as row problems, each row still counted.
import { addonEmulator, fillRegister, row, wib, file, openDoc } from '../support/harness';
import { documentToDocxBuffer } from '@ppid-sheets/emulator';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

interface Req {
  n: number;
  received: string;
  status: 'Dipenuhi' | 'Dipenuhi Sebagian' | 'Ditolak';
  answered: string;
  ground?: string;
  cls?: string;
  extended?: boolean;
  note?: string;
  objection?: { date: string; answered?: string; outcome?: string };
  dispute?: { date: string; stage: string; outcome?: string; decided?: string };
}

// Service spans lie in February, July, October and November 2025 (checked below against the
// holiday sheet: none holds a holiday), so a weekday count is the working-day count.
// biome-ignore format: a table laid out by hand, one entry per line
const YEAR: Req[] = [
  { n: 1, received: '2025-02-03', status: 'Ditolak', ground: 'Pasal 17 huruf b', answered: '2025-02-05', cls: 'Dikecualikan' },
  { n: 2, received: '2025-02-10', status: 'Ditolak', ground: 'Pasal 17 huruf b', answered: '2025-02-24', cls: 'Dikecualikan',
    objection: { date: '2025-02-26', answered: '2025-03-12', outcome: 'Dikabulkan' } },
  { n: 3, received: '2025-07-01', status: 'Ditolak', ground: 'Pasal 17 huruf c', answered: '2025-07-04', cls: 'Dikecualikan',
    objection: { date: '2025-07-08', answered: '2025-07-29', outcome: 'Ditolak' }, dispute: { date: '2025-08-05', stage: 'Mediasi' } },
  { n: 4, received: '2025-07-07', status: 'Ditolak', ground: 'Pasal 17 huruf h', answered: '2025-07-22', cls: 'Dikecualikan', extended: true,
    objection: { date: '2025-07-24', answered: '2025-08-12', outcome: 'Ditolak' },
    dispute: { date: '2025-08-26', stage: 'Ajudikasi', outcome: 'Ditolak', decided: '2025-11-10' } },
  { n: 5, received: '2025-10-01', status: 'Ditolak', ground: 'Undang-undang lain', note: 'UU 43/2009 tentang Kearsipan, Pasal 44', answered: '2025-10-06', cls: 'Dikecualikan' },
  { n: 6, received: '2025-10-06', status: 'Ditolak', ground: 'Dikecualikan (Pasal 17 UU KIP)', answered: '2025-10-13', cls: 'Dikecualikan' },
  { n: 7, received: '2025-10-13', status: 'Ditolak', ground: 'Informasi tidak dikuasai', answered: '2025-10-14', cls: 'Setiap Saat' },
  { n: 8, received: '2025-11-03', status: 'Dipenuhi Sebagian', ground: 'Belum didokumentasikan', answered: '2025-11-17', cls: 'Setiap Saat',
    objection: { date: '2025-11-19', answered: '2025-12-03', outcome: 'Dikabulkan Sebagian' } },
  { n: 9, received: '2025-11-03', status: 'Dipenuhi', answered: '2025-12-01', cls: 'Berkala', extended: true },
  { n: 10, received: '2025-02-17', status: 'Dipenuhi', answered: '2025-03-05', cls: 'Setiap Saat', extended: true },
  { n: 11, received: '2025-07-14', status: 'Dipenuhi', answered: '2025-07-14', cls: 'Berkala', objection: { date: '2025-07-21' } },
];

// biome-ignore format: a table laid out by hand, one entry per line
const toRow = (q: Req) => row({
  'No. Registrasi': `${String(q.n).padStart(3, '0')}/PPID/2025`, 'Tanggal Permohonan': wib(q.received), Saluran: 'Email', 'Nama Pemohon': 'Pemohon Uji',
  'Kategori Pemohon': 'Perseorangan', 'Informasi yang Diminta': 'Dokumen', 'Klasifikasi Informasi': q.cls ?? '', Status: q.status, 'Alasan Penolakan': q.ground ?? '',
  Perpanjangan: q.extended ? 'Ya' : 'Tidak', 'Tanggal Selesai': wib(q.answered), Catatan: q.note ?? '',
  ...(q.objection ? { 'Tanggal Keberatan': wib(q.objection.date), 'Alasan Keberatan': 'a' } : {}),
  ...(q.objection?.answered ? { 'Tanggal Tanggapan Keberatan': wib(q.objection.answered) } : {}),
  ...(q.objection?.outcome ? { 'Putusan Atasan PPID': q.objection.outcome } : {}),
  Sengketa: q.dispute ? 'Ya' : q.objection ? 'Tidak' : '',
  ...(q.dispute ? { 'Tanggal Pengajuan Sengketa': wib(q.dispute.date), 'Tahap Sengketa': q.dispute.stage } : {}),
  ...(q.dispute?.outcome ? { 'Putusan Sengketa': q.dispute.outcome, 'Tanggal Putusan Sengketa': wib(q.dispute.decided!) } : {}),
});

// ---- The hand count: plain arithmetic over the records, none of the add-on's code. ----

const dayMs = 86400000;
const utc = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`);
/** Weekdays d with received < d ≤ answered. */
function weekdaysBetween(from: string, to: string): number {
  let n = 0;
  for (let t = utc(from) + dayMs; t <= utc(to); t += dayMs) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
const band = (d: number) => (d <= 3 ? '0-3' : d <= 7 ? '4-7' : d <= 10 ? '8-10' : d <= 17 ? '11-17' : '>17');
const tally = (keys: string[]) => {
  const m: Record<string, number> = {};
  for (const k of keys) m[k] = (m[k] ?? 0) + 1;
  return m;
};
const nonZero = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, v]) => v > 0));
const NOTICES = ['Informasi tidak dikuasai', 'Belum didokumentasikan'];
/** An older register's ground, "Dikecualikan (Pasal 17 UU KIP)", names no letter. */
const groundKey = (g: string | undefined) =>
  g === 'Dikecualikan (Pasal 17 UU KIP)' ? 'Pasal 17 (huruf belum disebut)' : (g ?? 'Tidak Diketahui');

function handCount(reqs: Req[]) {
  const refused = reqs.filter((q) => q.status === 'Ditolak');
  const objections = reqs.filter((q) => q.objection);
  const disputes = reqs.filter((q) => q.dispute);
  const days = reqs.map((q) => weekdaysBetween(q.received, q.answered));
  return {
    requests: reqs.length,
    refusals: { total: refused.length, byReason: tally(refused.map((q) => groundKey(q.ground))) },
    notices: reqs.filter((q) => NOTICES.includes(q.ground ?? '')).length,
    buckets: tally(days.map(band)),
    bucketsByClass: Object.fromEntries(
      ['Berkala', 'Setiap Saat', 'Dikecualikan'].map((c) => [
        c,
        tally(reqs.flatMap((q, i) => (q.cls === c ? [band(days[i])] : []))),
      ]),
    ),
    objections: {
      count: objections.length,
      answered: objections.filter((q) => q.objection!.answered).length,
      byOutcome: tally(objections.map((q) => (q.objection!.answered ? q.objection!.outcome! : 'Belum Diputus'))),
    },
    disputes: {
      filed: disputes.length,
      decided: disputes.filter((q) => q.dispute!.outcome).length,
      byStage: tally(disputes.map((q) => q.dispute!.stage)),
      byOutcome: tally(disputes.map((q) => q.dispute!.outcome ?? 'Belum Diputus')),
    },
  };
}

// ---- Through the bundle. ----

function run(reqs: Req[], period: string, now: string, asOf: string) {
  const em = addonEmulator({ now });
  fillRegister(em, reqs.map(toRow));
  em.call('setupRegister');
  const result = em.call('generateReport', { period, asOf });
  const recap = JSON.parse(file(em, result.jsonId).bytes!.toString());
  return { em, result, recap };
}

async function docxTables(buffer: Buffer): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml: string = await zip.file('word/document.xml').async('string');
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .trim();
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) =>
    (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) => (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(text)),
  );
}

async function docxHeadings(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml: string = await zip.file('word/document.xml').async('string');
  return xml
    .split('</w:p>')
    .filter((p) => /<w:pStyle w:val="Heading[123]"/.test(p))
    .map((p) => p.replace(/<[^>]+>/g, '').trim());
}

const SUBTOTALS = [
  'Ditolak dengan alasan penolakan',
  'Berstatus Ditolak, tetapi alasannya pemberitahuan (bukan penolakan)',
];
const NOTICE_GROUNDS = ['Informasi tidak dikuasai', 'Belum didokumentasikan'];

/** The two subtotals of a split refusal table: [refused on a ground, marked Ditolak with a notice]. */
function subtotals(rows: Array<[string, unknown]>, byReason: Record<string, number>): void {
  const notice = NOTICE_GROUNDS.reduce((a, k) => a + (byReason[k] ?? 0), 0);
  const total = Object.values(byReason).reduce((a, b) => a + b, 0);
  expect(SUBTOTALS.map((l) => Number(rows.find((r) => r[0] === l)?.[1]))).toEqual([total - notice, notice]);
}

/** The refusal table's rows as ground → count, matched to recap keys by the label's start. */
function byGround(rows: Array<[string, unknown]>): Record<string, number> {
  const label: Record<string, string> = {
    'Undang-undang lain (disebut di Catatan)': 'Undang-undang lain',
    'Pasal 17, huruf belum disebut': 'Pasal 17 (huruf belum disebut)',
    'Pemberitahuan: informasi tidak dikuasai': 'Informasi tidak dikuasai',
    'Pemberitahuan: informasi belum didokumentasikan': 'Belum didokumentasikan',
    'Lainnya (tanpa dasar undang-undang)': 'Lainnya',
    'Alasan belum diisi': 'Tidak Diketahui',
  };
  const out: Record<string, number> = {};
  // With a Ditolak row that carries a notice ground, the table splits refusals from notices under
  // two subtotals (issue #24); the subtotals are checked apart.
  for (const [l, n] of rows.filter(([l]) => !SUBTOTALS.includes(l))) {
    const key = /^Pasal 17 huruf [a-j]/.exec(l)?.[0] ?? label[l];
    expect({ l, known: key !== undefined }).toEqual({ l, known: true });
    if (Number(n) > 0) out[key] = Number(n);
  }
  return out;
}

describe('an annual register, counted by hand and by the bundle', () => {
  const expected = handCount(YEAR);
  const { em, result, recap } = run(YEAR, '2025', '2026-01-20T03:00:00Z', '2026-01-20');

  test("the service spans hold no holiday of the workbook's holiday sheet", () => {
    const grid: unknown[][] = em.spreadsheet.getSheetByName('Hari Libur').getDataRange().getValues();
    const holidays = grid
      .flat()
      .filter((v): v is Date => v instanceof Date)
      .map((d) => new Date(d.getTime() + 7 * 3600000).toISOString().slice(0, 10));
    expect(holidays).toContain('2025-08-18');
    for (const q of YEAR) expect(holidays.filter((h) => h > q.received && h <= q.answered)).toEqual([]);
  });

  test('recap.json: the register is clean apart from the legacy ground it asks the officer to name', () => {
    expect(recap.schemaVersion).toBe(2);
    expect(recap.problems.map((p: any) => `${p.row}|${p.column}|${p.code}`)).toEqual([
      '7|Alasan Penolakan|refusal.unspecified',
      // Request 7 is marked Ditolak with a "not held" notice: no refusal, so the row is listed (#24).
      '8|Status|refusal.notice_status',
    ]);
  });

  test('recap.json: requests, refusals by ground and notices equal the hand count', () => {
    expect(recap.totals.requests).toBe(expected.requests);
    expect(recap.refusals.total).toBe(expected.refusals.total);
    expect(nonZero(recap.refusals.byReason)).toEqual(expected.refusals.byReason);
    // Several grounds: two letters of Pasal 17 and more besides.
    expect(Object.keys(expected.refusals.byReason).length).toBeGreaterThanOrEqual(5);
    expect(recap.refusals.notices).toBe(expected.notices);
  });

  test('recap.json: service time bands, overall and by class, equal the hand count', () => {
    expect(nonZero(recap.serviceTime.buckets)).toEqual(expected.buckets);
    for (const [cls, bands] of Object.entries(expected.bucketsByClass))
      expect(nonZero(recap.serviceTime.bucketsByInfoClass[cls])).toEqual(bands);
  });

  test('recap.json: objections decided both ways and disputes at mediation and adjudication equal the hand count', () => {
    expect(recap.objections).toMatchObject({
      count: expected.objections.count,
      answered: expected.objections.answered,
    });
    expect(nonZero(recap.objections.byOutcome)).toEqual(expected.objections.byOutcome);
    expect(expected.objections.byOutcome.Dikabulkan).toBeGreaterThan(0);
    expect(expected.objections.byOutcome.Ditolak).toBeGreaterThan(0);
    expect(recap.disputes.filed).toBe(expected.disputes.filed);
    expect(recap.disputes.decided).toBe(expected.disputes.decided);
    expect(nonZero(recap.disputes.byStage)).toEqual(expected.disputes.byStage);
    expect(expected.disputes.byStage).toEqual({ Mediasi: 1, Ajudikasi: 1 });
    expect(nonZero(recap.disputes.byOutcome)).toEqual(expected.disputes.byOutcome);
  });

  test("report.docx: the law's eight items in order, and the tables carry the hand count", async () => {
    const buffer = await documentToDocxBuffer(openDoc(em, result.docId));
    const hs = await docxHeadings(buffer);
    // 1 policy; 2 facilities, 3 staff, 4 budget; 5 service; 6 objections and disputes; 7 obstacles; 8 recommendations.
    const law = [
      /^BAB I GAMBARAN UMUM KEBIJAKAN/,
      /^2\.1\. Sarana dan Prasarana/,
      /^2\.2\. Sumber Daya Manusia/,
      /^2\.3\. Anggaran/,
      /^BAB III RINCIAN PELAYANAN/,
      /^BAB IV KEBERATAN DAN SENGKETA/,
      /^BAB V KENDALA INTERNAL DAN EKSTERNAL/,
      /^BAB VI REKOMENDASI DAN RENCANA TINDAK LANJUT/,
    ];
    const at = law.map((re) => hs.findIndex((h) => re.test(h)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const tables = await docxTables(buffer);
    const titled = (head: string[]) => tables.find((t) => head.every((h, i) => t[0][i] === h))!;
    const refusals = titled(['No.', 'Alasan', 'Jumlah', 'Persentase']);
    expect(byGround(refusals.slice(1, -1).map((r) => [r[1], r[2]]))).toEqual(expected.refusals.byReason);
    subtotals(
      refusals.slice(1, -1).map((r) => [r[1], r[2]]),
      expected.refusals.byReason,
    );
    expect(refusals.at(-1)!.slice(1, 3)).toEqual(['Jumlah berstatus Ditolak', String(expected.refusals.total)]);
    const bands = titled(['No.', 'Rentang hari kerja']);
    expect(bands.slice(1, -1).map((r) => Number(r[2]))).toEqual(
      ['0-3', '4-7', '8-10', '11-17', '>17'].map((b) => expected.buckets[b] ?? 0),
    );
    const stages = titled(['No.', 'Tahap']);
    expect(
      Object.fromEntries(
        stages
          .slice(1, -1)
          .filter((r) => Number(r[2]) > 0)
          .map((r) => [r[1], Number(r[2])]),
      ),
    ).toEqual(expected.disputes.byStage);
  });

  test('recap sheet: the refusal table equals the hand count', () => {
    const grid: unknown[][] = em.spreadsheet.getSheetByName(result.recapSheet).getDataRange().getValues();
    // A notice ground on a Ditolak row: the table is titled and totalled as Ditolak rows (#24).
    const title = grid.findIndex((r) => r[1] === 'Permohonan Berstatus Ditolak menurut Alasan');
    expect(title).toBeGreaterThan(0);
    expect(grid[title + 1].slice(1, 3)).toEqual(['Alasan', 'Jumlah']);
    const rows: Array<[string, unknown]> = [];
    for (let r = title + 2; grid[r][1] !== 'Jumlah berstatus Ditolak'; r++) rows.push([String(grid[r][1]), grid[r][2]]);
    expect(byGround(rows)).toEqual(expected.refusals.byReason);
    subtotals(rows, expected.refusals.byReason);
  });
});

describe('the quarterly report keeps the seed outline and gains the refusal table', () => {
  const q3 = YEAR.filter((q) => q.received >= '2025-07-01' && q.received <= '2025-09-30');
  const expected = handCount(q3);
  const { em, result, recap } = run(YEAR, '2025-Q3', '2025-10-10T03:00:00Z', '2025-10-10');

  test('Q3 refusals by ground, in recap.json, the document and the recap sheet', async () => {
    expect(recap.refusals.total).toBe(expected.refusals.total);
    expect(nonZero(recap.refusals.byReason)).toEqual(expected.refusals.byReason);
    const buffer = await documentToDocxBuffer(openDoc(em, result.docId));
    const hs = await docxHeadings(buffer);
    const seed = [
      'BAB I PENDAHULUAN',
      'BAB II PELAKSANAAN LAYANAN INFORMASI PUBLIK',
      'BAB III KENDALA DALAM LAYANAN INFORMASI PUBLIK',
      'BAB IV REKOMENDASI DAN RENCANA TINDAK LANJUT',
    ];
    expect(hs.filter((h) => h.startsWith('BAB '))).toEqual(seed);
    expect(hs.some((h) => h.startsWith('BAB VI'))).toBe(false);
    const tables = await docxTables(buffer);
    const refusals = tables.find((t) => t[0][1] === 'Alasan')!;
    expect(byGround(refusals.slice(1, -1).map((r) => [r[1], r[2]]))).toEqual(expected.refusals.byReason);
    const grid: unknown[][] = em.spreadsheet.getSheetByName(result.recapSheet).getDataRange().getValues();
    expect(grid.some((r) => r[1] === 'Penolakan menurut Alasan')).toBe(true);
  });
});

describe('bad input in the chain: a row problem each, never a crash, never silently counted', () => {
  const BAD: Req[] = [
    // Objection dated before its request.
    {
      n: 1,
      received: '2025-02-12',
      status: 'Dipenuhi',
      answered: '2025-02-14',
      cls: 'Berkala',
      objection: { date: '2025-02-10' },
    },
    // Dispute without an objection.
    {
      n: 2,
      received: '2025-07-15',
      status: 'Ditolak',
      ground: 'Pasal 17 huruf a',
      answered: '2025-07-17',
      dispute: { date: '2025-08-01', stage: 'Mediasi' },
    },
    // The superior's decision without its date.
    {
      n: 3,
      received: '2025-10-20',
      status: 'Ditolak',
      ground: 'Pasal 17 huruf d',
      answered: '2025-10-22',
      objection: { date: '2025-10-24', outcome: 'Ditolak' },
    },
  ];
  const { em, result, recap } = run(BAD, '2025', '2026-01-20T03:00:00Z', '2026-01-20');

  test('each is listed with its row, column and a plain message', () => {
    const got = recap.problems.map((p: any) => `${p.row}|${p.column}|${p.code}`);
    expect(got).toEqual(
      expect.arrayContaining([
        '2|Tanggal Keberatan|objection.before_received',
        '3|Tanggal Keberatan|dispute.without_objection',
        '4|Tanggal Tanggapan Keberatan|objection.outcome_without_date',
      ]),
    );
    for (const p of recap.problems) {
      expect(p.message.length).toBeGreaterThan(20);
      expect(p.message).not.toMatch(/\{\w+\}|undefined|null|NaN/);
    }
  });

  test('the rows are still counted, and the recap sheet lists them for the officer', () => {
    expect(recap.totals.requests).toBe(3);
    expect(recap.objections.count).toBe(2);
    expect(recap.disputes.filed).toBe(1);
    const text = (em.spreadsheet.getSheetByName(result.recapSheet).getDataRange().getValues() as unknown[][])
      .flat()
      .map(String);
    for (const p of recap.problems) expect(text.some((t) => t.includes(p.message))).toBe(true);
  });
});
