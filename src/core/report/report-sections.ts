// The report's statistic sections, each rendering part of one Recap into blocks: shared by the
// quarterly outline (the seed report's) and the annual one (the law's). A section gets its
// heading text from the outline, or none when the outline folds it into another. The requests,
// applicants, status, topics, channels and classes are here; service time, decisions and refusals
// in report-service.ts; objections and disputes in report-chain-sections.ts. Every statistic
// sentence is written for none, one, a tie and many (say.ts, docs/report-wording.md); every
// percentage follows the document's rule (percent.ts, docs/percentages.md).
import type { Recap } from '../types';
import type { Settings } from '../settings';
import { periodMatches } from '../settings';
import { formatDateLong, joinList, quarterColumn } from './labels';
import { applicantTypesRecorded, countRows } from '../recap';
import { LISTS, UNKNOWN } from '../register';
import type { DocBuilder } from './report-blocks';
import { say, parts, ranking } from './say';
import { heading, registerStatusNote, type Heading } from './section-common';
import { openAsOf } from './readings';
import { addressProfile } from './unit-profile';

export { serviceTime, decisions, refusals } from './report-service';
export { objections, disputes } from './report-chain-sections';
export type { Heading } from './section-common';

const TOP_TOPICS = 10;
const GROUPS = ['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses'] as const;

/**
 * The annual table's status rows: the seed's three groups, Dibatalkan when the year has any, and
 * Tidak Diketahui for requests with no readable status, so each column adds up to its requests.
 */
export function annualStatusRows(recap: Recap): Array<{ group: string; quarters: number[]; total: number }> {
  const qs = recap.quarters ?? [];
  const known = [...GROUPS, 'Dibatalkan'];
  const rows = known.map((g) => ({
    group: g,
    quarters: qs.map((q) => q.byStatusGroup[g] ?? 0),
    total: recap.totals.byStatusGroup[g] ?? 0,
  }));
  const unknownQ = qs.map((q, i) => q.requests - rows.reduce((s, r) => s + r.quarters[i], 0));
  const unknownTotal = recap.totals.requests - rows.reduce((s, r) => s + r.total, 0);
  return [
    ...rows.filter((r) => (GROUPS as readonly string[]).includes(r.group) || r.total > 0),
    ...(unknownTotal > 0 ? [{ group: UNKNOWN, quarters: unknownQ, total: unknownTotal }] : []),
  ];
}

/** The sentence opening the requests: how many, through how many of the channels. */
function countSentence(b: DocBuilder, recap: Recap): string {
  const { tr, n } = b;
  const total = recap.totals.requests;
  if (!total) return tr('doc.count.none', b.vars);
  const used = recap.channels.filter((c) => c.total > 0);
  const vars = { ...b.vars, total: n(total), used: n(used.length), channels: n(recap.channels.length) };
  if (total === 1) return tr('say.count.one', { ...vars, channel: used[0].channel });
  if (used.length === 1) return tr('say.count.oneChannel', { ...vars, channel: used[0].channel });
  if (used.length === recap.channels.length) return tr('say.count.allChannels', vars);
  return tr('say.count.some', vars);
}

/** Requests per channel (every configured channel), its chart, and the hand-entered media statistics. */
export function requestsByChannel(b: DocBuilder, recap: Recap, settings: Settings, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  b.p(countSentence(b, recap));
  addressProfile(b, settings);
  b.table(
    tr('recap.chart.byChannel'),
    [tr('recap.col.no'), tr('recap.col.channel'), tr('recap.col.count')],
    [
      ...recap.channels.map((c, i) => [`${i + 1}.`, c.channel, n(c.total)]),
      ['', tr('recap.total'), n(recap.totals.requests)],
    ],
  );
  if (recap.totals.requests) b.chart('channels', tr('recap.chart.byChannel'));
  const media = settings.media.filter((m) => periodMatches(m.period, recap.period.year, recap.period.quarter));
  if (media.length) {
    const stat = (key: string, x: number | null) => (x === null ? '' : say(b.lang, `say.media.${key}`, x, { n: n(x) }));
    const items = media.map((m) => {
      const stats = [
        stat('followers', m.followers),
        stat('posts', m.posts),
        stat('likes', m.likes),
        stat('visitors', m.visitors),
      ]
        .filter(Boolean)
        .join(', ');
      if (!stats) return m.account ? `${m.medium} (${m.account})` : m.medium;
      return tr(m.account ? 'doc.count.media' : 'doc.count.mediaNoAccount', {
        medium: m.medium,
        account: m.account,
        stats,
      });
    });
    b.bold(tr('doc.bab2.media'));
    b.push({ type: 'list', items });
  }
}

