// Issue 8.4 and #23 item 4, faults: a quarterly report regenerated while a service call fails.
// Each run changes the figures (the register gains or loses a fourth request between runs), so a
// run cut off half-way could leave the recap sheet with one count and the shared files with the
// other. For each chosen N the emulator throws on the Nth call of the run; afterwards:
// - the register is intact, nothing half-made is visible (no temporary sheet, no stray file);
// - the recap sheet, recap.json and the document show the same figures;
// - a run that failed left the previous report exactly as it was (the same files, the old
//   figures), and a run that returned left the new one everywhere (new files, new figures).
// The runs share one emulator (a fresh one per N would cost a full setup and first report each):
// every run is checked to meet its reference call sequence up to its fault, so each N fails
// exactly the call it names, and a clean run after failures shows that the add-on recovers.
// By default the points are every structural call and a stride over the rest (faultPoints);
// PPID_FAULTS_EVERY=1 fails every call index of the run in turn (about 1,300 runs, minutes).
import { addonEmulator, fillRegister, row, snapshot, wib, SEED_ROWS } from '../support/harness';
import {
  checkAfterRun,
  disagreements,
  faultPoints,
  recordCalls,
  reportFigures,
  reportState,
  visibleFiles,
  type ReportFigures,
} from './faults';

const REQUEST = { period: '2021-Q3', asOf: '2021-10-11' };
const EVERY = process.env.PPID_FAULTS_EVERY === '1';
const FOURTH = row({
  'No. Registrasi': '004/PPID/2021',
  'Tanggal Permohonan': wib('2021-09-20'),
  Saluran: 'Email',
  'Nama Pemohon': 'Wulan Sari',
  'Kategori Pemohon': 'Perseorangan',
  Kontak: 'wulan@mail.example',
  'Informasi yang Diminta': 'Anggaran pelatihan 2021',
  Topik: 'Pelatihan',
  'Klasifikasi Informasi': 'Berkala',
  Status: 'Dipenuhi',
  Perpanjangan: 'Tidak',
  'Tanggal Selesai': wib('2021-09-21'),
});

