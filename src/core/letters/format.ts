// How letters write dates, months, money and their numbers. Letters are always in Indonesian
// (UU 24/2009 Pasal 27: official letters use Indonesian), whatever language the officer's
// dialogs or the unit's report use, so nothing here takes a language.
import type { Day } from '../types';
import { ymdParts } from '../calendar';
import { formatRegistrationNumber } from '../settings';
import { DEFAULT_LETTER_NUMBER_FORMAT } from '../settings';

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "2 Mei 2025": the day without a leading zero, the month's Indonesian name, the year. */
export function tanggalPanjang(day: Day): string {
  const [y, m, d] = ymdParts(day);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

/** A month 1–12 in Roman numerals ("V" for May), as Indonesian letter numbers write it. */
export function romanMonth(month: number): string {
  const r = ROMAN_MONTHS[month - 1];
  if (!r) throw new RangeError(`month out of range: ${month}`);
  return r;
}

/** 5000 → "Rp5.000", 1250.5 → "Rp1.250,50" (the rupiah as PUEBI writes it: no space, dots for thousands). */
export function rupiah(amount: number): string {
  const whole = Math.trunc(amount);
  const cents = Math.round((amount - whole) * 100);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp${grouped}${cents ? `,${String(Math.abs(cents)).padStart(2, '0')}` : ''}`;
}

/** The tokens a letter-number pattern may hold, for the settings help and the check below. */
export const LETTER_NUMBER_TOKENS = ['{nnn}', '{yyyy}', '{mm}', '{mm-romawi}'];

/**
 * A letter number from the settings pattern: the registration number's tokens ({nnn} zero-padded
 * sequence, as many digits as n's; {yyyy}; {mm}) plus {mm-romawi}, the month in Roman numerals.
 * A pattern without a sequence token gets one in front, as registration numbers do, so two
 * letters can never share a number because of a pattern typed without {nnn}.
 */
export function formatLetterNumber(pattern: string, seq: number, day: Day): string {
  const [y, m] = ymdParts(day);
  const p = (pattern || '').trim() || DEFAULT_LETTER_NUMBER_FORMAT;
  return formatRegistrationNumber(p.replace(/\{mm-romawi\}/gi, romanMonth(m)), seq, y, m);
}

/** A number as a file-name part: "001/PPID/2025" → "001-PPID-2025" (no path separators, no spaces). */
export function fileSafe(s: string): string {
  return (
    s
      .trim()
      .replace(/[/\\]+/g, '-')
      .replace(/[:*?"<>|\s]+/g, '_')
      .replace(/^[.-]+/, '') || 'tanpa-nomor'
  );
}
