// The offline commands and their flags, in one place: parsing (lib/args.ts), the refusal of an
// unknown flag and every --help read these two tables, so a flag exists once it has its row here.
//
// To add a flag: one row in FLAGS, naming the commands that take it (a group such as
// ADDON_COMMANDS, or a list). To add a command: one row in COMMANDS, its flags' rows, and its
// handler in scripts/cli.ts (HANDLERS is typed by COMMANDS, so the compiler asks for it).

// biome-ignore format: a table laid out by hand, one entry per line
export const COMMANDS = [
  { name: 'demo', summary: 'both example registers through the add-on: the Q3 2021 seed report and the 2025 annual report (contoh)' },
  { name: 'report', summary: 'the quarterly or annual report of a register (laporan triwulan / tahunan): recap sheet, document, PDF, recap JSON' },
  { name: 'digest', summary: 'the daily reminder e-mail of one day (Pengingat Harian)' },
  { name: 'letter', summary: 'one letter from a register row (Buat Surat): .docx and .pdf' },
  { name: 'intake', summary: 'a Google Form\'s responses played into the register (Hubungkan Formulir)' },
  { name: 'consolidate', summary: 'the central PPID\'s report from the units\' recap.json files (Gabungkan Laporan Unit)' },
  { name: 'bench', summary: 'service calls, time and memory of setup and reports on a generated register' },
  { name: 'dip', summary: 'the published Daftar Informasi Publik (Terbitkan DIP) of a register\'s FILE.dip.json: .docx and .pdf, the DIK too with --dik' },
  { name: 'office', summary: 'an office kept between runs (--state DIR): set up, share with a colleague, daily reminder on/off or taken over, an account leaving' },
  { name: 'conformance', summary: 'the conformance suite (what the add-on believes of Google) run in the emulator' },
] as const;

export type CommandName = (typeof COMMANDS)[number]['name'];

export interface FlagRow {
  /** The flag without its dashes: `as-of` is `--as-of`. */
  flag: string;
  /** The value's name in help (FILE, DIR, YYYY-MM-DD); absent: the flag takes no value. */
  value?: string;
  /** `repeat`: may be given again (`--quirk a --quirk b`); `list`: takes several values and may repeat (`--input a.json b.json`). Absent: once, one value. */
  times?: 'repeat' | 'list';
  /** The command refuses to run without it (shown in the usage line; the command says what is missing). */
  required?: boolean;
  commands: readonly CommandName[];
  /** English, with the Indonesian term where the officer knows it by that name. */
  help: string;
}

/** The commands that load a register into the emulator and run the add-on's bundle on it. */
export const REGISTER_COMMANDS = ['report', 'digest', 'letter', 'intake'] as const satisfies readonly CommandName[];
/** Every command that runs the add-on's bundle on an office's data (the register ones and the consolidation). */
export const ADDON_COMMANDS = [...REGISTER_COMMANDS, 'consolidate'] as const satisfies readonly CommandName[];
/** The commands that write their outputs into a folder. */
const WRITERS = [
  'demo',
  'report',
  'digest',
  'letter',
  'intake',
  'consolidate',
  'dip',
] as const satisfies readonly CommandName[];
const ALL = COMMANDS.map((c) => c.name);

