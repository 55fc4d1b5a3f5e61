// The cells of the generated registers (bad-registers.ts): each arbitrary gives what an officer
// typed or pasted together with what spec/register.md says it means.
import fc from 'fast-check';
import { LISTS } from '../../src/core/register';
import { OTHER_LAW, OTHER_REASON, UNSPECIFIED_PASAL_17, NOT_HELD, NOT_DOCUMENTED } from '../../src/core/law';
import { dayFromYmd, dayFromIso, ymdParts, toSerial } from '../../src/core/calendar';
import type { Day } from '../../src/core/types';

export const FIRST_DAY = dayFromIso('2024-10-01');
export const LAST_DAY = dayFromIso('2026-03-31');

/** What a date cell means: a day, not a date at all, or nothing. */
/** `text`: the day is written as text (listed as a date typed as text: the live columns cannot use it). */
/**
 * `early`: a real date, but before UU 14/2008 took effect (30-04-2010, Pasal 64 ayat 1): no request
 * of this register can date from then, so it is no usable date either, listed as implausible.
 */
export type DateMeaning =
  | { kind: 'day'; day: Day; text?: boolean }
  | { kind: 'invalid'; early?: boolean }
  | { kind: 'blank' };
/** What a list cell means: a known value, something not on the list, or nothing. */
export type ListMeaning = { kind: 'known'; value: string; raw?: unknown } | { kind: 'unknown' } | { kind: 'blank' };

export const WIB_MS = 7 * 3600000;
export const hostDate = (day: Day, ms = 0) => new Date(day * 86400000 - WIB_MS + ms);
export const pad = (n: number) => String(n).padStart(2, '0');

/** The same day written the ways a Sheets cell can hold it (format 0–9, ms a time of day). */
export function renderDay(day: Day, format: number, ms: number): unknown {
  const [y, m, d] = ymdParts(day);
  switch (format) {
    case 0:
    case 1:
    case 2:
    case 3:
      return hostDate(day);
    case 4:
      return hostDate(day, ms);
    case 5:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 6:
      return `${pad(d)}/${pad(m)}/${y}`;
    case 7:
      return [`${d}-${m}-${y}`, ` ${y}-${m}-${d} `, `${y}-${pad(m)}-${pad(d)}T10:30:00`][ms % 3];
    // A date cell copied as a number (Sheets serial), sometimes with a time fraction.
    case 8:
      return toSerial(day);
    default:
      return toSerial(day) + 0.75;
  }
}
/** A day's cell and its meaning, text-written days marked. */
export function dayCell(day: Day, format: number, ms: number): [unknown, DateMeaning] {
  const v = renderDay(day, format, ms);
  return [v, { kind: 'day', day, text: typeof v === 'string' }];
}
export const formatArb = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 86399999 }));
/** A clean row's dates are what Sheets holds for a typed date: a Date or a serial, never text. */
export const cleanFormatArb = fc.tuple(fc.constantFrom(0, 1, 2, 3, 4, 8, 9), fc.integer({ min: 0, max: 86399999 }));

export const IMPOSSIBLE_DATES: unknown[] = [
  '31/02/2025',
  '2025-13-45',
  '2025-02-29',
  '30-02-2024',
  '00/01/2025',
  '2025-00-10',
  '32/12/2025',
  'kemarin',
  'besok pagi',
  '10 Juli 2025',
  '2025/07/10',
  '07/10/25',
  'TBD',
  '-',
  '?',
  0.5,
  -3,
  3000000,
  80000 /* 2119 */,
  true,
  false,
  new Date(Number.NaN),
  hostDate(dayFromYmd(2100, 1, 1)),
  '2100-01-01',
  'x'.repeat(5000),
];
/** Real dates before the law took effect (30-04-2010): each is `date.implausible` / `received.implausible`. */
export const EARLY_DATES: unknown[] = [
  2025, // a year typed alone: serial 2025 is 17 July 1905
  36000 /* 1998 */,
  hostDate(dayFromYmd(1999, 12, 31)),
  '1999-12-31',
  hostDate(dayFromYmd(2010, 4, 29)), // the day before the law took effect
];
export const BLANKS: unknown[] = ['', '   ', null, '\t'];

