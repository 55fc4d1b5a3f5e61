// Generated registers full of what officers really type (and paste), each cell paired with what
// the rules of spec/register.md say about it. The model below is written from the spec, not from
// src/core/parse.ts, so a disagreement is a finding in one or the other.
import fc from 'fast-check';
import { REGISTER_COLUMNS, COMPUTED_COLUMNS, LISTS, FINISHED_STATUSES, type ColumnKey } from '../../src/core/register';
import { NOTICE_KEYS, OTHER_LAW, OTHER_REASON, UNSPECIFIED_PASAL_17 } from '../../src/core/law';
import { dayFromYmd, dayFromIso, ymd } from '../../src/core/calendar';
import type { Day } from '../../src/core/types';
import {
  hostDate,
  dayCell,
  formatArb,
  cleanFormatArb,
  oneof,
  dateArb,
  listArb,
  YES_NO_EXTRA,
  GROUND_EXTRA,
  REFUSAL_EXTRA,
  REFUSAL_FLAGGED,
  OUTCOME_EXTRA,
  requiredText,
  optionalText,
  feeArb,
  dayArb,
  relativeArb,
} from './bad-cells';
import type { DateMeaning, ListMeaning, Relative } from './bad-cells';

export { FIRST_DAY, LAST_DAY } from './bad-cells';

export interface GeneratedRow {
  /** Cell by column key, plus computed and officer columns; '' where nothing was typed. */
  cells: Partial<Record<ColumnKey, unknown>>;
  extra: unknown[];
  /** Filled in by the register generator once the row's place is known. */
  meaning: {
    received: DateMeaning;
    channel: ListMeaning;
    applicantType: ListMeaning;
    topic: ListMeaning;
    infoClass: ListMeaning;
    deliveryMethod: ListMeaning;
    status: ListMeaning;
    refusalReason: ListMeaning;
    extended: ListMeaning;
    dispute: ListMeaning;
    objectionGround: ListMeaning;
    objectionOutcome: ListMeaning;
    answered: DateMeaning;
    objectionDate: DateMeaning;
    objectionAnswered: DateMeaning;
    disputeDate: DateMeaning;
    disputeStage: ListMeaning;
    disputeOutcome: ListMeaning;
    disputeDecided: DateMeaning;
    applicantNameBlank: boolean;
    infoRequestedBlank: boolean;
    feeBad: boolean;
    notesBlank: boolean;
  };
}

/**
 * One register row. `clean` rows hold only what the rules accept (in any spelling and cell type):
 * the spec expects no problem on them.
 */
