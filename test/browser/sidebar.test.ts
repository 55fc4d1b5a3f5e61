// "Catat Permohonan" in a real browser: the sidebar page built by the bundle, in headless Chromium,
// with google.script.run reaching the emulated spreadsheet.
import fs from 'node:fs';
import path from 'node:path';
import { addonEmulator, row, wib } from '../support/harness';
import { SidebarBrowser, type SidebarSession, skipBrowser, SIDEBAR_WIDTH } from './sidebar-browser';
import { chooseChromium, type ChromiumChoice, NO_BROWSER_HINT } from './chromium';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const PAYLOAD_IMG = '<img src=x onerror=window.__pwned=1>';
const PAYLOAD_SCRIPT = '"><script>window.__pwned=1</script>';
const PAYLOAD_SVG = "<svg onload=window.__pwned=1><a href='javascript:window.__pwned=1'>x</a></svg>";

const browserTest = skipBrowser ? test.skip : test;
const browser = new SidebarBrowser();
const sessions: SidebarSession[] = [];

// Why no browser started, kept so that every browser test fails with it instead of skipping.
let startError: Error | null = null;
let chosen: ChromiumChoice | null = null;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (skipBrowser) return;
  try {
    chosen = await chooseChromium();
    await browser.start(chosen);
  } catch (err: any) {
    startError = new Error(`${err?.message ?? err}\n${NO_BROWSER_HINT}`);
  }
}, 60000);

afterAll(async () => {
  await browser.stop();
});

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.page.close().catch(() => undefined);
});

/** A spreadsheet set up by the add-on, and the sidebar opened on it in Chromium. */
async function openSidebar(prepare?: (em: ReturnType<typeof addonEmulator>) => void) {
  if (startError) throw startError;
  const em = addonEmulator();
  em.call('setupRegister');
  prepare?.(em);
  const s = await browser.session(em);
  sessions.push(s);
  await s.open();
  await s.page.locator('#f-applicantName').waitFor({ state: 'visible', timeout: 10000 });
  return { em, s, page: s.page };
}

function registerRow(em: any, r: number): Record<string, unknown> {
  const reg = em.spreadsheet.getSheetByName('Register');
  const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0] as string[];
  const values = reg.getRange(r, 1, 1, head.length).getValues()[0];
  const display = reg.getRange(r, 1, 1, head.length).getDisplayValues()[0];
  return Object.fromEntries(
    head.flatMap((h, i) => [
      [h, values[i]],
      [`${h} (display)`, display[i]],
    ]),
  );
}

/** The laid-out width of the page: more than the sidebar's means a horizontal scroll bar. */
function pageWidth(page: SidebarSession['page']): Promise<number> {
  return page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
}

function dataRows(em: any): number {
  const reg = em.spreadsheet.getSheetByName('Register');
  const numbers = reg.getRange(2, 1, reg.getMaxRows() - 1, 4).getValues() as unknown[][];
  return numbers.filter((r) => r.some((v) => v !== '')).length;
}

/** Appends values under the last filled cell of a settings list column (E channels, F topics). */
function appendToList(em: any, column: number, values: string[]) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const col = sheet.getRange(1, column, sheet.getMaxRows(), 1).getValues() as unknown[][];
  let last = 0;
  col.forEach((r, i) => {
    if (String(r[0]).trim()) last = i + 1;
  });
  if (sheet.getMaxRows() < last + values.length) sheet.insertRowsAfter(sheet.getMaxRows(), values.length);
  sheet.getRange(last + 1, column, values.length, 1).setValues(values.map((v) => [v]));
}

function setSetting(em: any, label: string, value: string) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues() as unknown[][];
  const r = labels.findIndex((x) => x[0] === label);
  if (r < 0) throw new Error(`no setting labelled ${label}`);
  sheet.getRange(r + 1, 2).setValue(value);
}

