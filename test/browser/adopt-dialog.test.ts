// The adoption preview dialog in a real browser: Siapkan Register on a register kept under other
// headers, the page built by the bundle, google.script.run reaching the emulated spreadsheet.
import path from 'node:path';
import { addonEmulator } from '../support/harness';
import { browserTest, useBrowser, ARTIFACTS, PAYLOAD } from './suite';
import { titledRows, wibDate } from '../fixtures/adopt/layouts';

const chrome = useBrowser();

/** The titled register (dates as date cells) with an officer's own column whose header is a script payload. */
function titledSheet(em: any) {
  const rows: unknown[][] = titledRows().map((r) =>
    r.map((v) => {
      const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
      return m ? wibDate(`${m[3]}-${m[2]}-${m[1]}`) : v;
    }),
  );
  rows[4].push(PAYLOAD);
  rows.forEach((r, i) => {
    if (i !== 4) r.push(i > 6 && i < 27 ? 'paraf' : '');
  });
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName('Register PPID');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  // As Sheets holds them after typing ("1" is the number 1): the baseline for "nothing changed".
  return { sheet, rows: sheet.getRange(1, 1, rows.length, rows[0].length).getValues() as unknown[][] };
}

async function openDialog() {
  const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
  const { sheet, rows } = titledSheet(em);
  // Siapkan Register, as the officer chooses it from the menu: the dialog is the page.
  const s = await chrome.session(em, { menu: 'menuSetup', surface: 'dialog' });
  await s.open();
  expect(em.services.ui._dialogs.at(-1)).toMatchObject({ kind: 'modal', width: 760, height: 600 });
  await s.page.locator('#m-received').waitFor({ state: 'visible', timeout: 10000 });
  return { em, s, page: s.page, sheet, rows };
}

describe('adoption preview dialog', () => {
  browserTest('shows the proposed mapping, the unmapped columns, the first rows as read and the problems', async () => {
    const { page, s } = await openDialog();
    expect(await page.locator('#intro').textContent()).toContain('sheet "Register PPID" dengan judul kolom di baris 6');
    const selected = (key: string) => page.locator(`#m-${key} option:checked`).textContent();
    expect(await selected('received')).toBe('C (Tanggal / Permohonan)');
    expect(await selected('answered')).toBe('D (Tanggal / Selesai)');
    expect(await selected('status')).toBe('J (Keputusan)');
    expect(await selected('topic')).toBe('— tidak ada (ditambahkan di kanan) —');
    expect(await page.locator('#unmapped').textContent()).toBe(`A (No): nomor urut baris, N (${PAYLOAD})`);
    expect(await page.locator('#rows tbody tr').count()).toBe(5);
    expect(await page.locator('#rows tbody tr').first().locator('td').allTextContents()).toEqual([
      '8',
      '001/PPID-DPK/2025',
      '08/01/2025',
      'Email',
      'Perseorangan',
      'Dipenuhi',
      '15/01/2025',
      '22/01/2025',
    ]);
    expect(await page.locator('#problems').textContent()).toContain('baris jumlah (JUMLAH)');
    // A header is text, never markup.
    expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(await page.locator('#adopt').isEnabled()).toBe(true);
    expect(s.pageErrors).toEqual([]);
    expect(s.bridgeProblems).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'adopt-dialog.png'), fullPage: true });
  });

  browserTest('a changed column is previewed again; confirming adopts the sheet where it is', async () => {
    const { page, s, em, sheet, rows } = await openDialog();
    await page.locator('#m-channel').selectOption('');
    const text = (id: string) => `(document.getElementById('${id}').textContent || '')`;
    await page.waitForFunction(`${text('busy')} === '' && ${text('problems')}.includes('Saluran')`);
    const last = s.calls.at(-1)!;
    expect(last.name).toBe('previewRegister');
    expect(last.args[0]).toMatchObject({
      exact: true,
      mapping: { headerRow: 6, columns: { channel: null, received: 'Tanggal / Permohonan' } },
    });
    await page.locator('#m-channel').selectOption('Saluran');
    await page.waitForFunction(`${text('busy')} === '' && !${text('problems')}.includes('Kolom wajib "Saluran"')`);
    await page.locator('#adopt').click();
    await page.waitForFunction(`${text('busy')}.includes('dipakai apa adanya')`);
    expect(s.calls.at(-1)!.name).toBe('adoptRegister');
    const settings = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
    expect(settings.find((r: unknown[]) => r[0] === 'Baris Judul Register')[1]).toBe(6);
    // The source cells are where they were, as they were.
    const now = sheet.getRange(1, 1, rows.length, rows[0].length).getValues();
    const plain = (g: unknown[][]) =>
      g.map((r) => r.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v)));
    expect(plain(now)).toEqual(plain(rows));
    expect(await page.locator('#cancel').textContent()).toBe('OK');
    expect(s.pageErrors).toEqual([]);
  });
});
