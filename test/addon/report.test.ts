// "Buat Laporan": a register holding the seed report's Q3 2021 requests, through the bundle.
import { addonEmulator, fillRegister, snapshot, file, openDoc, SEED_ROWS, PERSONAL } from '../support/harness';
import { pdfText } from '@ppid-sheets/emulator';

function seedEmulator(settings: Record<string, string> = {}) {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid = sheet.getDataRange().getValues();
  const values = {
    'Nama Unit': 'Unit Contoh',
    'E-mail PPID Pusat': 'ppid.pusat@example.go.id, salah@, info@example.go.id',
    'Kirim E-mail Pemberitahuan': 'Ya',
    ...settings,
  };
  for (const [label, v] of Object.entries(values)) {
    const r = grid.findIndex((x: unknown[]) => x[0] === label);
    sheet.getRange(r + 1, 2).setValue(v);
  }
  return em;
}

const docText = (em: any, id: string) => openDoc(em, id).getBody().getText();

describe('quarterly report from the seed register', () => {
  const em = seedEmulator();
  const registerBefore = snapshot(em.spreadsheet.getSheetByName('Register'));
  em.resetCalls();
  const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
  const recapSheet = em.spreadsheet.getSheetByName(result.recapSheet);
  const grid: unknown[][] = recapSheet.getDataRange().getValues();
  const find = (label: string, from = 0) => grid.findIndex((r, i) => i >= from && r[1] === label);

  test('names the recap sheet for the period', () => {
    expect(result.recapSheet).toBe('Rekap TW III 2021');
  });

  test('recap sheet: requests per channel with every channel, zeros included', () => {
    const start = grid.findIndex((r) => r[0] === '1. Permohonan per Saluran');
    const rows = grid.slice(start + 2, start + 12).map((r) => [r[1], r[2]]);
    expect(rows).toContainEqual(['Instagram', 2]);
    expect(rows).toContainEqual(['Ruang Layanan', 1]);
    expect(rows).toContainEqual(['Email', 0]);
  });

  test('recap sheet: the seed tables (Instagram 2 perseorangan 100%, Ruang Layanan 1, statuses fulfilled)', () => {
    const ig = find('Pemohon Informasi melalui Instagram');
    expect(grid[ig + 2].slice(1, 4)).toEqual(['Perseorangan', 2, 1]);
    const desk = find('Pemohon Informasi melalui Ruang Layanan');
    expect(grid[desk + 2].slice(1, 4)).toEqual(['Perseorangan', 1, 1]);
    const st = find('Status Layanan melalui Instagram');
    expect(grid[st + 2].slice(1, 4)).toEqual(['Dipenuhi', 2, 1]);
    expect(grid[st + 3].slice(1, 4)).toEqual(['Ditolak/Tidak Dijawab', 0, 0]);
    expect(grid.some((r) => r[1] === 'Pemohon Informasi melalui Email')).toBe(false);
  });

  test('native charts: a column chart per channel, a pie per channel used, SLA; each a real PNG', () => {
    const charts = recapSheet.getCharts();
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      const bytes = Buffer.from(
        c
          .getAs('image/png')
          .getBytes()
          .map((b: number) => (b < 0 ? b + 256 : b)),
      );
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(bytes.length).toBeGreaterThan(2000);
    }
  });

  test('document: seed outline with heading styles, tables and chart images', () => {
    const doc = openDoc(em, result.docId);
    const body = doc.getBody();
    const headings: string[] = [];
    let tables = 0;
    for (let i = 0; i < body.getNumChildren(); i++) {
      const child = body.getChild(i);
      const type = String(child.getType());
      if (type === 'PARAGRAPH') {
        const h = String(child.asParagraph().getHeading());
        if (h.startsWith('HEADING')) headings.push(child.asParagraph().getText());
      }
      if (type === 'TABLE') tables++;
    }
    expect(headings[0]).toBe('KATA PENGANTAR');
    expect(headings).toContain('BAB I PENDAHULUAN');
    expect(headings).toContain('2.2.3. Persentase Pemohon Informasi');
    expect(headings).toContain('BAB IV REKOMENDASI DAN RENCANA TINDAK LANJUT');
    expect(tables).toBeGreaterThanOrEqual(6);
    expect(body.getImages().length).toBe(4);
    // All of one type is no "most" (issue #24): the sentence says "seluruh".
    expect(docText(em, result.docId)).toContain('Seluruh 2 pemohon melalui Instagram berasal dari perseorangan.');
    expect(docText(em, result.docId)).not.toMatch(/terbanyak berasal dari perseorangan, yaitu 2/);
    expect(file(em, result.docId).name).toBe(openDoc(em, result.docId).getName());
  });

  test('PDF and recap JSON saved beside the document in the report folder', () => {
    const doc = file(em, result.docId);
    const pdf = file(em, result.pdfId);
    const json = file(em, result.jsonId);
    expect(pdf.parents).toEqual(doc.parents);
    expect(json.parents).toEqual(doc.parents);
    expect(file(em, doc.parents[0]).name).toBe('Laporan PPID');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const recap = JSON.parse(json.bytes.toString('utf8'));
    expect(recap.period).toMatchObject({ year: 2021, quarter: 3, start: '2021-07-01', end: '2021-09-30' });
    expect(recap.totals.requests).toBe(3);
    expect(recap.totals.byChannel.Instagram).toBe(2);
    expect(recap.totals.byApplicantType.Perseorangan).toBe(3);
    expect(recap.requests.map((r: any) => r.number)).toEqual(['001/PPID/2021', '002/PPID/2021', '003/PPID/2021']);
  });

  test('shared with the valid central PPID addresses as viewers, never publicly; notice e-mailed', () => {
    expect(result.sharedWith).toEqual(['ppid.pusat@example.go.id', 'info@example.go.id']);
    expect(result.invalidEmails).toEqual(['salah@']);
    for (const id of [result.docId, result.pdfId, result.jsonId]) {
      const f = file(em, id);
      expect([...f.viewers].sort()).toEqual(['info@example.go.id', 'ppid.pusat@example.go.id']);
      expect(f.editors.size).toBe(0);
      expect(f.access).toBe('PRIVATE');
    }
    const mail = em.services.MailApp._sent;
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toContain('ppid.pusat@example.go.id');
    expect(mail[0].body).toContain(openDoc(em, result.docId).getUrl());
  });

  test('no personal data in the recap sheet, document, PDF, JSON or e-mail', () => {
    const outputs = [
      JSON.stringify(grid),
      docText(em, result.docId),
      pdfText(file(em, result.pdfId).bytes),
      file(em, result.jsonId).bytes.toString('utf8'),
      JSON.stringify(em.services.MailApp._sent),
    ];
    for (const out of outputs) for (const secret of PERSONAL) expect(out).not.toContain(secret);
  });

  test('the register is untouched', () => {
    expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(registerBefore);
  });

  test('calls are batched: a handful of reads, nothing per row', () => {
    const calls = em.calls().byMethod;
    expect(calls['Range.getValues'] ?? 0).toBeLessThanOrEqual(6);
    expect(calls['Range.getValue'] ?? 0).toBe(0);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
  });

  test('regenerating replaces the sheet, charts and files: nothing duplicated', () => {
    const visibleFiles = () => [...em.rt.files.values()].filter((f: any) => !f.trashed && !f.isFolder).length;
    const before = visibleFiles();
    const again = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
    expect(visibleFiles()).toBe(before);
    expect(file(em, result.docId).trashed).toBe(true);
    expect(em.spreadsheet.getSheets().filter((s: any) => s.getName().startsWith('Rekap TW III 2021'))).toHaveLength(1);
    const sheet = em.spreadsheet.getSheetByName(again.recapSheet);
    expect(sheet.getCharts()).toHaveLength(4);
    const grid2: unknown[][] = sheet.getDataRange().getValues();
    // Only the "made on" line may differ.
    expect(grid2.filter((_, i) => i !== 1)).toEqual(grid.filter((_, i) => i !== 1));
    expect(JSON.parse(file(em, again.jsonId).bytes.toString()).totals).toEqual(
      JSON.parse(file(em, result.jsonId).bytes.toString()).totals,
    );
  });
});