describe('the request sidebar in Chromium', () => {
  browserTest('a Chromium starts: the system one, or the one bundled in node_modules', () => {
    if (startError) throw startError;
    expect(chosen).not.toBeNull();
    // PPID_BROWSER=bundled (as .ci/run sets it) must really have run the packaged browser.
    if (process.env.PPID_BROWSER === 'bundled') expect(chosen!.kind).toBe('bundled');
  });

  browserTest(
    'an officer fills the form, saves, and sees the new number and due date; the row is in the register',
    async () => {
      const { em, s, page } = await openSidebar();
      expect(s.calls.map((c) => c.name)).toEqual(['getFormOptions']);
      // The date is prefilled with today in the spreadsheet's time zone.
      expect(await page.getByLabel('Tanggal Permohonan').inputValue()).toBe('2025-07-10');

      await page.getByLabel('Tanggal Permohonan').fill('2025-07-09');
      await page.getByLabel('Saluran').selectOption({ label: 'WhatsApp' });
      await page.getByLabel('Nama Pemohon').click();
      await page.keyboard.type('Ayu Lestari');
      await page.getByLabel('Kategori Pemohon').selectOption('Perseorangan');
      await page.getByLabel('Pekerjaan').fill('Guru');
      await page.getByLabel('Alamat').fill('Jl. Merdeka No. 1\nBandung');
      await page.getByLabel('Kontak').fill('ayu@mail.example');
      await page.getByLabel('Informasi yang Diminta').fill('Data peserta pelatihan 2024');
      await page.getByLabel('Topik').selectOption('Pelatihan');
      await page.getByLabel('Klasifikasi Informasi').selectOption('Berkala');
      await page.getByLabel('Cara Memperoleh').selectOption('Salinan Softcopy');
      await page.getByLabel('Petugas').fill('Budi');
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();

      const result = page.locator('#result.ok');
      await result.waitFor({ timeout: 10000 });
      const message = (await result.textContent()) ?? '';

      const saved = registerRow(em, 2);
      expect(saved['No. Registrasi']).toBe('001/PPID/2025');
      expect(saved['Tanggal Permohonan (display)']).toBe('09/07/2025');
      expect(saved.Saluran).toBe('WhatsApp');
      expect(saved['Nama Pemohon']).toBe('Ayu Lestari');
      expect(saved.Alamat).toBe('Jl. Merdeka No. 1\nBandung');
      expect(saved.Topik).toBe('Pelatihan');
      expect(saved['Cara Memperoleh']).toBe('Salinan Softcopy');
      expect(saved.Petugas).toBe('Budi');
      expect(saved.Status).toBe('Diproses');
      expect(saved.Catatan).toBe('');
      expect(dataRows(em)).toBe(1);

      // The page's due date is the one the register's own formula computes for the row.
      const due = String(saved['Batas Waktu (display)']);
      expect(due).toMatch(/^\d\d\/\d\d\/2025$/);
      expect(message).toContain('001/PPID/2025');
      expect(message).toContain(due);
      expect(message).toMatch(/baris 2\b/);

      // Ready for the next request: text cleared, the channel and date kept, the button back.
      expect(await page.getByLabel('Nama Pemohon').inputValue()).toBe('');
      expect(await page.getByLabel('Informasi yang Diminta').inputValue()).toBe('');
      expect(await page.getByLabel('Saluran').inputValue()).toBe('WhatsApp');
      expect(await page.getByRole('button', { name: 'Simpan Permohonan' }).isEnabled()).toBe(true);

      // A second request from the same sidebar gets the next number.
      await page.getByLabel('Nama Pemohon').fill('Rudi Hartono');
      await page.getByLabel('Kategori Pemohon').selectOption('Badan Hukum');
      await page.getByLabel('Informasi yang Diminta').fill('Laporan keuangan 2024');
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();
      await page.waitForFunction(() =>
        /002\/PPID\/2025/.test((globalThis as any).document.getElementById('result').textContent),
      );
      expect(registerRow(em, 3)['Nama Pemohon']).toBe('Rudi Hartono');
      expect(s.calls.map((c) => c.name)).toEqual(['getFormOptions', 'submitRequest', 'submitRequest']);

      expect(await pageWidth(page)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
      expect(s.pageErrors).toEqual([]);
      expect(s.bridgeProblems).toEqual([]);
      expect(s.externalRequests.every((u) => u.includes('ssl.gstatic.com/docs/script/css/'))).toBe(true);

      // The picture kept for people to look at: the filled sidebar just after a save.
      await page.getByLabel('Nama Pemohon').fill('Sri Wahyuni');
      await page.getByLabel('Informasi yang Diminta').fill('Jadwal pelatihan tahun 2025');
      const file = path.join(ARTIFACTS, 'sidebar.png');
      await page.screenshot({ path: file, fullPage: true });
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(SIDEBAR_WIDTH);
    },
    20000,
  );

  browserTest(
    'a required field left empty is marked, nothing is sent and no row is written',
    async () => {
      const { em, s, page } = await openSidebar();
      await page.getByLabel('Saluran').selectOption('Email');
      await page.getByLabel('Nama Pemohon').fill('   ');
      await page.getByLabel('Kategori Pemohon').selectOption('Perseorangan');
      await page.getByLabel('Informasi yang Diminta').fill('Data peserta pelatihan 2024');
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();

      await page.locator('#result.error').waitFor({ timeout: 5000 });
      expect(await page.locator('#result').textContent()).toBe('Periksa isian yang ditandai.');
      expect(await page.locator('#f-applicantName').getAttribute('class')).toContain('invalid');
      expect(await page.locator('#e-applicantName').textContent()).toContain('Nama Pemohon');
      // Only the empty field is marked.
      expect(await page.locator('.invalid').count()).toBe(1);
      expect(await page.locator('#e-infoRequested').textContent()).toBe('');
      expect(s.calls.map((c) => c.name)).toEqual(['getFormOptions']);
      expect(dataRows(em)).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-required.png'), fullPage: true });

      // Filling it in clears the mark and saves.
      await page.getByLabel('Nama Pemohon').fill('Ayu Lestari');
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();
      await page.locator('#result.ok').waitFor({ timeout: 10000 });
      expect(await page.locator('.invalid').count()).toBe(0);
      expect(dataRows(em)).toBe(1);
      expect(s.pageErrors).toEqual([]);
    },
    20000,
  );

  browserTest(
    'a channel removed from the settings while the sidebar was open is refused by the server and marked',
    async () => {
      const { em, s, page } = await openSidebar();
      await page.getByLabel('Saluran').selectOption('Lainnya');
      await page.getByLabel('Nama Pemohon').fill('Ayu Lestari');
      await page.getByLabel('Kategori Pemohon').selectOption('Perseorangan');
      await page.getByLabel('Informasi yang Diminta').fill('Data peserta pelatihan 2024');
      // Another officer edits the channel list in the meantime.
      const settings = em.spreadsheet.getSheetByName('Pengaturan');
      const channels = settings.getRange(1, 5, settings.getLastRow(), 1).getValues() as unknown[][];
      const at = channels.findIndex((r) => r[0] === 'Lainnya');
      settings.getRange(at + 1, 5).setValue('');
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();

      await page.locator('#result.error').waitFor({ timeout: 10000 });
      expect(s.calls.map((c) => c.name)).toEqual(['getFormOptions', 'submitRequest']);
      expect(await page.locator('#f-channel').getAttribute('class')).toContain('invalid');
      expect(await page.locator('#e-channel').textContent()).toContain('Saluran');
      expect(await page.getByRole('button', { name: 'Simpan Permohonan' }).isEnabled()).toBe(true);
      // What the officer typed is kept for the retry.
      expect(await page.getByLabel('Nama Pemohon').inputValue()).toBe('Ayu Lestari');
      expect(dataRows(em)).toBe(0);
      expect(s.pageErrors).toEqual([]);
    },
    20000,
  );

  browserTest(
    'script payloads in the settings lists, the number format and earlier rows render as text and never run',
    async () => {
      const { em, s, page } = await openSidebar();
      // The officer (or a pasted list) puts markup into the settings and the register, then reopens the sidebar.
      appendToList(em, 5, [PAYLOAD_IMG, PAYLOAD_SCRIPT]);
      appendToList(em, 6, [PAYLOAD_SVG]);
      setSetting(em, 'Format No. Registrasi', '<b onmouseover=window.__pwned=1>{nnn}</b>/PPID/{yyyy}');
      const earlier = row({
        'No. Registrasi': '<b onmouseover=window.__pwned=1>007</b>/PPID/2025',
        'Tanggal Permohonan': wib('2025-07-01'),
        Saluran: PAYLOAD_IMG,
        'Nama Pemohon': PAYLOAD_SCRIPT,
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': PAYLOAD_SVG,
        Topik: PAYLOAD_SVG,
        Status: 'Diproses',
      });
      // Only the input columns: the computed ones to the right are the register's formulas.
      em.spreadsheet.getSheetByName('Register').getRange(2, 1, 1, earlier.length).setValues([earlier]);
      await s.open();
      await page.locator('#f-applicantName').waitFor({ state: 'visible', timeout: 10000 });

      const channelTexts = await page.locator('#f-channel option').allTextContents();
      expect(channelTexts).toContain(PAYLOAD_IMG);
      expect(channelTexts).toContain(PAYLOAD_SCRIPT);
      expect(await page.locator('#f-topic option').allTextContents()).toContain(PAYLOAD_SVG);
      // The attribute context too: the quote in the payload does not close the option's value.
      const values = await page
        .locator('#f-channel option')
        .evaluateAll((opts) => opts.map((o: any) => [o.value, o.textContent]));
      expect(values).toContainEqual([PAYLOAD_IMG, PAYLOAD_IMG]);
      expect(values).toContainEqual([PAYLOAD_SCRIPT, PAYLOAD_SCRIPT]);

      // Submit with the payloads chosen and typed: the new number carries the format's markup as text.
      await page.getByLabel('Saluran').selectOption({ label: PAYLOAD_IMG });
      await page.getByLabel('Topik').selectOption({ label: PAYLOAD_SVG });
      await page.getByLabel('Nama Pemohon').fill(PAYLOAD_SCRIPT);
      await page.getByLabel('Kategori Pemohon').selectOption('Perseorangan');
      await page.getByLabel('Informasi yang Diminta').fill(PAYLOAD_IMG);
      await page.getByRole('button', { name: 'Simpan Permohonan' }).click();
      await page.locator('#result.ok').waitFor({ timeout: 10000 });
      const number = '<b onmouseover=window.__pwned=1>008</b>/PPID/2025';
      expect(await page.locator('#result').textContent()).toContain(number);
      const saved = registerRow(em, 3);
      expect(saved['No. Registrasi']).toBe(number);
      expect(saved.Saluran).toBe(PAYLOAD_IMG);
      expect(saved.Topik).toBe(PAYLOAD_SVG);
      expect(saved['Nama Pemohon']).toBe(PAYLOAD_SCRIPT);

      // Nothing of it became markup: no foreign elements anywhere, only the page's own script.
      const doc = await page.evaluate(() => {
        const d = (globalThis as any).document;
        return {
          foreign: d.querySelectorAll('img, svg, b, a, iframe, object, embed').length,
          scripts: Array.from(d.scripts as ArrayLike<any>).map((x: any) => x.textContent.includes('__pwned')),
          resultChildren: d.getElementById('result').children.length,
        };
      });
      expect(doc).toEqual({ foreign: 0, scripts: [false], resultChildren: 0 });
      // Long markup-looking text wraps inside the sidebar instead of widening it.
      expect(await pageWidth(page)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
      await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-payloads.png'), fullPage: true });
      await page.locator('#result').hover();

      // Control: the same markup parsed as HTML in this page does run, so the check above can fail.
      await page.evaluate((p) => {
        const d = (globalThis as any).document;
        const box = d.createElement('div');
        box.innerHTML = p.replace('__pwned', '__control');
        d.body.appendChild(box);
      }, PAYLOAD_IMG);
      await page.waitForFunction(() => (globalThis as any).__control === 1, undefined, { timeout: 5000 });
      // The control's image failed after any injected one would have: __pwned would be set by now.
      expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
      expect(s.pageErrors).toEqual([]);
      expect(s.bridgeProblems).toEqual([]);
    },
    20000,
  );
});