// biome-ignore format: a table laid out by hand, one entry per line
export const FLAGS: readonly FlagRow[] = [
  { flag: 'input', value: 'FILE', required: true, commands: REGISTER_COMMANDS, help: 'the register (register permohonan), .csv or .xlsx; FILE.settings.json beside it fills the settings (Pengaturan); with --state, needed on its first run only' },
  { flag: 'input', value: 'FILE…', times: 'list', required: true, commands: ['consolidate'], help: 'the units\' recap.json files (rekap unit), several after one --input or --input again' },
  { flag: 'period', value: 'PERIOD', required: true, commands: ['report'], help: '2025-Q2 or 2025-TW2 for a quarter (triwulan), 2025 for a year (tahunan)' },
  { flag: 'as-of', value: 'YYYY-MM-DD', commands: ['report', 'intake'], help: '"today" for the run (tanggal data): statuses and deadlines are as of this day; default the real date' },
  { flag: 'as-of', value: 'YYYY-MM-DD', commands: ['letter'], help: 'the letter\'s date (tanggal surat) and "today" for its deadlines; default the real date' },
  { flag: 'as-of', value: 'YYYY-MM-DD', required: true, commands: ['digest'], help: 'the day whose reminder is made' },
  { flag: 'as-of', value: 'YYYY-MM-DD', commands: ['consolidate'], help: 'the date open requests are assessed at; default the latest data date among the files' },
  { flag: 'out', value: 'DIR', commands: WRITERS, help: 'the folder written to (default out/); files of an earlier run there are replaced, and the progress lines say which' },
  { flag: 'locale', value: 'id_ID|en_US', commands: ['report', 'letter', 'conformance'], help: 'the spreadsheet\'s locale (default id_ID): how a .csv\'s dates and numbers are read' },
  { flag: 'map', value: 'FILE.json', commands: ['report', 'letter'], help: 'the register\'s column mapping, {"headerRow": N, "columns": {…}}, over the automatic one (docs/register-mapping.md)' },
  { flag: 'quirk', value: 'NAME', times: 'repeat', commands: ['report', 'digest', 'consolidate', 'conformance'], help: 'run the emulator with Google behaving the other way on an open question (README "Trust on Google")' },
  { flag: 'number', value: 'NO', required: true, commands: ['letter'], help: 'the request\'s No. Registrasi' },
  { flag: 'kind', value: 'KIND', required: true, commands: ['letter'], help: 'tanda-terima (receipt), pemberitahuan (written notice), perpanjangan (extension), penolakan (refusal) or tanggapan-keberatan (answer to an objection)' },
  { flag: 'logo', value: 'FILE.png', commands: ['letter'], help: 'a PNG or JPEG for the letterhead (kop surat)' },
  { flag: 'reason', value: 'TEXT', commands: ['letter'], help: 'perpanjangan: the reason for the extension (alasan perpanjangan); default the settings\' text' },
  { flag: 'holder', value: 'TEXT', commands: ['letter'], help: 'pemberitahuan: who holds the information when this unit does not (penguasa informasi)' },
  { flag: 'decision', value: 'granted|partial|rejected', commands: ['letter'], help: 'tanggapan-keberatan: the Atasan PPID\'s decision (putusan) when the register does not say it' },
  { flag: 'considerations', value: 'TEXT', commands: ['letter'], help: 'tanggapan-keberatan: the considerations (pertimbangan)' },
  { flag: 'responses', value: 'FILE.csv', required: true, commands: ['intake'], help: 'the linked Form\'s response sheet downloaded as CSV (jawaban formulir)' },
  { flag: 'expected', value: 'FILE.txt', commands: ['consolidate'], help: 'the units that must report (Daftar Unit), one per line, # starts a comment' },
  { flag: 'settings', value: 'FILE.json', commands: ['consolidate'], help: 'the central PPID\'s settings, labels → values as in FILE.settings.json (default "Nama Unit": "PPID Utama")' },
  { flag: 'rows', value: 'N', commands: ['bench'], help: 'the generated register\'s requests (default 1000)' },
  { flag: 'units', value: 'N', commands: ['bench'], help: 'units consolidated (default 500; 0 leaves the consolidation out)' },
  { flag: 'only', value: 'core|setup', commands: ['bench'], help: 'the core\'s parse + recap alone, or Siapkan Register alone' },
  { flag: 'input', value: 'FILE', required: true, commands: ['dip'], help: 'the register (.csv or .xlsx); FILE.dip.json beside it holds the DIP and DIK entries, FILE.settings.json the unit and the signer' },
  { flag: 'as-of', value: 'YYYY-MM-DD', commands: ['dip'], help: 'the list\'s date (tanggal daftar), printed above the table and the signature; default the real date' },
  { flag: 'dik', commands: ['dip'], help: 'make the Daftar Informasi yang Dikecualikan too (dik.docx, dik.pdf): published only on the PPID\'s word' },
  { flag: 'state', value: 'DIR', commands: ['report', 'letter'], help: 'the office\'s emulated Google kept in DIR between runs (spreadsheet, Drive, properties, triggers); the first run imports --input, later ones use its spreadsheet as it is (README "An office offline")' },
  { flag: 'state', value: 'DIR', required: true, commands: ['office'], help: 'the office\'s emulated Google kept in DIR between runs (README "An office offline")' },
  { flag: 'user', value: 'EMAIL', commands: ['report', 'letter', 'office'], help: 'with --state: run as this Google account (default the state\'s first user, who owns its register); a new one reaches nothing until --add-user' },
  { flag: 'input', value: 'FILE', commands: ['office'], help: 'with --setup on a new --state: the register imported (FILE.settings.json beside it fills the settings); later, the same file or none' },
  { flag: 'setup', commands: ['office'], help: 'Siapkan Register (on a new --state: the register imported from --input and set up)' },
  { flag: 'add-user', value: 'EMAIL', commands: ['office'], help: 'share the register with a colleague\'s account, as Drive\'s Share dialog (by its owner or an editor)' },
  { flag: 'role', value: 'editor|viewer', commands: ['office'], help: 'with --add-user: the role (default editor)' },
  { flag: 'remove-user', value: 'EMAIL', commands: ['office'], help: 'the account leaves: it is closed, and what it owned goes to --user, as the Admin console transfers it' },
  { flag: 'reminder', value: 'on|off', commands: ['office'], help: 'Pengingat Harian on or off as --user; "on" by a colleague takes over a reminder that has not run for 3 days' },
  { flag: 'as-of', value: 'YYYY-MM-DD', commands: ['office'], help: 'the day of the run: the state\'s clock moves to it (never back), firing the triggers due on the way' },
  { flag: 'quirk', value: 'NAME', times: 'repeat', commands: ['office'], help: 'run the emulator with Google behaving the other way on an open question (README "Trust on Google")' },
  { flag: 'help', commands: ALL, help: 'this help, and nothing else is done' },
];

