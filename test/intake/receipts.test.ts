// Receipts: only when the settings ask, only to the address in the column Google adds when the
// Form collects addresses, once per response, never with the request's content; never to an
// address the applicant typed into a question. A failed e-mail never undoes the registration.
import { formOffice, connect, answers, registerRows } from './support';

const sent = (em: any) => em.services.MailApp._sent as Array<{ to: string[]; subject: string; body: string; htmlBody: string | null }>;

describe('receipt e-mails', () => {
  test('verified collection and the setting on: one receipt to the collected address, with the number, both dates and nothing of the request', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    expect(connect(em, { receipt: true }).ok).toBe(true);
    const r = em.submitForm(form, { answers: answers(1, { 'Email/Kontak': 'typed-by-someone@else.example' }), email: 'verified.applicant@gmail.com' });
    expect(r.runs[0].result).toMatchObject({ outcome: 'added', added: ['001/PPID/2025'], receiptsSent: 1, receiptsFailed: 0 });
    expect(sent(em).map((m) => m.to)).toEqual([['verified.applicant@gmail.com']]);
    const mail = sent(em)[0];
    expect(mail.subject).toBe('Tanda terima permohonan informasi 001/PPID/2025');
    // Received Monday 7 July 2025 (WIB); ten working days later is Monday 21 July.
    expect(mail.body).toContain('7 Juli 2025');
    expect(mail.body).toContain('21 Juli 2025');
    for (const personal of ['Pemohon 1', 'Jl. Contoh', 'Data pelatihan', 'typed-by-someone', 'Penelitian']) expect(mail.body).not.toContain(personal);
    expect(mail.htmlBody).toBeNull();
    // The register's contact is the applicant's own answer; the receipt went elsewhere.
    expect(registerRows(em)[0].Kontak).toBe('typed-by-someone@else.example');

    // A retried event and a blank twin send nothing more.
    em.fireFormSubmit(r.pending[0]);
    em.fireFormSubmit(r.pending[0], { blank: true });
    expect(sent(em)).toHaveLength(1);
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
    connect(em, { receipt: true });
    em.submitForm(form, { answers: answers(1), email: 'a@b.example, c@d.example' });
    em.submitForm(form, { answers: answers(2), email: '' });
    expect(registerRows(em)).toHaveLength(2);
    expect(sent(em)).toEqual([]);
  });

  test('the trigger owner\'s e-mail quota used up: registered anyway, the receipt counted as not sent and said why', () => {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    connect(em, { receipt: true });
    em.services.MailApp._dailyQuota = 0;
    const r = em.submitForm(form, { answers: answers(1), email: 'verified.applicant@gmail.com' });
    expect(r.runs[0].result).toMatchObject({ outcome: 'added', receiptsSent: 0, receiptsFailed: 1 });
    expect(registerRows(em)).toHaveLength(1);
    expect(sent(em)).toEqual([]);
    const lines = em.call('getFormIntakeStatus').lines.join(' ');
    expect(lines).toContain('1 dicatat');
    expect(lines).toContain('1 tanda terima tidak terkirim: kuota e-mail harian pemilik pemicu sudah habis');
  });
});
