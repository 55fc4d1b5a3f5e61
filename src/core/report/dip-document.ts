// The published Daftar Informasi Publik, and on the officer's word the Daftar Informasi yang
// Dikecualikan (issue #27 item 5), as report blocks: the letterhead the report cover prints (the
// unit, its parent body and ministry), the list's title and date, the legal basis, one table per
// class with the DIP form's columns (Perki 1/2021; docs/dip.md), and the PPID's place, date and
// signature lines (settings, as the Kata Pengantar signs). The Docs writer renders it through the
// same request plan as the report (docs-requests.ts), on a landscape page when the table is wider
// than a portrait one.
//
// Only Final entries are printed. An entry still Draf, one without a class, and a DIK entry
// whose exemption has ended (its information is open now and belongs in the DIP) are left out,
// and named in `leftOut` for the dialog and the command line; the document never mentions them.
//
// The DIK carries each entry's ground, the statute relied on and the consequence test as the
// entry states it (harm of disclosure, greater interest of withholding): the exemption stands on
// that test (UU 14/2008 Pasal 2 ayat 4, Pasal 19) and the PPID's decree that fixes it names the
// reason (docs/dip.md, "Publishing"). It never carries the person responsible.
import type { Day, Lang } from '../types';
import type { Settings } from '../settings';
import { ymd } from '../calendar';
import {
  DIK_COLUMNS,
  DIP_CLASSES,
  DIP_COLUMNS,
  exemptionStatus,
  type DikEntry,
  type DipEntry,
  type DipKey,
  type DikKey,
  type DipList,
} from '../dip';
import type { Block } from './report-blocks';
import { translator, formatDateLong, formatDateShort } from './labels';
import { docFileName, shownSetting, shownUnit } from './missing-settings';

export type DipDocKind = 'dip' | 'dik';

export interface LeftOutEntry {
  /** The entry's number, or '' when it has none (then `row` names it). */
  number: string;
  row: number;
  reason: 'draft' | 'noClass' | 'ended';
}

export interface DipDocument {
  kind: DipDocKind;
  fileName: string;
  blocks: Block[];
  /** Whether the table needs a landscape page (wider than a portrait A4's text width). */
  landscape: boolean;
  /** Entries printed. */
  included: number;
  leftOut: LeftOutEntry[];
}

/** Points between 1-inch margins: A4 portrait (595 − 144) and landscape (842 − 144). */
export const PORTRAIT_TEXT_WIDTH = 451;
export const LANDSCAPE_TEXT_WIDTH = 698;

// The DIP form's seven columns, then the link where the entry is published (the add-on's own).
const DIP_PRINTED: Array<[DipKey, number]> = [
  ['number', 56],
  ['summary', 150],
  ['holder', 88],
  ['responsible', 92],
  ['made', 76],
  ['forms', 64],
  ['retention', 66],
  ['link', 106],
];
const DIK_PRINTED: Array<[DikKey | 'period' | 'decree', number]> = [
  ['number', 48],
  ['summary', 110],
  ['holder', 70],
  ['ground', 90],
  ['harm', 110],
  ['interest', 110],
  ['period', 90],
  ['decree', 70],
];

function header(kind: DipDocKind, lang: Lang, key: string): string {
  const tr = translator(lang);
  if (key === 'number') return tr('dipDoc.col.no');
  if (key === 'ground') return tr('dipDoc.col.ground');
  if (key === 'period') return tr('dipDoc.col.period');
  if (key === 'decree') return tr('dipDoc.col.decree');
  const spec = (kind === 'dip' ? DIP_COLUMNS : DIK_COLUMNS).find((c) => c.key === key)!;
  return lang === 'en' ? spec.en : spec.id;
}

/** The letterhead: the title, the unit as the report cover names it, its parent body and ministry, the date. */
function letterhead(kind: DipDocKind, settings: Settings, lang: Lang, asOf: Day): Block[] {
  const tr = translator(lang);
  const v = settings.values;
  const unit = String(v.unitName ?? '').trim();
  return [
    { type: 'title', text: tr(`dipDoc.title.${kind}`) },
    { type: 'subtitle', text: unit ? unit.toUpperCase() : shownUnit('', lang) },
    // The parent body and ministry as plain centred lines: a landscape page has little height.
    ...[v.parentBody, v.ministry]
      .filter((x) => String(x ?? '').trim())
      .map((x): Block => ({ type: 'paragraph', text: String(x).toUpperCase(), align: 'center' })),
    {
      type: 'paragraph',
      text: tr('dipDoc.asOf', { date: formatDateLong(ymd(asOf), lang) }),
      align: 'center',
      bold: true,
    },
    { type: 'paragraph', text: tr(`dipDoc.basis.${kind}`), align: 'justify' },
  ];
}

/** Place and date, the PPID's title, room to sign, name and NIP (settings), right-aligned and kept together. */
function signature(settings: Settings, lang: Lang, asOf: Day): Block[] {
  const tr = translator(lang);
  const v = settings.values;
  const right = (text: string, bold = false): Block => ({ type: 'paragraph', text, align: 'right', bold });
  return [
    { type: 'paragraph', text: '' },
    right(tr('doc.signPlace', { city: shownSetting(settings, 'city', lang), date: formatDateLong(ymd(asOf), lang) })),
    right(String(v.officerTitle ?? '').trim() || tr('dipDoc.signer')),
    right(''),
    right(''),
    right(''),
    right(shownSetting(settings, 'officerName', lang), true),
    ...(String(v.officerNip ?? '').trim() ? [right(tr('doc.nip', { nip: v.officerNip }))] : []),
  ];
}