/** fc.oneof without the zero-weight choices (a clean row has no bad variant at all). */
export function oneof<T>(...choices: Array<{ weight: number; arbitrary: fc.Arbitrary<T> }>): fc.Arbitrary<T> {
  const kept = choices.filter((c) => c.weight > 0);
  return kept.length === 1 ? kept[0].arbitrary : fc.oneof(...kept);
}

/** A date cell; for `kind: 'day'` the value is rendered later from `day` (relative dates need the row's date received first). */
export function dateArb(
  base: fc.Arbitrary<Day>,
  weights = { day: 12, invalid: 2, blank: 1 },
  formats = formatArb,
): fc.Arbitrary<[unknown, DateMeaning]> {
  return oneof(
    {
      weight: weights.day,
      arbitrary: fc.tuple(base, formats).map(([day, [f, ms]]): [unknown, DateMeaning] => dayCell(day, f, ms)),
    },
    {
      weight: weights.invalid,
      arbitrary: fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES).map((v): [unknown, DateMeaning] => [v, { kind: 'invalid' }]),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(...EARLY_DATES)
            .map((v): [unknown, DateMeaning] => [v, { kind: 'invalid', early: true }]),
        },
      ),
    },
    {
      weight: weights.blank,
      arbitrary: fc.constantFrom(...BLANKS).map((v): [unknown, DateMeaning] => [v, { kind: 'blank' }]),
    },
  );
}

/** Values on no list (chosen so that no synonym or objection letter can match them). */
export const UNKNOWN_LIST_VALUES: unknown[] = [
  'TikTok',
  'Telegram',
  'Mungkin',
  'zzz tidak dikenal',
  98765,
  3.5,
  '=HYPERLINK("http://x")',
  'Ł'.repeat(3000),
  hostDate(dayFromYmd(2025, 5, 5)),
];

/** Canonical values as officers type them: any case, stray spaces, and common synonyms. */
export function knownArb(
  values: string[],
  synonyms: Record<string, string> = {},
): fc.Arbitrary<[unknown, ListMeaning]> {
  const spelled = fc
    .tuple(fc.constantFrom(...values), fc.constantFrom('as is', 'upper', 'lower', 'spaces'))
    .map(([v, how]): [unknown, ListMeaning] => {
      const text =
        how === 'upper' ? v.toUpperCase() : how === 'lower' ? v.toLowerCase() : how === 'spaces' ? `  ${v} ` : v;
      return [text, { kind: 'known', value: v, raw: text }];
    });
  const syn = Object.entries(synonyms);
  if (!syn.length) return spelled;
  return fc.oneof(
    { weight: 4, arbitrary: spelled },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...syn)
        .map(([k, v]): [unknown, ListMeaning] => [k, { kind: 'known', value: v, raw: k }]),
    },
  );
}

export function listArb(
  values: string[],
  synonyms?: Record<string, string>,
  extraKnown: Array<[unknown, string]> = [],
  bad = 2,
  blank = 1,
): fc.Arbitrary<[unknown, ListMeaning]> {
  const arbs = [
    { weight: 12, arbitrary: knownArb(values, synonyms) },
    {
      weight: bad,
      arbitrary: fc.constantFrom(...UNKNOWN_LIST_VALUES).map((v): [unknown, ListMeaning] => [v, { kind: 'unknown' }]),
    },
    { weight: blank, arbitrary: fc.constantFrom(...BLANKS).map((v): [unknown, ListMeaning] => [v, { kind: 'blank' }]) },
  ];
  if (extraKnown.length)
    arbs.push({
      weight: 2,
      arbitrary: fc
        .constantFrom(...extraKnown)
        .map(([v, value]): [unknown, ListMeaning] => [v, { kind: 'known', value, raw: v }]),
    });
  return oneof(...arbs);
}

