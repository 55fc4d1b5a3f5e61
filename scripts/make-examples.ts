// Regenerates examples/contoh-tahun-2025.csv (seeded, so the file only changes when this does).
// Run from the repository root: npx esbuild scripts/make-examples.ts --bundle --platform=node | node
import fs from 'node:fs';
import path from 'node:path';
import { generateRegister, header, toCsv } from './lib/generate-register';

// Open requests only among those received in the last days of the year, as in a unit's register
// looked at in January; earlier ones are answered (a few never were: Tidak Dijawab).
const rows = generateRegister({
  rows: 320,
  seed: 2025,
  from: '2025-01-02',
  to: '2025-12-23',
  badRate: 0.03,
  datesAsText: true,
  settledBefore: '2025-12-15',
});
const file = path.resolve(process.cwd(), 'examples/contoh-tahun-2025.csv');
fs.writeFileSync(file, toCsv(header(), rows));
process.stderr.write(`wrote ${file} (${rows.length} rows)\n`);