const rowArb = (clean: boolean): fc.Arbitrary<GeneratedRow> =>
  fc
    .record({
      received: dateArb(
        dayArb,
        clean ? { day: 1, invalid: 0, blank: 0 } : undefined,
        clean ? cleanFormatArb : formatArb,
      ),
      channel: listArb(
        LISTS.channels,
        { wa: 'WhatsApp', 'e-mail': 'Email', ig: 'Instagram', surel: 'Email', 'datang langsung': 'Ruang Layanan' },
        [],
        clean ? 0 : 2,
        clean ? 0 : 1,
      ),
      applicantName: requiredText(clean),
      applicantType: listArb(
        LISTS.applicantTypes,
        { perorangan: 'Perseorangan', kelompok: 'Kelompok Orang' },
        [],
        clean ? 0 : 2,
        clean ? 0 : 1,
      ),
      occupation: optionalText,
      address: optionalText,
      contact: optionalText,
      infoRequested: requiredText(clean),
      topic: listArb(LISTS.defaultTopics, {}, [], clean ? 0 : 2),
      purpose: optionalText,
      infoClass: listArb(LISTS.infoClasses, {}, [], clean ? 0 : 2),
      deliveryMethod: listArb(LISTS.deliveryMethods, { softcopy: 'Salinan Softcopy' }, [], clean ? 0 : 2),
      status: listArb(LISTS.statuses, { fulfilled: 'Dipenuhi', rejected: 'Ditolak' }, [], clean ? 0 : 2, clean ? 0 : 1),
      // A clean refused request names its reason.
      refusalReason: listArb(
        LISTS.refusalReasons,
        {},
        clean ? REFUSAL_EXTRA : [...REFUSAL_EXTRA, ...REFUSAL_FLAGGED],
        clean ? 0 : 2,
        clean ? 0 : 1,
      ),
      extended: listArb(LISTS.yesNo, {}, YES_NO_EXTRA, clean ? 0 : 2),
      // A clean finished request has its answer date.
      answered: relativeArb(clean, { day: 8, invalid: 1, blank: clean ? 0 : 4 }),
      fee: feeArb(clean),
      objection: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        {
          weight: 2,
          arbitrary: fc.record({
            date: relativeArb(clean, { day: 8, invalid: 1, blank: clean ? 0 : 2 }),
            ground: listArb(LISTS.objectionGrounds, {}, GROUND_EXTRA, clean ? 0 : 2),
            answered: relativeArb(clean, { day: 6, invalid: 1, blank: 3 }),
            outcome: listArb(LISTS.objectionOutcomes, {}, OUTCOME_EXTRA, clean ? 0 : 2),
          }),
        },
      ),
      dispute: listArb(LISTS.yesNo, {}, YES_NO_EXTRA, clean ? 0 : 2),
      // The dispute's details: filed after the objection, its stage, outcome and decision date.
      disputeDetails: fc.record({
        filed: relativeArb(clean, { day: 8, invalid: 1, blank: 2 }),
        stage: listArb(
          LISTS.disputeStages,
          {},
          [
            ['adjudication', 'Ajudikasi'],
            ['PTUN', 'Pengadilan'],
          ],
          clean ? 0 : 2,
        ),
        outcome: listArb(LISTS.disputeOutcomes, {}, [['mediasi berhasil', 'Kesepakatan Mediasi']], clean ? 0 : 2),
        decided: relativeArb(clean, { day: 6, invalid: 1, blank: 3 }),
      }),
      officer: optionalText,
      notes: optionalText,
      computed: fc.array(fc.constantFrom('', 'Tepat Waktu', 12, hostDate(dayFromYmd(2025, 2, 3)), '#N/A'), {
        minLength: COMPUTED_COLUMNS.length,
        maxLength: COMPUTED_COLUMNS.length,
      }),
      officerColumn: optionalText,
      halfFilled: oneof(
        { weight: 8, arbitrary: fc.constant(null) },
        {
          weight: clean ? 0 : 1,
          arbitrary: fc.uniqueArray(fc.constantFrom(...REGISTER_COLUMNS.map((c) => c.key)), {
            minLength: 1,
            maxLength: 20,
          }),
        },
      ),
    })
    .map((g) => {
      // Dates relative to the date received are resolved here, once the received day is known.
      const base = g.received[1].kind === 'day' ? g.received[1].day : dayFromYmd(2025, 6, 2);
      const relative = ([offset, [f, ms], cell]: Relative, from: Day): [unknown, DateMeaning] =>
        cell[1].kind === 'day' ? dayCell(from + offset, f, ms) : cell;
      const blankCell: [unknown, DateMeaning] = ['', { kind: 'blank' }];
      const answered = relative(g.answered, base);
      const objDate = g.objection ? relative(g.objection.date, base) : blankCell;
      const objAnswered = g.objection
        ? relative(g.objection.answered, objDate[1].kind === 'day' ? objDate[1].day : base)
        : blankCell;
      const blankListCell: [unknown, ListMeaning] = ['', { kind: 'blank' }];
      const ground: [unknown, ListMeaning] = g.objection ? g.objection.ground : blankListCell;
      let outcome: [unknown, ListMeaning] = g.objection ? g.objection.outcome : blankListCell;
      // A clean answered objection has its decision, and a clean decision its date.
      if (clean)
        outcome =
          objAnswered[1].kind === 'day'
            ? outcome[1].kind === 'known'
              ? outcome
              : ['Ditolak', { kind: 'known', value: 'Ditolak', raw: 'Ditolak' }]
            : blankListCell;

      // A clean row has a dispute only after a dated objection, and then with its filing date.
      let dispute = g.dispute;
      const d = g.disputeDetails;
      const objDay = objDate[1].kind === 'day' ? objDate[1].day : base;
      let disputeFiled = relative(d.filed, objDay);
      let stage = d.stage;
      let disputeOutcome = d.outcome;
      let decided = relative(d.decided, disputeFiled[1].kind === 'day' ? disputeFiled[1].day : objDay);
      const disputed = dispute[1].kind === 'known' && dispute[1].value === 'Ya';
      if (clean && (!disputed || objDate[1].kind !== 'day' || disputeFiled[1].kind !== 'day')) {
        if (disputed) dispute = ['Tidak', { kind: 'known', value: 'Tidak', raw: 'Tidak' }];
        disputeFiled = blankCell;
        stage = blankListCell;
        disputeOutcome = blankListCell;
        decided = blankCell;
      }
      if (clean && disputeOutcome[1].kind === 'known' && decided[1].kind !== 'day') disputeOutcome = blankListCell;

      const cells: Partial<Record<ColumnKey, unknown>> = {
        received: g.received[0],
        channel: g.channel[0],
        applicantName: g.applicantName[0],
        applicantType: g.applicantType[0],
        occupation: g.occupation,
        address: g.address,
        contact: g.contact,
        infoRequested: g.infoRequested[0],
        topic: g.topic[0],
        purpose: g.purpose,
        infoClass: g.infoClass[0],
        deliveryMethod: g.deliveryMethod[0],
        status: g.status[0],
        refusalReason: g.refusalReason[0],
        extended: g.extended[0],
        answered: answered[0],
        fee: g.fee[0],
        objectionDate: objDate[0],
        objectionGround: ground[0],
        objectionAnswered: objAnswered[0],
        objectionOutcome: outcome[0],
        dispute: dispute[0],
        disputeDate: disputeFiled[0],
        disputeStage: stage[0],
        disputeOutcome: disputeOutcome[0],
        disputeDecided: decided[0],
        officer: g.officer,
        notes: g.notes,
      };
      // A clean refusal under another law names it in Catatan.
      if (
        clean &&
        g.refusalReason[1].kind === 'known' &&
        g.refusalReason[1].value === OTHER_LAW &&
        isBlankCell(cells.notes)
      )
        cells.notes = 'UU 43/2009 Pasal 44';
      const meaning: GeneratedRow['meaning'] = {
        received: g.received[1],
        channel: g.channel[1],
        applicantType: g.applicantType[1],
        topic: g.topic[1],
        infoClass: g.infoClass[1],
        deliveryMethod: g.deliveryMethod[1],
        status: g.status[1],
        refusalReason: g.refusalReason[1],
        extended: g.extended[1],
        dispute: dispute[1],
        objectionGround: ground[1],
        answered: answered[1],
        objectionDate: objDate[1],
        objectionAnswered: objAnswered[1],
        objectionOutcome: outcome[1],
        disputeDate: disputeFiled[1],
        disputeStage: stage[1],
        disputeOutcome: disputeOutcome[1],
        disputeDecided: decided[1],
        applicantNameBlank: g.applicantName[1],
        infoRequestedBlank: g.infoRequested[1],
        feeBad: g.fee[1],
        notesBlank: isBlankCell(cells.notes),
      };
      const blankList: ListMeaning = { kind: 'blank' };
      const blankDate: DateMeaning = { kind: 'blank' };
      // Half-filled: an officer started the row and stopped.
      for (const key of g.halfFilled ?? []) {
        cells[key] = '';
        if (key === 'applicantName') meaning.applicantNameBlank = true;
        else if (key === 'infoRequested') meaning.infoRequestedBlank = true;
        else if (key === 'fee') meaning.feeBad = false;
        else if (key === 'notes') meaning.notesBlank = true;
        else if (key in meaning)
          (meaning as Record<string, unknown>)[key] =
            REGISTER_COLUMNS.find((c) => c.key === key)!.type === 'date' ? blankDate : blankList;
      }
      return { cells, extra: [...g.computed, g.officerColumn], meaning };
    });

