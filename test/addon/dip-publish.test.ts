// "Terbitkan DIP" (issue #27 item 5), through the bundle in the emulator: the DIP's Doc and PDF
// in the report folder with the Final entries only (a Draf one absent from the document and named
// in the result), on a landscape page, with a final PDF title; the DIK only when asked;
// regenerating replaces the previous edition; a fault at any call of a run leaves either the
// previous edition or the new one, never a half-made file.
import { addonEmulator } from '../support/harness';
import { pdfTitle } from '../support/pdf-title';
import { recordCalls, visibleFiles } from '../reliability/faults';
import { applyDipFile } from '../../scripts/lib/dip-file';
import seed from '../../examples/seed-tw3-2021.dip.json';
import { buildDipDocument, buildDikDocument } from '../../src/core/report';
import { parseDipLists, DIP_COLUMNS, DIK_COLUMNS } from '../../src/core/dip';
import { defaultSettings } from '../../src/core/settings';
import { dayFromIso } from '../../src/core/calendar';

const DRAF = seed['Daftar Informasi Publik'].find((e) => e.Keadaan === 'Draf')!;
const FINAL = seed['Daftar Informasi Publik'].filter((e) => e.Keadaan === 'Final');

function setUp() {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  em.call('setupRegister');
  applyDipFile(em, seed);
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const set = (label: string, value: string) => {
    const r = (sheet.getDataRange().getValues() as unknown[][]).findIndex((x) => x[0] === label);
    sheet.getRange(r + 1, 2).setValue(value);
  };
  set('Nama Unit', 'Balai Contoh');
  // Shared as the report is: sharing is part of the run, so its calls are failed too.
  set('E-mail PPID Pusat', 'ppid.pusat@example.go.id');
  return em;
}

const docText = (em: any, id: string) => em.services.DocumentApp.openById(id).getBody().getText() as string;
const dipFiles = (em: any) =>
  visibleFiles(em).filter((f: any) => /^Daftar Informasi/.test(f.name) || f.name.includes('(sedang dibuat)'));

describe('the published DIP as a document (core)', () => {
  const rows = (list: Array<Record<string, unknown>>, specs: typeof DIP_COLUMNS | typeof DIK_COLUMNS) => [
    specs.map((c) => c.id),
    ...list.map((e) =>
      specs.map((c) => {
        const v = e[c.id] ?? '';
        return typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(`${v}T00:00:00+07:00`) : v;
      }),
    ),
  ];
  const list = parseDipLists(
    rows(seed['Daftar Informasi Publik'], DIP_COLUMNS),
    rows(seed['Informasi yang Dikecualikan'], DIK_COLUMNS),
    { lang: 'id' },
  );
  const settings = defaultSettings([], []);
  settings.values.unitName = 'Balai Contoh';
  test("Final entries by class in the DIP form's columns, the Draf one left out and named", () => {
    const d = buildDipDocument(list, settings, 'id', dayFromIso('2021-10-11'));
    const tables = d.blocks.filter((b) => b.type === 'table') as Array<
      Extract<(typeof d.blocks)[number], { type: 'table' }>
    >;
    expect(tables.map((t) => t.caption)).toEqual([
      'A. Informasi yang wajib diumumkan secara berkala',
      'B. Informasi yang wajib diumumkan secara serta merta',
      'C. Informasi yang wajib tersedia setiap saat',
    ]);
    expect(tables[0].header.slice(0, 7)).toEqual(['No.', ...DIP_COLUMNS.slice(1, 7).map((c) => c.id)]);
    const numbers = tables.flatMap((t) => t.rows.map((r) => r[0]));
    expect(numbers.sort()).toEqual(FINAL.map((e) => e.Nomor).sort());
    const text = JSON.stringify(d.blocks);
    expect(text).not.toContain(DRAF['Ringkasan Isi Informasi']);
    expect(d.leftOut).toEqual([{ number: DRAF.Nomor, row: expect.any(Number), reason: 'draft' }]);
    expect(d.included).toBe(FINAL.length);
    expect(d.landscape).toBe(true);
    expect(text).toContain('BALAI CONTOH');
    expect(text).toContain('11 Oktober 2021');
    expect(d.fileName).toBe('Daftar Informasi Publik Balai Contoh');
  });
  test('the DIK carries ground, statute and the consequence test; an ended exemption is left out', () => {
    const d = buildDikDocument(list, settings, 'id', dayFromIso('2021-10-11'));
    const table = d.blocks.find((b) => b.type === 'table') as Extract<(typeof d.blocks)[number], { type: 'table' }>;
    const first = seed['Informasi yang Dikecualikan'][0] as Record<string, string>;
    const row = table.rows.find((r) => r[0] === first.Nomor)!;
    expect(row).toContain(first['Konsekuensi Bila Dibuka']);
    expect(row).toContain(first['Kepentingan Lebih Besar yang Dilindungi']);
    expect(row.join(' ')).toContain(first['Dasar Pengecualian']);
    expect(JSON.stringify(d.blocks)).not.toContain('Penanggung Jawab');
    // On a day after the second entry's end, it is open information: not in the DIK.
    const later = buildDikDocument(list, settings, 'id', dayFromIso('2022-06-01'));
    expect(later.leftOut.map((e) => e.reason)).toContain('ended');
    expect(later.included).toBe(d.included - later.leftOut.filter((e) => e.reason === 'ended').length);
  });
});