/** The sentence that reads one channel's applicant table (a "most" only when one type leads). */
function applicantSentence(b: DocBuilder, c: Recap['channels'][number]): string {
  const { tr, n, pct } = b;
  const known = c.applicantRows.filter((r) => r.label !== UNKNOWN);
  const unknown = c.applicantRows.find((r) => r.label === UNKNOWN)?.count ?? 0;
  const label = (r: { label: string }) => r.label.toLowerCase();
  const rank = ranking(known, (r) => r.count);
  const base = { channel: c.channel, total: n(c.total) };
  let read: string;
  if (rank.kind === 'none') return say(b.lang, 'say.applicants.allUnknown', c.total, base);
  if ((rank.kind === 'only' || rank.kind === 'lead') && rank.count === c.total)
    read = tr(c.total === 1 ? 'say.applicants.only' : 'say.applicants.all', { ...base, top: label(rank.top) });
  else if (rank.kind === 'only' || rank.kind === 'lead')
    read = tr('say.applicants.lead', {
      ...base,
      top: label(rank.top),
      count: n(rank.count),
      percent: pct(rank.count, c.total),
    });
  else
    read = tr('say.applicants.tie', {
      ...base,
      list: joinList(rank.tied.map(label), b.lang),
      count: n(rank.count),
      percent: pct(rank.count, c.total),
    });
  return unknown ? `${read} ${say(b.lang, 'say.applicants.unknownNote', unknown, { count: n(unknown) })}` : read;
}

