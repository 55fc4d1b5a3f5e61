// Shared by the fault-injection tests: which calls to fail, and what must hold after a failure.
import { file, snapshot } from '../support/harness';

export const TEMP_SUFFIX = ' (sedang dibuat)';

/**
 * The calls to fail, by 1-based number in a run's call sequence: every call of a kind that occurs
 * at most `rare` times (the structural ones: sheets inserted, renamed, deleted; documents created,
 * moved, renamed, trashed; properties, sharing, mail, the lock), the first and last call of every
 * other kind (unless `firstAndLast` is false), and every `stride`-th call between them.
 */
export function faultPoints(sequence: string[], rare = 6, stride = 25, firstAndLast = true): number[] {
  const count = new Map<string, number>();
  for (const name of sequence) count.set(name, (count.get(name) ?? 0) + 1);
  const points = new Set<number>();
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  sequence.forEach((name, i) => {
    const n = i + 1;
    if (!first.has(name)) first.set(name, n);
    last.set(name, n);
    if (count.get(name)! <= rare || n % stride === 0) points.add(n);
  });
  if (firstAndLast) for (const n of [...first.values(), ...last.values()]) points.add(n);
  return [...points].sort((a, b) => a - b);
}

/** The call sequence of one execution of `fn` (names as "Class.method"). */
export function recordCalls(em: any, fn: () => unknown): string[] {
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

/** Non-trashed files of the emulated Drive that the report makes (not folders, not the spreadsheet). */
export function visibleFiles(em: any): any[] {
  return [...em.rt.files.values()].filter(
    (f: any) => !f.trashed && !f.isFolder && f.mimeType !== 'application/vnd.google-apps.spreadsheet',
  );
}

/** What a complete report of one period looks like, taken from a run that succeeded. */
export interface ReportState {
  sheetName: string;
  /** Recap sheet values without the "made on" line. */
  values: unknown[][];
  charts: number;
  fileName: string;
}

export function reportState(em: any, result: any): ReportState {
  const sheet = em.spreadsheet.getSheetByName(result.recapSheet);
  return {
    sheetName: result.recapSheet,
    values: (sheet.getDataRange().getValues() as unknown[][]).filter((_, i) => i !== 1),
    charts: sheet.getCharts().length,
    fileName: file(em, result.docId).name,
  };
}

/**
 * After a run (failed or not): the register is as it was, no half-made recap sheet or document is
 * visible, and the period has either its previous report or a complete new one, exactly once.
 * `expected` is null when the period had no report before the run.
 */
export function checkAfterRun(
  em: any,
  register: unknown[][],
  expected: ReportState,
  hadReport: boolean,
  label: string,
): void {
  const problems: string[] = [];
  if (JSON.stringify(snapshot(em.spreadsheet.getSheetByName('Register'))) !== JSON.stringify(register))
    problems.push('the register changed');

  const sheets = em.spreadsheet.getSheets();
  for (const s of sheets) {
    if (s.getName().endsWith(TEMP_SUFFIX) && !s.isSheetHidden())
      problems.push(`half-made sheet visible: ${s.getName()}`);
    if (s.getName().startsWith(expected.sheetName) && s.getName() !== expected.sheetName && !s.isSheetHidden())
      problems.push(`extra visible sheet: ${s.getName()}`);
  }
  const recap = sheets.filter((s: any) => s.getName() === expected.sheetName);
  if (recap.length > 1) problems.push(`${recap.length} sheets named ${expected.sheetName}`);
  if (recap.length === 0 && hadReport) problems.push(`the previous ${expected.sheetName} is gone`);
  if (recap.length === 1) {
    const s = recap[0];
    if (s.isSheetHidden()) problems.push(`${expected.sheetName} is hidden`);
    const values = (s.getDataRange().getValues() as unknown[][]).filter((_, i) => i !== 1);
    if (JSON.stringify(values) !== JSON.stringify(expected.values))
      problems.push(`${expected.sheetName} is incomplete`);
    if (s.getCharts().length !== expected.charts)
      problems.push(`${expected.sheetName} has ${s.getCharts().length} charts`);
  }

  const folders = [...em.rt.files.values()].filter((f: any) => f.isFolder && !f.trashed && f.name === 'Laporan PPID');
  if (folders.length > 1) problems.push(`${folders.length} report folders`);
  const files = visibleFiles(em);
  for (const f of files) if (f.name.endsWith(TEMP_SUFFIX)) problems.push(`half-made document visible: ${f.name}`);
  // One document, one PDF, one JSON for the period, or none at all when it never had a report.
  const docs = files.filter(
    (f: any) => f.name === expected.fileName && f.mimeType === 'application/vnd.google-apps.document',
  );
  const pdfs = files.filter((f: any) => f.name === `${expected.fileName}.pdf`);
  const jsons = files.filter((f: any) => f.name === `${expected.fileName}.json`);
  const counts = [docs.length, pdfs.length, jsons.length].join('/');
  if (hadReport ? counts !== '1/1/1' : counts !== '1/1/1' && counts !== '0/0/0')
    problems.push(`document/PDF/JSON visible: ${counts}`);
  if (files.length !== docs.length + pdfs.length + jsons.length)
    problems.push(
      `other files visible: ${files
        .map((f: any) => f.name)
        .filter((n: string) => !n.startsWith(expected.fileName))
        .join(', ')}`,
    );
  for (const f of docs) {
    const text = em.services.DocumentApp.openById(f.id).getBody().getText();
    if (!/BAB IV/.test(text)) problems.push('the visible document is incomplete');
  }
  if (problems.length) throw new Error(`${label}: ${[...new Set(problems)].join('; ').slice(0, 400)}`);
}

/** The figures a report shows, read from each of its places: the recap sheet, recap.json, the document. */
export interface ReportFigures {
  /** The visible recap sheet's channel table: label → count, and its "Jumlah" row. */
  sheet: { total: number | null; byChannel: Record<string, number> };
  json: { total: number | null; byChannel: Record<string, number> };
  /** "menerima N permohonan" in the document's summary. */
  doc: number | null;
  /** The visible document, PDF and JSON of the period (null where there is not exactly one). */
  ids: { doc: string | null; pdf: string | null; json: string | null };
}

function fileText(f: any): string {
  return Buffer.from(f.bytes ?? []).toString('utf8');
}

export function reportFigures(em: any, sheetName: string, fileName: string): ReportFigures {
  const recap = em.spreadsheet.getSheets().filter((s: any) => s.getName() === sheetName && !s.isSheetHidden());
  const sheet: ReportFigures['sheet'] = { total: null, byChannel: {} };
  if (recap.length === 1) {
    const values = recap[0].getDataRange().getValues() as unknown[][];
    const head = values.findIndex((r) => r[0] === 'No.' && r[1] === 'Saluran');
    for (let r = head + 1; head >= 0 && r < values.length; r++) {
      if (values[r][1] === 'Jumlah') {
        sheet.total = Number(values[r][2]);
        break;
      }
      sheet.byChannel[String(values[r][1])] = Number(values[r][2]);
    }
  }
  const files = visibleFiles(em);
  const one = (pick: (f: any) => boolean) => {
    const found = files.filter(pick);
    return found.length === 1 ? found[0] : null;
  };
  const doc = one((f) => f.name === fileName && f.mimeType === 'application/vnd.google-apps.document');
  const pdf = one((f) => f.name === `${fileName}.pdf`);
  const jsonFile = one((f) => f.name === `${fileName}.json`);
  const json: ReportFigures['json'] = { total: null, byChannel: {} };
  if (jsonFile) {
    const parsed = JSON.parse(fileText(jsonFile));
    json.total = parsed.totals.requests;
    json.byChannel = parsed.totals.byChannel;
  }
  let docTotal: number | null = null;
  if (doc) {
    const m = /menerima (\d+) permohonan/.exec(em.services.DocumentApp.openById(doc.id).getBody().getText());
    docTotal = m ? Number(m[1]) : null;
  }
  return {
    sheet,
    json,
    doc: docTotal,
    ids: { doc: doc?.id ?? null, pdf: pdf?.id ?? null, json: jsonFile?.id ?? null },
  };
}

/** What disagrees between the places a report shows its figures (empty when they all agree). */
export function disagreements(f: ReportFigures): string[] {
  const out: string[] = [];
  if (f.sheet.total === null) out.push('no visible recap sheet with a channel table');
  if (f.json.total === null) out.push('no single visible recap JSON');
  if (f.sheet.total !== f.json.total) out.push(`sheet says ${f.sheet.total} requests, JSON ${f.json.total}`);
  if (JSON.stringify(f.sheet.byChannel) !== JSON.stringify(f.json.byChannel))
    out.push('sheet and JSON channel figures differ');
  if (f.doc !== f.json.total) out.push(`document says ${f.doc} requests, JSON ${f.json.total}`);
  return out;
}
