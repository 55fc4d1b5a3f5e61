import vm from 'node:vm';
import { Runtime } from '../runtime';
import { createServices } from './index';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  return { rt, ui: s.ui, HtmlService: s.HtmlService };
}

describe('Ui', () => {
  test('menus are recorded with their full structure; rebuilding replaces, never duplicates', () => {
    const { ui } = setup();
    const build = () =>
      ui
        .createAddonMenu()
        .addItem('Siapkan register', 'setupRegister')
        .addSeparator()
        .addSubMenu(ui.createMenu('Laporan').addItem('Triwulan', 'reportQuarter').addItem('Tahunan', 'reportYear'))
        .addToUi();
    build();
    build();
    expect(ui._menus).toEqual([
      {
        title: 'PPID Sheets',
        addon: true,
        items: [
          { caption: 'Siapkan register', functionName: 'setupRegister' },
          { separator: true },
          {
            submenu: {
              title: 'Laporan',
              addon: false,
              items: [
                { caption: 'Triwulan', functionName: 'reportQuarter' },
                { caption: 'Tahunan', functionName: 'reportYear' },
              ],
            },
          },
        ],
      },
    ]);
    expect(() => ui.createMenu('x').addItem('Bad', 'not a name')).toThrow('Invalid argument: functionName');
  });

  test('alert and prompt answer from the queue (default: first button, empty text) and are recorded', () => {
    const { ui } = setup();
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(ui.alert('Hapus?', 'Rekap lama akan diganti.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    ui._queueResponse({ button: 'NO' });
    expect(ui.alert('Lanjut?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    ui._queueResponse({ button: 'OK', text: '2025-Q2' });
    const r = ui.prompt('Periode', 'Tulis periode (2025-Q2)', ui.ButtonSet.OK_CANCEL);
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    expect(r.getResponseText()).toBe('2025-Q2');
    expect(ui.prompt('Nama?').getResponseText()).toBe('');
    expect(ui._dialogs.map((d: any) => [d.kind, d.title, d.response.button])).toEqual([
      ['alert', null, 'OK'],
      ['alert', 'Hapus?', 'YES'],
      ['alert', null, 'NO'],
      ['prompt', 'Periode', 'OK'],
      ['prompt', null, 'OK'],
    ]);
    ui._queueResponse({ button: 'YES' });
    expect(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).toThrow('not a button of ButtonSet.OK_CANCEL');
  });

  test('sidebars and dialogs record their HTML and title', () => {
    const { ui, HtmlService } = setup();
    ui.showSidebar(HtmlService.createHtmlOutput('<p>Panel</p>').setTitle('PPID'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>Tunggu</p>').setWidth(400).setHeight(120), 'Membuat laporan');
    expect(ui._sidebars[0]).toMatchObject({ kind: 'sidebar', title: 'PPID', content: '<p>Panel</p>' });
    expect(ui._dialogs[0]).toMatchObject({
      kind: 'modal',
      title: 'Membuat laporan',
      content: '<p>Tunggu</p>',
      width: 400,
      height: 120,
    });
    expect(() => ui.showSidebar('<p>raw</p>')).toThrow('Invalid argument');
  });
});

describe('HtmlService', () => {
  test('<?= ?> escapes, <?!= ?> does not, <? ?> runs code, template properties are in scope', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate(
      '<h1><?= title ?></h1><? for (const n of names) { ?><li><?= n ?></li><? } ?><?!= raw ?>',
    );
    t.title = 'Rekap <TW II> & "lainnya"';
    t.names = ["O'Brien", '<script>'];
    t.raw = '<b>ok</b>';
    const html = t.evaluate().getContent();
    expect(html).toBe(
      '<h1>Rekap &lt;TW II&gt; &amp; &quot;lainnya&quot;</h1><li>O&#39;Brien</li><li>&lt;script&gt;</li><b>ok</b>',
    );
  });

  test("files come from the project; a missing one throws Apps Script's message", () => {
    const { rt, HtmlService } = setup();
    rt.projectFiles.set('Sidebar', '<div><?!= include("SidebarStyle"); ?><?= who ?></div>');
    rt.projectFiles.set('SidebarStyle', '<style>p{}</style>');
    expect(HtmlService.createHtmlOutputFromFile('SidebarStyle').getContent()).toBe('<style>p{}</style>');
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    // The bundle's globals: include() reads a project file, as the add-on defines it.
    const ctx = vm.createContext({
      HtmlService,
      include(name: string) {
        return HtmlService.createHtmlOutputFromFile(name).getContent();
      },
    });
    HtmlService._setGlobals(ctx);
    const t = HtmlService.createTemplateFromFile('Sidebar');
    t.who = 'Petugas & Co';
    expect(t.evaluate().getContent()).toBe('<div><style>p{}</style>Petugas &amp; Co</div>');
  });

  test('HtmlOutput appends, escapes untrusted text and keeps its settings', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<i>c</i>')
      .setTitle('Judul')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;i&gt;c&lt;/i&gt;');
    expect(out.getTitle()).toBe('Judul');
    expect(out.getMetaTags()).toEqual([{ name: 'viewport', content: 'width=device-width' }]);
    expect(() => out.setSandboxMode('WHATEVER')).toThrow('Invalid argument');
  });
});
