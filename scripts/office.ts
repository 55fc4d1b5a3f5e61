// `npm run office -- --state DIR …`: what an office does that is not a report or a letter, on its
// emulated Google kept in DIR (lib/office-state.ts): set the register up, share it with a
// colleague, switch the daily reminder on or off (a colleague's "on" is the takeover), and an
// account leaving. Exactly one of --setup, --add-user, --remove-user, --reminder per run; each
// ends with one line saying how the office stands.
import path from 'node:path';
import {
  CliError,
  applySettings,
  checkAsOf,
  checkedQuirks,
  officerMessage,
  openOffice,
  requireBundle,
  setUpRegister,
} from './runner';
import { type Args, has, many, one } from './lib/args';
import { sidecarSettings } from './lib/sidecar';
import type { Office } from './lib/office-state';
import type { Emulator } from '@ppid-sheets/emulator';

const ACTIONS = ['setup', 'add-user', 'remove-user', 'reminder'] as const;

function today(): string {
  return new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The register's spreadsheet as Drive has it: owner and editors. */
function sheetRecord(em: Emulator) {
  return em.rt.files.get(em.spreadsheet.getId())!;
}

/** One line: who owns the register, who edits it, who left, who owns the daily reminder. */
export function officeLine(em: Emulator): string {
  const rec = sheetRecord(em);
  const gone = em.rt.accounts
    .all()
    .filter((a) => a.deleted)
    .map((a) => a.email);
  const raw = em.rt.uncounted(() =>
    em.services.PropertiesService.getDocumentProperties().getProperty('ppid.trigger.dailyReminder'),
  ) as string | null;
  const reminder = raw ? (JSON.parse(raw) as { owner?: { email?: string } }) : null;
  return [
    `office: register owned by ${rec.owner}`,
    `editors: ${[...rec.editors].filter((e) => !same(e, rec.owner)).join(', ') || '(none)'}`,
    ...(rec.viewers.size ? [`viewers: ${[...rec.viewers].join(', ')}`] : []),
    ...(gone.length ? [`left: ${gone.join(', ')}`] : []),
    `daily reminder: ${reminder?.owner?.email ? `on, runs as ${reminder.owner.email}` : 'off'}`,
  ].join('; ');
}

/** Whether the account may share the register (Drive: its owner and its editors may share). */
function canShare(em: Emulator, user: string): boolean {
  const rec = sheetRecord(em);
  return same(rec.owner, user) || [...rec.editors].some((e) => same(e, user));
}

function addUser(o: Office, email: string, role: string): string {
  const { em, user } = o;
  if (!['editor', 'viewer'].includes(role)) throw new CliError(`unknown --role "${role}": use editor or viewer`);
  if (!canShare(em, user)) throw new CliError(`${user} cannot share the register: only its owner and editors can`);
  if (em.rt.accounts.has(email) && em.rt.account(email).deleted)
    throw new CliError(`${email} left this office; that account no longer exists`);
  if (same(sheetRecord(em).owner, email)) throw new CliError(`${email} owns the register already`);
  if (!em.rt.accounts.has(email)) em.rt.addAccount({ email });
  // As Drive's Share dialog: the register shared with the colleague, as an editor unless said.
  em.share(em.spreadsheet.getId(), email, role as 'editor' | 'viewer');
  return `${user} shared the register with ${email} as ${role === 'editor' ? 'an editor' : 'a viewer'}`;
}

function removeUser(o: Office, email: string): string {
  const { em, user } = o;
  if (same(email, user))
    throw new CliError(`${user} cannot remove their own account here: run as the colleague who stays (--user)`);
  if (!em.rt.accounts.has(email)) throw new CliError(`${email} is not an account of this office`);
  if (em.rt.account(email).deleted) throw new CliError(`${email} left this office already`);
  // The account is closed; as the Admin console offers, what it owned (the register, the report
  // folder and its files) is transferred to the colleague who stays, or it would be deleted.
  em.deleteAccount(email, { transferTo: user });
  return `${email} left the office: the account is closed, its Drive files now belong to ${user}; its triggers no longer run`;
}

function reminder(o: Office, value: string): string {
  if (!['on', 'off'].includes(value)) throw new CliError(`unknown --reminder "${value}": use on or off`);
  let res: { ok: boolean; message: string };
  try {
    res = o.em.call('setDailyReminder', value === 'on');
  } catch (err) {
    throw new CliError(`daily reminder not changed: ${officerMessage(err)}`);
  }
  if (!res.ok) throw new CliError(`daily reminder not changed: ${res.message}`);
  return `${o.user}: ${res.message}`;
}

/** The `office` command. */
export async function officeCommand(args: Args): Promise<number> {
  const state = one(args, 'state');
  if (!state) throw new CliError('missing --state DIR (the folder that keeps the office between runs)');
  const chosen = ACTIONS.filter((a) => has(args, a));
  if (chosen.length !== 1)
    throw new CliError(
      `give exactly one of ${ACTIONS.map((a) => `--${a}`).join(', ')}${chosen.length ? ` (got ${chosen.map((a) => `--${a}`).join(' ')})` : ''}`,
    );
  const action = chosen[0];
  if (action !== 'add-user' && has(args, 'role')) throw new CliError('--role goes with --add-user');
  const asOf = one(args, 'as-of') ?? today();
  checkAsOf(asOf);
  requireBundle();
  const input = one(args, 'input');
  const say = (l: string) => process.stderr.write(`${l}\n`);
  const office = await openOffice({
    state,
    user: one(args, 'user'),
    input: input ? path.resolve(input) : undefined,
    locale: 'id_ID',
    asOf,
    quirks: checkedQuirks(many(args, 'quirk')),
    say,
  });
  if (office.fresh && action !== 'setup')
    throw new CliError(`--state ${state} holds no office yet: start it with --setup --input FILE`);
  let done: string;
  if (action === 'setup') {
    try {
      if (office.fresh) setUpRegister(office.em, input!);
      else office.em.call('setupRegister');
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`could not set up the register: ${officerMessage(err)}`);
    }
    const settings = office.fresh && input ? sidecarSettings(path.resolve(input)) : undefined;
    if (settings) applySettings(office.em, settings);
    done = `${office.user} set the register up (menu: Siapkan Register)`;
  } else if (action === 'add-user') done = addUser(office, one(args, 'add-user')!, one(args, 'role') ?? 'editor');
  else if (action === 'remove-user') done = removeUser(office, one(args, 'remove-user')!);
  else done = reminder(office, one(args, 'reminder')!);
  await office.save();
  process.stdout.write(`${done}\n${officeLine(office.em)}\n`);
  return 0;
}
