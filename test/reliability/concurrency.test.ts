// Issue 8.5: two officers at the same moment. A second caller is started from a call hook inside
// the first (the emulator's lock contention: the second execution waits out its timeout on the
// emulated clock while the first holds the document lock). The second is told to try again,
// nothing is duplicated, and registration numbers stay unique.
import { addonEmulator, fillRegister, snapshot, SEED_ROWS } from '../support/harness';
import { visibleFiles } from './faults';

const REQUEST = { period: '2021-Q3', asOf: '2021-10-11' };
const TRY_AGAIN = /Petugas lain sedang membuat laporan atau mencatat permohonan\. Tunggu sebentar lalu coba lagi\./;

const form = (name: string, received = '2021-10-11') => ({
  received,
  channel: 'Email',
  applicantName: name,
  applicantType: 'Perseorangan',
  infoRequested: 'Data pelatihan',
  topic: 'Pelatihan',
});

function seeded(quirks: string[] = []) {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z', quirks });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  em.resetCalls();
  return em;
}

/** Runs `outer`; when the call named `at` happens inside it (once), runs `inner` as a second execution. */
function interleave(
  em: any,
  at: string,
  outer: () => unknown,
  inner: () => unknown,
): { outer: unknown; inner: unknown; innerError: unknown } {
  let innerResult: unknown;
  let innerError: unknown;
  // An object, not a let: the hook changes it behind the type checker's back.
  const progress = { state: 'waiting' as 'waiting' | 'running' | 'done' };
  const hook = (name: string) => {
    if (progress.state !== 'waiting' || name !== at) return;
    progress.state = 'running';
    try {
      innerResult = inner();
    } catch (err) {
      innerError = err;
    }
    progress.state = 'done';
  };
  em.rt.callHooks.push(hook);
  try {
    const result = outer();
    if (progress.state !== 'done') throw new Error(`the second caller never started: no ${at} call`);
    return { outer: result, inner: innerResult, innerError };
  } finally {
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
  }
}

/** The message key of an error thrown by an entry point (the menu shows its text; see the menu test). */
function officerMessage(err: unknown): string {
  expect(err).toBeTruthy();
  const e = err as { name?: string; key?: string };
  expect(e.name).toBe('UserError');
  return String(e.key);
}

function recapSheets(em: any): string[] {
  return em.spreadsheet
    .getSheets()
    .map((s: any) => s.getName())
    .filter((n: string) => n.startsWith('Rekap'));
}

describe('two report generations at the same moment', () => {
  test.each([
    'Spreadsheet.insertSheet',
    'Sheet.insertChart',
    'DocumentApp.openById',
    'Drive.Files.create',
    'Properties.setProperty',
    'Drive.Permissions.create',
  ])('a second one started at %s is refused with "try again"; one sheet, one document', (at) => {
    const em = seeded();
    const sheet = em.spreadsheet.getSheetByName('Pengaturan');
    const labels: unknown[][] = sheet.getDataRange().getValues();
    sheet.getRange(labels.findIndex((r) => r[0] === 'E-mail PPID Pusat') + 1, 2).setValue('ppid.pusat@example.go.id');
    const register = snapshot(em.spreadsheet.getSheetByName('Register'));
    const run = interleave(
      em,
      at,
      () => em.call('generateReport', REQUEST),
      () => em.call('generateReport', REQUEST),
    );
    expect(officerMessage(run.innerError)).toBe('err.locked');
    expect(run.inner).toBeUndefined();
    const result = run.outer as any;
    expect(recapSheets(em)).toEqual([result.recapSheet]);
    const files = visibleFiles(em);
    expect(files.map((f) => f.id).sort()).toEqual([result.docId, result.pdfId, result.jsonId].sort());
    expect(
      [...em.rt.files.values()].filter((f: any) => f.isFolder && !f.trashed && f.name === 'Laporan PPID'),
    ).toHaveLength(1);
    expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(register);
    // The lock is free again: the second officer's retry works and replaces, not duplicates.
    const retry = em.call('generateReport', REQUEST);
    expect(recapSheets(em)).toEqual([retry.recapSheet]);
    expect(
      visibleFiles(em)
        .map((f) => f.id)
        .sort(),
    ).toEqual([retry.docId, retry.pdfId, retry.jsonId].sort());
  });

  test('from the menu, the second officer reads the "try again" message, not a stack trace', () => {
    const em = seeded();
    const run = interleave(
      em,
      'DocumentApp.openById',
      () => em.call('generateReport', REQUEST),
      () => {
        em.services.ui._queueResponse({ button: 'OK', text: '2021-Q3' });
        em.call('menuQuarterlyReport');
      },
    );
    expect(run.innerError).toBeUndefined();
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.prompt).toMatch(TRY_AGAIN);
    expect(dialog.prompt).not.toMatch(/at \w+ \(|Error:/);
    expect(recapSheets(em)).toEqual(['Rekap TW III 2021']);
  });

  test('a different period at the same moment is refused too (one report at a time per spreadsheet)', () => {
    const em = seeded();
    const run = interleave(
      em,
      'Spreadsheet.insertSheet',
      () => em.call('generateReport', REQUEST),
      () => em.call('generateReport', { period: '2021', asOf: '2022-01-10' }),
    );
    expect(officerMessage(run.innerError)).toBe('err.locked');
    expect(recapSheets(em)).toEqual(['Rekap TW III 2021']);
  });
});