export function isCommand(name: string): name is CommandName {
  return COMMANDS.some((c) => c.name === name);
}

/** The flags one command takes, in table order. */
export function flagsOf(command: CommandName): FlagRow[] {
  return FLAGS.filter((f) => f.commands.includes(command));
}

/** How the command is typed: `npm run report -- …`, the form the README uses. */
export function invocation(command: CommandName): string {
  return `npm run ${command} --`;
}

function flagText(f: FlagRow): string {
  return f.value ? `--${f.flag} ${f.value}` : `--${f.flag}`;
}

/** A command's --help: its usage line, what it does, and each flag. */
export function commandHelp(command: CommandName): string {
  const spec = COMMANDS.find((c) => c.name === command)!;
  const flags = flagsOf(command);
  const usage = [
    invocation(command),
    ...flags.filter((f) => f.required).map(flagText),
    ...flags.filter((f) => !f.required && f.flag !== 'help').map((f) => `[${flagText(f)}]${f.times ? '…' : ''}`),
  ].join(' ');
  const width = Math.max(...flags.map((f) => flagText(f).length));
  const lines = [...flags.filter((f) => f.required), ...flags.filter((f) => !f.required)].map((f) => {
    const notes = [f.required ? 'required' : '', f.times === 'repeat' ? 'repeatable' : ''].filter(Boolean);
    return `  ${flagText(f).padEnd(width)}  ${notes.length ? `(${notes.join(', ')}) ` : ''}${f.help}`;
  });
  return [usage, '', `${spec.summary}.`, '', ...lines, ''].join('\n');
}

/** `node scripts/run.js` alone, `help` or `--help`: every command in one screen. */
export function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "PPID Sheets offline: the add-on's own bundle run in the Apps Script emulator.",
    '',
    'usage: npm run COMMAND -- [flags]   (or node scripts/run.js COMMAND [flags] after npm run build)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'npm run COMMAND -- --help lists the flags of one command (node scripts/run.js help COMMAND too).',
    '',
  ].join('\n');
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The known name closest to a mistyped one, when it is close enough to be what was meant. */
export function closest(typed: string, known: readonly string[]): string | null {
  const t = typed.toLowerCase();
  const squash = (s: string) => s.replace(/[-_]/g, '');
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = squash(k) === squash(t) ? 0 : distance(t, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  if (best === null) return null;
  const prefix = known.find((k) => k.length >= 3 && (t.startsWith(k) || (t.length >= 3 && k.startsWith(t))));
  if (bestD <= Math.max(1, Math.floor(Math.min(t.length, best.length) / 3))) return best;
  return prefix ?? null;
}
