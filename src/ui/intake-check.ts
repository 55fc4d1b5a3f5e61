// What Periksa Data lists about the form intake: responses that cannot become requests (they stay
// in the response sheet, unnumbered), responses still waiting, numbers on responses that the
// register does not hold, and mapping lines in the settings that name nothing. Read-only.
import { t } from '../core/i18n';
import { safeCellText } from '../core/register';
import { SKIPPED_MARK } from '../core/intake';
import type { Lang } from '../core/types';
import type { Settings } from '../core/settings';
import type { RegisterMapping } from '../core/register';
import { FORM_INTAKE, loadIntake, planOf } from './intake-setup';
import { readIntakeRun, TRIGGER_LOCK_WAIT_MS } from './intake-run';
import { triggerState } from '../sheets/triggers';

/**
 * What a response still waiting needs (#23 item 7): with the intake off, turning it on; with it
 * on, nothing but the next response or a save of the dialog, and why it waits when the last run
 * could not get the lock (a long report) or failed.
 */
function pendingMessage(lang: Lang, count: number): string {
  if (!count) return '';
  if (!triggerState(FORM_INTAKE).on) return t(lang, 'intake.problem.pending');
  const last = readIntakeRun();
  if (last?.outcome === 'waiting')
    return t(lang, 'intake.problem.waitingLock', { minutes: TRIGGER_LOCK_WAIT_MS / 60000 });
  if (last?.outcome === 'failed') return t(lang, 'intake.problem.waitingFailed', { reason: last.reason ?? '' });
  return t(lang, 'intake.problem.waitingOn');
}

/** Rows for the Periksa Data sheet: [row, registration no., column, message]. */
/**
 * `register`: the register's values as read, `mapping` where its rows and number column are (an
 * adopted register keeps its own header row and columns).
 */
export function intakeProblemRows(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  lang: Lang,
  register: unknown[][],
  mapping: Pick<RegisterMapping, 'dataIndex' | 'columns'>,
): unknown[][] {
  const setup = loadIntake(ss, settings);
  if (!setup) return [];
  const { read } = setup;
  const name = read.sheet.getName();
  const header = read.values[0];
  const where = (col: number) => safeCellText(`${name} › ${String(header[col] ?? '')}`);
  const out: unknown[][] = [];
  for (const i of setup.issues) {
    out.push([
      '',
      '',
      safeCellText(t(lang, 'menu.settings')),
      safeCellText(t(lang, 'intake.problem.mapping', { issue: t(lang, `intake.mapping.${i.code}`, i.params) })),
    ]);
  }
  const plan = planOf(setup);
  const rows: Array<[number, unknown[]]> = [];
  for (const p of plan.problems)
    rows.push([p.index, [p.index + 1, '', where(p.col), t(lang, `intake.problem.${p.code}`)]]);
  const pending = pendingMessage(lang, plan.take.length);
  for (const item of plan.take) rows.push([item.index, [item.index + 1, '', safeCellText(name), pending]]);
  const col = read.layout.number;
  if (col !== null) {
    const numCol = mapping.columns.number;
    const held = new Set<string>();
    if (numCol !== undefined)
      for (let r = mapping.dataIndex; r < register.length; r++) held.add(String(register[r]?.[numCol] ?? '').trim());
    const marks = new Set(Object.values(SKIPPED_MARK));
    for (let r = 1; r < read.values.length; r++) {
      const v = String(read.values[r][col] ?? '').trim();
      if (v && !marks.has(v) && !held.has(v))
        rows.push([r, [r + 1, safeCellText(v), where(col), t(lang, 'intake.problem.notInRegister', { number: v })]]);
    }
  }
  rows.sort((a, b) => a[0] - b[0]);
  return [...out, ...rows.map((r) => r[1])];
}
