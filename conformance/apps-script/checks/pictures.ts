// The unit's pictures as the report places them (issue #24 item 9; src/docs/pictures.ts and
// src/docs/report-doc.ts): an image file the app made is read back byte for byte by the Drive
// API's alt=media, and a picture goes into the empty paragraph the Docs API plan left for it,
// found among Body.getParagraphs() (which, as the writer counts, includes paragraphs in table
// cells), sized by one setAttributes call, kept with its caption.
import type { Check, CheckContext } from '../types';
import { same } from './util';
import { ALL_DRIVES, createDocInFolder, drive } from '../../../src/docs/drive';
import { type Block, buildDocsPlan, imageInfo, pictureParagraph } from '../../../src/core/report';

/** An 8 × 4 PNG drawn for this check. */
const PNG_8X4 =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAABmJLR0QA/wD/AP+gvaeTAAAAFElEQVQImWOUss1lwAaYsIqSJQEATKkAzKJl6e8AAAAASUVORK5CYII=';

const BLOCKS: Block[] = [
  { type: 'paragraph', text: 'Sebelum tabel' },
  {
    type: 'table',
    caption: 'Tabel 1. Contoh',
    header: ['Saluran', 'Jumlah'],
    rows: [['Email', '1']],
    total: false,
  },
  { type: 'chart', key: 'picture:2', caption: 'Gambar 1. Contoh' },
  { type: 'paragraph', text: 'Sesudah gambar' },
];

function pngBlob(): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(Utilities.base64Decode(PNG_8X4), 'image/png', 'contoh.png');
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON resource read field by field
type R = any;

export const PICTURE_CHECKS: Check[] = [
  {
    name: 'drive.media.image-bytes',
    area: 'drive',
    source:
      "files.get with alt=media downloads a blob file's content (https://developers.google.com/workspace/drive/api/guides/manage-downloads); what the Advanced service returns (a Blob) is not documented for Apps Script",
    run(ctx: CheckContext) {
      const made = drive().Files!.create(
        { name: 'PPID conformance: gambar.png', parents: [ctx.folder()], mimeType: 'image/png' },
        pngBlob(),
        { ...ALL_DRIVES, fields: 'id' },
      );
      ctx.trashLater(made.id!);
      const got = drive().Files!.get(made.id!, { alt: 'media', ...ALL_DRIVES }) as unknown;
      const isBlob = !!got && typeof (got as { getBytes?: unknown }).getBytes === 'function';
      const bytes = isBlob ? (got as GoogleAppsScript.Base.Blob).getBytes() : [];
      const observed = {
        kind: isBlob ? 'blob' : typeof got,
        sameBytes: isBlob && Utilities.base64Encode(bytes) === PNG_8X4,
        info: imageInfo(bytes) as never,
      };
      return {
        observed,
        pass: same(observed, {
          kind: 'blob',
          sameBytes: true,
          info: { contentType: 'image/png', width: 8, height: 4 },
        }),
      };
    },
  },
  {
    name: 'docs.picture.placed',
    area: 'docs',
    source:
      'Body.getParagraphs ("Retrieves all the Paragraphs contained in the section (including ListItems)"), Paragraph.appendInlineImage(blob), Element.setAttributes with DocumentApp.Attribute.WIDTH and HEIGHT (https://developers.google.com/apps-script/reference/document/body#getParagraphs()); whether table cells count among the paragraphs is not said',
    run(ctx: CheckContext) {
      const d = createDocInFolder('PPID conformance: gambar', ctx.folder());
      ctx.trashLater(d.getId());
      const id = d.getId();
      const plan = buildDocsPlan(BLOCKS, { lang: 'id', charts: ['picture:2'] });
      for (const b of plan.batches) Docs!.Documents!.batchUpdate({ requests: b } as never, id);
      const doc = DocumentApp.openById(id);
      const body = doc.getBody();
      const slot = plan.images[0];
      const paragraphs = body.getParagraphs();
      // As the writer finds it (src/docs/report-doc.ts): whichever count getParagraphs gave.
      const at = pictureParagraph(plan, slot, paragraphs.length);
      const target = at === null ? body.getChild(slot.child).asParagraph() : paragraphs[at];
      const placeholderEmpty = !!target && target.getText() === '' && target.getNumChildren() === 0;
      const image = target.appendInlineImage(pngBlob());
      image.setAttributes({ [DocumentApp.Attribute.WIDTH]: 80, [DocumentApp.Attribute.HEIGHT]: 40 });
      doc.saveAndClose();
      const again = DocumentApp.openById(id).getBody();
      const holder = again.getChild(slot.child).asParagraph();
      const img = holder.getNumChildren() ? holder.getChild(0) : null;
      const content = (Docs!.Documents!.get(id) as R).body.content as Array<R>;
      const withImage = content.find((e) => (e.paragraph?.elements ?? []).some((x: R) => x.inlineObjectElement));
      const observed = {
        // The open question, both answers handled: does the count include the table's cells?
        cellsCounted: paragraphs.length === plan.paragraphs,
        countKnown: at !== null,
        placeholderEmpty,
        imageAtSlot: !!img && img.getType() === DocumentApp.ElementType.INLINE_IMAGE,
        size: img ? [img.asInlineImage().getWidth(), img.asInlineImage().getHeight()] : null,
        caption: (again.getChild(slot.child + 1) as GoogleAppsScript.Document.Paragraph).getText(),
        keepWithNext: withImage?.paragraph?.paragraphStyle?.keepWithNext ?? null,
      };
      return {
        observed,
        pass: same(
          { ...observed, cellsCounted: true },
          {
            cellsCounted: true,
            countKnown: true,
            placeholderEmpty: true,
            imageAtSlot: true,
            size: [80, 40],
            caption: 'Gambar 1. Contoh',
            keepWithNext: true,
          },
        ),
      };
    },
  },
];
