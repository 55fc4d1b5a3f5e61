// Form intake and the applicant type (issue #23 item 16): a form without a category question no
// longer records a foundation as Perseorangan. By default the category stays blank and Periksa
// Data lists the row; the dialog tells the officer which question to add. A type the officer
// chooses, or the form's own answer, is still recorded.
import { formOffice, connect, answers, registerRows, QUESTIONS } from './support';
import { row, wib } from '../support/harness';

const foundation = (i: number) => answers(i, { 'Nama Lengkap': 'Yayasan Cahaya Ilmu' });

describe('a form that does not ask the applicant type', () => {
  test('the dialog offers a blank type by default and names the question to add', () => {
    const { em } = formOffice();
    const status = em.call('getFormIntakeStatus');
    expect(status.applicantType).toBe('');
    expect(status.labels.applicantTypeBlank).toMatch(/kosong/);
    expect(status.applicantTypeNote).toMatch(/pertanyaan pilihan ganda "Kategori Pemohon"/);
    expect(status.applicantTypeNote).toMatch(/Perseorangan, Kelompok Orang,? dan Badan Hukum/);
  });

  test('a foundation is recorded with a blank category, and Periksa Data lists its row at Kategori Pemohon', () => {
    const typed = row({
      'No. Registrasi': '001/PPID/2025',
      'Tanggal Permohonan': wib('2025-07-01'),
      Saluran: 'Surat',
      'Nama Pemohon': 'Lama',
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'x',
      Status: 'Diproses',
    });
    const { em, form } = formOffice({ rows: [typed] });
    expect(connect(em).ok).toBe(true);
    em.submitForm(form, { answers: foundation(1) });
    em.submitForm(form, { answers: answers(2) });
    const reg = registerRows(em);
    expect(reg.map((r) => [r['Nama Pemohon'], r['Kategori Pemohon']])).toEqual([
      ['Lama', 'Perseorangan'],
      ['Yayasan Cahaya Ilmu', ''],
      ['Pemohon 2', ''],
    ]);
    // Each row is listed with its row and column, and no form request is counted as Perseorangan.
    const recap = em.call('computeRecap', { period: '2025-Q3', asOf: '2025-07-08' });
    const listed = recap.problems.filter((p: any) => p.column === 'Kategori Pemohon').map((p: any) => p.row);
    expect(listed).toEqual([3, 4]);
    expect(recap.totals.byApplicantType.Perseorangan).toBe(1);
    expect(em.call('checkRegister')).toMatchObject({ problems: 2 });
  });

  test('a type the officer chooses in the dialog is recorded for every response', () => {
    const { em, form } = formOffice();
    expect(connect(em, { applicantType: 'Badan Hukum' }).ok).toBe(true);
    em.submitForm(form, { answers: foundation(1) });
    expect(registerRows(em).map((r) => r['Kategori Pemohon'])).toEqual(['Badan Hukum']);
    const status = em.call('getFormIntakeStatus');
    expect(status.applicantType).toBe('Badan Hukum');
    expect(status.applicantTypeNote).toMatch(/dicatat sebagai Badan Hukum, siapa pun pemohonnya/);
  });
});

test('a form that asks the type: its answer is recorded and the dialog asks for nothing', () => {
  const { em, form } = formOffice({ questions: [...QUESTIONS, 'Kategori Pemohon'] });
  const status = em.call('getFormIntakeStatus');
  expect(status.applicantTypeNote).toBe('');
  expect(connect(em).ok).toBe(true);
  em.submitForm(form, { answers: { ...foundation(1), 'Kategori Pemohon': 'Badan Hukum' } });
  expect(registerRows(em).map((r) => r['Kategori Pemohon'])).toEqual(['Badan Hukum']);
});
