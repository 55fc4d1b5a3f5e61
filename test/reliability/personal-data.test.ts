// Issue 8.3: one check over every output of a report run. The register is full of distinctive
// personal strings (names, addresses, contacts, request text); none of them, nor any recognisable
// piece of them, may appear in what leaves the register: recap sheets, documents, PDFs, recap JSON,
// e-mails (the daily reminder's too), dialogs, Drive file names, the Periksa Data sheet and the
// offline runner's files (digest.txt and digest.html too).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { generateRegister, header, toCsv } from '../../scripts/lib/generate-register';
import { runReport } from '../../scripts/runner';
import { runDigest } from '../../scripts/digest';
import { pdfText } from '@ppid-sheets/emulator';
import { file, openDoc } from '../support/harness';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const HEAD = header();
const col = (h: string) => HEAD.indexOf(h);

/**
 * Personal values that no figure or label could contain by chance: each carries a marker
 * (QXNAMA, QXALAMAT, QXKONTAK, QXMINTA) so even a truncated copy is caught.
 */
function personalValues(i: number): Record<string, string> {
  const n = String(i).padStart(3, '0');
  return {
    'Nama Pemohon': `Ratna QXNAMA${n} Wulandari`,
    Alamat: `Jl. Kenanga QXALAMAT${n} RT 04/RW 07, Cimahi`,
    Kontak: i % 2 ? `qxkontak${n}@pemohon.example` : `+62 813 QXKONTAK ${n}`,
    'Informasi yang Diminta': `Salinan QXMINTA${n} berkas pribadi anak saya`,
  };
}
const MARKERS = /QXNAMA|QXALAMAT|QXKONTAK|QXMINTA|Ratna|Wulandari|Kenanga|pemohon\.example|berkas pribadi/i;

/** Text of every part of a docx that Word shows: body, headers, footers, notes. */
async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter(
    (n) =>
      /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(n) || n === 'docProps/core.xml',
  );
  expect(parts).toContain('word/document.xml');
  const xml = await Promise.all(parts.map((n) => zip.file(n).async('string')));
  // Runs are split by tags; joining the text keeps a name split across runs whole.
  return xml.map((x: string) => x.replace(/<[^>]+>/g, '')).join('\n');
}

async function xlsxSheetsText(buffer: Buffer, skip: string[]): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (skip.includes(ws.name)) return;
    const cells: string[] = [];
    ws.eachRow((r) =>
      r.eachCell((c) =>
        cells.push(typeof c.value === 'object' && c.value !== null ? JSON.stringify(c.value) : String(c.value)),
      ),
    );
    out[ws.name] = cells.join('\n');
  });
  return out;
}

