// Builds the conformance suite (conformance/) as a standalone Apps Script project in
// dist-conformance/: Code.js with one global, runConformance(), and its own appsscript.json.
// The same file is what `npm run conformance` loads into the emulator.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_CONFORMANCE = path.join(root, 'dist-conformance');
const GLOBAL = 'PPIDConformance';

export async function buildConformance() {
  fs.rmSync(DIST_CONFORMANCE, { recursive: true, force: true });
  fs.mkdirSync(DIST_CONFORMANCE, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'conformance/apps-script/entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
  });
  // Apps Script sees top-level functions only: one forwarding stub for the one entry point.
  const stub = `function runConformance() { return ${GLOBAL}.runConformance.apply(this, arguments); }`;
  fs.writeFileSync(path.join(DIST_CONFORMANCE, 'Code.js'), `${result.outputFiles[0].text}\n${stub}\n`);
  fs.copyFileSync(path.join(root, 'conformance/appsscript.json'), path.join(DIST_CONFORMANCE, 'appsscript.json'));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  await buildConformance();
  process.stderr.write('build: dist-conformance/Code.js (runConformance) + appsscript.json\n');
}
