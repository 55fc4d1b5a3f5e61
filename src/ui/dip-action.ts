// "Terbitkan DIP" (issue #27 item 5): the Daftar Informasi Publik, and on the officer's word the
// Daftar Informasi yang Dikecualikan, as a Google Doc and a PDF in the report folder, shared as the
// report is. One read of each list sheet; the document is built as data in the core
// (core/report/dip-document.ts) and written by the report's own Docs API writer.
//
// One transaction, like the report: each document is made under a temporary name, renamed to its
// final name, then its PDF taken (so the PDF's title is final); only when every file is made is
// the record of the published DIP pointed at them (the commit), and the previous edition trashed
// (regenerating replaces it: idempotent). A fault before the commit trashes everything this run
// made, so the previous edition stands as it was. Sharing after the commit may fail without
// undoing the files: the result says so. The sheets are only read.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { dayFromIso, dayOfDate } from '../core/calendar';
import { settingsLang, splitEmails, shareRole } from '../core/settings';
import { UserError, messageOf } from '../core/errors';
import {
  buildDikDocument,
  buildDipDocument,
  joinList,
  leftOutNames,
  type DipDocKind,
  type DipDocument,
  type LeftOutEntry,
} from '../core/report';
import { readSettings } from '../sheets/settings';
import { registerEditors } from '../sheets/workbook';
import { tzOffsetMinutes } from '../sheets/holidays';
import { readDipLists } from '../sheets/dip';
import { writeReportDocument } from '../docs/report-doc';
import {
  discardDocument,
  discardIds,
  documentRef,
  recordReportFiles,
  recordedFiles,
  renameFile,
  resolveFolder,
  saveDocumentPdf,
  shareFiles,
  trashPreviousFiles,
  type DriveRef,
} from '../docs/files';
import { withOfficeLock } from '../platform/locks';
import { toast } from './common';
import { requireEditRights } from '../sheets/edit-rights';

export interface DipPublishRequest {
  /** Make the DIK too (the officer's word; the DIP alone is meant to be published). */
  dik?: boolean;
  /** "YYYY-MM-DD": the list's date; default today in the spreadsheet's time zone. */
  asOf?: string;
}

export interface DipPublished {
  kind: DipDocKind;
  fileName: string;
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
  included: number;
  leftOut: LeftOutEntry[];
}

export interface DipPublishResult {
  lang: Lang;
  published: DipPublished[];
  /** The lists' row problems (the sheets show them; messages never quote a cell). */
  problems: number;
  sharedWith: string[];
  /** Sharing failed after the files were made: the reason; the files stand. */
  shareFailed: string | null;
  /** The dialog's lines (and the command line's). */
  lines: string[];
}

/**
 * Where the published DIP and DIK are remembered: the report's record, under a key no period has,
 * one entry per file (dipDoc, dipPdf, dikDoc, dikPdf), so that one write commits both lists.
 */
const RECORD_KEY = 'dip';
const LOCK_WAIT_MS = 10000;

/** The left-out entries as the dialog names them, one line per reason. */
export function leftOutLines(leftOut: LeftOutEntry[], lang: Lang): string[] {
  const out: string[] = [];
  for (const reason of ['draft', 'noClass', 'ended'] as const) {
    const these = leftOut.filter((e) => e.reason === reason);
    if (these.length)
      out.push(t(lang, `dipPub.done.leftOut.${reason}`, { list: joinList(leftOutNames(these, lang), lang) }));
  }
  return out;
}

export function publishDip(req: DipPublishRequest = {}): DipPublishResult {
  const ss = SpreadsheetApp.getActive();
  return withOfficeLock(() => publish(ss, req), LOCK_WAIT_MS);
}

/** This run's files by their record names (dipDoc, dipPdf, dikDoc, dikPdf). */
function madeRefs(files: Array<{ d: DipDocument; doc: DriveRef; pdf: DriveRef }>): Record<string, DriveRef> {
  return Object.fromEntries(
    files.flatMap((f) => [
      [`${f.d.kind}Doc`, f.doc],
      [`${f.d.kind}Pdf`, f.pdf],
    ]),
  );
}

