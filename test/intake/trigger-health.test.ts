// The Form intake's trigger in trouble (#26 item 3): its failing runs are reported once to the
// reminder addresses by the run itself; the same failure again is not mailed again; Periksa Data
// always lists it. Two accounts: Ani's trigger, Budi reads Periksa Data.
import { formOffice, connect, answers, ANI, BUDI } from './support';
import { setSetting } from '../reminder/support';

const HEALTH = 'PPID Sheets: pemicu perlu perhatian';
const health = (em: any) => em.services.MailApp._sent.filter((m: any) => m.subject.startsWith(HEALTH));

test("an intake trigger whose runs fail: reported once by its own run, listed in Budi's Periksa Data, no applicant data", () => {
  const { em, form } = formOffice();
  setSetting(em, 'E-mail Pengingat Harian', BUDI);
  connect(em);
  // The register sheet renamed away: every run fails, nothing is recorded.
  em.spreadsheet.getSheetByName('Register').setName('Register lama');
  em.submitForm(form, { answers: answers(1) });
  expect(health(em)).toHaveLength(1);
  expect(health(em)[0].to).toEqual([BUDI]);
  expect(health(em)[0].body).toContain(`Pemicu Hubungkan Formulir milik ${ANI} gagal pada`);
  for (const v of Object.values(answers(1))) if (v.length > 12) expect(health(em)[0].body).not.toContain(v);
  em.submitForm(form, { answers: answers(2) });
  expect(health(em)).toHaveLength(1);
  em.spreadsheet.getSheetByName('Register lama').setName('Register');
  const res = em.callAs(BUDI, 'checkRegister');
  // Periksa Data is the look after the failure: the records still say "failed" until the next run.
  expect(res.triggerWarnings.join('\n')).toContain('Hubungkan Formulir');
  expect(health(em)).toHaveLength(1);
  // The next submission records both waiting responses; the problem clears.
  em.submitForm(form, { answers: answers(3) });
  expect(em.callAs(BUDI, 'checkRegister').triggerWarnings).toEqual([]);
});
