// `npm run conformance [-- --locale en_US] [--quirk NAME …]`: the conformance suite's built
// Apps Script project (dist-conformance/Code.js) run in the emulator, one line per check with
// what it observed, and last one JSON line: {"checks":N,"passed":N,"failed":[names]}.
import fs from 'node:fs';
import path from 'node:path';
import { createEmulator, type Emulator } from '@ppid-sheets/emulator';
import type { ConformanceReport } from '../conformance/apps-script/types';
import { NO_ACCOUNT_ADDRESS } from '../conformance/apps-script/checks/services';
import { CliError, ROOT } from './runner';
import { type Args, one, many } from './lib/args';

export const DIST_CONFORMANCE = path.join(ROOT, 'dist-conformance');

/** The emulator's world as the suite expects it (Google's is what it is). */
export function prepareWorld(em: Emulator): void {
  // A reserved domain (RFC 2606): Drive can reach such an address only by its notice e-mail.
  em.services.Drive.Permissions._noGoogleAccount.add(NO_ACCOUNT_ADDRESS);
}

/** Runs the built suite in an emulator (loading it first) and returns its report. */
export function runSuiteInEmulator(em: Emulator): ConformanceReport {
  if (!fs.existsSync(path.join(DIST_CONFORMANCE, 'Code.js')))
    throw new CliError('dist-conformance/Code.js is missing: run npm run build:conformance first');
  em.load(DIST_CONFORMANCE);
  prepareWorld(em);
  return em.call('runConformance', { world: 'emulator' }) as ConformanceReport;
}

export async function conformanceCommand(args: Args): Promise<number> {
  const locale = one(args, 'locale') ?? 'id_ID';
  if (!['id_ID', 'en_US'].includes(locale)) throw new CliError(`unknown locale "${locale}": use id_ID or en_US`);
  let em: Emulator;
  try {
    em = createEmulator({
      locale,
      userLocale: locale.startsWith('en') ? 'en' : 'id',
      quirks: many(args, 'quirk'),
      spreadsheetName: 'PPID conformance',
    });
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const report = runSuiteInEmulator(em);
  const quirks = [...em.rt.quirks];
  process.stdout.write(
    `conformance suite in the emulator: locale ${report.locale}, zone ${report.timeZone}${quirks.length ? `, switches ${quirks.join(', ')}` : ''}\n`,
  );
  for (const c of report.checks) {
    const seen = JSON.stringify(c.observed);
    process.stdout.write(
      `${c.pass ? 'pass' : 'FAIL'}  ${c.name}: ${seen.length > 160 ? `${seen.slice(0, 157)}...` : seen}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(report.summary)}\n`);
  return report.summary.failed.length ? 1 : 0;
}
