// "Buat Surat" in a real browser: the dialog the bundle shows for a selected register row, in
// headless Chromium, with google.script.run reaching the emulated spreadsheet.
import fs from 'node:fs';
import path from 'node:path';
import { browserTest, useBrowser, ARTIFACTS, PAYLOAD } from './suite';
import { letterEmulator, logRows, APPLICANT } from '../support/letters';
import { openDoc } from '../support/harness';

const DIALOG = { width: 560, height: 620 };
const LOGO = fs.readFileSync(path.resolve(__dirname, '../../examples/logo-contoh.png'));

const chrome = useBrowser();

/** The letter register on a date, the officer's cursor on `row`, the dialog open in Chromium. */
async function openDialog(row: number, date: string, prepare?: (em: any) => void) {
  const em = letterEmulator(date);
  prepare?.(em);
  const register = em.spreadsheet.getSheetByName('Register');
  em.spreadsheet.setActiveSheet(register);
  register.getRange(row, 3).activate();
  const s = await chrome.session(em, { menu: 'menuMakeLetter', surface: 'dialog' });
  await s.open();
  expect(em.services.ui._dialogs.at(-1)).toMatchObject({ kind: 'modal', title: 'Buat Surat', ...DIALOG });
  await s.page.locator('input[name=kind]').first().waitFor({ state: 'attached', timeout: 10000 });
  return { em, s, page: s.page };
}

