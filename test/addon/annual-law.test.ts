// Issue #13, "Done when", through the built bundle: a register with refusals on several grounds,
// objections decided both ways and one dispute at mediation and one at adjudication gives an
// annual recap.json equal to a hand count, and an annual report.docx with every section of the
// law's outline; the year's empty narrative items are placeholders the dialog names; in the first
// quarter the dialog and the prompt give the 31 March deadline.
import { addonEmulator, fillRegister, row, wib, file, openDoc } from '../support/harness';
import { documentToDocxBuffer } from '@ppid-sheets/emulator';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const base = {
  Saluran: 'Email',
  'Nama Pemohon': 'Pemohon Uji',
  'Kategori Pemohon': 'Perseorangan',
  'Informasi yang Diminta': 'Dokumen',
};
const refused = (n: string, m: number, d: number, reason: string, extra: Record<string, unknown> = {}) =>
  row({
    ...base,
    'No. Registrasi': n,
    'Tanggal Permohonan': wib(`2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    Status: 'Ditolak',
    'Alasan Penolakan': reason,
    'Tanggal Selesai': wib(`2025-${String(m).padStart(2, '0')}-${String(d + 2).padStart(2, '0')}`),
    ...extra,
  });

// biome-ignore format: a table laid out by hand, one entry per line
const REGISTER = [
  refused('001/PPID/2025', 1, 6, 'Pasal 17 huruf b'),
  refused('002/PPID/2025', 1, 13, 'Pasal 17 huruf b'),
  refused('003/PPID/2025', 2, 3, 'Pasal 17 huruf h', { 'Tanggal Keberatan': wib('2025-02-10'), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib('2025-03-03'), 'Putusan Atasan PPID': 'Dikabulkan' }),
  refused('004/PPID/2025', 3, 3, 'Pasal 17 huruf j', { 'Tanggal Keberatan': wib('2025-03-10'), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib('2025-04-14'), 'Putusan Atasan PPID': 'Ditolak',
    Sengketa: 'Ya', 'Tanggal Pengajuan Sengketa': wib('2025-04-28'), 'Tahap Sengketa': 'Mediasi' }),
  refused('005/PPID/2025', 5, 5, 'Undang-undang lain', { Catatan: 'UU 43/2009 Pasal 44', 'Tanggal Keberatan': wib('2025-05-12'), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib('2025-06-02'), 'Putusan Atasan PPID': 'Ditolak',
    Sengketa: 'Ya', 'Tanggal Pengajuan Sengketa': wib('2025-06-16'), 'Tahap Sengketa': 'Ajudikasi', 'Putusan Sengketa': 'Dikabulkan', 'Tanggal Putusan Sengketa': wib('2025-09-15') }),
  refused('006/PPID/2025', 6, 2, 'Dikecualikan (Pasal 17 UU KIP)'),
  refused('007/PPID/2025', 7, 7, 'Informasi tidak dikuasai'),
  row({ ...base, 'No. Registrasi': '008/PPID/2025', 'Tanggal Permohonan': wib('2025-08-04'), Status: 'Dipenuhi Sebagian', 'Alasan Penolakan': 'Belum didokumentasikan', 'Tanggal Selesai': wib('2025-08-14'), 'Klasifikasi Informasi': 'Setiap Saat' }),
  row({ ...base, 'No. Registrasi': '009/PPID/2025', 'Tanggal Permohonan': wib('2025-09-01'), Status: 'Dipenuhi', 'Tanggal Selesai': wib('2025-09-02'), 'Klasifikasi Informasi': 'Berkala',
    'Tanggal Keberatan': wib('2025-12-15'), 'Alasan Keberatan': 'g' }),
  row({ ...base, 'No. Registrasi': '010/PPID/2025', 'Tanggal Permohonan': wib('2025-10-06'), Status: 'Dipenuhi', 'Tanggal Selesai': wib('2025-10-27'), 'Klasifikasi Informasi': 'Berkala' }),
];

/** The year's own entries, typed in the settings sheet's Periode–Isi columns: budget and recommendations left out. */
const ENTRIES = [
  ['2025', 'Kebijakan Layanan', '', 'Kebijakan layanan unit uji tahun 2025.'],
  ['2025', 'Sarana dan Prasarana', '', 'Meja layanan dan laman PPID.'],
  ['2025', 'Sumber Daya Manusia', '', 'Dua petugas informasi.'],
  ['2025', 'Kendala Internal', '', 'Petugas bergantian.'],
  ['2025', 'Kendala Eksternal', '', 'Identitas pemohon tidak lengkap.'],
];

function annualRun(now = '2026-01-20T03:00:00Z') {
  const em = addonEmulator({ now });
  fillRegister(em, REGISTER);
  em.call('setupRegister');
  const settings = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = settings.getDataRange().getValues();
  const header = grid[0].map(String);
  const col = header.indexOf('Bagian');
  let first = grid.length + 1;
  for (let r = grid.length - 1; r >= 1; r--)
    if (String(grid[r][col - 1] ?? '') !== '') {
      first = r + 2;
      break;
    }
  settings.getRange(first, col, ENTRIES.length, 4).setValues(ENTRIES);
  em.services.ui._queueResponse({ button: 'OK', text: '2025' });
  em.call('menuAnnualReport');
  const result = em.call('generateReport', { period: '2025', asOf: '2026-01-20' });
  return { em, result };
}

async function docxParagraphs(buffer: Buffer): Promise<Array<{ style: string; text: string }>> {
  const zip = await JSZip.loadAsync(buffer);
  const xml: string = await zip.file('word/document.xml').async('string');
  return xml
    .split('</w:p>')
    .map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      text: p
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim(),
    }))
    .filter((p) => p.text);
}

describe('the annual report as the law lists it, through the bundle', () => {
  const { em, result } = annualRun();
  const recap = JSON.parse(file(em, result.jsonId).bytes!.toString());

  test('recap.json v2 equals the hand count', () => {
    expect(recap.schemaVersion).toBe(2);
    expect(recap.totals.requests).toBe(10);
    // Rows 001–007 are Ditolak: b, b, h, j, another law, the letter not named, a notice ground.
    expect(recap.refusals.total).toBe(7);
    const nonZero = Object.fromEntries(Object.entries(recap.refusals.byReason).filter(([, n]) => (n as number) > 0));
    expect(nonZero).toEqual({
      'Pasal 17 huruf b': 2,
      'Pasal 17 huruf h': 1,
      'Pasal 17 huruf j': 1,
      'Undang-undang lain': 1,
      'Pasal 17 (huruf belum disebut)': 1,
      'Informasi tidak dikuasai': 1,
    });
    // 007 (Ditolak, not held) and 008 (in part, not documented) were answered with notices.
    expect(recap.refusals.notices).toBe(2);
    // Objections of 003 (granted), 004 and 005 (refused), 009 (filed 15 December, still open).
    expect(recap.objections).toMatchObject({ count: 4, answered: 3, onTime: 3, late: 0, pending: 1 });
    expect(recap.objections.byOutcome).toEqual({
      Dikabulkan: 1,
      'Dikabulkan Sebagian': 0,
      Ditolak: 2,
      'Belum Diputus': 1,
      'Tidak Diketahui': 0,
    });
    expect(recap.disputes).toEqual({
      filed: 2,
      decided: 1,
      byStage: { Mediasi: 1, Ajudikasi: 1, Pengadilan: 0, 'Tidak Diketahui': 0 },
      byOutcome: {
        'Kesepakatan Mediasi': 0,
        Dikabulkan: 1,
        'Dikabulkan Sebagian': 0,
        Ditolak: 0,
        'Tidak Dapat Diterima': 0,
        'Dicabut/Gugur': 0,
        'Belum Diputus': 1,
      },
    });
    // Ten answered requests: eight within 3 working days, 008 in 8 (4→14 August), 010 in 15 (6→27 October).
    expect(recap.serviceTime.buckets).toEqual({ '0-3': 8, '4-7': 0, '8-10': 1, '11-17': 1, '>17': 0 });
    expect(recap.serviceTime.bucketsByInfoClass.Berkala).toEqual({
      '0-3': 1,
      '4-7': 0,
      '8-10': 0,
      '11-17': 1,
      '>17': 0,
    });
    // The legacy ground is listed so the officer names the letter, and row 8, marked Ditolak with
    // a "not held" notice, since a notice is no refusal (issue #24); nothing else is wrong.
    expect(recap.problems.map((p: any) => `${p.row}|${p.code}`)).toEqual([
      '7|refusal.unspecified',
      '8|refusal.notice_status',
    ]);
  });

  test("report.docx has every section of the law's outline, in its order", async () => {
    const paragraphs = await docxParagraphs(await documentToDocxBuffer(openDoc(em, result.docId)));
    const headings = paragraphs.filter((p) => /^Heading[123]$/.test(p.style)).map((p) => p.text);
    const outline = [
      'KATA PENGANTAR',
      'BAB I GAMBARAN UMUM KEBIJAKAN LAYANAN INFORMASI PUBLIK',
      'BAB II GAMBARAN UMUM PELAKSANAAN LAYANAN INFORMASI PUBLIK',
      '2.1. Sarana dan Prasarana',
      '2.2. Sumber Daya Manusia',
      '2.3. Anggaran',
      'BAB III RINCIAN PELAYANAN INFORMASI PUBLIK',
      '3.1. Jumlah Permohonan',
      '3.2. Waktu yang Diperlukan',
      '3.3. Permohonan yang Dikabulkan dan Ditolak',
      '3.4. Alasan Penolakan',
      'BAB IV KEBERATAN DAN SENGKETA',
      '4.1. Keberatan',
      '4.2. Sengketa',
      'BAB V KENDALA INTERNAL DAN EKSTERNAL',
      'BAB VI REKOMENDASI DAN RENCANA TINDAK LANJUT',
    ];
    let at = -1;
    for (const prefix of outline) {
      const i = headings.findIndex((h, k) => k > at && h.startsWith(prefix));
      expect({ prefix, found: i > at }).toEqual({ prefix, found: true });
      at = i;
    }
    // The quarterly outline's chapters are not in the annual report.
    expect(headings.some((h) => h.startsWith('BAB I PENDAHULUAN'))).toBe(false);
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Kebijakan layanan unit uji tahun 2025.');
    expect(text).toContain('Identitas pemohon tidak lengkap.');
    // The refusal table lists the grounds with their letter's meaning.
    expect(text).toMatch(/Pasal 17 huruf b: hak kekayaan intelektual/);
    expect(text).toMatch(/Undang-undang lain \(disebut di Catatan\)/);
  });

  test('empty items are placeholders in the document, never the default sentences, and named in the dialog', async () => {
    expect(result.emptyItems).toEqual(['Anggaran dan realisasinya', 'Rekomendasi dan rencana tindak lanjut']);
    const paragraphs = await docxParagraphs(await documentToDocxBuffer(openDoc(em, result.docId)));
    const text = paragraphs.map((p) => p.text).join('\n');
    // Two annual items are empty; the other placeholders are the unit's own settings this test leaves blank.
    expect(text.match(/\[BELUM DIISI: [^\]]* tahun 2025\./g)).toHaveLength(2);
    const others = text.match(/\[BELUM DIISI: (?![^\]]* tahun 2025\.)[^\]]*\]/g) ?? [];
    expect(new Set(others)).toEqual(
      new Set(['[BELUM DIISI: Nama Unit]', '[BELUM DIISI: Kota]', '[BELUM DIISI: Nama Petugas PPID]']),
    );
    expect(text).toMatch(/\[BELUM DIISI: Anggaran dan realisasinya tahun 2025\. .*Bagian "Anggaran"/);
    // The settings' built-in narratives (quarterly defaults) never appear in the annual report.
    expect(text).not.toContain('Tidak ada kendala berarti');
    expect(text).not.toContain('PPID akan menjaga ketepatan waktu layanan');
    // The placeholder is highlighted in the document.
    const body = openDoc(em, result.docId).getBody();
    let highlighted = 0;
    for (let i = 0; i < body.getNumChildren(); i++) {
      const el = body.getChild(i);
      if (
        el.getType().toString() === 'PARAGRAPH' &&
        /^\[BELUM DIISI: .* tahun 2025\./.test(el.asParagraph().getText())
      ) {
        if (el.asParagraph().editAsText().getBackgroundColor(0)) highlighted++;
      }
    }
    expect(highlighted).toBe(2);
    const dialog = em.services.ui._dialogs.filter((d: any) => d.kind === 'modal').at(-1);
    // One line per empty item, above the recap sheet's name and the sharing notes.
    expect(dialog.content).toContain(
      '<ul><li>Anggaran dan realisasinya</li><li>Rekomendasi dan rencana tindak lanjut</li></ul>',
    );
    expect(dialog.content.indexOf('Isian laporan tahunan 2025 yang belum ada')).toBeLessThan(
      dialog.content.indexOf('Sheet rekap'),
    );
  });

  test('in the first quarter the prompt and the dialog give the 31 March deadline', () => {
    const prompt = em.services.ui._dialogs.find((d: any) => d.kind === 'prompt');
    expect(prompt.prompt).toContain('Laporan tahunan 2025 wajib disampaikan paling lambat 31 Maret 2026.');
    expect(result.annualDue).toEqual({ year: 2025, due: '2026-03-31', daysLeft: 70 });
    const dialog = em.services.ui._dialogs.filter((d: any) => d.kind === 'modal').at(-1);
    expect(dialog.content).toContain('paling lambat 31 Maret 2026');
  });

  test('from April on the deadline is not shown', () => {
    const later = annualRun('2026-04-06T03:00:00Z');
    expect(later.result.annualDue).toBeNull();
    const prompt = later.em.services.ui._dialogs.find((d: any) => d.kind === 'prompt');
    expect(prompt.prompt).not.toContain('31 Maret');
  });
});

describe("Siapkan Register offers the year's annual rows", () => {
  test('in January: empty rows for last year and this year, one per item section, added once', () => {
    const em = addonEmulator({ now: '2026-01-20T03:00:00Z' });
    em.call('setupRegister');
    const rowsOf = () => {
      const grid: unknown[][] = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
      const c = grid[0].map(String).indexOf('Periode', 10);
      return grid
        .slice(1)
        .filter((r) => String(r[c] ?? '') !== '')
        .map((r) => `${r[c]}|${r[c + 1]}|${r[c + 3]}`);
    };
    const sections = [
      'Kebijakan Layanan',
      'Sarana dan Prasarana',
      'Sumber Daya Manusia',
      'Anggaran',
      'Kendala Internal',
      'Kendala Eksternal',
      'Rekomendasi',
      'Rencana Tindak Lanjut',
    ];
    expect(rowsOf()).toEqual([...sections.map((s) => `2025|${s}|`), ...sections.map((s) => `2026|${s}|`)]);
    em.call('setupRegister');
    expect(rowsOf()).toHaveLength(16);
  });
});
