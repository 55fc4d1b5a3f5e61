// Issue 8.6: the report reaches only the configured central PPID addresses, with the configured
// role; malformed addresses are refused with a clear message and never shared with; nothing is
// ever shared publicly; and the manifest asks for the documented minimal scopes, which are exactly
// what the bundle's services need.
import fs from 'node:fs';
import path from 'node:path';
import { addonEmulator, fillRegister, SEED_ROWS, DIST } from '../support/harness';

const VALID = ['ppid.pusat@example.go.id', 'Info@Example.go.id'];
const MALFORMED = [
  'salah@',
  'a@b',
  'ppid pusat@kemdikbud.go.id',
  'PPID Pusat <x@y.go.id>',
  '@example.go.id',
  'x@@example.go.id',
];
// Addresses hidden inside the malformed entries: none of them may get access either.
const NEVER = ['salah', 'pusat@kemdikbud.go.id', 'x@y.go.id', 'b'];

function emulatorWith(settings: Record<string, string>) {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const labels: unknown[][] = sheet.getDataRange().getValues();
  for (const [label, value] of Object.entries(settings))
    sheet.getRange(labels.findIndex((r) => r[0] === label) + 1, 2).setValue(value);
  em.resetCalls();
  return em;
}

const lower = (xs: Iterable<string>) => [...xs].map((x) => x.toLowerCase()).sort();

describe.each([
  ['Pembaca', 'viewer', 'viewers'],
  ['Pemberi Komentar', 'commenter', 'commenters'],
  ['Editor', 'editor', 'editors'],
])('sharing as %s', (roleSetting, role, set) => {
  const em = emulatorWith({
    'E-mail PPID Pusat': [VALID[0], VALID[1], ...MALFORMED, 'ppid.pusat@example.go.id'].join(', '),
    'Hak Akses PPID Pusat': roleSetting,
    'Kirim E-mail Pemberitahuan': 'Ya',
  });
  const before = new Set(em.rt.files.keys());
  const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
  const created = [...em.rt.files.values()].filter((f: any) => !before.has(f.id));

  test(`only the valid addresses get access to the document, PDF and JSON, as ${role}`, () => {
    expect(result.role).toBe(role);
    expect(result.sharedWith).toEqual(VALID);
    for (const id of [result.docId, result.pdfId, result.jsonId]) {
      const f = em.rt.files.get(id) as any;
      expect({ name: f.name, granted: lower(f[set]) }).toEqual({ name: f.name, granted: lower(VALID) });
      for (const other of ['viewers', 'commenters', 'editors'].filter((s) => s !== set)) expect(f[other].size).toBe(0);
    }
  });

  test('malformed addresses are refused, reported, and nobody hidden in them gets anything', () => {
    expect(result.invalidEmails).toEqual(MALFORMED);
    for (const f of em.rt.files.values() as Iterable<any>) {
      const everyone = lower([...f.viewers, ...f.commenters, ...f.editors]);
      for (const address of [...MALFORMED, ...NEVER]) expect(everyone).not.toContain(address.toLowerCase());
    }
    const mail = em.services.MailApp._sent;
    expect(mail).toHaveLength(1);
    expect(lower(String(mail[0].to).split(','))).toEqual(lower(VALID));
  });

  test('nothing the run created is public or shared by link, and the folder and spreadsheet stay private', () => {
    expect(created.length).toBeGreaterThanOrEqual(4);
    for (const f of created)
      expect({ name: f.name, access: f.access, permission: f.permission }).toEqual({
        name: f.name,
        access: 'PRIVATE',
        permission: 'NONE',
      });
    const folder = created.find((f: any) => f.isFolder) as any;
    expect(folder).toBeDefined();
    expect(folder.viewers.size + folder.commenters.size + folder.editors.size).toBe(0);
    const spreadsheet = [...em.rt.files.values()].find(
      (f: any) => f.mimeType === 'application/vnd.google-apps.spreadsheet',
    ) as any;
    expect(spreadsheet.access).toBe('PRIVATE');
    expect(spreadsheet.viewers.size + spreadsheet.commenters.size + spreadsheet.editors.size).toBe(0);
    expect(Object.keys(em.calls().byMethod).filter((m) => /setSharing|setOwner|addViewer$|addEditor$/.test(m))).toEqual(
      [],
    );
  });
});

test('the officer is told which addresses were skipped, in the dialog after the report', () => {
  const em = emulatorWith({
    'E-mail PPID Pusat': `${VALID[0]}, ppid pusat@kemdikbud.go.id, salah@`,
    'Kirim E-mail Pemberitahuan': 'Tidak',
  });
  em.services.ui._queueResponse({ button: 'OK', text: '2021-Q3' });
  em.call('menuQuarterlyReport');
  const dialog = em.services.ui._dialogs.at(-1);
  expect(dialog.content).toContain('Alamat e-mail tidak valid dan dilewati: ppid pusat@kemdikbud.go.id, salah@.');
  expect(em.services.MailApp._sent).toHaveLength(0);
});

