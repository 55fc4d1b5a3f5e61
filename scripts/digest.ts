// `npm run digest -- --input FILE --as-of D [--out DIR] [--quirk NAME …]`: what the daily reminder e-mail would say
// on day D, made by the add-on's own bundle the way it happens in Sheets. The register is loaded
// into the emulator, an officer turns "Pengingat Harian" on just after midnight, and the emulator's
// clock runs through the day so the time-driven trigger fires and sends (into the emulator's
// outbox). The e-mail is written as digest.txt (subject, recipients, plain text) and digest.html
// (its HTML part in a page). On a weekend, a holiday or a day with nothing to remind of, no e-mail
// is sent: then no file is written (stale ones are removed) and a note says why.
import fs from 'node:fs';
import path from 'node:path';
import {
  CliError,
  DIST,
  checkAsOf,
  requireBundle,
  checkedQuirks,
  applySettings,
  loadInput,
  setUpRegister,
  applyDip,
} from './runner';
import { type Args, one, many } from './lib/args';
import { replacing } from './lib/out-dir';
import type { DipFile } from './lib/dip-file';
import { dipSidecar } from './lib/sidecar';

export interface DigestOptions {
  input: string;
  asOf: string;
  out: string;
  settings?: Record<string, unknown>;
  /** FILE.dip.json beside the register: the digest lists DIK exemptions ending or ended. */
  dip?: DipFile;
  progress?: (line: string) => void;
  /** Emulator switches, as for the report (emulator/runtime.ts QUIRKS), e.g. clock-without-document. */
  quirks?: string[];
}

export interface DigestRun {
  /** The files written (none when nothing was sent). */
  files: { txt?: string; html?: string };
  /** One line for the officer: what was made, or why nothing was. */
  note: string;
  mail: { to: string[]; subject: string; body: string; htmlBody: string | null } | null;
}

const NOTES: Record<string, string> = {
  weekend: "is a weekend: no reminder is sent; the next working day's covers it",
  holiday: "is a holiday in the Hari Libur sheet: no reminder is sent; the next working day's covers it",
  empty: 'has nothing to remind of (no request overdue, due or near due, no objection near its limit): no e-mail',
};

function pageOf(subject: string, html: string): string {
  const title = subject.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
  return `<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${html}</body>\n</html>\n`;
}

export async function runDigest(o: DigestOptions): Promise<DigestRun> {
  const say = o.progress ?? (() => undefined);
  checkAsOf(o.asOf);
  requireBundle();
  const quirks = checkedQuirks(o.quirks);

  say(`[1/3] reading ${o.input}`);
  const em = await loadInput(o.input, 'id_ID', o.asOf, quirks, say);
  if (quirks.length) say(`      emulator switches: ${quirks.join(', ')}`);
  em.load(DIST);
  try {
    // As for the report: a register kept under other headers is adopted where it is.
    setUpRegister(em, o.input);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`could not set up the register: ${(err as Error).message}`);
  }
  if (o.settings) applySettings(em, o.settings);
  // The register's FILE.dip.json unless given: the notice of exemptions ending needs the lists.
  const dip = o.dip ?? dipSidecar(o.input);
  if (dip) applyDip(em, dip);

  say(`[2/3] turning Pengingat Harian on and running the clock through ${o.asOf}`);
  const zone = em.spreadsheet.getSpreadsheetTimeZone();
  const offset = zoneOffset(em, zone, o.asOf);
  const midnight = Date.parse(`${o.asOf}T00:00:00Z`) - offset * 60000;
  // Turned on a minute before the day starts, so a trigger at any hour (00 included) fires on it.
  em.rt.setNow(new Date(midnight - 60000));
  const on = em.call('setDailyReminder', true);
  if (!on.ok) throw new CliError(`could not turn the reminder on: ${on.message}`);
  const runs = em.runClock(new Date(midnight + 24 * 3600000 - 1000));
  const failed = runs.find((r) => r.error);
  if (failed) throw new CliError(`the reminder's trigger failed: ${failed.error}`);

  const props = em.services.PropertiesService.getDocumentProperties();
  const last = JSON.parse(props.getProperty('ppid.reminder.lastRun') || 'null');
  const sent = em.services.MailApp._sent as Array<{
    to: string[];
    subject: string;
    body: string;
    htmlBody: string | null;
  }>;

  say(`[3/3] writing ${o.out}`);
  const before = replacing(o.out, ['digest.txt', 'digest.html']);
  if (before.line) say(before.line);
  fs.mkdirSync(o.out, { recursive: true });
  const txt = path.join(o.out, 'digest.txt');
  const html = path.join(o.out, 'digest.html');
  for (const f of [txt, html]) fs.rmSync(f, { force: true });
  if (!sent.length) {
    if (last && last.outcome === 'failed') throw new CliError(`no digest: ${last.reason}`);
    // No record of the run (a trigger without its document cannot write one): the reminder's own
    // logged reason, else a plain "sent nothing".
    const logged = (em.logs as Array<{ level: string; message: string }>)
      .filter((l) => l.level === 'error' && l.message.startsWith('PPID Sheets daily reminder: '))
      .at(-1);
    const why =
      last && NOTES[last.outcome]
        ? NOTES[last.outcome]
        : logged
          ? `sent nothing: ${logged.message.slice('PPID Sheets daily reminder: '.length)}`
          : 'sent nothing';
    return { files: {}, note: `${o.asOf} ${why}`, mail: null };
  }
  const mail = sent[0];
  fs.writeFileSync(txt, `Subject: ${mail.subject}\nTo: ${mail.to.join(', ')}\n\n${mail.body}`);
  fs.writeFileSync(html, pageOf(mail.subject, mail.htmlBody ?? ''));
  const lines = mail.body.split('\n').filter((l) => l.startsWith('- ')).length;
  return {
    files: { txt, html },
    note: `${o.asOf}: ${lines} line${lines === 1 ? '' : 's'}, to ${mail.to.join(', ')}`,
    mail,
  };
}

/** The zone's UTC offset in minutes on a day, through the emulator's own Utilities. */
function zoneOffset(
  em: { services: { Utilities: { formatDate(d: Date, tz: string, f: string): string } } },
  zone: string,
  ymd: string,
): number {
  const z = em.services.Utilities.formatDate(new Date(`${ymd}T12:00:00Z`), zone, 'Z');
  const mm = /^([+-])(\d\d)(\d\d)$/.exec(z);
  return mm ? (mm[1] === '-' ? -1 : 1) * (Number(mm[2]) * 60 + Number(mm[3])) : 420;
}

/** The CLI command. */
export async function digestCommand(
  args: Args,
  sidecar: (input: string) => Record<string, unknown> | undefined,
): Promise<number> {
  const input = one(args, 'input');
  const asOf = one(args, 'as-of');
  if (!input) throw new CliError('missing --input FILE (.csv or .xlsx register)');
  if (!asOf) throw new CliError('missing --as-of YYYY-MM-DD (the day of the digest)');
  const out = path.resolve(one(args, 'out') ?? 'out');
  const r = await runDigest({
    input: path.resolve(input),
    asOf,
    out,
    settings: sidecar(path.resolve(input)),
    quirks: many(args, 'quirk'),
    progress: (l) => process.stderr.write(`${l}\n`),
  });
  if (r.mail) {
    process.stdout.write(
      `digest for ${r.note}\nfiles: ${path.relative(process.cwd(), r.files.txt!) || r.files.txt} ${path.relative(process.cwd(), r.files.html!) || r.files.html}\n`,
    );
  } else {
    process.stdout.write(`note: ${r.note}; no file written\n`);
  }
  return 0;
}
