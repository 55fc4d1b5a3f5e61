// "Gabungkan Laporan Unit" in a real browser: the dialog page built by the bundle, in headless
// Chromium, with google.script.run reaching the emulator and Google's Picker replaced by a stub of
// `google.picker` that records how the page builds it and lets the test pick files as a user would.
import { addonEmulator, fillRegister } from '../support/harness';
import type { SidebarSession } from './sidebar-browser';
import { browserTest, useBrowser } from './suite';
import { PICKER_LOADER, PICKER_STUB } from './picker-stub';
import { unitFiles } from '../../scripts/bench-consolidate';
import { generateRegister } from '../../scripts/lib/generate-register';
import { newFileRecord } from '@ppid-sheets/emulator';
import type { Emulator } from '@ppid-sheets/emulator';

const XSS_NAME = '<img src=x onerror=window.__pwned=1>.json';

const chrome = useBrowser();

/** Files in the officer's Drive (uploaded by hand: not the add-on's own). */
function putFiles(em: Emulator, texts: Array<[string, string]>): Array<{ id: string; name: string }> {
  return texts.map(([name, text]) => {
    const rec = newFileRecord(em.rt, name, 'application/json');
    rec.bytes = Buffer.from(text, 'utf8');
    return { id: rec.id, name };
  });
}

async function openDialog(configure = true, prepare?: (em: Emulator) => void) {
  // drive.file as strictly as Google may apply it: only what the Picker granted is readable.
  const em = addonEmulator({ now: '2025-07-20T03:00:00Z', quirks: ['strict-drive-file'] });
  em.call('setupRegister');
  if (configure) {
    const props = em.services.PropertiesService.getScriptProperties();
    props.setProperty('PICKER_DEVELOPER_KEY', 'AIza-test-key');
    props.setProperty('PICKER_PROJECT_NUMBER', '123456789012');
  }
  prepare?.(em);
  const s = await chrome.session(em, {
    menu: 'menuConsolidate',
    surface: 'dialog',
    external: { [PICKER_LOADER]: PICKER_STUB },
  });
  await s.open();
  await s.page.locator('#pick:not([disabled])').waitFor({ timeout: 10000 });
  return { em, s, page: s.page };
}

/** The user picks these files in the Picker: it grants the app access to them (drive.file). */
async function pick(
  em: Emulator,
  page: SidebarSession['page'],
  files: Array<{ id: string; name: string; lastEditedUtc?: number }>,
) {
  await page.getByRole('button', { name: 'Pilih Berkas Rekap…' }).click();
  await page.waitForFunction(() => !!(globalThis as any).__picker, undefined, { timeout: 10000 });
  for (const f of files) em.rt.grantToApp(f.id);
  await page.evaluate((docs) => (globalThis as any).__picker.callback({ action: 'picked', docs }), files);
}