describe('OAuth scopes', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  const scopes: string[] = manifest.oauthScopes.map((s: string) => s.replace('https://www.googleapis.com/auth/', ''));
  const bundle = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');

  test('the manifest asks for exactly the scopes the README documents', () => {
    const readme = fs.readFileSync(path.join(DIST, '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### OAuth scopes'));
    const documented = [...table.matchAll(/^\| `([a-z._]+)` \|/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(0);
    expect([...scopes].sort()).toEqual([...documented].sort());
    expect(JSON.parse(fs.readFileSync(path.join(DIST, '..', 'appsscript.json'), 'utf8')).oauthScopes).toEqual(
      manifest.oauthScopes,
    );
  });

  test('every service the bundle uses is covered by a scope, and every scope is used: the list is minimal', () => {
    // What each Apps Script service needs; null: no scope at all.
    const NEEDS: Record<string, string | null> = {
      // DriveApp is absent on purpose: its methods need the full drive scope; the Advanced Drive
      // service (Drive) works under drive.file.
      SpreadsheetApp: 'spreadsheets.currentonly',
      Charts: null,
      DocumentApp: 'documents',
      Drive: 'drive.file',
      MailApp: 'script.send_mail',
      HtmlService: 'script.container.ui',
      PropertiesService: null,
      LockService: null,
      CacheService: null,
      Utilities: null,
      Logger: null,
      Session: null,
      // Triggers need script.scriptapp; ScriptApp.getOAuthToken needs no scope of its own (the
      // token carries the manifest's scopes).
      ScriptApp: 'script.scriptapp',
    };
    const used = new Set(
      [...bundle.matchAll(/\b([A-Z][A-Za-z]+(?:App|Service)|Charts|Utilities|Session|Logger|Drive)\.[a-zA-Z]+/g)].map(
        (m) => m[1],
      ),
    );
    // The add-on reaches the Advanced Drive service through a guard (typeof Drive …).
    if (/\btypeof Drive\b/.test(bundle)) used.add('Drive');
    for (const service of used) expect({ service, known: service in NEEDS }).toEqual({ service, known: true });
    const needed = new Set([...used].map((s) => NEEDS[s]).filter((s): s is string => s !== null));
    // Menus, dialogs and the sidebar need the container UI scope.
    if (/getUi\(\)/.test(bundle)) needed.add('script.container.ui');
    expect([...needed].sort()).toEqual([...scopes].sort());
  });

  test('the bundle calls nothing that would need a wider scope or make anything public', () => {
    const forbidden = [
      /SpreadsheetApp\.(openById|openByUrl|open|create)\b/, // other spreadsheets: full spreadsheets scope
      /DriveApp\.(getFiles|searchFiles|getFilesByName|getFoldersByName|searchFolders)\b/, // browsing Drive
      /\b(UrlFetchApp|GmailApp)\b/,
      /\bFormApp\b/, // the form intake reads the response sheet only: FormApp would need the forms scope
      /Session\.(getActiveUser|getEffectiveUser)\b/, // userinfo.email
      /\.setSharing\(|DriveApp\.Access|DriveApp\.Permission/,
      /\bDriveApp\./, // DriveApp needs the full drive scope
      /type:\s*['"](anyone|domain)['"]/, // Drive API permissions for everyone
    ];
    for (const re of forbidden)
      expect({ re: String(re), found: re.test(bundle) }).toEqual({ re: String(re), found: false });
  });

  test('the OAuth token goes to the Google Picker only, and only once the deployer has configured it', () => {
    // One call in the bundle: the Picker's configuration, which hands it out only with a developer
    // key and a project number (setAppId is what makes drive.file cover the picked files).
    expect([...bundle.matchAll(/ScriptApp\.getOAuthToken\(\)/g)]).toHaveLength(1);
    expect(bundle).toMatch(/ready \? ScriptApp\.getOAuthToken\(\) : ""/);
    // In the pages: one use of the token, in the Picker kit both Picker dialogs include.
    const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));
    const uses = pages.flatMap((f) => {
      const html = fs.readFileSync(path.join(DIST, f), 'utf8');
      return [...html.matchAll(/cfg\.token|getOAuthToken/g)].map(
        (m) => `${f}: ${html.slice(m.index! - 15, m.index! + 10)}`,
      );
    });
    expect(uses).toEqual(['PickerKit.html: .setOAuthToken(cfg.token)']);
    const kit = fs.readFileSync(path.join(DIST, 'PickerKit.html'), 'utf8');
    expect(kit).toContain('.setAppId(cfg.appId)');
    expect(kit).toContain('if (!cfg.ready)');
    const dialog = fs.readFileSync(path.join(DIST, 'Consolidate.html'), 'utf8');
    expect(dialog).toContain("include('PickerKit')");
    expect(fs.readFileSync(path.join(DIST, 'FolderPick.html'), 'utf8')).toContain("include('PickerKit')");
    expect(dialog).toMatch(/setMimeTypes\('application\/json'\)/);
  });
});