describe('faults while regenerating a quarterly report whose figures changed', () => {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const setSetting = (label: string, value: string) => {
    const sheet = em.spreadsheet.getSheetByName('Pengaturan');
    const r = (sheet.getDataRange().getValues() as unknown[][]).findIndex((x) => x[0] === label);
    sheet.getRange(r + 1, 2).setValue(value);
  };
  // Sharing and the notice are part of the run, so their calls are failed too.
  setSetting('E-mail PPID Pusat', 'ppid.pusat@example.go.id');
  setSetting('Kirim E-mail Pemberitahuan', 'Ya');
  const registerSheet = () => em.spreadsheet.getSheetByName('Register');
  /** The register with three requests or four (the fourth in row 5, or a blank row there). */
  const setRequests = (n: 3 | 4) =>
    registerSheet()
      .getRange(5, 1, 1, FOURTH.length)
      .setValues([n === 4 ? FOURTH : FOURTH.map(() => '')]);

  // Two reference runs, one each way: 3 → 4 requests and 4 → 3 (their call sequences differ).
  const first = em.call('generateReport', REQUEST);
  const names = { sheet: first.recapSheet as string, file: reportState(em, first).fileName };
  const figures = () => reportFigures(em, names.sheet, names.file);
  const sequence: Record<3 | 4, string[]> = { 3: [], 4: [] };
  const states: Record<3 | 4, ReturnType<typeof reportState> | null> = { 3: reportState(em, first), 4: null };
  setRequests(4);
  em.resetCalls();
  sequence[4] = recordCalls(em, () => em.call('generateReport', REQUEST));
  states[4] = reportState(em, { ...first, docId: figures().ids.doc });
  setRequests(3);
  em.resetCalls();
  sequence[3] = recordCalls(em, () => em.call('generateReport', REQUEST));
  const points = (n: 3 | 4) => (EVERY ? sequence[n].map((_, i) => i + 1) : faultPoints(sequence[n], 3, 50));

  test('the run makes enough calls of enough kinds for the sweep to mean something', () => {
    for (const n of [3, 4] as const) {
      // About 190 since the document is written in a few Docs API batches (#25); was ~1,500.
      expect(sequence[n].length).toBeGreaterThan(150);
      expect(new Set(sequence[n]).size).toBeGreaterThan(50);
    }
    for (const kind of [
      'Spreadsheet.insertSheet',
      'Spreadsheet.deleteSheet',
      'Sheet.setName',
      'DocumentApp.openById',
      'Document.saveAndClose',
      'Drive.Files.update',
      'Drive.Permissions.create',
      'MailApp.sendEmail',
      'Lock.releaseLock',
    ]) {
      expect(sequence[4]).toContain(kind);
    }
    expect(points(4).length).toBeGreaterThan(100);
    // The two generations differ, and a clean run leaves them agreeing.
    expect(states[3]!.values).not.toEqual(states[4]!.values);
    const now = figures();
    expect(disagreements(now)).toEqual([]);
    expect(now.json.total).toBe(3);
  });

  test('a fault at any chosen call leaves the sheet and the files agreeing: all the previous report, or all the new one', () => {
    const failures: string[] = [];
    let thrown = 0;
    let committed: { n: 3 | 4; figures: ReportFigures } = { n: 3, figures: figures() };
    // Every point of the 3 → 4 direction, and of 4 → 3, in turns: each run goes to the other count.
    const runs = [
      ...points(4).map((at) => ({ at, to: 4 as const })),
      ...points(3).map((at) => ({ at, to: 3 as const })),
    ];
    let i = 0;
    for (const run of runs) {
      i++;
      // The run must change the figures: if the committed report has the count this run makes,
      // a clean run first brings it to the other one.
      if (committed.n === run.to) {
        const back = run.to === 4 ? 3 : 4;
        setRequests(back);
        em.services.MailApp._remaining = 100;
        em.call('generateReport', REQUEST);
        committed = { n: back, figures: figures() };
      }
      setRequests(run.to);
      const register = snapshot(registerSheet());
      em.resetCalls();
      // Each attempt is another day for the e-mail quota.
      em.services.MailApp._remaining = 100;
      em.rt.failAtCall = run.at;
      let error: unknown = null;
      const calls = recordCalls(em, () => {
        try {
          em.call('generateReport', REQUEST);
        } catch (err) {
          error = err;
        }
      });
      em.rt.failAtCall = null;
      const reference = sequence[run.to];
      const label = `to ${run.to} requests, fault at call ${run.at} (${reference[run.at - 1]})`;
      // The run met the same calls as the reference run up to the fault: the fault hit the call meant.
      if (calls.slice(0, run.at).join() !== reference.slice(0, run.at).join())
        failures.push(`${label}: the run took another path before the fault`);
      const now = figures();
      const problems = disagreements(now);
      if (error) {
        thrown++;
        // Failed: the previous report stands, untouched.
        if (JSON.stringify(now.ids) !== JSON.stringify(committed.figures.ids))
          problems.push('the previous document, PDF and JSON are not the ones visible');
        if (now.json.total !== committed.n) problems.push(`failed, yet the JSON says ${now.json.total}`);
        if (now.sheet.total !== committed.n) problems.push(`failed, yet the sheet says ${now.sheet.total}`);
      } else {
        // Returned: the new report everywhere.
        const old = Object.values(committed.figures.ids);
        if (Object.values(now.ids).some((id) => id === null || old.includes(id)))
          problems.push('returned, yet the files are not all new');
        if (now.json.total !== run.to || now.sheet.total !== run.to)
          problems.push(`returned, yet JSON ${now.json.total} and sheet ${now.sheet.total}`);
        committed = { n: run.to, figures: now };
      }
      try {
        checkAfterRun(em, register, states[committed.n]!, true, label);
      } catch (err) {
        problems.push((err as Error).message);
      }
      if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
      // A failure may leave hidden leftovers (never visible ones): the next officer's run removes
      // them and succeeds. Run it then, and every tenth time anyway.
      const leftovers = () =>
        em.spreadsheet
          .getSheets()
          .map((sh: any) => sh.getName())
          .filter((name: string) => name.startsWith(`${names.sheet} (`));
      if (leftovers().length || i % 10 === 0) {
        try {
          em.services.MailApp._remaining = 100;
          const again = em.call('generateReport', REQUEST);
          checkAfterRun(em, register, states[run.to]!, true, `${label}, then a clean run`);
          if (leftovers().length) throw new Error(`${label}, then a clean run: leftovers ${leftovers().join(', ')}`);
          if (!visibleFiles(em).some((f) => f.id === again.docId))
            throw new Error(`${label}: the clean run's document is not visible`);
          committed = { n: run.to, figures: figures() };
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    }
    // The sweep's figure, for the full sweep run by hand (PPID_FAULTS_EVERY=1).
    if (EVERY || process.env.PPID_FAULTS_REPORT === '1')
      console.log(`fault sweep: ${runs.length} points, ${thrown} thrown, ${failures.length} with a disagreement`);
    expect({ failed: failures.length, of: runs.length, first: failures.slice(0, 12) }).toEqual({
      failed: 0,
      of: runs.length,
      first: [],
    });
    // Almost every fault surfaces as an error (those after the report is shared are reported in
    // its dialog instead, and a few are deliberately absorbed, e.g. trashing an old file).
    expect(thrown).toBeGreaterThan(runs.length * 0.8);
  }, 600000);
});