describe('the consolidation dialog in Chromium, against a stub of google.picker', () => {
  browserTest(
    'the Picker is built with the token, key and project number, JSON files only, several at once',
    async () => {
      const { s, page } = await openDialog();
      await page.getByRole('button', { name: 'Pilih Berkas Rekap…' }).click();
      await page.waitForFunction(() => !!(globalThis as any).__picker);
      const built = await page.evaluate(() => {
        const b = (globalThis as any).__picker;
        return {
          token: b.token,
          key: b.developerKey,
          appId: b.appId,
          origin: b.origin,
          features: b.features,
          views: b.views.map((v: any) => [v.viewId, v.mimeTypes]),
          title: b.title,
        };
      });
      expect(built).toEqual({
        token: expect.stringMatching(/.{10,}/),
        key: 'AIza-test-key',
        appId: '123456789012',
        origin: 'https://docs.google.com',
        features: ['multiselectEnabled'],
        views: [['all', 'application/json']],
        title: 'Pilih rekap JSON unit',
      });
      expect(s.calls.map((c) => c.name)).toEqual(['getConsolidateOptions', 'getPickerConfig']);
      expect(s.pageErrors).toEqual([]);
      expect(s.externalRequests.filter((u) => !u.startsWith('https://ssl.gstatic.com/'))).toEqual([PICKER_LOADER]);
    },
  );

  browserTest('picked files are listed as text, consolidated, and the result links shown', async () => {
    const texts = unitFiles(3);
    let files: Array<{ id: string; name: string }> = [];
    const { em, s, page } = await openDialog(true, (e) => {
      files = putFiles(e, [
        ['rekap-1.json', texts[0]],
        ['rekap-2.json', texts[1]],
        [XSS_NAME, texts[2]],
      ]);
    });
    await pick(em, page, files);
    await expect(page.locator('#files li span').allTextContents()).resolves.toEqual([
      'rekap-1.json',
      'rekap-2.json',
      XSS_NAME,
    ]);
    expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    await page.getByRole('button', { name: 'Gabungkan' }).click();
    await page.locator('#status .done a').first().waitFor({ timeout: 60000 });
    const status = await page.locator('#status').textContent();
    expect(status).toContain('Selesai: 3 unit digabung, status dihitung per 2025-07-03.');
    // The central PPID's spreadsheet was set up and nothing filled in: the dialog says what the cover lacks.
    expect(status).toContain(
      'Pengaturan yang belum diisi (tampil sebagai [BELUM DIISI] di dokumen): Nama Unit, Kota, Nama Petugas PPID.',
    );
    const call = s.calls.find((c) => c.name === 'consolidateReports')!;
    expect(call.args).toEqual([{ files: files.map((f) => ({ id: f.id, name: f.name })), includeOwn: false, asOf: '' }]);
    expect(em.spreadsheet.getSheetByName('Rekap Gabungan TW II 2025')).toBeTruthy();
    expect(s.bridgeProblems).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  browserTest("this spreadsheet's own register can be included as a unit, at the officer's date", async () => {
    const texts = unitFiles(1);
    let files: Array<{ id: string; name: string }> = [];
    const { em, page } = await openDialog(true, (e) => {
      fillRegister(e, generateRegister({ rows: 15, seed: 4, from: '2025-04-01', to: '2025-06-30' }));
      e.call('setupRegister');
      const sheet = e.spreadsheet.getSheetByName('Pengaturan');
      const r = (sheet.getDataRange().getValues() as unknown[][]).findIndex((x) => x[0] === 'Nama Unit');
      sheet.getRange(r + 1, 2).setValue('PPID Utama');
      files = putFiles(e, [['rekap-1.json', texts[0]]]);
    });
    await expect(page.locator('#own-label').textContent()).resolves.toBe(
      'Sertakan register spreadsheet ini sebagai unit (PPID Utama)',
    );
    await pick(em, page, files);
    await page.locator('#own').check();
    await page.locator('#as-of').fill('2025-07-18');
    await page.getByRole('button', { name: 'Gabungkan' }).click();
    await page.locator('#status .done a').first().waitFor({ timeout: 60000 });
    const sheet = em.spreadsheet.getSheetByName('Rekap Gabungan TW II 2025');
    const grid: unknown[][] = sheet.getDataRange().getValues();
    expect(grid.map((r) => r[1])).toEqual(expect.arrayContaining(['Unit 001', 'PPID Utama']));
    expect(String(grid[1][0])).toContain('status dihitung per 18/07/2025 (ditetapkan petugas)');
  });

  browserTest('a refusal names the file, and nothing is written', async () => {
    const [a] = unitFiles(1);
    let files: Array<{ id: string; name: string }> = [];
    const { em, page } = await openDialog(true, (e) => {
      files = putFiles(e, [
        ['a.json', a],
        ['a (salinan).json', a],
      ]);
    });
    await pick(em, page, files);
    await page.getByRole('button', { name: 'Gabungkan' }).click();
    await page.locator('#status .error').waitFor({ timeout: 30000 });
    await expect(page.locator('#status .error').textContent()).resolves.toBe(
      'Unit "Unit 001" dipilih dua kali: "a.json" dan "a (salinan).json". Pilih satu berkas untuk setiap unit.',
    );
    expect(em.spreadsheet.getSheets().some((sh: any) => String(sh.getName()).startsWith('Rekap Gabungan'))).toBe(false);
  });

  browserTest(
    'two picked files of one name are told apart by their place and the last change the Picker gives',
    async () => {
      const [a] = unitFiles(1);
      let files: Array<{ id: string; name: string; lastEditedUtc?: number }> = [];
      const { em, page } = await openDialog(true, (e) => {
        files = putFiles(e, [
          ['recap.json', a],
          ['recap.json', a],
        ]);
      });
      // 2025-07-01 09:30 and 2025-07-03 16:45 WIB, in milliseconds as Document.LAST_EDITED_UTC gives them.
      files[0].lastEditedUtc = Date.UTC(2025, 6, 1, 2, 30);
      files[1].lastEditedUtc = Date.UTC(2025, 6, 3, 9, 45);
      await pick(em, page, files);
      await page.getByRole('button', { name: 'Gabungkan' }).click();
      await page.locator('#status .error').waitFor({ timeout: 30000 });
      await expect(page.locator('#status .error').textContent()).resolves.toBe(
        'Unit "Unit 001" dipilih dua kali: "recap.json (berkas ke-1 yang dipilih, diubah 01/07/2025 09:30)" dan "recap.json (berkas ke-2 yang dipilih, diubah 03/07/2025 16:45)". Pilih satu berkas untuk setiap unit.',
      );
    },
  );

  browserTest("without the deployer's key and project number the officer is told, and no Picker opens", async () => {
    const { page } = await openDialog(false);
    await page.getByRole('button', { name: 'Pilih Berkas Rekap…' }).click();
    await page.locator('#status .error').waitFor({ timeout: 10000 });
    await expect(page.locator('#status .error').textContent()).resolves.toContain(
      'Pemilih berkas Google belum disiapkan',
    );
    expect(await page.evaluate(() => (globalThis as any).__picker)).toBeUndefined();
  });
});
