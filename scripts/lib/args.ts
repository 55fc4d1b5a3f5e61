// Command-line flags for the offline commands (demo, report, bench, …).
import { CliError } from '../runner';

/**
 * Flags and their values, every value kept: `--quirk a --quirk b` gives quirk = [a, b], and
 * `--input a.json b.json` gives input = [a.json, b.json] (values run until the next `--flag`).
 */
export type Args = Record<string, string[]>;

export function parseArgs(argv: string[]): Args {
  const out: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new CliError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    const k = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const values = out[k] ?? (out[k] = []);
    if (eq >= 0) {
      values.push(a.slice(eq + 1));
      continue;
    }
    const before = values.length;
    while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
    if (values.length === before) throw new CliError(`--${k} needs a value`);
  }
  return out;
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
