// `--state DIR` and `--user EMAIL` (issue #26 item 5): an office's emulated Google kept between
// runs, so that "A sets up, B reports, A leaves, B takes over the reminder" can be played one
// command at a time. The emulated Google is packages/emulator/state.ts; this file says how the
// commands open it, as whom, and what the state remembers of its register file.
//
// The rules, as Google has them:
// - The first run of a state imports --input into a spreadsheet the signed-in account owns (the
//   first --user is the owner, as the person who uploads a file to Drive owns it).
// - Another account reaches nothing until it is shared with: the owner (or an editor) adds it
//   (`office --add-user`, Drive's Share dialog). An account named by --user for the first time is
//   created with no access, so a run as it is refused as Google would refuse it.
// - Later runs use the state's spreadsheet as it is; --input, when given, must name the same file.
// - The clock never goes back: a run whose --as-of is later moves it there, firing on the way
//   every time-driven trigger that falls due (the daily reminder runs as its owner, fails when
//   the owner's account is gone), as the days between two officers' sessions would.
import fs from 'node:fs';
import path from 'node:path';
import { type Emulator, Emulator as EmulatorClass, hasState } from '@ppid-sheets/emulator';
import { CliError } from './cli-error';

/** Who runs when --user is left out of the first run of a state. */
export const DEFAULT_USER = 'petugas@example.go.id';
const OFFICE_FILE = 'office.json';

/** What the state keeps beside the emulated Google: the register file it was made from. */
interface OfficeFile {
  input: string;
  owner: string;
}

export interface OfficeOptions {
  /** --state DIR; absent: the command runs as it always did, on a fresh emulator. */
  state?: string;
  /** --user EMAIL. */
  user?: string;
  /** --input FILE: imported on the first run, checked on the later ones. */
  input?: string;
  locale: string;
  /** The run's day: the clock moves to 09:00 WIB of it when that is later than the state's clock. */
  asOf: string;
  quirks: string[];
  say: (line: string) => void;
  /** Loads a register file into a fresh emulator (the runner's loadInput). */
  load: (
    file: string,
    locale: string,
    asOf: string,
    quirks: string[],
    say: (line: string) => void,
    user?: string,
  ) => Promise<Emulator>;
  /** The built bundle's folder. */
  dist: string;
}

export interface Office {
  em: Emulator;
  /** The register was just imported (or there is no state): the command sets it up as before. */
  fresh: boolean;
  user: string;
  /** Writes the emulated Google back to --state (nothing without one). */
  save(): Promise<void>;
  /** The --state folder, or null. */
  dir: string | null;
}

function readOffice(dir: string): OfficeFile | null {
  const file = path.join(dir, OFFICE_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as OfficeFile) : null;
}

/** Opens the emulated Google a command runs in: a fresh one from --input, or the state's. */
export async function openOffice(o: OfficeOptions): Promise<Office> {
  if (!o.state) {
    if (!o.input) throw new CliError('missing --input FILE (.csv or .xlsx register)');
    const em = await o.load(o.input, o.locale, o.asOf, o.quirks, o.say);
    em.load(o.dist);
    return { em, fresh: true, user: em.rt.userEmail, save: async () => undefined, dir: null };
  }
  const dir = path.resolve(o.state);
  if (!hasState(dir)) {
    if (!o.input)
      throw new CliError(
        `--state ${o.state} holds no office yet: give --input FILE the first time (the register imported into its spreadsheet)`,
      );
    if (fs.existsSync(dir) && fs.readdirSync(dir).length)
      throw new CliError(`--state ${o.state} is a folder with other files in it: give an empty or new folder`);
    const user = o.user ?? DEFAULT_USER;
    o.say(`      new office in ${o.state}: ${path.basename(o.input)} imported into a spreadsheet owned by ${user}`);
    const em = await o.load(o.input, o.locale, o.asOf, o.quirks, o.say, user);
    em.load(o.dist);
    const office: OfficeFile = { input: path.resolve(o.input), owner: user };
    return {
      em,
      fresh: true,
      user,
      dir,
      save: async () => {
        fs.mkdirSync(dir, { recursive: true });
        await em.save(dir);
        fs.writeFileSync(path.join(dir, OFFICE_FILE), `${JSON.stringify(office, null, 1)}\n`);
      },
    };
  }
  const office = readOffice(dir);
  if (!office) throw new CliError(`--state ${o.state} was not made by these commands (no ${OFFICE_FILE})`);
  if (o.input && path.resolve(o.input) !== office.input)
    throw new CliError(
      `--state ${o.state} holds the register imported from ${office.input}; --input ${o.input} names another file. Leave --input out to work on the office's spreadsheet as it is, or give another --state`,
    );
  const user = o.user ?? office.owner;
  const em = await EmulatorClass.restore(dir, { userEmail: user, quirks: o.quirks });
  if (!em.rt.accounts.has(user)) {
    // A Google account the office has not met: it exists, and it reaches nothing until shared with.
    em.rt.addAccount({ email: user });
    o.say(`      ${user} is new to this office: nothing is shared with it yet (office --add-user, as an editor does)`);
  }
  if (em.rt.account(user).deleted)
    throw new CliError(`${user} left this office (office --remove-user): that account can no longer sign in`);
  em.load(o.dist);
  moveClock(em, o.asOf, o.say);
  return {
    em,
    fresh: false,
    user,
    dir,
    save: async () => {
      await em.save(dir);
    },
  };
}

/** The run's moment on its day: 09:00 in Jakarta, a morning at the office. */
export function morningOf(asOf: string): Date {
  return new Date(`${asOf}T02:00:00Z`);
}

function moveClock(em: Emulator, asOf: string, say: (line: string) => void): void {
  const to = morningOf(asOf);
  const from = em.rt.now();
  if (to.getTime() <= from.getTime()) return;
  const runs = em.runClock(to);
  if (!runs.length) return;
  const failed = runs.filter((r) => r.error);
  say(
    `      the clock ran from ${from.toISOString().slice(0, 10)} to ${asOf}: ${runs.length} trigger run${runs.length === 1 ? '' : 's'}${failed.length ? `, ${failed.length} failed (${failed[0].owner}: ${String(failed[0].error).split('\n')[0]})` : ''}`,
  );
}

/**
 * The officer picking the unit's report folder in the Google Picker (the "Pilih Folder Unit"
 * dialog), as the add-on asks them to once when their account has no drive.file grant for a
 * colleague's folder (err.folderOfColleague). The Picker offers only what is shared with them: a folder that is not is refused with the
 * add-on's own sentence (whom to ask). Returns the folder's name.
 */
export function pickUnitFolder(em: Emulator, user: string, refusal: string): string {
  const raw = em.rt.uncounted(() => em.services.PropertiesService.getDocumentProperties().getProperty('ppid.folder')) as
    | string
    | null;
  const id = raw ? (JSON.parse(raw) as string[])[0] : null;
  const rec = id ? em.rt.files.get(id) : undefined;
  if (!id || !rec) throw new CliError(refusal);
  try {
    em.rt.grantToApp(id, user);
  } catch (_) {
    throw new CliError(`${refusal} (the Picker does not offer the folder to ${user}: it is not shared with them)`);
  }
  // What the "Pilih Folder Unit" dialog does with the pick: the add-on checks it and logs it.
  em.callAs(user, 'confirmUnitFolder', { id, name: rec.name });
  return rec.name;
}

/** Whether a refusal is the add-on asking the officer to pick a colleague's folder once. */
export function asksForFolder(err: unknown): boolean {
  return (err as { key?: string } | null)?.key === 'err.folderOfColleague';
}