describe('personal data never leaves the register', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-personal-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no name, address, contact or request text in any output of the quarterly and annual reports', async () => {
    const rows = generateRegister({
      rows: 90,
      seed: 83,
      from: '2025-01-02',
      to: '2025-06-30',
      badRate: 0.15,
      datesAsText: true,
    });
    rows.forEach((r, i) => {
      for (const [h, v] of Object.entries(personalValues(i))) r[col(h)] = v;
    });
    const input = path.join(dir, 'register.csv');
    fs.writeFileSync(input, toCsv(HEAD, rows));
    const out = path.join(dir, 'out');
    const run = await runReport({
      input,
      period: '2025-Q2',
      asOf: '2025-07-10',
      out,
      pdf: false,
      settings: { 'E-mail PPID Pusat': 'ppid.pusat@example.go.id', 'Kirim E-mail Pemberitahuan': 'Ya' },
    });
    const em = run.emulator;
    const quarterly = run.result;
    // The annual report through the menu, so its dialog is checked too.
    em.services.ui._queueResponse({ button: 'OK', text: '2025' });
    em.call('menuAnnualReport');
    const ids = JSON.parse(em.services.PropertiesService.getDocumentProperties().getProperty('ppid.report.2025'));
    const annual = { docId: ids.doc, pdfId: ids.pdf, jsonId: ids.json };
    const check = em.call('checkRegister');
    // The daily reminder: on, and its trigger fires the next morning.
    em.call('setDailyReminder', true);
    em.runClock('2025-07-11T05:00:00Z');
    const reminderDialog = em.call('getReminderStatus');
    const digestOut = path.join(dir, 'digest');
    await runDigest({ input, asOf: '2025-07-11', out: digestOut });

    // The register really holds the strings, and the run really had problems to list.
    const register: unknown[][] = em.spreadsheet.getSheetByName('Register').getDataRange().getValues();
    expect(register.flat().filter((v) => typeof v === 'string' && MARKERS.test(v)).length).toBe(rows.length * 4);
    expect(check.problems).toBeGreaterThan(5);

    const outputs: Record<string, string> = {};
    for (const sheet of em.spreadsheet.getSheets()) {
      if (sheet.getName() === 'Register') continue;
      outputs[`sheet ${sheet.getName()}`] = JSON.stringify(sheet.getDataRange().getValues());
      if (sheet.getCharts().length)
        outputs[`charts of ${sheet.getName()}`] = JSON.stringify(
          sheet.getCharts().map((c: any) => c.getOptions().get('title')),
        );
    }
    for (const [label, res] of [
      ['quarterly', quarterly],
      ['annual', annual],
    ] as const) {
      outputs[`${label} result`] = JSON.stringify(res);
      const doc = openDoc(em, res.docId);
      outputs[`${label} document`] = [
        doc.getName(),
        doc.getBody().getText(),
        doc.getHeader()?.getText() ?? '',
        doc.getFooter()?.getText() ?? '',
      ].join('\n');
      outputs[`${label} PDF`] = pdfText(file(em, res.pdfId).bytes);
      outputs[`${label} JSON`] = file(em, res.jsonId).bytes.toString('utf8');
    }
    outputs['e-mails'] = JSON.stringify(em.services.MailApp._sent);
    outputs.dialogs = JSON.stringify(em.services.ui._dialogs);
    outputs['reminder dialog'] = JSON.stringify(reminderDialog);
    outputs['runner digest.txt'] = fs.readFileSync(path.join(digestOut, 'digest.txt'), 'utf8');
    outputs['runner digest.html'] = fs.readFileSync(path.join(digestOut, 'digest.html'), 'utf8');
    outputs['Drive names'] = [...em.rt.files.values()].map((f: any) => f.name).join('\n');
    // The offline runner's files.
    outputs['runner recap.json'] = fs.readFileSync(path.join(out, 'recap.json'), 'utf8');
    outputs['runner report.pdf'] = pdfText(fs.readFileSync(path.join(out, 'report.pdf')));
    outputs['runner report.docx'] = await docxText(fs.readFileSync(path.join(out, 'report.docx')));
    const xlsx = await xlsxSheetsText(fs.readFileSync(path.join(out, 'spreadsheet.xlsx')), ['Register']);
    for (const [name, text] of Object.entries(xlsx)) outputs[`runner spreadsheet.xlsx ${name}`] = text;

    // Every output kind is really there and says something.
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining([
        'sheet Rekap TW II 2025',
        'sheet Rekap Tahun 2025',
        'sheet Periksa Data',
        'quarterly document',
        'quarterly PDF',
        'annual JSON',
        'e-mails',
        'runner report.docx',
        'runner spreadsheet.xlsx Rekap TW II 2025',
      ]),
    );
    expect(em.services.MailApp._sent.length).toBe(3);
    const digest = em.services.MailApp._sent.find((m: any) =>
      m.subject.startsWith('Pengingat tenggat PPID 11/07/2025'),
    );
    expect(digest.body.split('\n').filter((l: string) => l.startsWith('- ')).length).toBeGreaterThan(3);
    // The same lines offline (only the emulated spreadsheet's id in the links differs).
    const noIds = (t: string) => t.replace(/spreadsheets\/d\/[^/]+\//g, 'spreadsheets/d/ID/');
    expect(noIds(outputs['runner digest.txt'])).toContain(noIds(digest.body));
    expect(em.services.ui._dialogs.at(-1).content).toContain('https://docs.google.com/');
    for (const [name, text] of Object.entries(outputs))
      expect({ name, empty: text.length < 20 }).toEqual({ name, empty: false });
    expect(outputs['quarterly document']).toContain('BAB II');
    expect(outputs['sheet Periksa Data']).toContain('Telegram');

    const leaks: string[] = [];
    const secrets = rows.flatMap((_, i) => Object.values(personalValues(i)));
    for (const [name, text] of Object.entries(outputs)) {
      const m = MARKERS.exec(text);
      if (m) leaks.push(`${name}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      for (const s of secrets) if (text.includes(s)) leaks.push(`${name}: ${s}`);
    }
    expect(leaks).toEqual([]);
  }, 180000); // Two reports, the digest and every output file: past 60 s when the 2-core machine is shared.
});