const landscapeFor = (widths: number[]) => widths.reduce((s, w) => s + w, 0) > PORTRAIT_TEXT_WIDTH;

interface PrintedTable {
  caption: string;
  rows: string[][];
}

/**
 * The letterhead, the list's tables in its printed columns and the signature. The tables break
 * between rows (`splittable`, their header pinned): kept whole, a table of long entries leaves a
 * page with only the letterhead.
 */
function listDocument(
  kind: DipDocKind,
  printed: ReadonlyArray<readonly [string, number]>,
  tables: PrintedTable[],
  o: { settings: Settings; lang: Lang; asOf: Day; included: number; leftOut: LeftOutEntry[] },
): DipDocument {
  const widths = printed.map(([, w]) => w);
  const blocks: Block[] = letterhead(kind, o.settings, o.lang, o.asOf);
  for (const t of tables)
    blocks.push(
      { type: 'paragraph', text: '' },
      {
        type: 'table',
        caption: t.caption,
        header: printed.map(([k]) => header(kind, o.lang, k)),
        rows: t.rows,
        total: false,
        widths,
        splittable: true,
      },
    );
  blocks.push(...signature(o.settings, o.lang, o.asOf));
  const unit = String(o.settings.values.unitName ?? '').trim();
  return {
    kind,
    fileName: docFileName(translator(o.lang)(`dipDoc.file.${kind}`, { unit })),
    blocks,
    landscape: landscapeFor(widths),
    included: o.included,
    leftOut: o.leftOut,
  };
}

/** The published DIP: Final entries with a class, one table per class in the law's order. */
export function buildDipDocument(list: DipList, settings: Settings, lang: Lang, asOf: Day): DipDocument {
  const tr = translator(lang);
  const leftOut: LeftOutEntry[] = [];
  const shown: DipEntry[] = [];
  for (const e of list.entries) {
    if (e.state !== 'Final') leftOut.push({ number: e.number, row: e.row, reason: 'draft' });
    else if (!e.infoClass) leftOut.push({ number: e.number, row: e.row, reason: 'noClass' });
    else shown.push(e);
  }
  const tables: PrintedTable[] = [];
  let letter = 0;
  for (const c of DIP_CLASSES) {
    const rows = shown.filter((e) => e.infoClass === c);
    if (!rows.length) continue;
    tables.push({
      caption: tr('dipDoc.group', { letter: 'ABC'[letter++], label: tr(`doc.dip.class.${c}`) }),
      rows: rows.map((e) => DIP_PRINTED.map(([k]) => String(e[k] ?? ''))),
    });
  }
  return listDocument('dip', DIP_PRINTED, tables, { settings, lang, asOf, included: shown.length, leftOut });
}

function dikPeriod(e: DikEntry, lang: Lang): string {
  const tr = translator(lang);
  const d = (x: Day) => formatDateShort(ymd(x));
  const range =
    e.from !== null && e.until !== null
      ? tr('dipDoc.period.range', { from: d(e.from), until: d(e.until) })
      : e.from !== null
        ? tr('dipDoc.period.from', { from: d(e.from) })
        : '';
  return [range, e.periodNote].filter(Boolean).join('; ');
}

function dikCell(e: DikEntry, key: DikKey | 'period' | 'decree', lang: Lang): string {
  if (key === 'period') return dikPeriod(e, lang);
  if (key === 'decree')
    return e.decreeDate !== null
      ? translator(lang)('dipDoc.decree', { number: e.decreeNumber, date: formatDateShort(ymd(e.decreeDate)) })
      : e.decreeNumber;
  if (key === 'ground') return [e.ground, e.law].filter(Boolean).join('; ');
  return key === 'expiry' ? '' : String(e[key] ?? '');
}

/** The DIK: Final entries whose exemption has not ended by `asOf`. */
export function buildDikDocument(list: DipList, settings: Settings, lang: Lang, asOf: Day): DipDocument {
  const tr = translator(lang);
  const leftOut: LeftOutEntry[] = [];
  const shown: DikEntry[] = [];
  for (const e of list.exempted) {
    if (e.state !== 'Final') leftOut.push({ number: e.number, row: e.row, reason: 'draft' });
    else if (exemptionStatus(e, asOf) === 'ended') leftOut.push({ number: e.number, row: e.row, reason: 'ended' });
    else shown.push(e);
  }
  const tables: PrintedTable[] = shown.length
    ? [{ caption: tr('dipDoc.table.dik'), rows: shown.map((e) => DIK_PRINTED.map(([k]) => dikCell(e, k, lang))) }]
    : [];
  return listDocument('dik', DIK_PRINTED, tables, { settings, lang, asOf, included: shown.length, leftOut });
}

/** "12, 14 dan baris 9": the left-out entries of one reason, by number (or row when unnumbered). */
export function leftOutNames(entries: LeftOutEntry[], lang: Lang): string[] {
  const tr = translator(lang);
  return entries.map((e) => e.number || tr('dipPub.row', { row: e.row }));
}
