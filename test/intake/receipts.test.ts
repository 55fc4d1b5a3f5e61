// Receipts: #14's Tanda Bukti Penerimaan, only when the settings ask, only to the address in the
// column Google adds when the Form collects addresses, once per response, numbered in the letters'
// sequence and logged in Surat under the same lock; never to an address the applicant typed into a
// question. A receipt that cannot be made or sent never undoes the registration.
import { formOffice, connect, answers, registerRows } from './support';
import { setSettings, LETTER_SETTINGS } from '../support/letters';

/** The Surat log's rows below its header. */
const logRows = (em: any): unknown[][] => {
  const sheet = em.spreadsheet.getSheetByName('Surat');
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
};

const sent = (em: any) =>
  em.services.MailApp._sent as Array<{ to: string[]; subject: string; body: string; htmlBody: string | null }>;

describe('receipt e-mails', () => {
  test('verified collection and the setting on: one Tanda Bukti Penerimaan to the collected address, its letter number logged in Surat', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    setSettings(em, LETTER_SETTINGS);
    expect(connect(em, { receipt: true }).ok).toBe(true);
    const r = em.submitForm(form, {
      answers: answers(1, { 'Email/Kontak': 'typed-by-someone@else.example' }),
      email: 'verified.applicant@gmail.com',
    });
    expect(r.runs[0].result).toMatchObject({
      outcome: 'added',
      added: ['001/PPID/2025'],
      receiptsSent: 1,
      receiptsFailed: 0,
    });
    expect(sent(em).map((m) => m.to)).toEqual([['verified.applicant@gmail.com']]);
    const mail = sent(em)[0];
    expect(mail.subject).toBe('Tanda Bukti Penerimaan Permintaan Informasi Publik 001/PPID/2025');
    // #14's receipt: its title, the letter number of the year, the registration number, and the
    // dates: received Monday 7 July 2025 (WIB); ten working days later is Monday 21 July.
    expect(mail.body).toContain('TANDA BUKTI PENERIMAAN PERMINTAAN INFORMASI PUBLIK');
    expect(mail.body).toContain('Nomor Pendaftaran: 001/PPID/2025');
    expect(mail.body).toContain('7 Juli 2025');
    expect(mail.body).toContain('21 Juli 2025');
    // A letter addressed to the applicant: their own request, as the Docs receipt prints it.
    expect(mail.body).toContain('Pemohon 1');
    expect(mail.body).toContain('Data pelatihan ke-1');
    expect(mail.body).toContain(LETTER_SETTINGS['Nama Petugas PPID']);
    expect(mail.body).not.toMatch(/\{\{|\}\}/);
    expect(mail.htmlBody).toBeNull();
    // The register's contact is the applicant's own answer; the receipt went elsewhere.
    expect(registerRows(em)[0].Kontak).toBe('typed-by-someone@else.example');
    // Logged: register row, registration no., kind, the letter number in the mail, no link, no address.
    const logged = logRows(em);
    expect(logged).toHaveLength(1);
    expect(logged[0].slice(0, 4)).toEqual([
      2,
      '001/PPID/2025',
      'Tanda Bukti Penerimaan Permintaan Informasi Publik',
      expect.any(String),
    ]);
    expect(mail.body).toContain(`Nomor: ${logged[0][3]}`);
    expect([logged[0][5], logged[0][6], logged[0][7]]).toEqual(['', '', 1]);
    expect(JSON.stringify(logged)).not.toMatch(/gmail|typed-by-someone|Pemohon 1/);

    // A retried event and a blank twin send nothing more and log nothing more.
    em.fireFormSubmit(r.pending[0]);
    em.fireFormSubmit(r.pending[0], { blank: true });
    expect(sent(em)).toHaveLength(1);
    expect(logRows(em)).toHaveLength(1);
  });

  test('receipts and letters made in Docs share one sequence: the next letter takes the next number', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    setSettings(em, LETTER_SETTINGS);
    connect(em, { receipt: true });
    // Two responses recorded by one run, then a third alone.
    em.submitForm(form, { answers: answers(1), email: 'a.applicant@gmail.com' }, { fire: false });
    em.submitForm(form, { answers: answers(2), email: 'b.applicant@gmail.com' });
    em.submitForm(form, { answers: answers(3), email: 'c.applicant@gmail.com' });
    expect(sent(em).map((m) => m.to[0])).toEqual([
      'a.applicant@gmail.com',
      'b.applicant@gmail.com',
      'c.applicant@gmail.com',
    ]);
    const numbers = logRows(em).map((r) => String(r[3]));
    expect(new Set(numbers).size).toBe(3);
    expect(logRows(em).map((r) => r[7])).toEqual([1, 2, 3]);
    // Buat Surat on the first request's row: the Docs receipt takes the fourth number.
    const made = em.call('generateLetter', { number: '001/PPID/2025', kind: 'tanda-terima' });
    expect(made.ok).toBe(true);
    expect(logRows(em).map((r) => r[7])).toEqual([1, 2, 3, 4]);
    expect(numbers).not.toContain(made.letterNumber);
    // The dialog lists the e-mailed receipt for that row, numbered, without a link.
    const options = em.call('getLetterOptions', 2);
    const existing = options.kinds.find((k: any) => k.kind === 'tanda-terima').existing;
    expect(existing.map((e: any) => e.letterNumber)).toEqual([numbers[0], made.letterNumber]);
    expect(existing[0].doc).toBe('');
  });

  test('letter settings missing: the request is recorded, no receipt made or logged, and the dialog says what to fill in', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    connect(em, { receipt: true });
    const r = em.submitForm(form, { answers: answers(1), email: 'verified.applicant@gmail.com' });
    expect(r.runs[0].result).toMatchObject({ outcome: 'added', receiptsSent: 0, receiptsFailed: 1 });
    expect(registerRows(em)).toHaveLength(1);
    expect(sent(em)).toEqual([]);
    expect(logRows(em)).toEqual([]);
    const status = em.call('getFormIntakeStatus');
    const lines = status.lines.join(' ');
    expect(lines).toContain('tanda bukti penerimaan tidak dapat dibuat');
    expect(lines).toContain('Alamat Unit');
    // The dialog names the missing settings next to the receipt option, before any response too.
    expect(status.receiptNote).toMatch(/Belum terisi di Pengaturan: [^.]*Alamat Unit/);
    setSettings(em, LETTER_SETTINGS);
    expect(em.call('getFormIntakeStatus').receiptNote).not.toContain('Belum terisi');
  });

  test('the setting off (the default): no receipt, even to verified addresses', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    connect(em);
    em.submitForm(form, { answers: answers(1), email: 'verified.applicant@gmail.com' });
    expect(registerRows(em)).toHaveLength(1);
    expect(sent(em)).toEqual([]);
  });

  test('a form that collects no addresses: the dialog refuses receipts, and "Ya" typed in the settings sends nothing to an address from a question', () => {
    const { em, form } = formOffice({ emailCollection: 'none' });
    const status = em.call('getFormIntakeStatus');
    expect(status.receiptAllowed).toBe(false);
    expect(status.receiptNote).toContain('tidak mengumpulkan alamat email');
    const refused = connect(em, { receipt: true });
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('tidak mengumpulkan alamat email');
    expect(connect(em).ok).toBe(true);
    // An officer types Ya into the settings by hand.
    const settings = em.spreadsheet.getSheetByName('Pengaturan');
    const labels: unknown[][] = settings.getRange(1, 1, settings.getLastRow(), 1).getValues();
    settings.getRange(labels.findIndex((l) => l[0] === 'Tanda Terima ke E-mail Terverifikasi') + 1, 2).setValue('Ya');
    em.submitForm(form, { answers: answers(2, { 'Email/Kontak': 'victim@somewhere.example' }) });
    expect(registerRows(em)).toHaveLength(1);
    expect(sent(em)).toEqual([]);
  });

  test('a collected address that is not one well-formed address gets nothing; the request is still registered', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    setSettings(em, LETTER_SETTINGS);
    connect(em, { receipt: true });
    em.submitForm(form, { answers: answers(1), email: 'a@b.example, c@d.example' });
    em.submitForm(form, { answers: answers(2), email: '' });
    expect(registerRows(em)).toHaveLength(2);
    expect(sent(em)).toEqual([]);
    expect(logRows(em)).toEqual([]);
  });

  test("the trigger owner's e-mail quota used up: registered anyway, the receipt counted as not sent and said why", () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    setSettings(em, LETTER_SETTINGS);
    connect(em, { receipt: true });
    em.services.MailApp._dailyQuota = 0;
    const r = em.submitForm(form, { answers: answers(1), email: 'verified.applicant@gmail.com' });
    expect(r.runs[0].result).toMatchObject({ outcome: 'added', receiptsSent: 0, receiptsFailed: 1 });
    expect(registerRows(em)).toHaveLength(1);
    expect(sent(em)).toEqual([]);
    // The number was logged before the e-mail failed: kept, never given to another letter.
    expect(logRows(em)).toHaveLength(1);
    const lines = em.call('getFormIntakeStatus').lines.join(' ');
    expect(lines).toContain('1 dicatat');
    expect(lines).toContain('1 tanda terima tidak terkirim: kuota e-mail harian pemilik pemicu sudah habis');
  });
});
