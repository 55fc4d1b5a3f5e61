// "Pilih Folder Unit" in a real browser, as Budi, the second officer: the dialog built by the
// bundle in headless Chromium, google.script.run reaching the emulator as his account, and
// Google's Picker replaced by a stub (picker-stub.ts) that records how the page builds it.
import type { Emulator } from '@ppid-sheets/emulator';
import { letterEmulator } from '../support/letters';
import { PICKER_LOADER, PICKER_STUB } from './picker-stub';
import path from 'node:path';
import { ARTIFACTS, browserTest, useBrowser } from './suite';

const ANI = 'petugas@example.go.id';
const BUDI = 'budi@ppid.example.go.id';
const REPORT = { period: '2025-Q1', asOf: '2025-04-10' };
const chrome = useBrowser();

async function openAsBudi(prepare?: (em: Emulator) => void) {
  const em = letterEmulator('2025-04-10');
  em.addAccount(BUDI, { displayName: 'Budi Santoso' });
  const props = em.services.PropertiesService.getScriptProperties();
  props.setProperty('PICKER_DEVELOPER_KEY', 'AIza-test-key');
  props.setProperty('PICKER_PROJECT_NUMBER', '123456789012');
  em.call('generateReport', REPORT);
  prepare?.(em);
  const s = await chrome.session(em, {
    menu: 'menuPickFolder',
    surface: 'dialog',
    user: BUDI,
    external: { [PICKER_LOADER]: PICKER_STUB },
  });
  await s.open();
  return { em, s, page: s.page };
}
const folderId = (em: Emulator) =>
  JSON.parse(em.services.PropertiesService.getDocumentProperties().getProperty('ppid.folder'))[0] as string;

describe('the unit-folder dialog in Chromium, as the second officer', () => {
  browserTest(
    'a folders-only Picker that lets a folder be chosen; the pick confirmed; his report then saves there',
    async () => {
      const { em, s, page } = await openAsBudi();
      // The button is enabled once the dialog has its options and the Picker's script has loaded.
      await page.locator('#pick:not([disabled])').waitFor({ timeout: 10000 });
      await expect(page.locator('#intro').textContent()).resolves.toContain(`dibuat oleh ${ANI}`);
      await expect(page.locator('#hint').textContent()).resolves.toContain(`kepada ${BUDI} sebagai Editor`);
      await page.locator('#pick:not([disabled])').waitFor({ timeout: 10000 });
      await page.getByRole('button', { name: 'Pilih Folder…' }).click();
      await page.waitForFunction(() => !!(globalThis as any).__picker, undefined, { timeout: 10000 });
      const built = await page.evaluate(() => {
        const b = (globalThis as any).__picker;
        return {
          appId: b.appId,
          views: b.views.map((v: any) => [v.viewId, v.mimeTypes, v.selectFolder]),
          title: b.title,
        };
      });
      expect(built).toEqual({
        appId: '123456789012',
        views: [['folders', 'application/vnd.google-apps.folder', true]],
        title: 'Pilih folder "Laporan PPID"',
      });
      // He picks it: the Picker grants his add-on the folder (drive.file, per person).
      const id = folderId(em);
      em.rt.asUser(BUDI, () => em.rt.grantToApp(id));
      await page.evaluate((doc) => (globalThis as any).__picker.callback({ action: 'picked', docs: [doc] }), {
        id,
        name: 'Laporan PPID',
      });
      await page.locator('#status .done').waitFor({ timeout: 20000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'folder-pick-dialog-done.png') });
      await expect(page.locator('#status').textContent()).resolves.toContain(
        'Folder "Laporan PPID" kini dapat dipakai.',
      );
      expect(s.calls.map((c) => c.name)).toEqual(['getFolderPickOptions', 'getPickerConfig', 'confirmUnitFolder']);
      expect(s.pageErrors).toEqual([]);
      const made = em.callAs(BUDI, 'generateReport', REPORT);
      expect(em.rt.files.get(made.docId)!.parents).toEqual([id]);
    },
  );

  browserTest('another folder picked: the refusal shown as text, the button still there', async () => {
    const { em, page } = await openAsBudi();
    const own = em.rt.asUser(BUDI, () =>
      em.services.Drive.Files.create({ name: '<b>Arsip</b>', mimeType: 'application/vnd.google-apps.folder' }),
    );
    await page.locator('#pick:not([disabled])').waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'folder-pick-dialog.png') });
    await page.getByRole('button', { name: 'Pilih Folder…' }).click();
    await page.waitForFunction(() => !!(globalThis as any).__picker, undefined, { timeout: 10000 });
    await page.evaluate((doc) => (globalThis as any).__picker.callback({ action: 'picked', docs: [doc] }), {
      id: own.id,
      name: '<b>Arsip</b>',
    });
    await page.locator('#status .error').waitFor({ timeout: 20000 });
    await expect(page.locator('#status .error').textContent()).resolves.toBe(
      'Folder "<b>Arsip</b>" bukan folder laporan unit ini ("Laporan PPID"). Pilih folder "Laporan PPID". Pengaturan tidak diubah.',
    );
    await expect(page.locator('#status b').count()).resolves.toBe(0);
    await expect(page.locator('#pick').isDisabled()).resolves.toBe(false);
  });
});
