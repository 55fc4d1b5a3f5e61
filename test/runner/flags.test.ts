// The command line as a careful user meets it (issue #23 item 9): every command refuses a flag it
// does not know, naming it, the closest known flag and the known ones, before doing anything; every
// command and scripts/run.js answer --help; the one flags table (scripts/lib/commands.ts) is what
// parsing, refusal and help read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs, has, one, many } from '../../scripts/lib/args';
import { COMMANDS, FLAGS, flagsOf, closest, commandHelp, type CommandName } from '../../scripts/lib/commands';
import { main } from '../../scripts/cli';

const ROOT = path.resolve(__dirname, '../..');
const seed = path.join(ROOT, 'examples/seed-tw3-2021.csv');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** main() in this process, its standard output and error captured: the same code as run.js, without a process each. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const keep = (into: string[]) => (s: unknown) => {
    into.push(String(s));
    return true;
  };
  const o = jest.spyOn(process.stdout, 'write').mockImplementation(keep(out));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation(keep(err));
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** Each command with the flags it needs to start work: the refusal must come before any of it. */
const READY: Record<CommandName, string[]> = {
  demo: [],
  report: ['--input', seed, '--period', '2021-Q3'],
  digest: ['--input', seed],
  letter: ['--input', seed, '--number', '001/PPID/2021', '--kind', 'tanda-terima'],
  intake: ['--input', seed, '--responses', path.join(ROOT, 'examples/jawaban-formulir-2025.csv')],
  consolidate: ['--input', path.join(ROOT, 'examples/none.json')],
  bench: ['--rows', '10'],
  conformance: [],
  dip: ['--input', seed],
};

describe('every command refuses a flag it does not know', () => {
  test.each(COMMANDS.map((c) => c.name))(
    '%s: --asof is refused with --as-of suggested, nothing written',
    async (cmd) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-flags-'));
      const dir = path.join(out, 'never');
      const takesOut = flagsOf(cmd).some((f) => f.flag === 'out');
      const r = await run(cmd, ...READY[cmd], '--asof', '2021-10-11', ...(takesOut ? ['--out', dir] : []));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error: unknown flag --asof .*for ${cmd}; it takes `));
      for (const f of flagsOf(cmd)) expect(lines[0]).toContain(`--${f.flag}`);
      // Suggested where the command has --as-of; the others are not told of a flag they lack.
      if (flagsOf(cmd).some((f) => f.flag === 'as-of')) expect(lines[0]).toContain('(did you mean --as-of?)');
      else expect(lines[0]).not.toContain('did you mean');
      expect(fs.existsSync(dir)).toBe(false);
    },
  );

  test('through run.js as a user types it: exit 2, one line, nothing on standard output', () => {
    const r = cli('report', '--input', seed, '--period', '2021-Q3', '--asof', '2021-10-11');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: unknown flag --asof (did you mean --as-of?) for report; it takes --input --period --as-of --out --locale --map --quirk --help (npm run report -- --help)\n',
    );
  });

  test('several unknown flags are named together, each with its suggestion when there is one', async () => {
    const r = await run('report', '--imput', 'x.csv', '--perod', '2025', '--zzz');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: unknown flags --imput \(did you mean --input\?\), --perod \(did you mean --period\?\), --zzz for report;/,
    );
  });

  test('an unknown command is refused with the closest one', async () => {
    const r = await run('reprot');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown command "reprot" \(did you mean report\?\): use demo, report/);
  });
});

describe('--help', () => {
  test.each(COMMANDS.map((c) => c.name))(
    '%s --help prints its usage and every flag, exit 0, nothing done',
    async (cmd) => {
      const r = await run(cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(commandHelp(cmd));
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^npm run ${cmd} --`));
      for (const f of flagsOf(cmd)) expect(r.stdout).toMatch(new RegExp(`^  --${f.flag}\\b`, 'm'));
    },
  );

  test('--help wins over a wrong flag on the same line', async () => {
    const r = await run('report', '--asof', 'x', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(commandHelp('report'));
  });

  test('run.js alone lists the commands on standard error (a usage error); help and --help on standard output', () => {
    const alone = cli();
    expect(alone.code).toBe(2);
    expect(alone.stdout).toBe('');
    for (const c of COMMANDS) expect(alone.stderr).toMatch(new RegExp(`^  ${c.name} +${c.summary.slice(0, 20)}`, 'm'));
    const help = cli('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(alone.stderr);
    const dashed = cli('--help');
    expect([dashed.code, dashed.stdout]).toEqual([0, alone.stderr]);
    expect(cli('report', '--help').stdout).toBe(commandHelp('report'));
  });

  test("help COMMAND is that command's --help", async () => {
    expect((await run('help', 'digest')).stdout).toBe(commandHelp('digest'));
    expect((await run('help', 'nope')).code).toBe(2);
  });
});

