// Shared by the daily-reminder tests: two officers on one spreadsheet, settings, a second caller
// started in the middle of the first.
import { addonEmulator, fillRegister } from '../support/harness';
import type { Emulator } from '@ppid-sheets/emulator';

export const ANI = 'ani@ppid.example.go.id';
export const BUDI = 'budi@ppid.example.go.id';

/** A set-up spreadsheet whose officers are Ani (signed in) and Budi. */
export function office(rows: unknown[][] = [], now = '2025-07-10T03:00:00Z', quirks: string[] = []): Emulator {
  const em = addonEmulator({ now, userEmail: ANI, quirks });
  em.rt.displayNames.set(ANI, 'Ani Rahma');
  // Budi is the unit's second officer: the spreadsheet is shared with him as an editor.
  em.addAccount(BUDI, { displayName: 'Budi Santoso' });
  fillRegister(em, rows);
  em.call('setupRegister');
  em.resetCalls();
  return em;
}

export function setSetting(em: Emulator, label: string, value: unknown): void {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const labels: unknown[][] = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const r = labels.findIndex((x) => x[0] === label);
  if (r < 0) throw new Error(`no setting labelled ${label}`);
  sheet.getRange(r + 1, 2).setValue(value);
}

/** The clock triggers of the project, of every officer. */
export function clockTriggers(em: Emulator): any[] {
  return em.services.ScriptApp._triggers.filter((t: any) => t.eventType === 'CLOCK');
}

/** Runs `outer`; when the call named `at` happens inside it (the first time), runs `inner` as a second execution. */
export function interleave<T, U>(em: Emulator, at: string, outer: () => T, inner: () => U): { outer: T; inner: U } {
  let innerResult: U | undefined;
  const progress = { state: 'waiting' as 'waiting' | 'running' | 'done' };
  const hook = (name: string) => {
    if (progress.state !== 'waiting' || name !== at) return;
    progress.state = 'running';
    innerResult = inner();
    progress.state = 'done';
  };
  em.rt.callHooks.push(hook);
  try {
    const result = outer();
    if (progress.state !== 'done') throw new Error(`the second caller never started: no ${at} call`);
    return { outer: result, inner: innerResult as U };
  } finally {
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
  }
}

/** Every name of a counted call made while `fn` runs, in order. */
export function callSequence(em: Emulator, fn: () => void): string[] {
  const names: string[] = [];
  const hook = (name: string) => names.push(name);
  em.rt.callHooks.push(hook);
  try {
    fn();
  } finally {
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
  }
  return names;
}
