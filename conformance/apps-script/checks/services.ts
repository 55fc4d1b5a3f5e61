// Docs, Drive (Advanced Drive service v3 under drive.file), locks, properties, HtmlService and
// Utilities: what the report, the sharing and the form rely on.
import type { Check, CheckContext, Json } from '../types';
import { attempt, errorText, same } from './util';
import { createDocInFolder, drive, ALL_DRIVES, FOLDER_MIME } from '../../../src/docs/drive';

const NO_BLOB = null as unknown as GoogleAppsScript.Base.Blob;
/** An address at a reserved domain: no Google account can exist there (RFC 2606). */
export const NO_ACCOUNT_ADDRESS = 'ppid-conformance@example.com';

function doc(ctx: CheckContext, name: string) {
  const d = createDocInFolder(name, ctx.folder());
  ctx.trashLater(d.getId());
  return d;
}

function pngOf(ctx: CheckContext): GoogleAppsScript.Base.Blob {
  const s = ctx.sheet('PPID Conf Gambar');
  s.getRange('A1:B3').setValues([
    ['a', 'n'],
    ['x', 1],
    ['y', 2],
  ]);
  s.insertChart(
    s
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(s.getRange('A1:B3'))
      .setNumHeaders(1)
      .setPosition(5, 4, 0, 0)
      .build(),
  );
  return s.getCharts()[0].getAs('image/png');
}

