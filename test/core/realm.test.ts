// The core runs bundled inside a vm context (gas-local, Apps Script V8): Dates and Arrays there
// come from another realm. Run the real bundle in a fresh context with values made in it.
import vm from 'node:vm';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REGISTER_COLUMNS } from '../../src/core/register';
import { row, wib } from './fixtures/registers';

test('the bundled core parses and recaps a register whose Dates and Arrays come from its own realm', () => {
  const out = esbuild.buildSync({
    stdin: {
      contents: "export * from './register'; export * from './calendar'; export * from './recap';",
      resolveDir: path.join(__dirname, '../../src/core'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Core',
    write: false,
    target: 'es2020',
    platform: 'neutral',
  });
  // Made in this (host) realm, as the emulator's getValues() makes them.
  const header = REGISTER_COLUMNS.map((c) => c.id);
  const hostValues = [
    header,
    row(
      {
        'Tanggal Permohonan': wib(2024, 4, 5),
        Saluran: 'Surat',
        'Kategori Pemohon': 'Badan Hukum',
        Status: 'Diproses',
      },
      header,
    ),
  ];
  const context = vm.createContext({ hostValues });
  vm.runInContext(out.outputFiles[0].text, context);
  const result = vm.runInContext(
    `
    const wib = (y, m, d) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
    const header = Core.REGISTER_COLUMNS.map((c) => c.id);
    const row = (f) => header.map((h) => (h in f ? f[h] : ''));
    const common = { 'Nama Pemohon': 'A', 'Informasi yang Diminta': 'x', 'Kategori Pemohon': 'Perseorangan', 'Status': 'Dipenuhi' };
    const values = [header,
      row({ ...common, 'Tanggal Permohonan': wib(2024, 4, 5), 'Saluran': 'Instagram', 'Tanggal Selesai': wib(2024, 4, 29) }),
      row({ ...common, 'Tanggal Permohonan': wib(2024, 4, 5), 'Saluran': 'Email', 'Tanggal Selesai': wib(2024, 4, 30) }),
    ];
    const parsed = Core.parseRegister(values, { lang: 'id' });
    const calendar = new Core.WorkCalendar(Core.holidayDays(Core.HOLIDAYS));
    const recap = Core.computeRecap(parsed, { period: Core.parsePeriod('2024-Q2'), asOf: Core.dayFromIso('2024-07-10'), calendar, lang: 'id' });
    const host = Core.parseRegister(hostValues, { lang: 'id' });
    JSON.stringify({ host: host.requests.map((r) => [Core.ymd(r.received), r.channel]), problems: parsed.problems, requests: recap.requests.map((r) => [r.received, r.due, r.slaStatus]), cell: Core.dayToDate(Core.dayFromIso('2024-04-29')) instanceof Date });
  `,
    context,
  );
  expect(JSON.parse(result)).toEqual({
    host: [['2024-04-05', 'Surat']],
    problems: [],
    requests: [
      ['2024-04-05', '2024-04-29', 'Tepat Waktu'],
      ['2024-04-05', '2024-04-29', 'Terlambat'],
    ],
    cell: true, // dayToDate makes a Date of the realm it runs in, fit for setValues there
  });
});
