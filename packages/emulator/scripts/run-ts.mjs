#!/usr/bin/env node
// Runs one TypeScript script of the emulator package (Node 20 runs no TypeScript): esbuild bundles
// it in memory, npm packages left external, and it runs as a CommonJS module at its own path, so
// __dirname, require() and `require.main === module` behave as for a plain script.
//   node packages/emulator/scripts/run-ts.mjs packages/emulator/scripts/coverage.ts [args…]
import { createRequire, Module } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node run-ts.mjs SCRIPT.ts [args…]\n');
  process.exit(2);
}
const file = path.resolve(entry);
const out = esbuild.buildSync({
  entryPoints: [file],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  write: false,
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], file, ...args];
const mod = new Module(file, null);
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
require.main = mod;
process.mainModule = mod;
mod._compile(out.outputFiles[0].text, file);