describe('annual report and edge cases', () => {
  test('annual report: four quarters side by side plus the year', () => {
    const em = seedEmulator();
    const result = em.call('generateReport', { period: '2021', asOf: '2022-01-10' });
    expect(result.recapSheet).toBe('Rekap Tahun 2021');
    const grid: unknown[][] = em.spreadsheet.getSheetByName(result.recapSheet).getDataRange().getValues();
    const head = grid.findIndex((r) => r[2] === 'TW I');
    expect(grid[head].slice(2, 7)).toEqual(['TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah']);
    expect(grid[head + 1].slice(1, 7)).toEqual(['Permohonan', 0, 0, 3, 0, 3]);
    const recap = JSON.parse(file(em, result.jsonId).bytes.toString());
    expect(recap.quarters).toHaveLength(4);
  });

  test('an empty period still makes a valid report that says zero', () => {
    const em = seedEmulator();
    const result = em.call('generateReport', { period: '2021-Q1', asOf: '2021-10-11' });
    expect(result.requests).toBe(0);
    expect(docText(em, result.docId)).toContain('tidak ada permohonan informasi');
  });

  test('no central PPID address: the report is made, sharing skipped, and the officer is told', () => {
    const em = seedEmulator({ 'E-mail PPID Pusat': '' });
    em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
    const r = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
    expect(r.sharedWith).toEqual([]);
    expect(em.services.MailApp._sent).toHaveLength(0);
  });

  test('the menu asks for the quarter, defaults to the last finished one, and shows the links', () => {
    const em = seedEmulator();
    em.services.ui._queueResponse({ button: 'OK', text: '' });
    em.call('menuQuarterlyReport');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('Laporan TW III 2021 selesai');
    expect(dialog.content).toContain('https://docs.google.com/');
  });

  test('without a register the officer gets a plain message, not a stack trace', () => {
    const em = addonEmulator();
    em.services.ui._queueResponse({ button: 'OK', text: '2025-Q1' });
    em.call('menuQuarterlyReport');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.prompt).toMatch(/Siapkan Register/);
    expect(dialog.prompt).not.toMatch(/at \w+ \(/);
  });
});
