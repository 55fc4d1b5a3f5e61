// The built bundle as Apps Script sees it: one dist/Code.js whose top-level function declarations
// are the add-on's entry points, loadable with no service touched (global code runs in
// AuthMode.NONE), plus the manifest and the sidebar's HTML files.
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const gasLocal = require('gas-local');

const dist = path.resolve(__dirname, '../../dist');
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'menuSetup',
  'menuLogRequest',
  'menuQuarterlyReport',
  'menuAnnualReport',
  'menuCheckData',
  'menuSettings',
  'menuHelp',
  'include',
  'getFormOptions',
  'submitRequest',
  'generateReport',
  'computeRecap',
  'setupRegister',
  'checkRegister',
  'menuDailyReminder',
  'getReminderStatus',
  'setDailyReminder',
  'runDailyReminder',
  'menuConsolidate',
  'getConsolidateOptions',
  'getPickerConfig',
  'consolidateReports',
  'menuPickFolder',
  'getFolderPickOptions',
  'confirmUnitFolder',
  'menuFormIntake',
  'getFormIntakeStatus',
  'saveFormIntake',
  'turnOffFormIntake',
  'onFormSubmitIntake',
];
const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'MailApp',
  'PropertiesService',
  'LockService',
  'Session',
  'HtmlService',
  'Utilities',
  'ScriptApp',
  'Charts',
  'CacheService',
];

describe('dist/ bundle', () => {
  const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');

  test('declares a top-level function for every entry point and keeps no module syntax', () => {
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(\\)`, 'm'));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  test('loads through gas-local without touching any Apps Script service', () => {
    const touched: string[] = [];
    const globals: Record<string, unknown> = { console };
    for (const s of SERVICES) {
      globals[s] = new Proxy(
        {},
        {
          get: (_t, p) => {
            touched.push(`${s}.${String(p)}`);
            return undefined;
          },
        },
      );
    }
    const ctx = gasLocal.require(dist, globals, { filter: (f: string) => f.endsWith('.js') });
    for (const name of ENTRY_POINTS) expect(typeof ctx[name]).toBe('function');
    expect(touched).toEqual([]);
  });

  test('ships the manifest with V8, Asia/Jakarta and only the documented scopes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  test('copies the sidebar page, script and style', () => {
    for (const f of ['Sidebar.html', 'SidebarScript.html', 'SidebarStyle.html', 'Reminder.html', 'FormIntake.html'])
      expect(fs.existsSync(path.join(dist, f))).toBe(true);
    const page = fs.readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
    expect(page).toContain("include('SidebarScript')");
    expect(page).toContain("include('SidebarStyle')");
  });

  test('keeps Apps Script globals out of src/core', () => {
    const core = path.resolve(__dirname, '../../src/core');
    // Every file under src/core, sub-folders (strings/) included.
    const files = (fs.readdirSync(core, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => {
      const text = fs.readFileSync(path.join(core, f), 'utf8');
      return /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|HtmlService|PropertiesService|LockService|Session|ScriptApp|CacheService|Utilities|Drive)\./.test(
        text,
      );
    });
    expect(offenders).toEqual([]);
  });
});
