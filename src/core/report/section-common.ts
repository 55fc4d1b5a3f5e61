// What every statistic section of the report shares: its heading, and the note under a table that
// shows the register's Status when the as-of view says otherwise (docs/report-wording.md).
import type { Recap } from '../types';
import { formatDateLong } from './labels';
import type { DocBuilder } from './report-blocks';
import { say } from './say';
import { openAsOf } from './readings';

export type Heading = { level: 1 | 2 | 3; text: string } | null;

export function heading(b: DocBuilder, h: Heading): void {
  if (h) b.heading(h.level, h.text);
}

/**
 * Under a table that shows the register's Status, when the as-of view differs from it: which of
 * the two the table shows (docs/report-wording.md, "open as of").
 */
export function registerStatusNote(b: DocBuilder, recap: Recap): void {
  const o = openAsOf(recap);
  if (!o.differs) return;
  b.p(say(b.lang, 'say.open.tableNote', o.open, { asOf: formatDateLong(recap.asOf, b.lang), open: b.n(o.open) }));
}
