// Shared by the Form intake tests: a set-up register with a Google Form linked to it, the
// officers Ani and Budi, the add-on's own dialog calls to connect it, and submissions.
import type { Emulator, EmulatedForm } from '@ppid-sheets/emulator';
import { addonEmulator, fillRegister } from '../support/harness';
import { ANI, BUDI } from '../reminder/support';

export { ANI, BUDI };

/** The questions of a typical PPID request form, titled as offices title them. */
export const QUESTIONS = [
  'Nama Lengkap',
  'Alamat',
  'Email/Kontak',
  'Pekerjaan',
  'Informasi yang diminta',
  'Tujuan penggunaan informasi',
  'Cara memperoleh informasi',
];

export interface FormOffice {
  em: Emulator;
  form: EmulatedForm;
}

/** A set-up spreadsheet (Ani signed in) with the form linked, not yet connected. */
export function formOffice(
  opts: {
    emailCollection?: 'none' | 'verified' | 'input';
    questions?: string[];
    now?: string;
    language?: 'id' | 'en';
    quirks?: string[];
    rows?: unknown[][];
  } = {},
): FormOffice {
  const em = addonEmulator({ now: opts.now ?? '2025-07-07T02:00:00Z', userEmail: ANI, quirks: opts.quirks ?? [] });
  em.rt.displayNames.set(ANI, 'Ani Rahma');
  // Budi is the unit's second officer: the spreadsheet is shared with him as an editor.
  em.addAccount(BUDI, { displayName: 'Budi Santoso' });
  fillRegister(em, opts.rows ?? []);
  em.call('setupRegister');
  const form = em.linkForm({
    questions: opts.questions ?? QUESTIONS,
    emailCollection: opts.emailCollection ?? 'none',
    language: opts.language ?? 'id',
  });
  em.resetCalls();
  return { em, form };
}

/** Saves the dialog as proposed (plus overrides), as `user`; returns the dialog's answer. */
export function connect(em: Emulator, overrides: Record<string, unknown> = {}, user?: string): any {
  const status = user ? em.callAs(user, 'getFormIntakeStatus') : em.call('getFormIntakeStatus');
  if (status.noForm) throw new Error(status.noForm);
  const mapping = Object.fromEntries(status.questions.map((q: any) => [q.title, q.field]));
  const config = {
    sheet: status.sheet,
    mapping,
    channel: status.channel,
    applicantType: status.applicantType,
    receipt: false,
    includeExisting: false,
    ...overrides,
  };
  return user ? em.callAs(user, 'saveFormIntake', config) : em.call('saveFormIntake', config);
}

/** A well-formed request, numbered i (names and texts unique per i). */
export function answers(i: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'Nama Lengkap': `Pemohon ${i}`,
    Alamat: `Jl. Contoh No. ${i}, Bandung`,
    'Email/Kontak': `pemohon${i}@mail.example`,
    Pekerjaan: 'Mahasiswa',
    'Informasi yang diminta': `Data pelatihan ke-${i}`,
    'Tujuan penggunaan informasi': 'Penelitian',
    'Cara memperoleh informasi': 'Salinan softcopy',
    ...extra,
  };
}

/** The register's rows below the header, as objects keyed by header. */
export function registerRows(em: Emulator): Array<Record<string, unknown>> {
  const sheet = em.spreadsheet.getSheetByName('Register');
  const values: unknown[][] = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
  const head = values[0].map(String);
  return values
    .slice(1)
    .filter((r) => r.some((v, i) => v !== '' && !/Batas|Hari Kerja|Status SLA/.test(head[i])))
    .map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** The response sheet: header and rows, values as the sheet holds them. */
export function responses(em: Emulator, form: EmulatedForm): { head: string[]; rows: unknown[][] } {
  const sheet = em.spreadsheet.getSheetByName(form.sheetName);
  const values: unknown[][] = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), sheet.getLastColumn()).getValues();
  return { head: values[0].map(String), rows: values.slice(1) };
}

/** The number column of the response sheet, by response name ("Pemohon 7" → "007/PPID/2025"). */
export function numbersByName(em: Emulator, form: EmulatedForm): Map<string, string> {
  const { head, rows } = responses(em, form);
  const n = head.indexOf('No. Registrasi PPID');
  const name = head.indexOf('Nama Lengkap');
  return new Map(rows.map((r) => [String(r[name]), String(r[n] ?? '')]));
}
