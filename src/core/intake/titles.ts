// The one place the Form intake turns a question title into a register column: the register's
// own header-variant table (core/headers.ts, issue #17), whose `fieldOfTitle` already knows the
// titles Google Form questions use (Nama, Alamat, Email/Kontak, Pekerjaan, Informasi yang diminta,
// Tujuan, Cara memperoleh, …). Only the columns a form may fill are taken.
import type { ColumnKey } from '../register';
import { fieldOfTitle } from '../register';

/** The register columns a form's questions may fill; the rest the add-on or the officer sets. */
export const INTAKE_FIELDS: ColumnKey[] = [
  'applicantName',
  'applicantType',
  'occupation',
  'address',
  'contact',
  'infoRequested',
  'topic',
  'purpose',
  'infoClass',
  'deliveryMethod',
  'notes',
];

/** The register column a question title names, or null (the question is kept in the response sheet only). */
export function fieldOfQuestion(title: string): ColumnKey | null {
  const key = fieldOfTitle(title);
  return key && (INTAKE_FIELDS as string[]).includes(key) ? (key as ColumnKey) : null;
}
