// The README's coverage table is the one scripts/coverage.ts reads from the source, and what the
// script reads from the source is what the emulator's objects really answer to.
import fs from 'node:fs';
import { createEmulator } from './index';
import { REGENERATE, byText, collect, coverageMarkdown, readmePath, withCoverage } from './scripts/coverage';

describe('coverage table', () => {
  test('README.md holds the table scripts/coverage.ts generates', () => {
    const readme = fs.readFileSync(readmePath(), 'utf8');
    if (withCoverage(readme, coverageMarkdown()) !== readme) {
      throw new Error(
        `packages/emulator/README.md: the coverage table differs from the source; regenerate it with \`${REGENERATE}\``,
      );
    }
  });

  test('each listed class has exactly the public methods of the objects the emulator makes', () => {
    const em = createEmulator({ now: '2024-04-20T10:00:00+07:00' });
    const { SpreadsheetApp, Charts } = em.sheets;
    const s = em.services;
    const ss = em.spreadsheet;
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange('A1:B2');
    ss.setNamedRange('Nama', range);
    const chartBuilder = sheet.newChart().addRange(range);
    const chart = chartBuilder.build();
    const doc = s.DocumentApp.create('Surat');
    const body = doc.getBody();
    const paragraph = body.appendParagraph('Halo');
    const table = body.appendTable([['a']]);
    const folder = s.DriveApp.createFolder('Arsip');
    const file = folder.createFile('a.txt', 'isi');
    const output = s.HtmlService.createHtmlOutput('<b>x</b>');
    const objects: Record<string, Record<string, unknown>> = {
      'Spreadsheet: SpreadsheetApp, Charts': {
        SpreadsheetApp,
        Charts,
        Spreadsheet: ss,
        Sheet: sheet,
        Range: range,
        Protection: range.protect(),
        NamedRange: ss.getNamedRanges()[0],
        Banding: range.applyRowBanding(),
        DataValidationBuilder: SpreadsheetApp.newDataValidation(),
        DataValidation: SpreadsheetApp.newDataValidation().requireCheckbox().build(),
        ConditionalFormatRuleBuilder: SpreadsheetApp.newConditionalFormatRule(),
        EmbeddedChartBuilder: chartBuilder,
        EmbeddedChart: chart,
        ContainerInfo: chart.getContainerInfo(),
        ChartOptions: chart.getOptions(),
      },
      'Document: DocumentApp': {
        DocumentApp: s.DocumentApp,
        Document: doc,
        Body: body,
        Paragraph: paragraph,
        ListItem: body.appendListItem('b'),
        Table: table,
        TableRow: table.getRow(0),
        TableCell: table.getCell(0, 0),
        Text: paragraph.editAsText(),
        HeaderSection: doc.addHeader(),
        FooterSection: doc.addFooter(),
        PageBreak: body.appendPageBreak(),
        HorizontalRule: body.appendHorizontalRule(),
        RangeElement: body.findText('Halo'),
      },
      'Drive: DriveApp': { DriveApp: s.DriveApp, File: file, Folder: folder },
      'Advanced Drive service (Drive API v3)': {
        Drive: s.Drive,
        'Drive.Files': s.Drive.Files,
        'Drive.Permissions': s.Drive.Permissions,
        'Drive.About': s.Drive.About,
      },
      'Mail: MailApp': { MailApp: s.MailApp },
      'Properties and Cache: PropertiesService, CacheService': {
        PropertiesService: s.PropertiesService,
        Properties: s.PropertiesService.getUserProperties(),
        CacheService: s.CacheService,
        Cache: s.CacheService.getUserCache(),
      },
      'Lock: LockService': { LockService: s.LockService, Lock: s.LockService.getScriptLock() },
      'Script: ScriptApp, Session, Logger': {
        ScriptApp: s.ScriptApp,
        Session: s.Session,
        Logger: s.Logger,
        TriggerBuilder: s.ScriptApp.newTrigger('f'),
        ClockTriggerBuilder: s.ScriptApp.newTrigger('f').timeBased(),
        SpreadsheetTriggerBuilder: s.ScriptApp.newTrigger('f').forSpreadsheet(ss),
        AuthorizationInfo: s.ScriptApp.getAuthorizationInfo(s.ScriptApp.AuthMode.FULL),
        Service: s.ScriptApp.getService(),
      },
      Utilities: { Utilities: s.Utilities },
      'HTML: HtmlService': {
        HtmlService: s.HtmlService,
        HtmlOutput: output,
        HtmlTemplate: s.HtmlService.createTemplate('x'),
      },
      'Base: Ui, Menu, Blob, User, iterators': {
        Ui: s.ui,
        Menu: s.ui.createMenu('M'),
        Blob: s.Utilities.newBlob('x'),
        User: s.Session.getActiveUser(),
        FileIterator: s.DriveApp.getFiles(),
        FolderIterator: s.DriveApp.getFolders(),
      },
    };
    const listed = collect().classes;
    let checked = 0;
    for (const [service, byName] of Object.entries(objects)) {
      for (const [name, obj] of Object.entries(byName)) {
        const row = listed.find((c) => c.service === service && c.name === name);
        expect({ name, listed: row ? [...row.methods, ...row.refused].sort(byText) : null }).toEqual({
          name,
          listed: publicMethods(obj as object),
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

/** The methods the counting proxy lets through: functions on the prototype chain without a `_`. */
function publicMethods(obj: object): string[] {
  const names = new Set<string>();
  for (let p = Object.getPrototypeOf(obj); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) {
      if (
        k !== 'constructor' &&
        !k.startsWith('_') &&
        typeof Object.getOwnPropertyDescriptor(p, k)?.value === 'function'
      )
        names.add(k);
    }
  }
  for (const k of Object.keys(obj))
    if (!k.startsWith('_') && typeof (obj as Record<string, unknown>)[k] === 'function') names.add(k);
  return [...names].sort(byText);
}
