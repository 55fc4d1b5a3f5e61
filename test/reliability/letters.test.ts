// Letters under stress: a fault at any service call of a letter run, two officers at once, and
// the personal data a letter carries never reaching a report, a recap or the central PPID.
import { faultPoints, recordCalls } from './faults';
import { snapshot, openDoc, file } from '../support/harness';
import {
  letterEmulator,
  logRows,
  visibleLetters,
  letterText,
  PERSONAL_MARKERS,
  APPLICANT,
  PNG_1PX,
} from '../support/letters';
import { pdfText } from '@ppid-sheets/emulator';

const make = (em: any, req: Record<string, unknown>) => em.call('generateLetter', req);

/** Each visible letter document is complete and logged; each logged letter is visible. */
function consistent(em: any, label: string): void {
  const logged = logRows(em);
  const docs = visibleLetters(em).filter((f) => f.mimeType === 'application/vnd.google-apps.document');
  const pdfs = visibleLetters(em).filter((f) => f.mimeType === 'application/pdf');
  const problems: string[] = [];
  if (docs.length !== logged.length || pdfs.length !== logged.length)
    problems.push(`${docs.length} documents, ${pdfs.length} PDFs, ${logged.length} log rows`);
  for (const d of docs) {
    const text = letterText(em, d.id);
    if (!/NIP 198005152006041002/.test(text) || /\{\{/.test(text)) problems.push(`incomplete letter ${d.name}`);
    if (!logged.some((r) => String(r[5]).includes(d.id))) problems.push(`unlogged letter ${d.name}`);
  }
  const templates = [...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed);
  if (new Set(templates.map((t: any) => t.name)).size !== templates.length) problems.push('two templates of one kind');
  for (const t of templates)
    if (!/NIP \{\{nip_penanda_tangan\}\}/.test(openDoc(em, t.id).getBody().getText()))
      problems.push(`half-made template ${t.name}`);
  if (problems.length) throw new Error(`${label}: ${problems.join('; ')}`);
}

describe('a fault at any call of a letter run leaves nothing half-made and no gap in the numbers', () => {
  const REQ = { row: 3, kind: 'pemberitahuan', fillAnswered: true };
  const reference = letterEmulator('2025-04-15');
  const sequence = recordCalls(reference, () => make(reference, REQ));
  // Calls of a kind made at most twice (folder, template, copy, PDF, lock, log sheet …), every
  // 25th call of filling the copy, and every call from the filled copy's save on (PDF, Tanggal
  // Selesai, log row, flush, release), where a fault would leave a letter without its log row or a
  // log row without its letter. (The fill's own replaceText calls are sampled by the stride: a
  // fault there is one kind of failure, before anything is saved.)
  const copyAt = sequence.indexOf('Drive.Files.copy') + 1;
  const savedAt = sequence.lastIndexOf('Document.saveAndClose') + 1;
  const points = [
    ...new Set([
      ...faultPoints(sequence, 2, sequence.length + 1, false),
      ...sequence.map((_, i) => i + 1).filter((n) => (n >= copyAt && (n - copyAt) % 25 === 0) || n >= savedAt),
    ]),
  ].sort((a, b) => a - b);

  test(`the run makes ${sequence.length} calls; ${points.length} of them are failed in turn`, () => {
    expect(sequence.length).toBeGreaterThan(50);
    expect(points.length).toBeGreaterThan(45);
    expect(copyAt).toBeGreaterThan(0);
    // The save of the filled copy comes after the copy, and the window after it holds the PDF,
    // the Tanggal Selesai write and the log row.
    expect(savedAt).toBeGreaterThan(copyAt);
    expect(sequence.slice(savedAt - 1)).toEqual(
      expect.arrayContaining(['Document.getAs', 'Range.setValue', 'Range.setValues', 'Lock.releaseLock']),
    );
  });

  test.each(points.map((n) => [n, sequence[n - 1]]))('fault at call %i (%s)', (n) => {
    const em = letterEmulator('2025-04-15');
    const register = snapshot(em.spreadsheet.getSheetByName('Register'));
    em.resetCalls();
    em.rt.failAtCall = n;
    let failed = false;
    try {
      const r = make(em, REQ);
      failed = !r.ok;
    } catch (_) {
      failed = true;
    }
    em.rt.failAtCall = null;
    consistent(em, `fault at ${n}`);
    if (failed) {
      expect(logRows(em)).toHaveLength(0);
      expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(register);
    }
    // The next letter of the same kind takes the first number (a failed run left no gap) and
    // works from whatever template the fault left: reused when whole, made again when not.
    const next = make(em, { row: 2, kind: 'pemberitahuan' });
    expect(next.letterNumber).toBe(failed ? '001/PPID/IV/2025' : '002/PPID/IV/2025');
    consistent(em, `after fault at ${n}`);
  });
});

describe('two officers at once', () => {
  test.each(['Drive.Files.copy', 'Document.saveAndClose', 'Drive.Files.create', 'Range.setValues'])(
    'a second letter started at %s waits its turn or is told to try again; numbers stay unique',
    (at) => {
      const em = letterEmulator('2025-04-17');
      make(em, { row: 2, kind: 'tanda-terima' }); // templates exist: the second run reaches every call
      let innerError: any = null;
      let inner: any = null;
      const state = { done: false };
      const hook = (name: string) => {
        if (state.done || name !== at) return;
        state.done = true;
        try {
          inner = make(em, { row: 4, kind: 'tanda-terima' });
        } catch (err) {
          innerError = err;
        }
      };
      em.rt.callHooks.push(hook);
      const outer = make(em, { row: 3, kind: 'tanda-terima' });
      em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
      expect(state.done).toBe(true);
      expect(outer.ok).toBe(true);
      expect(inner).toBeNull();
      expect(innerError?.key).toBe('err.locked');
      const numbers = logRows(em).map((r) => r[3]);
      expect(new Set(numbers).size).toBe(numbers.length);
      const retry = make(em, { row: 4, kind: 'tanda-terima' });
      expect(retry.letterNumber).toBe('003/PPID/IV/2025');
      consistent(em, at);
    },
  );
});

describe("a letter's personal data stays in the letter", () => {
  const em = letterEmulator('2025-05-20');
  const up = em.call('saveLetterLogo', { name: 'logo.png', mimeType: 'image/png', data: PNG_1PX });
  const letters = [
    make(em, { row: 2, kind: 'tanda-terima' }),
    make(em, { row: 3, kind: 'pemberitahuan', fillAnswered: true }),
    make(em, { row: 4, kind: 'penolakan' }),
    make(em, { row: 4, kind: 'tanggapan-keberatan', extras: { decision: 'granted' } }),
    make(em, { row: 5, kind: 'pemberitahuan' }),
  ];
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = sheet.getDataRange().getValues();
  sheet.getRange(grid.findIndex((r) => r[0] === 'E-mail PPID Pusat') + 1, 2).setValue('ppid.pusat@example.go.id');
  sheet.getRange(grid.findIndex((r) => r[0] === 'Kirim E-mail Pemberitahuan') + 1, 2).setValue('Ya');
  const report = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });

  test("the letters carry the applicant's name and address (they are addressed to the applicant)", () => {
    expect(up.ok).toBe(true);
    expect(letters.every((l) => l.ok)).toBe(true);
    for (const l of letters) expect(letterText(em, l.docId)).toContain(APPLICANT.name);
  });

  test('no recap output holds any of it: recap sheet, report document, PDF, recap JSON, e-mail', () => {
    const recap = em.spreadsheet.getSheetByName(report.recapSheet).getDataRange().getValues().flat().join('\n');
    const doc = openDoc(em, report.docId).getBody().getText();
    const pdf = pdfText(file(em, report.pdfId).bytes);
    const json = file(em, report.jsonId).bytes.toString('utf8');
    const mails = em.services.MailApp._sent.map((m: any) => JSON.stringify(m)).join('\n');
    for (const [what, text] of Object.entries({ recap, doc, pdf, json, mails })) {
      expect({ what, leak: PERSONAL_MARKERS.test(text) }).toEqual({ what, leak: false });
    }
    expect(json).not.toMatch(/nomor_surat|\d{3}\/PPID\/[IVX]+\/2025/);
  });

  test('no letter, PDF, template or logo is shared; the log holds no personal data', () => {
    const shared = new Set(em.services.Drive.Permissions._sent.map((p: any) => p.fileId));
    expect([...shared].sort()).toEqual([report.docId, report.pdfId, report.jsonId].sort());
    const folder = file(em, letters[0].docId).parents[0];
    for (const f of em.rt.files.values() as Iterable<any>) {
      if (f.parents.includes(folder) || f.id === folder) {
        expect({
          name: f.name,
          viewers: f.viewers.size,
          editors: f.editors.size,
          commenters: f.commenters.size,
          access: f.access,
        }).toEqual({ name: f.name, viewers: 0, editors: 0, commenters: 0, access: 'PRIVATE' });
      }
    }
    expect(PERSONAL_MARKERS.test(JSON.stringify(logRows(em)))).toBe(false);
    expect(file(em, report.docId).parents).not.toContain(folder);
  });
});