describe('Terbitkan DIP in the emulator', () => {
  test('the Doc and the PDF, landscape, final names and title, Draf absent and named; the DIK only when asked', () => {
    const em = setUp();
    const r = em.call('publishDip', { asOf: '2021-10-11' });
    expect(r.published.map((p: any) => p.kind)).toEqual(['dip']);
    const p = r.published[0];
    const doc = em.rt.files.get(p.docId)!;
    const pdf = em.rt.files.get(p.pdfId)!;
    expect(doc.name).toBe('Daftar Informasi Publik Balai Contoh');
    expect(pdf.name).toBe('Daftar Informasi Publik Balai Contoh.pdf');
    expect(pdfTitle(Buffer.from(pdf.bytes!))).toBe('Daftar Informasi Publik Balai Contoh');
    const text = docText(em, p.docId);
    for (const e of FINAL) expect(text).toContain(e['Ringkasan Isi Informasi']);
    expect(text).not.toContain(DRAF['Ringkasan Isi Informasi']);
    expect(r.lines.join('\n')).toContain(`masih Draf: ${DRAF.Nomor}`);
    const style = em.services.Docs.Documents.get(p.docId).documentStyle;
    expect(style.pageSize.width.magnitude).toBeGreaterThan(style.pageSize.height.magnitude);
    // The report folder holds them.
    const folder = em.rt.files.get(doc.parents[0]) as any;
    expect(folder.name).toBe('Laporan PPID');
    expect(pdf.parents).toEqual(doc.parents);
    // The DIK only on the officer's word.
    expect(
      dipFiles(em)
        .map((f: any) => f.name)
        .some((n: string) => n.includes('Dikecualikan')),
    ).toBe(false);
    const both = em.call('publishDip', { asOf: '2021-10-11', dik: true });
    expect(both.published.map((x: any) => x.kind)).toEqual(['dip', 'dik']);
    expect(docText(em, both.published[1].docId)).toContain('DAFTAR INFORMASI YANG DIKECUALIKAN');
  });

  test('regenerating replaces the previous edition; the DIK published before stays when only the DIP is made again', () => {
    const em = setUp();
    const a = em.call('publishDip', { asOf: '2021-10-11', dik: true });
    expect(dipFiles(em)).toHaveLength(4);
    const b = em.call('publishDip', { asOf: '2021-10-12' });
    const ids = dipFiles(em)
      .map((f: any) => f.id)
      .sort();
    expect(ids).toEqual(
      [b.published[0].docId, b.published[0].pdfId, a.published[1].docId, a.published[1].pdfId].sort(),
    );
    expect(em.rt.files.get(a.published[0].docId)!.trashed).toBe(true);
  });

  test('a fault at any call leaves the previous edition or the new one, and nothing half-made', () => {
    const em = setUp();
    const first = em.call('publishDip', { asOf: '2021-10-11', dik: true });
    let committed = dipFiles(em)
      .map((f: any) => f.id)
      .sort();
    em.resetCalls();
    const sequence = recordCalls(em, () => em.call('publishDip', { asOf: '2021-10-11', dik: true }));
    committed = dipFiles(em)
      .map((f: any) => f.id)
      .sort();
    expect(sequence).toContain('Docs.Documents.batchUpdate');
    expect(sequence).toContain('Drive.Permissions.create');
    const failures: string[] = [];
    let thrown = 0;
    for (let at = 1; at <= sequence.length; at++) {
      em.resetCalls();
      em.rt.failAtCall = at;
      let result: any = null;
      try {
        result = em.call('publishDip', { asOf: '2021-10-11', dik: true });
      } catch (_) {
        thrown++;
      }
      em.rt.failAtCall = null;
      const now = dipFiles(em);
      const label = `fault at ${at} (${sequence[at - 1]})`;
      if (now.some((f: any) => f.name.includes('(sedang dibuat)')))
        failures.push(`${label}: a temporary document is visible`);
      const ids = now.map((f: any) => f.id).sort();
      if (!result && ids.join() !== committed.join()) failures.push(`${label}: failed, yet the files changed`);
      if (result) {
        const made = result.published.flatMap((x: any) => [x.docId, x.pdfId]).sort();
        if (ids.join() !== made.join()) failures.push(`${label}: returned, yet the visible files are not the new ones`);
        committed = ids;
      }
    }
    expect(failures).toEqual([]);
    expect(thrown).toBeGreaterThan(sequence.length / 2);
    expect(first.published).toHaveLength(2);
  });
});