function publish(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, req: DipPublishRequest): DipPublishResult {
  const settings = readSettings(ss);
  const lang = settingsLang(settings);
  toast(ss, lang, 'dipPub.progress');
  const list = readDipLists(ss, lang);
  if (!list) throw new UserError('dipPub.err.noSheet');
  const asOf = req.asOf ? dayFromIso(req.asOf) : dayOfDate(new Date(), tzOffsetMinutes(ss.getSpreadsheetTimeZone()));
  if (!Number.isFinite(asOf)) throw new UserError('err.badPeriod', { value: req.asOf ?? '' });
  const docs: DipDocument[] = [buildDipDocument(list, settings, lang, asOf)];
  if (req.dik) docs.push(buildDikDocument(list, settings, lang, asOf));
  for (const d of docs)
    if (!d.included)
      throw new UserError('dipPub.err.empty', {
        list: t(lang, d.kind === 'dip' ? 'dip.sheet.dip' : 'dip.sheet.dik'),
        leftOut: leftOutLines(d.leftOut, lang).join(' '),
      });

  // Edit rights first: a viewer is refused before Drive is touched (nothing made in their Drive).
  requireEditRights(ss);
  const folder = resolveFolder(settings.values.reportFolder, { shareWith: () => registerEditors(ss) });
  // What this run made, trashed if it fails before the commit: the documents kept as objects, so
  // that a fault reading one's ID is not the reason it stays (discardDocument asks again).
  const docsMade: GoogleAppsScript.Document.Document[] = [];
  const pdfsMade: string[] = [];
  const files: Array<{ d: DipDocument; doc: DriveRef; pdf: DriveRef }> = [];
  let previous: string[] = [];
  try {
    for (const d of docs) {
      const model = { fileName: d.fileName, blocks: d.blocks, emptyItems: [] };
      const doc = writeReportDocument(
        model,
        {},
        `${d.fileName} (sedang dibuat)`,
        folder,
        lang,
        {},
        {
          landscape: d.landscape,
        },
      );
      docsMade.push(doc);
      const ref = documentRef(doc);
      renameFile(ref, d.fileName);
      const pdf = saveDocumentPdf(folder, doc, d.fileName);
      pdfsMade.push(pdf.id);
      files.push({ d, doc: ref, pdf });
    }
    // The commit, one write: the record points at the new files, and keeps the DIK published
    // before when this run made none.
    const record: Record<string, DriveRef> = {};
    const old = recordedFiles(RECORD_KEY);
    if (!req.dik) for (const k of ['dikDoc', 'dikPdf']) if (old[k]) record[k] = { id: old[k], url: '' };
    Object.assign(record, madeRefs(files));
    const kept = Object.values(record).map((r) => r.id);
    previous = recordReportFiles(RECORD_KEY, record).filter((id) => !kept.includes(id));
  } catch (err) {
    discardIds(pdfsMade);
    for (const doc of docsMade) discardDocument(doc);
    throw err;
  }
  // The previous edition: tidied quietly (a leftover stays in Drive, never half an edition).
  trashPreviousFiles(previous);

  const { valid } = splitEmails(settings.values.centralEmails);
  const groups = splitEmails(settings.values.shareGroups ?? '').valid.map((g) => g.toLowerCase());
  let sharedWith: string[] = [];
  let shareFailed: string | null = null;
  if (valid.length) {
    try {
      const outcome = shareFiles(
        madeRefs(files),
        valid.map((email) => ({ email, group: groups.includes(email.toLowerCase()) })),
        shareRole(settings.values.shareRole),
        true,
      );
      sharedWith = valid.filter((e) => !(outcome.refused[e] ?? []).length);
    } catch (err) {
      shareFailed = messageOf(err, lang);
    }
  }
  const published = files.map(
    (f): DipPublished => ({
      kind: f.d.kind,
      fileName: f.d.fileName,
      docId: f.doc.id,
      docUrl: f.doc.url,
      pdfId: f.pdf.id,
      pdfUrl: f.pdf.url,
      included: f.d.included,
      leftOut: f.d.leftOut,
    }),
  );
  const lines: string[] = [];
  for (const p of published) {
    lines.push(t(lang, `dipPub.done.${p.kind}`, { count: p.included }), ...leftOutLines(p.leftOut, lang));
  }
  if (list.problems.length) lines.push(t(lang, 'dipPub.done.problems', { count: list.problems.length }));
  if (sharedWith.length) lines.push(t(lang, 'dipPub.done.shared', { list: sharedWith.join(', ') }));
  if (shareFailed) lines.push(t(lang, 'dipPub.done.shareFailed', { reason: shareFailed }));
  return { lang, published, problems: list.problems.length, sharedWith, shareFailed, lines };
}

/** The dialog after publishing: the files' links, then what was left out and why. */
export function dipDoneHtml(r: DipPublishResult, esc: (s: string) => string): string {
  const link = (url: string, label: string) => `<a href="${esc(url)}" target="_blank" rel="noopener">${esc(label)}</a>`;
  return [
    '<div style="font-family:Arial,sans-serif;padding:4px 8px">',
    `<ul>${r.published
      .map(
        (p) =>
          `<li>${esc(p.fileName)}: ${link(p.docUrl, t(r.lang, 'dipPub.done.doc'))} · ${link(p.pdfUrl, t(r.lang, 'dipPub.done.pdf'))}</li>`,
      )
      .join('')}</ul>`,
    ...r.lines.map((l) => `<p>${esc(l)}</p>`),
    '</div>',
  ].join('\n');
}