export function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export interface GeneratedRegister {
  head: string[];
  values: unknown[][];
  /** Per data row (values[i + 1]): the row, blank or not, its registration number's key, and the problems the spec expects. */
  rows: Array<{
    sheetRow: number;
    blank: boolean;
    received: DateMeaning;
    expected: string[];
    /** The row's date cells that hold a day, under the register's header (for the as-of date's rule). */
    days: Array<{ key: ColumnKey; column: string; day: Day }>;
  }>;
  /** `column|code` the spec expects on the header row (row 1): a required column blank on every row. */
  header: string[];
}

/** The required columns whose blank cell is `required.missing` (a blank date received is its own problem). */
const REQUIRED_CELLS = REGISTER_COLUMNS.filter((c) => c.required && c.key !== 'received').map((c) => c.key);

/** The row with one required cell left blank, and what that means. */
function withBlank(row: GeneratedRow, key: ColumnKey): GeneratedRow {
  const meaning = { ...row.meaning };
  if (key === 'applicantName') meaning.applicantNameBlank = true;
  else if (key === 'infoRequested') meaning.infoRequestedBlank = true;
  else (meaning as Record<string, unknown>)[key] = { kind: 'blank' };
  return { ...row, cells: { ...row.cells, [key]: '' }, meaning };
}