describe('a report and a form submission at the same moment', () => {
  test('a form sent while a report is being made is refused with "try again" and writes nothing', () => {
    const em = seeded();
    const before = snapshot(em.spreadsheet.getSheetByName('Register'));
    const run = interleave(
      em,
      'DocumentApp.openById',
      () => em.call('generateReport', REQUEST),
      () => em.call('submitRequest', form('Officer B')),
    );
    const refused = run.inner as any;
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(TRY_AGAIN);
    expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(before);
    expect((run.outer as any).requests).toBe(3);
    const retry = em.call('submitRequest', form('Officer B'));
    // The seed register holds 001–003/PPID/2021.
    expect(retry).toMatchObject({ ok: true, number: '004/PPID/2021', row: 5 });
  });

  test('a report asked for while a form is being saved is refused with "try again"; the form\'s row is saved once', () => {
    const em = seeded();
    const run = interleave(
      em,
      'Range.setValues',
      () => em.call('submitRequest', form('Officer A')),
      () => em.call('generateReport', REQUEST),
    );
    expect(officerMessage(run.innerError)).toBe('err.locked');
    expect(run.outer).toMatchObject({ ok: true, number: '004/PPID/2021', row: 5 });
    expect(recapSheets(em)).toEqual([]);
    expect(visibleFiles(em)).toHaveLength(0);
    const names = (em.spreadsheet.getSheetByName('Register').getDataRange().getValues() as unknown[][]).map(
      (r) => r[3],
    );
    expect(names.filter((n) => n === 'Officer A')).toHaveLength(1);
  });
});

describe('many form submissions colliding', () => {
  test('every submission that succeeds has its own number and row, refused ones succeed on retry', () => {
    const em = seeded();
    const saved: any[] = [];
    const refused: string[] = [];
    // Each submission is interrupted, at its write, by the next officer's submission.
    for (let i = 0; i < 12; i++) {
      const run = interleave(
        em,
        'Range.setValues',
        () => em.call('submitRequest', form(`Officer ${i}A`)),
        () => em.call('submitRequest', form(`Officer ${i}B`)),
      );
      saved.push(run.outer);
      const inner = run.inner as any;
      if (inner.ok) saved.push(inner);
      else refused.push(`Officer ${i}B`);
    }
    expect(refused).toHaveLength(12);
    for (const name of refused) saved.push(em.call('submitRequest', form(name)));
    expect(saved.every((s) => s.ok)).toBe(true);
    const numbers = saved.map((s) => s.number);
    expect(new Set(numbers).size).toBe(24);
    expect(new Set(saved.map((s) => s.row)).size).toBe(24);
    const grid = em.spreadsheet.getSheetByName('Register').getDataRange().getValues() as unknown[][];
    const inSheet = grid
      .slice(1)
      .map((r) => r[0])
      .filter((n) => n !== '');
    expect(inSheet).toHaveLength(27);
    expect(new Set(inSheet).size).toBe(27);
    // After the seed register's 001–003, with no gap.
    expect(numbers.sort()).toEqual(Array.from({ length: 24 }, (_, i) => `${String(i + 4).padStart(3, '0')}/PPID/2021`));
  });
});

describe('where getDocumentLock() returns null (no-document-lock)', () => {
  test('the script lock stands in: a second report and a form sent meanwhile are refused with "try again"', () => {
    const em = seeded(['no-document-lock']);
    const run = interleave(
      em,
      'DocumentApp.openById',
      () => em.call('generateReport', REQUEST),
      () => em.call('generateReport', REQUEST),
    );
    expect(officerMessage(run.innerError)).toBe('err.locked');
    expect(recapSheets(em)).toEqual([(run.outer as any).recapSheet]);
    const both = interleave(
      em,
      'DocumentApp.openById',
      () => em.call('generateReport', REQUEST),
      () => em.call('submitRequest', form('Officer B')),
    );
    expect((both.inner as any).ok).toBe(false);
    expect(em.calls().byMethod['LockService.getScriptLock']).toBeGreaterThan(0);
  });
});
