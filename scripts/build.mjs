// Builds the add-on bundle (dist/) and the offline tools (build/).
//
// Apps Script only sees top-level `function` declarations, so we bundle src/main.ts as an IIFE
// under one global name and append a plain function per export that forwards to it. The export
// names come from a first ESM pass (esbuild's metafile), so main.ts stays the single list.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConformance } from './build-conformance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const GLOBAL = 'PPIDSheets';

export async function buildAddon() {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const entry = path.join(root, 'src/main.ts');

  const probe = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: path.join(root, 'build/probe'),
    target: 'es2020',
    logLevel: 'silent',
  });
  const output = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  const names = output.exports.filter((n) => n !== 'default').sort();

  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    loader: { '.html': 'text' },
  });
  const body = result.outputFiles[0].text.replace(/^var /, 'var ');
  const stubs = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
  fs.writeFileSync(path.join(dist, 'Code.js'), `${body}\n${stubs}\n`);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const uiDir = path.join(root, 'src/ui');
  for (const f of fs.existsSync(uiDir) ? fs.readdirSync(uiDir) : []) {
    if (f.endsWith('.html')) fs.copyFileSync(path.join(uiDir, f), path.join(dist, f));
  }
  return names;
}

/**
 * npm packages stay external (required from node_modules at run time), except this repository's
 * own workspace packages (packages/*), which are TypeScript source and are bundled in.
 */
const dependenciesExternal = {
  name: 'dependencies-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ppid-sheets/') ? undefined : { external: true },
    );
  },
};

export async function buildTools() {
  const entry = path.join(root, 'scripts/cli.ts');
  if (!fs.existsSync(entry)) return;
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(root, 'build/cli.cjs'),
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [dependenciesExternal],
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const names = await buildAddon();
  await buildTools();
  // The conformance suite's Apps Script project too: its tests load it, as the runner does.
  await buildConformance();
  process.stderr.write(`build: dist/Code.js with ${names.length} globals; build/cli.cjs; dist-conformance/Code.js\n`);
}
