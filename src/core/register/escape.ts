// Formula injection: text an applicant or officer typed must never become a formula (or a
// DDE/hyperlink trick in exported files) when the add-on writes it into a cell. Sheets shows a
// leading apostrophe as "treat as text" and hides it, so prefixing is invisible to officers.
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** The text, with a leading "'" when it starts with = + - @ tab or CR. */
export function safeCellText(s: string): string {
  return DANGEROUS_START.test(s) ? `'${s}` : s;
}

const READ_AS_VALUE = /^(?:[\d.,]|(?:true|false)$)/i;

/**
 * Text that must stay text in a cell, whatever Sheets would make of it: a phone number "0812…"
 * would lose its leading zero as a number, "1/2" become a date. Written with the invisible
 * leading apostrophe Sheets reads as "text", on top of the formula-injection escape.
 */
export function textCell(s: string): string {
  const safe = safeCellText(s);
  return safe !== s || !READ_AS_VALUE.test(s.trim()) ? safe : `'${s}`;
}
