// "Hubungkan Formulir" in a real browser: the mapping dialog the menu item opens, in headless
// Chromium, with google.script.run reaching the emulated spreadsheet; then a submission is
// recorded as the officer mapped it.
import path from 'node:path';
import type { SidebarSession } from './sidebar-browser';
import { browserTest, useBrowser, ARTIFACTS, PAYLOAD } from './suite';
import { formOffice, answers, registerRows, BUDI } from '../intake/support';

const chrome = useBrowser();

async function openDialog(em: any, user?: string): Promise<SidebarSession> {
  const s = await chrome.session(em, { menu: 'menuFormIntake', surface: 'dialog', user });
  await s.open();
  await s.page.locator('#state').waitFor({ timeout: 10000 });
  return s;
}

const selected = (s: SidebarSession, title: string) => s.page.getByLabel(title, { exact: true }).inputValue();

describe('the Hubungkan Formulir dialog in Chromium', () => {
  browserTest(
    'proposes the mapping, the officer corrects one question and turns it on; the next response is recorded that way',
    async () => {
      const { em, form } = formOffice({
        questions: [
          'Nama Lengkap',
          'Alamat',
          'Email/Kontak',
          'Pekerjaan',
          'Informasi yang diminta',
          'Tujuan',
          'Cara memperoleh',
          'Instansi',
        ],
      });
      const s = await openDialog(em);
      expect(await s.page.locator('#state').textContent()).toBe('Pencatatan formulir belum aktif.');
      expect(await s.page.locator('#intro').textContent()).toContain('"Jawaban Formulir 1"');
      expect(await selected(s, 'Nama Lengkap')).toBe('applicantName');
      expect(await selected(s, 'Email/Kontak')).toBe('contact');
      expect(await selected(s, 'Informasi yang diminta')).toBe('infoRequested');
      expect(await selected(s, 'Tujuan')).toBe('purpose');
      expect(await selected(s, 'Cara memperoleh')).toBe('deliveryMethod');
      expect(await selected(s, 'Instansi')).toBe('');
      expect(await s.page.locator('#receipt').isDisabled()).toBe(true);
      expect(await s.page.locator('#receipt-note').textContent()).toContain('tidak mengumpulkan alamat email');
      expect(await s.page.locator('#channel').inputValue()).toBe('Website');

      // The officer keeps "Instansi" in the notes and records form requests under Email.
      await s.page.getByLabel('Instansi', { exact: true }).selectOption('notes');
      await s.page.locator('#channel').selectOption('Email');
      await s.page.getByRole('button', { name: 'Simpan dan Aktifkan' }).click();
      await s.page.locator('#result.ok').filter({ hasText: 'Tersimpan.' }).waitFor({ timeout: 10000 });
      expect(await s.page.locator('#state').textContent()).toBe(
        'Aktif: setiap jawaban baru dicatat otomatis. Pemicu ini atas nama Anda.',
      );
      expect(await s.page.locator('#turn-off').isVisible()).toBe(true);
      await s.page.screenshot({ path: path.join(ARTIFACTS, 'form-intake-dialog.png'), fullPage: true });

      const a = answers(1);
      em.submitForm(form, {
        answers: {
          'Nama Lengkap': a['Nama Lengkap'],
          Alamat: a.Alamat,
          'Email/Kontak': a['Email/Kontak'],
          Pekerjaan: a.Pekerjaan,
          'Informasi yang diminta': a['Informasi yang diminta'],
          Tujuan: 'Skripsi',
          'Cara memperoleh': 'Melihat/membaca',
          Instansi: 'Universitas Padjadjaran',
        },
      });
      expect(registerRows(em)[0]).toMatchObject({
        'No. Registrasi': '001/PPID/2025',
        Saluran: 'Email',
        'Nama Pemohon': 'Pemohon 1',
        'Tujuan Penggunaan': 'Skripsi',
        'Cara Memperoleh': 'Melihat/Membaca',
        Catatan: 'Universitas Padjadjaran',
      });

      await s.page.getByRole('button', { name: 'Nonaktifkan' }).click();
      await s.page.locator('#result.ok').filter({ hasText: 'dinonaktifkan' }).waitFor({ timeout: 10000 });
      expect(await s.page.locator('#state').textContent()).toBe('Pencatatan formulir belum aktif.');
      await s.page.getByRole('button', { name: 'Tutup' }).click();
      expect(await s.page.evaluate(() => (globalThis as any).__hostClosed)).toBe(true);
      expect(s.calls.map((c) => c.name)).toEqual(['getFormIntakeStatus', 'saveFormIntake', 'turnOffFormIntake']);
      expect(s.calls[1].args[0]).toMatchObject({
        sheet: 'Jawaban Formulir 1',
        channel: 'Email',
        receipt: false,
        mapping: { Instansi: 'notes', 'Nama Lengkap': 'applicantName' },
      });
      expect(s.pageErrors).toEqual([]);
      expect(s.bridgeProblems).toEqual([]);
      expect(s.externalRequests.every((u) => u.includes('ssl.gstatic.com/docs/script/css/'))).toBe(true);
    },
    40000,
  );

  browserTest(
    'a mapping without the request text is refused on the page, and nothing is turned on',
    async () => {
      const { em } = formOffice();
      const s = await openDialog(em);
      await s.page.getByLabel('Informasi yang diminta', { exact: true }).selectOption('');
      await s.page.getByRole('button', { name: 'Simpan dan Aktifkan' }).click();
      await s.page.locator('#result.error').waitFor({ timeout: 10000 });
      expect(await s.page.locator('#result').textContent()).toContain('Informasi yang Diminta');
      expect(await s.page.locator('#state').textContent()).toBe('Pencatatan formulir belum aktif.');
      expect(em.services.ScriptApp._triggers).toEqual([]);
    },
    30000,
  );

  browserTest(
    'a verified-address form offers the receipt; another officer sees whose trigger it is and cannot turn it off',
    async () => {
      const { em } = formOffice({ emailCollection: 'verified' });
      const ani = await openDialog(em);
      expect(await ani.page.locator('#receipt').isDisabled()).toBe(false);
      await ani.page.locator('#receipt').check();
      await ani.page.getByRole('button', { name: 'Simpan dan Aktifkan' }).click();
      await ani.page.locator('#result.ok').waitFor({ timeout: 10000 });
      const budi = await openDialog(em, BUDI);
      expect(await budi.page.locator('#state').textContent()).toContain('Aktif atas nama Ani Rahma');
      expect(await budi.page.locator('#receipt').isChecked()).toBe(true);
      expect(await budi.page.locator('#turn-off').isVisible()).toBe(false);
      await budi.page.screenshot({ path: path.join(ARTIFACTS, 'form-intake-dialog-other.png'), fullPage: true });
      expect([...ani.pageErrors, ...budi.pageErrors]).toEqual([]);
    },
    30000,
  );

  browserTest(
    'question titles and sheet names that look like markup are shown as text and never run',
    async () => {
      const { em } = formOffice({ questions: ['Nama Lengkap', 'Informasi yang diminta', PAYLOAD] });
      em.linkForm({ questions: ['Nama'], sheetName: `Survei ${PAYLOAD}` });
      const s = await openDialog(em);
      expect(await s.page.locator('#sheet-row').isVisible()).toBe(true);
      expect(await s.page.locator('#sheet').textContent()).toContain(`Survei ${PAYLOAD}`);
      await s.page.locator('#sheet').selectOption('Jawaban Formulir 1');
      await s.page.locator('#map').filter({ hasText: PAYLOAD }).waitFor({ timeout: 10000 });
      const dom = await s.page.evaluate(() => {
        const d = (globalThis as any).document;
        return { foreign: d.querySelectorAll('img, #map script').length, scripts: d.scripts.length };
      });
      expect(dom).toEqual({ foreign: 0, scripts: 1 });
      expect(await s.page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
      expect(s.pageErrors).toEqual([]);
    },
    30000,
  );
});
