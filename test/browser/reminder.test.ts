// "Pengingat Harian" in a real browser: the dialog page the menu item opens, in headless Chromium,
// with google.script.run reaching the emulated spreadsheet, for two officers at two computers.
import path from 'node:path';
import type { SidebarSession } from './sidebar-browser';
import { browserTest, useBrowser, ARTIFACTS, PAYLOAD } from './suite';
import { office, ANI, BUDI, clockTriggers } from '../reminder/support';

const chrome = useBrowser();

/** The dialog opened through the menu item by `user`, loaded and showing its status. */
async function openDialog(em: any, user?: string): Promise<SidebarSession> {
  const s = await chrome.session(em, { menu: 'menuDailyReminder', surface: 'dialog', user });
  await s.open();
  await s.page.locator('#state').waitFor({ timeout: 10000 });
  return s;
}

const visible = (s: SidebarSession, id: string) => s.page.locator(`#${id}`).isVisible();

describe('the Pengingat Harian dialog in Chromium', () => {
  browserTest(
    'an officer turns the reminder on and off; the dialog shows whose it is and when it runs',
    async () => {
      const em = office();
      const s = await openDialog(em);
      expect(await s.page.locator('#state').textContent()).toBe('Pengingat harian belum aktif.');
      expect(await s.page.locator('#intro').textContent()).toContain('tanpa data pribadi pemohon');
      expect(await visible(s, 'turn-on')).toBe(true);
      expect(await visible(s, 'turn-off')).toBe(false);

      await s.page.getByRole('button', { name: 'Aktifkan' }).click();
      await s.page.locator('#result.ok').filter({ hasText: 'Pengingat harian aktif.' }).waitFor({ timeout: 10000 });
      expect(await s.page.locator('#state').textContent()).toBe(
        'Aktif: dikirim setiap hari kerja sekitar pukul 07.00 (WIB). Pemicu ini atas nama Anda.',
      );
      expect(await visible(s, 'turn-on')).toBe(false);
      expect(await visible(s, 'turn-off')).toBe(true);
      expect(clockTriggers(em).map((t: any) => t.owner)).toEqual([ANI]);
      await s.page.screenshot({ path: path.join(ARTIFACTS, 'reminder-dialog.png'), fullPage: true });

      await s.page.getByRole('button', { name: 'Matikan' }).click();
      await s.page.locator('#result.ok').filter({ hasText: 'Pengingat harian dimatikan.' }).waitFor({ timeout: 10000 });
      expect(clockTriggers(em)).toHaveLength(0);
      expect(await s.page.locator('#state').textContent()).toBe('Pengingat harian belum aktif.');

      await s.page.getByRole('button', { name: 'Tutup' }).click();
      expect(await s.page.evaluate(() => (globalThis as any).__hostClosed)).toBe(true);
      expect(s.calls.map((c) => c.name)).toEqual(['getReminderStatus', 'setDailyReminder', 'setDailyReminder']);
      expect(s.calls.map((c) => c.args)).toEqual([[], [true], [false]]);
      expect(s.pageErrors).toEqual([]);
      expect(s.bridgeProblems).toEqual([]);
      expect(s.externalRequests.every((u) => u.includes('ssl.gstatic.com/docs/script/css/'))).toBe(true);
    },
    30000,
  );

  browserTest(
    'two officers click Aktifkan at once: one trigger; the other is told whose it is and can only close',
    async () => {
      const em = office();
      const ani = await openDialog(em);
      const budi = await openDialog(em, BUDI);
      await Promise.all([
        ani.page.getByRole('button', { name: 'Aktifkan' }).click(),
        budi.page.getByRole('button', { name: 'Aktifkan' }).click(),
      ]);
      await ani.page.locator('#result:not(:empty):not(:has-text("Sebentar"))').waitFor({ timeout: 10000 });
      await budi.page.locator('#result:not(:empty):not(:has-text("Sebentar"))').waitFor({ timeout: 10000 });
      expect(clockTriggers(em)).toHaveLength(1);
      const owner = clockTriggers(em)[0].owner;
      const [winner, loser] = owner === ANI ? [ani, budi] : [budi, ani];
      expect(await winner.page.locator('#result').getAttribute('class')).toBe('ok');
      expect(await loser.page.locator('#result').getAttribute('class')).toBe('error');
      const ownerName = owner === ANI ? 'Ani Rahma' : 'Budi Santoso';
      expect(await loser.page.locator('#result').textContent()).toContain(`Pemicu ini dipasang oleh ${ownerName}`);
      expect(await loser.page.locator('#state').textContent()).toContain(`dipasang oleh ${ownerName}`);
      expect(await visible(loser, 'turn-on')).toBe(false);
      expect(await visible(loser, 'turn-off')).toBe(false);
      expect(await visible(loser, 'close')).toBe(true);
      await loser.page.screenshot({ path: path.join(ARTIFACTS, 'reminder-dialog-other.png'), fullPage: true });
      expect([...ani.pageErrors, ...budi.pageErrors]).toEqual([]);
    },
    30000,
  );

  browserTest(
    'an officer name or address that looks like markup is shown as text and never runs',
    async () => {
      const em = office();
      em.rt.displayNames.set(ANI, PAYLOAD);
      em.call('setDailyReminder', true);
      const sheet = em.spreadsheet.getSheetByName('Pengaturan');
      const labels: unknown[][] = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
      sheet
        .getRange(labels.findIndex((r) => r[0] === 'E-mail Pengingat Harian') + 1, 2)
        .setValue(`ok@unit.go.id, "><script>window.__pwned=1</script>`);
      const s = await openDialog(em, BUDI);
      expect(await s.page.locator('#state').textContent()).toContain(`dipasang oleh ${PAYLOAD}`);
      expect(await s.page.locator('#status').textContent()).toContain('Alamat tidak valid dan dilewati');
      const dom = await s.page.evaluate(() => {
        const d = (globalThis as any).document;
        return { foreign: d.querySelectorAll('img, #status script, #status b').length, scripts: d.scripts.length };
      });
      expect(dom).toEqual({ foreign: 0, scripts: 1 });
      expect(await s.page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
      expect(s.pageErrors).toEqual([]);
    },
    30000,
  );
});