describe('parsing against the table', () => {
  test('a flag without a value takes none; one with a value needs it; a single flag once', () => {
    expect(has(parseArgs(['--help'], 'report'), 'help')).toBe(true);
    expect(() => parseArgs(['--help', 'me'], 'report')).toThrow(/--help takes no value, got: me/);
    expect(() => parseArgs(['--period'], 'report')).toThrow(/--period needs a value/);
    expect(() => parseArgs(['--period', '2025', '--period', '2026'], 'report')).toThrow(
      /--period takes one value, got 2: 2025 2026/,
    );
    expect(() => parseArgs(['--period', '2025', '2026'], 'report')).toThrow(/--period takes one value, got 2/);
    const a = parseArgs(['--quirk', 'a', '--quirk=b', '--input', 'x.csv'], 'report');
    expect(many(a, 'quirk')).toEqual(['a', 'b']);
    expect(one(a, 'input')).toBe('x.csv');
    expect(many(parseArgs(['--input', 'a.json', 'b.json', '--input', 'c.json'], 'consolidate'), 'input')).toEqual([
      'a.json',
      'b.json',
      'c.json',
    ]);
  });

  test('a flag of another command is not one of this command', () => {
    expect(() => parseArgs(['--period', '2025'], 'digest')).toThrow(/unknown flag --period for digest/);
    expect(() => parseArgs(['--locale', 'en_US'], 'digest')).toThrow(/unknown flag --locale for digest/);
  });

  test('the closest flag is offered only when it is close', () => {
    const names = ['input', 'period', 'as-of', 'out', 'locale', 'map', 'quirk', 'help'];
    expect(closest('asof', names)).toBe('as-of');
    expect(closest('as_of', names)).toBe('as-of');
    expect(closest('output', names)).toBe('out');
    expect(closest('quirks', names)).toBe('quirk');
    expect(closest('verbose', names)).toBeNull();
    expect(closest('x', names)).toBeNull();
  });

  test('the table gives each command a flag once, and every command --help', () => {
    for (const c of COMMANDS) {
      const flags = flagsOf(c.name).map((f) => f.flag);
      expect(new Set(flags).size).toBe(flags.length);
      expect(flags).toContain('help');
    }
    for (const f of FLAGS) expect(f.help.length).toBeGreaterThan(5);
  });

  test('every flag a command reads is in the table (a flag read but not declared would be refused)', () => {
    const dir = path.join(ROOT, 'scripts');
    const sources = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.join(dir, 'lib/sidecar.ts')].filter(
      (f) => f.endsWith('.ts'),
    );
    const read = new Set<string>();
    for (const f of sources)
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/\b(?:one|many|has)\(args, '([a-z-]+)'\)/g)) read.add(m[1]);
    expect(read.size).toBeGreaterThan(15);
    const declared = new Set(FLAGS.map((f) => f.flag));
    expect([...read].filter((k) => !declared.has(k))).toEqual([]);
  });
});
