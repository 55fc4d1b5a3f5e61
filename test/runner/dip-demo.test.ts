// The demo's DIP (issue #27): examples/seed-tw3-2021.dip.json goes into the sheets setup made, the
// quarterly report's 2.3 lists the quarter's entries and recap.json counts them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport, CliError } from '../../scripts/runner';
import { dipSidecar } from '../../scripts/lib/sidecar';
import { sidecarSettings } from '../../scripts/lib/sidecar';
import { openDoc } from '../support/harness';

const SEED = path.resolve(__dirname, '../../examples/seed-tw3-2021.csv');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dip-demo-'));

describe('the seed unit with its DIP', () => {
  test('recap.json carries dip counts; the document lists the Final entries of the quarter and leaves the draft out', async () => {
    const out = tmp();
    const dip = dipSidecar(SEED)!;
    const lines: string[] = [];
    const r = await runReport({
      input: SEED,
      period: '2021-Q3',
      asOf: '2021-10-11',
      out,
      pdf: false,
      settings: sidecarSettings(SEED),
      dip,
      progress: (l) => lines.push(l),
    });
    const recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    const entries = dip['Daftar Informasi Publik'];
    const finalIn = (cls: string) =>
      entries.filter(
        (e) =>
          e.Keadaan === 'Final' &&
          e['Klasifikasi Informasi'] === cls &&
          String(e['Tanggal Pemutakhiran']) >= '2021-07-01',
      ).length;
    expect(recap.dip.updatedByClass).toEqual({
      Berkala: finalIn('Berkala'),
      'Serta Merta': finalIn('Serta Merta'),
      'Setiap Saat': finalIn('Setiap Saat'),
    });
    expect(recap.dip.byClass['Setiap Saat']).toBe(finalIn('Setiap Saat') + 1);
    expect(recap.dip.exempted).toBe(2);
    // recap.json carries no entry's text.
    const json = JSON.stringify(recap);
    for (const e of entries) expect(json).not.toContain(String(e['Ringkasan Isi Informasi']));
    expect(lines.join('\n')).toContain('Daftar Informasi Publik: 8 entries');
    const body: string = openDoc(r.emulator, r.result.docId).getBody().getText();
    // The heading's last occurrence: the first is the table of contents.
    const start = body.lastIndexOf('2.3. Rekapitulasi');
    const section = body.slice(start, body.indexOf('2.4.', start));
    for (const e of entries) {
      const shown = section.includes(String(e['Ringkasan Isi Informasi']));
      const expected = e.Keadaan === 'Final' && String(e['Tanggal Pemutakhiran']) >= '2021-07-01';
      expect({ entry: e.Nomor, shown }).toEqual({ entry: e.Nomor, shown: expected });
    }
    expect(section).toContain('https://unit.example.go.id/ppid/poster-covid-19');
    // The person responsible stays in the sheet.
    expect(body).not.toContain('Kepala Bidang Penyelenggaraan Pelatihan');
  }, 60000);

  test('a dip.json naming a column the sheet lacks is refused in one line', async () => {
    const dir = tmp();
    const input = path.join(dir, 'reg.csv');
    fs.copyFileSync(SEED, input);
    await expect(
      runReport({
        input,
        period: '2021-Q3',
        asOf: '2021-10-11',
        out: dir,
        pdf: false,
        dip: { 'Daftar Informasi Publik': [{ Judul: 'x' }] },
      }),
    ).rejects.toThrow(CliError);
  }, 60000);
});