export const SERVICE_CHECKS: Check[] = [
  {
    name: 'docs.create.drive-api',
    area: 'docs',
    source:
      'a blank document made by Drive files.create with the Google Docs MIME type in a folder (https://developers.google.com/workspace/docs/api/how-tos/documents, "Work with Google Drive folders"), opened by DocumentApp.openById',
    run(ctx) {
      const d = doc(ctx, 'PPID conformance: dokumen');
      const file = drive().Files!.get(d.getId(), { ...ALL_DRIVES, fields: 'mimeType,parents' });
      const observed = {
        mimeType: file.mimeType ?? null,
        inFolder: (file.parents ?? []).includes(ctx.folder()),
        text: d.getBody().getText(),
      };
      return {
        observed,
        pass: same(observed, { mimeType: 'application/vnd.google-apps.document', inFolder: true, text: '' }),
      };
    },
  },
  {
    name: 'docs.headings',
    area: 'docs',
    source:
      'Paragraph.setHeading/getHeading (https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading))',
    run(ctx) {
      const d = doc(ctx, 'PPID conformance: judul');
      const body = d.getBody();
      body.appendParagraph('Bab I').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      body.appendParagraph('1.1').setHeading(DocumentApp.ParagraphHeading.HEADING2);
      const heads: Json[] = [];
      for (let i = 0; i < body.getNumChildren(); i++) {
        const el = body.getChild(i);
        if (el.getType() === DocumentApp.ElementType.PARAGRAPH)
          heads.push([el.asParagraph().getText(), String(el.asParagraph().getHeading())]);
      }
      const observed = heads.filter((h) => (h as string[])[0] !== '');
      return {
        observed,
        pass: same(observed, [
          ['Bab I', 'HEADING1'],
          ['1.1', 'HEADING2'],
        ]),
      };
    },
  },
  {
    name: 'docs.table',
    area: 'docs',
    source:
      'Body.appendTable(String[][]) (https://developers.google.com/apps-script/reference/document/body#appendTable(String))',
    run(ctx) {
      const d = doc(ctx, 'PPID conformance: tabel');
      const t = d.getBody().appendTable([
        ['Saluran', 'Jumlah'],
        ['Email', '3'],
      ]);
      const observed = { rows: t.getNumRows(), cells: t.getRow(0).getNumCells(), text: t.getCell(1, 1).getText() };
      return { observed, pass: same(observed, { rows: 2, cells: 2, text: '3' }) };
    },
  },
  {
    name: 'docs.image',
    area: 'docs',
    source:
      'Body.appendImage(BlobSource) and InlineImage.setWidth (https://developers.google.com/apps-script/reference/document/inline-image)',
    run(ctx) {
      const d = doc(ctx, 'PPID conformance: gambar');
      const image = d.getBody().appendImage(pngOf(ctx));
      const sized = image.getWidth() > 0 && image.getHeight() > 0;
      image.setWidth(200);
      const observed = { sized, width: image.getWidth() };
      return { observed, pass: same(observed, { sized: true, width: 200 }) };
    },
  },
  {
    name: 'docs.pdf',
    area: 'docs',
    source:
      'Document.getAs("application/pdf") after saveAndClose (https://developers.google.com/apps-script/reference/document/document#getAs(String))',
    run(ctx) {
      const d = doc(ctx, 'PPID conformance: pdf');
      d.getBody().appendParagraph('Isi laporan');
      d.saveAndClose();
      const blob = DocumentApp.openById(d.getId()).getAs('application/pdf');
      const head = blob
        .getBytes()
        .slice(0, 4)
        .map((b) => String.fromCharCode(b < 0 ? b + 256 : b))
        .join('');
      const observed = { contentType: blob.getContentType(), head };
      return { observed, pass: same(observed, { contentType: 'application/pdf', head: '%PDF' }) };
    },
  },
  {
    name: 'drive.folder.create',
    area: 'drive',
    source: 'Drive API v3 files.create of a folder (https://developers.google.com/workspace/drive/api/guides/folder)',
    run(ctx) {
      const f = drive().Files!.get(ctx.folder(), { ...ALL_DRIVES, fields: 'mimeType,trashed' });
      const observed = { mimeType: f.mimeType ?? null, trashed: f.trashed ?? null };
      return { observed, pass: same(observed, { mimeType: FOLDER_MIME, trashed: false }) };
    },
  },
  {
    name: 'drive.file.upload',
    area: 'drive',
    source:
      'Drive API v3 files.create with media in a folder (https://developers.google.com/workspace/drive/api/guides/manage-uploads)',
    run(ctx) {
      const f = drive().Files!.create(
        { name: 'ppid-conformance.json', parents: [ctx.folder()], mimeType: 'application/json' },
        Utilities.newBlob('{"a":1}', 'application/json', 'ppid-conformance.json'),
        ALL_DRIVES,
      );
      ctx.trashLater(f.id!);
      const back = drive().Files!.get(f.id!, { ...ALL_DRIVES, fields: 'name,mimeType,parents' });
      const observed = {
        name: back.name ?? null,
        mimeType: back.mimeType ?? null,
        inFolder: (back.parents ?? []).includes(ctx.folder()),
      };
      return {
        observed,
        pass: same(observed, { name: 'ppid-conformance.json', mimeType: 'application/json', inFolder: true }),
      };
    },
  },
  {
    name: 'drive.update.rename-move-trash',
    area: 'drive',
    source:
      'Drive API v3 files.update: name, addParents/removeParents, trashed (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update)',
    run(ctx) {
      const f = drive().Files!.create({ name: 'a.pdf', mimeType: 'application/pdf' }, NO_BLOB, ALL_DRIVES);
      ctx.trashLater(f.id!);
      const root = (drive().Files!.get(f.id!, { ...ALL_DRIVES, fields: 'parents' }).parents ?? []).join(',');
      drive().Files!.update({ name: 'b.pdf' }, f.id!, NO_BLOB, {
        ...ALL_DRIVES,
        addParents: ctx.folder(),
        removeParents: root,
      });
      drive().Files!.update({ trashed: true }, f.id!, NO_BLOB, ALL_DRIVES);
      const back = drive().Files!.get(f.id!, { ...ALL_DRIVES, fields: 'name,parents,trashed' });
      const observed = {
        name: back.name ?? null,
        moved: same((back.parents ?? []) as Json, [ctx.folder()]),
        trashed: back.trashed ?? null,
      };
      return { observed, pass: same(observed, { name: 'b.pdf', moved: true, trashed: true }) };
    },
  },
  {
    name: 'drive.permissions.no-account',
    area: 'drive',
    source:
      'sharing with an address that has no Google account needs the notification e-mail (Drive\'s error names "Notify people"); the add-on retries with Drive\'s notice',
    run(ctx) {
      const f = drive().Files!.create(
        { name: 'share.json', parents: [ctx.folder()], mimeType: 'application/json' },
        Utilities.newBlob('{}', 'application/json', 'share.json'),
        ALL_DRIVES,
      );
      ctx.trashLater(f.id!);
      let observed: Json;
      try {
        drive().Permissions!.create({ type: 'user', role: 'reader', emailAddress: NO_ACCOUNT_ADDRESS }, f.id!, {
          ...ALL_DRIVES,
          sendNotificationEmail: false,
        });
        observed = 'shared';
      } catch (err) {
        const message = err && (err as Error).message ? (err as Error).message : String(err);
        observed = /notify/i.test(message) ? 'refused: notify needed' : `refused: ${errorText(err)}`;
      }
      return { observed, pass: observed === 'refused: notify needed' || observed === 'shared' };
    },
  },
  {
    name: 'drive.documentapp-doc.reachable',
    area: 'drive',
    source:
      'no source: whether a Doc made by DocumentApp.create counts as "created by this app" for drive.file (issue #12 question c; https://developers.google.com/drive/api/guides/about-auth says drive.file reaches files the app created or the user opened with it)',
    run() {
      const d = DocumentApp.create('PPID conformance: DocumentApp.create');
      let observed: string;
      try {
        drive().Files!.update({ trashed: true }, d.getId(), NO_BLOB, ALL_DRIVES);
        observed = 'reachable';
      } catch (err) {
        observed = /not found/i.test(errorText(err)) ? 'not-found' : `error: ${errorText(err)}`;
      }
      return { observed, pass: observed === 'reachable' || observed === 'not-found' };
    },
  },
  {
    name: 'drive.service.enabled',
    area: 'drive',
    source:
      'the Advanced Drive service is on in appsscript.json (enabledAdvancedServices); an admin may switch the Drive API off (https://developers.google.com/apps-script/reference/drive)',
    run() {
      const on = typeof Drive !== 'undefined' && !!Drive && !!Drive.Files;
      return { observed: on, pass: on };
    },
  },
  {
    name: 'lock.document',
    area: 'locks',
    source:
      "LockService.getDocumentLock: null outside a containing document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()); run here in a container-bound project, which is not the add-on's context",
    run() {
      const lock = LockService.getDocumentLock();
      return { observed: lock ? 'lock' : 'null', pass: true };
    },
  },
  {
    name: 'lock.script.try-release',
    area: 'locks',
    source: 'Lock.tryLock/hasLock/releaseLock (https://developers.google.com/apps-script/reference/lock/lock)',
    run() {
      const lock = LockService.getScriptLock();
      const got = lock.tryLock(1000);
      const held = lock.hasLock();
      lock.releaseLock();
      const observed = [got, held, lock.hasLock()];
      return { observed, pass: same(observed, [true, true, false]) };
    },
  },
  {
    name: 'properties.document.roundtrip',
    area: 'properties',
    source:
      'PropertiesService document properties hold strings (https://developers.google.com/apps-script/reference/properties/properties)',
    run() {
      const p = PropertiesService.getDocumentProperties();
      p.setProperty('ppid.conformance', JSON.stringify({ a: 1 }));
      p.setProperties({ 'ppid.conformance.n': 5 as unknown as string });
      const observed = { json: p.getProperty('ppid.conformance'), n: p.getProperty('ppid.conformance.n') };
      p.deleteProperty('ppid.conformance');
      p.deleteProperty('ppid.conformance.n');
      const gone = p.getProperty('ppid.conformance');
      return {
        observed: { ...observed, gone },
        pass: same({ ...observed, gone }, { json: '{"a":1}', n: '5', gone: null }),
      };
    },
  },
  {
    name: 'html.template.escapes',
    area: 'html',
    source:
      'HtmlService templates: <?= ?> escapes, <?!= ?> does not (https://developers.google.com/apps-script/guides/html/templates#scriptlets)',
    run() {
      const t = HtmlService.createTemplate(
        '<p><?= v ?></p><div><?!= w ?></div>',
      ) as GoogleAppsScript.HTML.HtmlTemplate & { v: string; w: string };
      t.v = '<script>alert("x")</script> & \'';
      t.w = '<b>ok</b>';
      const html = t.evaluate().getContent();
      const escaped = !html.includes('<script>') && html.includes('&lt;script&gt;');
      const observed = { escaped, raw: html.includes('<b>ok</b>') };
      return { observed, pass: same(observed, { escaped: true, raw: true }) };
    },
  },
  {
    name: 'html.output.content',
    area: 'html',
    source:
      'HtmlOutput.getContent returns what was set (https://developers.google.com/apps-script/reference/html/html-output#getContent())',
    run() {
      const html = HtmlService.createHtmlOutput('<p>Laporan</p>').getContent();
      return { observed: html, pass: html === '<p>Laporan</p>' };
    },
  },
  {
    name: 'utilities.formatDate',
    area: 'utilities',
    source:
      'Utilities.formatDate with a zone (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))',
    run() {
      const got = Utilities.formatDate(new Date(Date.UTC(2025, 6, 10, 3, 0, 0)), 'Asia/Jakarta', 'dd/MM/yyyy HH:mm');
      return { observed: got, pass: got === '10/07/2025 10:00' };
    },
  },
  {
    name: 'drive.api.errors-read',
    area: 'drive',
    source:
      'Drive API errors are exceptions whose message names the call ("API call to drive.files.get failed with error: File not found"), which the add-on reads',
    run() {
      const r = attempt(() => {
        drive().Files!.get('ppid-conformance-no-such-file-000000000000', ALL_DRIVES);
        return 'found' as Json;
      });
      const msg = typeof r === 'object' && r !== null && 'error' in r ? (r as { error: string }).error : String(r);
      const observed = /not found/i.test(msg) ? 'not-found' : msg;
      return { observed, pass: observed === 'not-found' };
    },
  },
];