/**
 * A required column blank on every row of two or more (a column the register never filled) is one
 * problem on the header row, `column.empty`, instead of one `required.missing` per row.
 */
export function collapseEmptyColumns(rows: GeneratedRegister['rows'], headerOf: (k: ColumnKey) => string): string[] {
  const filled = rows.filter((r) => !r.blank);
  if (filled.length < 2) return [];
  const header: string[] = [];
  for (const k of REQUIRED_CELLS) {
    const missing = `${headerOf(k)}|required.missing`;
    if (!filled.every((r) => r.expected.includes(missing))) continue;
    for (const r of filled) r.expected = r.expected.filter((e) => e !== missing);
    header.push(`${headerOf(k)}|column.empty`);
  }
  return header.sort();
}

const DATE_KEYS = [
  'received',
  'answered',
  'objectionDate',
  'objectionAnswered',
  'disputeDate',
  'disputeDecided',
] as const;

/** A date cell that is no usable date: implausible when it is a real date before the law took effect. */
const badDateCode = (d: DateMeaning) => (d.kind === 'invalid' && d.early ? 'date.implausible' : 'date.invalid');

/** `column|code` for every problem the spec expects of one row. */
function expectedProblems(row: GeneratedRow, header: (k: ColumnKey) => string, duplicate: boolean): string[] {
  const m = row.meaning;
  const out: string[] = [];
  const p = (k: ColumnKey, code: string) => out.push(`${header(k)}|${code}`);
  if (duplicate) p('number', 'number.duplicate');
  for (const k of [
    'received',
    'answered',
    'objectionDate',
    'objectionAnswered',
    'disputeDate',
    'disputeDecided',
  ] as const) {
    const d = m[k];
    if (d.kind === 'day' && d.text) p(k, 'date.text');
  }
  if (m.received.kind === 'blank') p('received', 'received.missing');
  // A real date before the law took effect (30-04-2010) is implausible, any other non-date invalid.
  if (m.received.kind === 'invalid') p('received', m.received.early ? 'received.implausible' : 'received.invalid');
  const list = (k: ColumnKey, lm: ListMeaning, required: boolean) => {
    if (lm.kind === 'unknown') p(k, 'list.unknown');
    if (lm.kind === 'blank' && required) p(k, 'required.missing');
  };
  list('channel', m.channel, true);
  if (m.applicantNameBlank) p('applicantName', 'required.missing');
  list('applicantType', m.applicantType, true);
  if (m.infoRequestedBlank) p('infoRequested', 'required.missing');
  list('topic', m.topic, false);
  list('infoClass', m.infoClass, false);
  list('deliveryMethod', m.deliveryMethod, false);
  list('status', m.status, true);
  list('refusalReason', m.refusalReason, false);
  // Issue #13: a Pasal 17 refusal without its letter, and Lainnya, are counted and flagged; a
  // refusal under another law names the law in Catatan.
  const refusal = m.refusalReason.kind === 'known' ? m.refusalReason.value : null;
  if (refusal === UNSPECIFIED_PASAL_17) p('refusalReason', 'refusal.unspecified');
  if (refusal === OTHER_REASON) p('refusalReason', 'refusal.no_ground');
  if (refusal === OTHER_LAW && m.notesBlank) p('notes', 'refusal.law_unnamed');
  list('extended', m.extended, false);
  // The live formulas read Perpanjangan = "Ya" and Status = "Dibatalkan" exactly (any case, no
  // spaces): other spellings the core accepts are counted but flagged, so the sheet can agree.
  const nonCanonical = (k: ColumnKey, lm: ListMeaning, canonical: string) => {
    if (
      lm.kind === 'known' &&
      lm.value === canonical &&
      !(typeof lm.raw === 'string' && lm.raw.toLowerCase() === canonical.toLowerCase())
    )
      p(k, 'list.noncanonical');
  };
  nonCanonical('extended', m.extended, 'Ya');
  nonCanonical('status', m.status, 'Dibatalkan');
  if (m.answered.kind === 'invalid') p('answered', badDateCode(m.answered));
  if (m.answered.kind === 'day' && m.received.kind === 'day' && m.answered.day < m.received.day)
    p('answered', 'answered.before_received');
  const status = m.status.kind === 'known' ? m.status.value : null;
  if (status !== null && FINISHED_STATUSES.has(status as never) && m.answered.kind === 'blank')
    p('answered', 'answered.missing');
  if (status === 'Ditolak' && m.refusalReason.kind === 'blank') p('refusalReason', 'refusal.missing');
  // Issue #24: a notice (not held, not yet documented) is no refusal; a Ditolak row with one is listed.
  if (status === 'Ditolak' && refusal !== null && NOTICE_KEYS.has(refusal)) p('status', 'refusal.notice_status');
  if (m.feeBad) p('fee', 'fee.invalid');
  if (m.objectionDate.kind === 'invalid') p('objectionDate', badDateCode(m.objectionDate));
  list('objectionGround', m.objectionGround, false);
  if (m.objectionAnswered.kind === 'invalid') p('objectionAnswered', badDateCode(m.objectionAnswered));
  list('objectionOutcome', m.objectionOutcome, false);
  const objectionDetails =
    m.objectionGround.kind === 'known' || m.objectionAnswered.kind === 'day' || m.objectionOutcome.kind === 'known';
  if (m.objectionDate.kind === 'blank' && objectionDetails) p('objectionDate', 'objection.date_missing');
  if (
    m.objectionDate.kind === 'day' &&
    m.objectionAnswered.kind === 'day' &&
    m.objectionAnswered.day < m.objectionDate.day
  )
    p('objectionAnswered', 'objection.answered_before');
  if (m.objectionDate.kind === 'day' && m.received.kind === 'day' && m.objectionDate.day < m.received.day)
    p('objectionDate', 'objection.before_received');
  // The superior's decision needs its date; an answered objection needs its decision.
  if (m.objectionOutcome.kind === 'known' && m.objectionAnswered.kind === 'blank')
    p('objectionAnswered', 'objection.outcome_without_date');
  if (m.objectionAnswered.kind === 'day' && m.objectionOutcome.kind === 'blank')
    p('objectionOutcome', 'objection.outcome_missing');
  list('dispute', m.dispute, false);
  // A dispute: Sengketa = Ya or any detail. It needs an objection first (Pasal 37) and its filing date.
  if (m.disputeDate.kind === 'invalid') p('disputeDate', badDateCode(m.disputeDate));
  list('disputeStage', m.disputeStage, false);
  list('disputeOutcome', m.disputeOutcome, false);
  if (m.disputeDecided.kind === 'invalid') p('disputeDecided', badDateCode(m.disputeDecided));
  const details =
    m.disputeDate.kind !== 'blank' ||
    m.disputeStage.kind === 'known' ||
    m.disputeOutcome.kind === 'known' ||
    m.disputeDecided.kind !== 'blank';
  const said = m.dispute.kind === 'known' ? m.dispute.value : null;
  if (details && said === 'Tidak') p('dispute', 'dispute.contradiction');
  if (said === 'Ya' || details) {
    if (m.objectionDate.kind === 'blank' && !objectionDetails) p('objectionDate', 'dispute.without_objection');
    if (m.disputeDate.kind === 'blank') p('disputeDate', 'dispute.date_missing');
  }
  if (m.disputeDate.kind === 'day' && m.objectionDate.kind === 'day' && m.disputeDate.day < m.objectionDate.day)
    p('disputeDate', 'dispute.before_objection');
  if (m.disputeOutcome.kind === 'known' && m.disputeDecided.kind === 'blank')
    p('disputeDecided', 'dispute.outcome_without_date');
  if (m.disputeDecided.kind === 'day' && m.disputeDate.kind === 'day' && m.disputeDecided.day < m.disputeDate.day)
    p('disputeDecided', 'dispute.decided_before_filed');
  return out.sort();
}

