// Command-line flags for the offline commands (demo, report, bench, …), parsed against the
// command's rows of the flags table (lib/commands.ts): an unknown flag is refused, never ignored.
import { CliError } from '../runner';
import { type CommandName, type FlagRow, closest, flagsOf, invocation } from './commands';

/**
 * Flags and their values, every value kept: `--quirk a --quirk b` gives quirk = [a, b], and
 * `--input a.json b.json` gives input = [a.json, b.json] (values run until the next `--flag`).
 * A flag that takes no value (`--help`) is present with no values.
 */
export type Args = Record<string, string[]>;

/**
 * Parses `argv`. With a command, every flag must be one of its rows in the flags table (else one
 * line naming the unknown flags, the closest known one and every known one), a flag without a
 * value takes none, and a single flag takes one value once. Without a command, any `--flag` goes.
 */
export function parseArgs(argv: string[], command?: CommandName): Args {
  const known = command ? flagsOf(command) : null;
  const out: Args = {};
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new CliError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    const k = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const values: string[] = [];
    if (eq >= 0) values.push(a.slice(eq + 1));
    else while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
    const row = known?.find((f) => f.flag === k);
    if (known && !row) {
      unknown.push(k);
      continue;
    }
    if (row && !row.value) {
      if (values.length) throw new CliError(`--${k} takes no value, got: ${values.join(' ')}`);
    } else if (!values.length) throw new CliError(`--${k} needs a value`);
    if (row && !row.times && (values.length > 1 || out[k]))
      throw new CliError(
        `--${k} takes one value, got ${(out[k]?.length ?? 0) + values.length}: ${[...(out[k] ?? []), ...values].join(' ')}`,
      );
    (out[k] ??= []).push(...values);
  }
  if (known && unknown.length) throw new CliError(unknownFlags(command!, unknown, known));
  return out;
}

function unknownFlags(command: CommandName, unknown: string[], known: FlagRow[]): string {
  const names = [...new Set(known.map((f) => f.flag))];
  const each = unknown.map((k) => {
    const near = closest(k, names);
    return near ? `--${k} (did you mean --${near}?)` : `--${k}`;
  });
  const flags = names.map((n) => `--${n}`).join(' ');
  return `unknown flag${unknown.length > 1 ? 's' : ''} ${each.join(', ')} for ${command}; it takes ${flags} (${invocation(command)} --help)`;
}

/** The one value of a single-valued flag; giving it twice is an error, not a silent last-wins. */
export function one(args: Args, k: string): string | undefined {
  const v = args[k];
  if (!v) return undefined;
  if (v.length > 1) throw new CliError(`--${k} takes one value, got ${v.length}: ${v.join(' ')}`);
  return v[0];
}

/** Every value of a flag that may repeat or take several values. */
export function many(args: Args, k: string): string[] {
  return args[k] ?? [];
}

/** Whether a flag that takes no value was given. */
export function has(args: Args, k: string): boolean {
  return k in args;
}