export const YES_NO_EXTRA: Array<[unknown, string]> = [
  [true, 'Ya'],
  [false, 'Tidak'],
  ['y', 'Ya'],
  ['no', 'Tidak'],
  ['TIDAK', 'Tidak'],
];
export const GROUND_EXTRA: Array<[unknown, string]> = [
  ['c', LISTS.objectionGrounds[2]],
  ['(d)', LISTS.objectionGrounds[3]],
  ['g.', LISTS.objectionGrounds[6]],
];
/**
 * Refusal reasons as registers hold them (issue #13): the letter in other words, older registers'
 * values. The unspecified Pasal 17 and Lainnya are counted and flagged (see expectedProblems).
 */
export const REFUSAL_EXTRA: Array<[unknown, string]> = [
  ['Pasal 17 b', 'Pasal 17 huruf b'],
  ['pasal 17 ayat (1) huruf j UU KIP', 'Pasal 17 huruf j'],
  ['Pasal 17 huruf h: rahasia pribadi', 'Pasal 17 huruf h'],
  ['(c)', 'Pasal 17 huruf c'],
  ['Belum Dikuasai', NOT_HELD],
  ['Belum Didokumentasikan', NOT_DOCUMENTED],
  ['UU lain', OTHER_LAW],
];
export const REFUSAL_FLAGGED: Array<[unknown, string]> = [
  ['Dikecualikan (Pasal 17 UU KIP)', UNSPECIFIED_PASAL_17],
  ['dikecualikan', UNSPECIFIED_PASAL_17],
  ['Pasal 17', UNSPECIFIED_PASAL_17],
  ['Lainnya', OTHER_REASON],
];
export const OUTCOME_EXTRA: Array<[unknown, string]> = [
  ['granted', 'Dikabulkan'],
  ['diterima sebagian', 'Dikabulkan Sebagian'],
  ['REJECTED', 'Ditolak'],
];

/** Free text as it arrives from chat apps and forms: anything, including numbers and booleans. */
export const anyText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=IMPORTXML("http://x","//a")',
      '+62 812-3456-7890',
      '@budi',
      '-',
      'Nama\r\nBaris dua',
      'ä'.repeat(20000),
    ),
  },
  { weight: 1, arbitrary: fc.constant(hostDate(dayFromYmd(2025, 1, 2))) },
);
export const requiredText = (clean: boolean): fc.Arbitrary<[unknown, boolean]> =>
  oneof(
    { weight: 10, arbitrary: anyText.map((v): [unknown, boolean] => [v, false]) },
    { weight: clean ? 0 : 1, arbitrary: fc.constantFrom(...BLANKS).map((v): [unknown, boolean] => [v, true]) },
  );
export const optionalText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...BLANKS) },
);

export const feeArb = (clean: boolean): fc.Arbitrary<[unknown, boolean]> =>
  oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom('', 0, 5000, '5.000', 'Rp 10.000', 'Rp. 2.500,50', '1,500.00', '-', ' 7500 ')
        .map((v): [unknown, boolean] => [v, false]),
    },
    {
      weight: clean ? 0 : 1,
      arbitrary: fc
        .constantFrom('gratis', -100, '-5', true, 'Rp', 'lima ribu', hostDate(dayFromYmd(2025, 1, 1)))
        .map((v): [unknown, boolean] => [v, true]),
    },
  );

export const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
/** A day near another one: mostly after it, sometimes before (answers before receipt). */
export const offsetArb = (clean: boolean) =>
  oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 45 }) },
    { weight: clean ? 0 : 1, arbitrary: fc.integer({ min: -20, max: -1 }) },
  );

/** [offset from another date, format, the cell when it is not a day]. */
export type Relative = [number, [number, number], [unknown, DateMeaning]];
export const relativeArb = (
  clean: boolean,
  weights: { day: number; invalid: number; blank: number },
): fc.Arbitrary<Relative> =>
  fc.tuple(
    offsetArb(clean),
    clean ? cleanFormatArb : formatArb,
    dateArb(fc.constant(0), clean ? { ...weights, invalid: 0 } : weights),
  );