/** Applicant types per channel: a table, a pie and a sentence that reads it. */
export function applicants(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const group = (g: string) => tr(`group.${g}`);
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  // A table of "Tidak Diketahui 100%" per channel says nothing: one sentence says why there is none.
  if (used.length && !applicantTypesRecorded(recap)) {
    b.p(
      say(b.lang, 'doc.applicants.notRecorded', recap.totals.requests, { ...b.vars, total: n(recap.totals.requests) }),
    );
    return;
  }
  b.p(tr('doc.applicants.intro', b.vars));
  for (const c of used) {
    b.bold(c.channel);
    const shares = b.shares(
      c.applicantRows.map((r) => r.count),
      c.total,
    );
    b.table(
      tr('recap.s2.table', { channel: c.channel }),
      [tr('recap.col.no'), tr('recap.col.applicantType'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...c.applicantRows.map((r, i) => [
          `${i + 1}.`,
          r.label === UNKNOWN ? group(UNKNOWN) : r.label,
          n(r.count),
          shares[i],
        ]),
        ['', tr('recap.total'), n(c.total), pct(c.total, c.total)],
      ],
    );
    b.p(applicantSentence(b, c));
    b.chart(`applicants:${c.channel}`, tr('recap.chart.applicants', { channel: c.channel }));
  }
  const unused = recap.channels.filter((c) => c.total === 0).map((c) => c.channel);
  if (unused.length) b.p(tr('doc.applicants.zeroChannels', { list: joinList(unused, b.lang) }));
}

/** Status per channel in the seed's groups (the register's Status column). */
export function statusPerChannel(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const group = (g: string) => tr(`group.${g}`);
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  for (const c of used) {
    b.bold(c.channel);
    const shares = b.shares(
      c.statusRows.map((r) => r.count),
      c.total,
    );
    b.table(
      tr('recap.s3.table', { channel: c.channel }),
      [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...c.statusRows.map((r, i) => [`${i + 1}.`, group(r.label), n(r.count), shares[i]]),
        ['', tr('recap.total'), n(c.total), pct(c.total, c.total)],
      ],
    );
    // Every non-zero row of the table is read, so the sentence's parts add up to its total.
    const rows = c.statusRows.filter((r) => r.count > 0);
    const base = { channel: c.channel, total: n(c.total) };
    if (rows.length === 1) {
      const verb = say(b.lang, `say.status.verb.${rows[0].label}`, c.total);
      b.p(tr(c.total === 1 ? 'say.status.only' : 'say.status.all', { ...base, verb }));
    } else {
      const list = parts(
        b.lang,
        rows.map((r) => ({
          n: r.count,
          text: say(b.lang, `say.status.part.${r.label}`, r.count, {
            n: n(r.count),
            percent: pct(r.count, c.total),
          }),
        })),
      );
      b.p(tr('say.status.of', { ...base, parts: list }));
    }
  }
  if (!used.length) b.p(tr('doc.count.none', b.vars));
  else registerStatusNote(b, recap);
}

/** The topics requested: a "most" only when one topic leads; a tie says "each". */
export function topics(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  const list = recap.topics.filter((x) => x.count > 0);
  const name = (x: { topic: string }) => x.topic.toLowerCase();
  const withCount = (x: { topic: string; count: number }) => `${name(x)} (${n(x.count)})`;
  // Ranked over every topic (a tie is a tie even past the fifth); five topics are named.
  const rank = ranking(list, (x) => x.count);
  let text: string;
  if (rank.kind === 'none') text = tr('doc.topics.none');
  else if (rank.kind === 'only') text = tr('say.topics.only', { topic: name(rank.top), n: n(rank.count) });
  else if (rank.kind === 'lead')
    text = tr('say.topics.lead', {
      top: name(rank.top),
      n: n(rank.count),
      rest: joinList(rank.rest.slice(0, 4).map(withCount), b.lang),
    });
  else {
    const tied = joinList(rank.tied.map(name), b.lang);
    const rest = rank.rest.slice(0, Math.max(1, 5 - rank.tied.length));
    text = rest.length
      ? say(b.lang, 'say.topics.tie', rank.count, {
          list: tied,
          n: n(rank.count),
          rest: joinList(rest.map(withCount), b.lang),
        })
      : say(b.lang, 'say.topics.allTie', rank.count, { list: tied, n: n(rank.count) });
  }
  b.p(text);
  // The ten most requested topics; no total row, since the list may be cut.
  if (list.length) {
    b.table(
      tr('doc.table.topics'),
      [tr('recap.col.no'), tr('recap.col.topic'), tr('recap.col.count')],
      list.slice(0, TOP_TOPICS).map((x, i) => [`${i + 1}.`, x.topic, n(x.count)]),
      false,
    );
  }
}

export function channelsUsed(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  b.p(
    used.length === 1
      ? tr('say.channels.only', { channel: used[0].channel, n: n(used[0].total) })
      : used.length
        ? tr('doc.channels.read', {
            list: joinList(
              used.map((c) => `${c.channel} (${n(c.total)})`),
              b.lang,
            ),
          })
        : tr('doc.channels.none'),
  );
}

/** Requests by information class, with a Tidak Diketahui row so the table adds up. */
export function infoClasses(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  heading(b, h);
  const classes = Object.entries(recap.totals.byInfoClass).filter(([, c]) => c > 0);
  b.p(
    classes.length
      ? tr('doc.classes.read', {
          list: joinList(
            classes.map(([k, c]) => `${k} (${n(c)})`),
            b.lang,
          ),
        })
      : tr('doc.classes.none'),
  );
  if (classes.length) {
    const classRows = countRows(LISTS.infoClasses, recap.totals.byInfoClass, recap.totals.requests);
    const shares = b.shares(
      classRows.map((r) => r.count),
      recap.totals.requests,
    );
    b.table(
      tr('doc.table.classes'),
      [tr('recap.col.no'), tr('recap.col.infoClass'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...classRows.map((r, i) => [
          `${i + 1}.`,
          r.label === UNKNOWN ? tr(`group.${UNKNOWN}`) : r.label,
          n(r.count),
          shares[i],
        ]),
        ['', tr('recap.total'), n(recap.totals.requests), pct(recap.totals.requests, recap.totals.requests)],
      ],
    );
  }
}

/** Annual: the four quarters side by side with the year's total. */
export function quarterTable(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  if (!recap.quarters) return;
  heading(b, h);
  b.p(tr('doc.quarters.read'));
  const qs = recap.quarters;
  const row = (label: string, pick: (q: (typeof qs)[number]) => number, total: number) => [
    label,
    ...qs.map((q) => n(pick(q))),
    n(total),
  ];
  b.table(
    tr('recap.s8').replace(/^\d+\.\s*/, ''),
    [tr('recap.col.measure'), ...[1, 2, 3, 4].map((q) => quarterColumn(q, b.lang)), tr('recap.col.total')],
    [
      row(tr('measure.requests'), (q) => q.requests, recap.totals.requests),
      // Every status group that has requests, so the status rows add up to the requests row.
      ...annualStatusRows(recap).map((r) => [tr(`group.${r.group}`), ...r.quarters.map(n), n(r.total)]),
      row(tr('measure.onTime'), (q) => q.onTime, recap.sla.onTime),
      row(tr('measure.late'), (q) => q.late, recap.sla.late),
    ],
    false,
    true,
  );
  // The status rows are the register's; the on-time rows the as-of view's: say so when they differ.
  if (openAsOf(recap).differs) b.p(tr('say.open.quarterNote', { asOf: formatDateLong(recap.asOf, b.lang) }));
}

/** The data note: rows, not problems (one row may carry several problems). */
export function dataNote(b: DocBuilder, recap: Recap): void {
  if (!recap.problems.length) return;
  const rows = new Set(recap.problems.map((x) => x.row)).size;
  const count = recap.problems.length;
  const params = { rows: b.n(rows), count: b.n(count) };
  b.p(rows === count ? say(b.lang, 'say.problems.same', rows, params) : say(b.lang, 'say.problems', rows, params));
}
