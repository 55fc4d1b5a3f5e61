#!/usr/bin/env node
// Entry for `npm run demo|report|bench`: the tools are bundled to build/cli.cjs by `npm run build`.
require('../build/cli.cjs')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`error: ${err?.message ? err.message : err}\n`);
      process.exitCode = 1;
    },
  );