const numberKey = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : String(v).toLowerCase());

/**
 * A whole register: columns in any order under Indonesian or English headers, the computed
 * columns and an officer's own column among them, blank rows between, registration numbers
 * unique or deliberately repeated.
 */
export const registerArb: fc.Arbitrary<GeneratedRegister> = fc
  .record({
    order: fc.shuffledSubarray(
      REGISTER_COLUMNS.map((c) => c.key),
      { minLength: REGISTER_COLUMNS.length, maxLength: REGISTER_COLUMNS.length },
    ),
    english: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: rowArb(false) },
        { weight: 4, arbitrary: rowArb(true) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      { maxLength: 25 },
    ),
    numbers: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constant('unique') },
        { weight: 1, arbitrary: fc.constant('number') },
        { weight: 1, arbitrary: fc.constant('blank') },
        { weight: 1, arbitrary: fc.nat() },
      ),
      { minLength: 25, maxLength: 25 },
    ),
    // Now and then a required column the officers never fill (an adopted register's new column).
    neverFilled: oneof<ColumnKey | null>(
      { weight: 6, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...REQUIRED_CELLS) },
    ),
  })
  .map(({ order, english, rows, numbers, neverFilled }) => {
    const headerOf = (k: ColumnKey) => {
      const c = REGISTER_COLUMNS.find((x) => x.key === k)!;
      return english ? c.en : c.id;
    };
    // Computed columns after the input columns, then an officer's own column, as a real register has.
    const head = [
      ...order.map(headerOf),
      ...COMPUTED_COLUMNS.map((c) => (english ? c.en : c.id)),
      'Kolom Petugas Sendiri',
    ];
    const values: unknown[][] = [head];
    const out: GeneratedRegister['rows'] = [];
    const seenNumbers = new Set<string>();
    const used: unknown[] = [];
    rows.forEach((generated, i) => {
      const sheetRow = i + 2;
      const row = generated && neverFilled ? withBlank(generated, neverFilled) : generated;
      if (row === null) {
        values.push(head.map((_, c) => (c < order.length ? '' : c % 2 ? '' : 'FALSE')));
        out.push({ sheetRow, blank: true, received: { kind: 'blank' }, expected: [], days: [] });
        return;
      }
      const plan = numbers[i];
      let number: unknown = '';
      if (plan === 'unique') number = `R-${String(i).padStart(3, '0')}/PPID`;
      else if (plan === 'number') number = 1000 + i;
      else if (typeof plan === 'number' && used.length) {
        const earlier = used[plan % used.length];
        number = typeof earlier === 'string' ? `  ${earlier.toUpperCase()} ` : earlier;
      }
      const cells = { ...row.cells, number };
      const line = [...order.map((k) => cells[k] ?? ''), ...row.extra];
      const blank = order.every((k) => isBlankCell(cells[k]));
      let duplicate = false;
      if (!blank && !isBlankCell(number)) {
        const key = numberKey(number);
        duplicate = seenNumbers.has(key);
        seenNumbers.add(key);
        used.push(number);
      }
      values.push(line);
      out.push({
        sheetRow,
        blank,
        received: row.meaning.received,
        expected: blank ? [] : expectedProblems(row, headerOf, duplicate),
        days: DATE_KEYS.flatMap((key) => {
          const d = row.meaning[key];
          return d.kind === 'day' ? [{ key, column: headerOf(key), day: d.day }] : [];
        }),
      });
    });
    return { head, values, rows: out, header: collapseEmptyColumns(out, headerOf) };
  });

export const periodArb = fc.constantFrom('2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025', '2024-Q4', '2026-Q1');
export const asOfArb = fc.integer({ min: dayFromIso('2025-01-01'), max: dayFromIso('2026-06-30') }).map(ymd);
