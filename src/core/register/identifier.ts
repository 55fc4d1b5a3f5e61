// A No. Registrasi in the files that leave the register (recap.json, the recap sheet, the
// document, the consolidation): written only when it looks like an identifier. An adopted
// register may number its own way, so fitting the settings' pattern is not the test (issue #23
// item 2); the test is whether the cell holds more than an identifier would. The register, the
// officer's Periksa Data and the letter dialog keep the value as typed: `row` identifies the line.

/** Longer than this is text, not a number: the settings' own pattern gives ~13 characters. */
const MAX_IDENTIFIER = 40;

/**
 * Whether a registration number holds more than an identifier would: words separated by spaces
 * (two tokens with letters in them: "Budi Santoso", "PPID Rina"), an "@" (an address or a handle),
 * a run of nine or more digits (a phone or identity number) or more than 40 characters.
 * "001/PPID/2025", "001 / PPID / 2025", "REG 12", "2025-0001" are identifiers.
 */
export function holdsMoreThanIdentifier(number: string): boolean {
  const s = number.trim();
  if (s.length > MAX_IDENTIFIER || s.includes('@') || /\d{9}/.test(s)) return true;
  let worded = 0;
  for (const token of s.split(/\s+/)) if (/\p{L}/u.test(token) && ++worded >= 2) return true;
  return false;
}

/** The number as the shared files carry it: itself when it is an identifier, else null. */
export function sharedNumber(number: string | null | undefined): string | null {
  if (number === null || number === undefined) return null;
  const s = String(number).trim();
  return s === '' || holdsMoreThanIdentifier(s) ? null : s;
}