describe('the Buat Surat dialog in Chromium', () => {
  browserTest(
    'a refused, objected request: the fitting letters; the refusal made, linked and logged',
    async () => {
      const { em, s, page } = await openDialog(4, '2025-04-17');
      expect(await page.locator('#row-title').textContent()).toBe(
        `Permohonan 003/PPID/2025, baris 4: ${APPLICANT.name}`,
      );
      expect(await page.locator('#choose').textContent()).toBe('Pilih surat. Tanggal surat: 17 April 2025.');
      expect(await page.locator('input[name=kind]').evaluateAll((els) => els.map((e: any) => e.value))).toEqual([
        'tanda-terima',
        'penolakan',
        'tanggapan-keberatan',
      ]);
      // The register has no Putusan Atasan PPID for this row: the dialog asks for it.
      await page.getByLabel('Tanggapan Atasan PPID atas Keberatan').check();
      expect(await page.locator('#x-decision option').allTextContents()).toEqual([
        '—',
        'Keberatan diterima',
        'Keberatan diterima sebagian',
        'Keberatan ditolak',
      ]);

      await page.getByLabel('Keputusan Penolakan Permohonan').check();
      expect(await page.locator('#x-decision').count()).toBe(0);
      await page.getByRole('button', { name: 'Buat Surat' }).click();
      await page.locator('#result.ok').waitFor({ timeout: 15000 });
      expect(await page.locator('#result').textContent()).toContain(
        'nomor 001/PPID/IV/2025 untuk permohonan 003/PPID/2025',
      );
      const links = page.locator('#links a');
      expect(await links.allTextContents()).toEqual(['Buka dokumen', 'PDF', 'Folder surat']);
      // #23 item 8: the officer is told where the letters are, and the link opens that folder.
      expect(await page.locator('#result').textContent()).toContain(
        'Surat disimpan di folder "Surat PPID" di Drive Anda',
      );
      const folderUrl = await links.nth(2).getAttribute('href');
      const folder = [...em.rt.files.values()].find((f: any) => f.isFolder && f.name === 'Surat PPID') as any;
      expect(folderUrl).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
      const docUrl = await links.first().getAttribute('href');
      const log = logRows(em);
      expect(log).toHaveLength(1);
      expect(log[0][5]).toBe(docUrl);
      // The dialog refreshed: the letter is listed as made, the same kind still chosen.
      await page.locator('.existing').first().waitFor({ timeout: 10000 });
      expect(await page.locator('.existing').first().textContent()).toContain('001/PPID/IV/2025 (17 April 2025)');
      expect(await page.getByLabel('Keputusan Penolakan Permohonan').isChecked()).toBe(true);
      expect(s.calls.map((c) => c.name)).toEqual(['getLetterOptions', 'makeLetter', 'getLetterOptions']);
      expect(s.calls[1].args[0]).toMatchObject({ row: 4, kind: 'penolakan', fillAnswered: false });
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        DIALOG.width,
      );
      expect(s.pageErrors).toEqual([]);
      expect(s.bridgeProblems).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'letter-dialog.png'), fullPage: true });
    },
    30000,
  );

  browserTest(
    'what a letter lacks is listed and its choice disabled; the written notice fills Tanggal Selesai when ticked',
    async () => {
      const { em, page } = await openDialog(3, '2025-04-15', (e) => {
        e.spreadsheet.getSheetByName('Register').getRange(3, 7).setValue('');
      });
      const notice = page.getByLabel('Pemberitahuan Tertulis');
      expect(await notice.isDisabled()).toBe(true);
      expect(await page.locator('.kind.disabled .problems li').allTextContents()).toEqual([
        'Alamat belum diisi: surat ini dialamatkan kepada pemohon. Tulis alamat surat atau alamat e-mail pemohon.',
      ]);
      // The officer fills the address in the register and reopens the dialog.
      em.spreadsheet.getSheetByName('Register').getRange(3, 7).setValue(APPLICANT.address);
      const again = await openDialog(3, '2025-04-15');
      await again.page.getByLabel('Pemberitahuan Tertulis').check();
      await again.page.getByLabel('Isi Tanggal Selesai yang masih kosong dengan tanggal surat').check();
      await again.page.getByRole('button', { name: 'Buat Surat' }).click();
      await again.page.locator('#result.ok').waitFor({ timeout: 15000 });
      expect(await again.page.locator('#result').textContent()).toContain('Tanggal Selesai diisi 15 April 2025.');
      const answered = again.em.spreadsheet.getSheetByName('Register').getRange(3, 17).getDisplayValue();
      expect(answered).toBe('15/04/2025');
    },
    40000,
  );

  browserTest(
    'register text is shown as text, never run as HTML',
    async () => {
      const { page, s } = await openDialog(2, '2025-04-10', (em) => {
        em.spreadsheet.getSheetByName('Register').getRange(2, 4).setValue(PAYLOAD);
      });
      expect(await page.locator('#row-title').textContent()).toContain(PAYLOAD);
      expect(await page.locator('#row-title img').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as any).window.__pwned)).toBeUndefined();
      expect(s.pageErrors).toEqual([]);
    },
    20000,
  );

  browserTest(
    'a logo uploaded once lands in every template and the next letter',
    async () => {
      const { em, page } = await openDialog(2, '2025-03-27');
      expect(await page.locator('#logo-status').textContent()).toBe(
        'Belum ada logo. Unggah sekali; logo dipakai di semua surat.',
      );
      await page.locator('#logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
      await page.getByRole('button', { name: 'Unggah logo' }).click();
      await page.locator('#logo-result.ok').waitFor({ timeout: 15000 });
      expect(await page.locator('#logo-status').textContent()).toBe(
        'Logo sudah tersimpan. Unggah gambar lain untuk menggantinya.',
      );
      const templates = [...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed);
      expect(templates).toHaveLength(5);
      const logo = openDoc(em, templates[0].id).getBody().getImages()[0].getBlob().getBytes();
      expect(Buffer.from(logo.map((b: number) => (b < 0 ? b + 256 : b))).equals(LOGO)).toBe(true);

      await page.getByLabel('Tanda Bukti Penerimaan').check();
      await page.getByRole('button', { name: 'Buat Surat' }).click();
      await page.locator('#result.ok').waitFor({ timeout: 15000 });
      const docId = /\/d\/([^/]+)\//.exec(String(await page.locator('#links a').first().getAttribute('href')))![1];
      expect(openDoc(em, docId).getBody().getImages()).toHaveLength(1);
    },
    40000,
  );
});
