// The report's part of the Daftar Informasi Publik (issue #27): section 2.3 of the quarterly
// report lists the period's Final entries published or updated, class by class, with their links;
// the annual report gives the list's size by class and the exempted entries with their grounds.
// Only the entries' summaries, numbers, dates and links: never the person responsible or the
// consequence test's text. Nothing at all when the unit keeps no DIP sheet (dip is null).
import type { Recap } from '../types';
import { dayFromIso, ymd } from '../calendar';
import { DIP_CLASSES, entriesInPeriod, exemptionsInForce, dipCounts, type DipList } from '../dip';
import { formatDateShort, joinList } from './labels';
import type { DocBuilder } from './report-blocks';

function bounds(recap: Recap): [number, number] {
  return [dayFromIso(recap.period.start), dayFromIso(recap.period.end)];
}

const classLabel = (b: DocBuilder, c: string) => b.tr(`doc.dip.class.${c}`);

/** Column widths (points, 453 across the page as the consolidated report's) for the table just added. */
function widen(b: DocBuilder, widths: number[]): void {
  const last = b.blocks[b.blocks.length - 1];
  if (last?.type === 'table') last.widths = widths;
}

/** Quarterly 2.3: the period's extract of the DIP, by class, after the requests by class. */
export function dipPeriodSection(b: DocBuilder, recap: Recap, dip: DipList | null | undefined): void {
  if (!dip) return;
  const { tr, n } = b;
  const [start, end] = bounds(recap);
  const groups = entriesInPeriod(dip, start, end).filter((g) => g.entries.length);
  const count = groups.reduce((s, g) => s + g.entries.length, 0);
  if (!count) {
    b.p(tr('doc.dip.none'));
    return;
  }
  b.p(
    b.fill(
      tr('doc.dip.read', {
        count: n(count),
        list: joinList(
          groups.map((g) => `${classLabel(b, g.infoClass).toLowerCase()} (${n(g.entries.length)})`),
          b.lang,
        ),
      }),
    ),
  );
  for (const g of groups) {
    b.table(
      tr('doc.dip.table', { class: g.infoClass }),
      [tr('recap.col.no'), tr('doc.dip.col.summary'), tr('doc.dip.col.updated'), tr('doc.dip.col.link')],
      g.entries.map((e, i) => [
        `${i + 1}.`,
        e.summary,
        e.updated === null ? '-' : formatDateShort(ymd(e.updated)),
        e.link || tr('doc.dip.noLink'),
      ]),
      false,
    );
    // A link is long and unbroken: it gets the room, the date just enough for dd/mm/yyyy.
    widen(b, [28, 200, 75, 150]);
  }
}

/** Annual: the DIP's size by class at the year's end, then the DIK entries in force with their grounds. */
export function dipAnnualSection(b: DocBuilder, recap: Recap, dip: DipList | null | undefined): void {
  if (!dip) return;
  const { tr, n } = b;
  const [start, end] = bounds(recap);
  const counts = dipCounts(dip, start, end);
  const total = DIP_CLASSES.reduce((s, c) => s + (counts.byClass[c] ?? 0), 0);
  b.p(
    b.fill(
      tr('doc.dip.size', {
        count: n(total),
        list: joinList(
          DIP_CLASSES.map((c) => `${c} ${n(counts.byClass[c] ?? 0)}`),
          b.lang,
        ),
      }),
    ),
  );
  b.table(
    tr('doc.dip.sizeTable'),
    [tr('recap.col.no'), tr('doc.dip.col.class'), tr('doc.dip.col.count')],
    [
      ...DIP_CLASSES.map((c, i) => [`${i + 1}.`, classLabel(b, c), n(counts.byClass[c] ?? 0)]),
      ['', tr('recap.total'), n(total)],
    ],
  );
  const exempt = exemptionsInForce(dip, start, end);
  if (!exempt.length) {
    b.p(tr('doc.dik.none'));
    return;
  }
  b.p(tr('doc.dik.read', { count: n(exempt.length) }));
  b.table(
    tr('doc.dik.table'),
    [tr('recap.col.no'), tr('doc.dik.col.info'), tr('doc.dik.col.ground'), tr('doc.dik.col.until')],
    exempt.map((e, i) => [
      `${i + 1}.`,
      e.summary,
      e.law ? `${e.ground} (${e.law})` : e.ground!,
      e.until === null ? e.periodNote || tr('doc.dik.noEnd') : formatDateShort(ymd(e.until)),
    ]),
    false,
  );
  widen(b, [28, 175, 130, 120]);
}
