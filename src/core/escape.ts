// Formula injection: text an applicant or officer typed must never become a formula (or a
// DDE/hyperlink trick in exported files) when the add-on writes it into a cell. Sheets shows a
// leading apostrophe as "treat as text" and hides it, so prefixing is invisible to officers.
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** The text, with a leading "'" when it starts with = + - @ tab or CR. */
export function safeCellText(s: string): string {
  return DANGEROUS_START.test(s) ? "'" + s : s;
}
