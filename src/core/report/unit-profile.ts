// What the report says of the unit's profile (issue #24 item 10, settings/unit-profile.ts), in the
// seed's places: the legal basis, the PPID decree, its duties and the kinds of information served
// (2.1), the service room (2.2.1), the hours and shifts (2.2.5), the service's addresses per channel
// (2.2.2), and the date and place of each activity (2.4, 2.5). A row left blank says nothing,
// except the decree and the room, which the seed always states: their place shows [BELUM DIISI].
// The channel addresses are the unit's public service addresses (the settings' help says so and
// asks for no personal address), so the shared report may print them, as the seed does.
import type { Lang, Problem } from '../types';
import type { Settings } from '../settings';
import {
  SETTINGS_BLOCKS,
  channelAddresses,
  eventMeta,
  infoKinds,
  listLines,
  profileDate,
  serviceHours,
  type HourSpan,
  type UnitProfileKey,
} from '../settings';
import { t } from '../i18n';
import { formatDateLong, joinList } from './labels';
import type { DocBuilder } from './report-blocks';
import { say } from './say';
import { notFilledIn } from './missing-settings';

const value = (s: Settings, k: UnitProfileKey) => String(s.values[k] ?? '').trim();

/** A date setting as the document prints it: the long date, or the text as written when it is no date. */
function shownDate(text: string, lang: Lang): string {
  const d = profileDate(text);
  return d && d !== 'invalid' ? formatDateLong(d, lang) : text;
}

/** A lead sentence and the items: one item in the sentence, several as a list under it. */
function listOrSentence(b: DocBuilder, key: string, items: string[]): void {
  if (!items.length) return;
  if (items.length === 1) {
    b.p(b.tr(`${key}.one`, { item: items[0] }));
    return;
  }
  b.p(b.tr(key, { n: b.n(items.length) }));
  b.push({ type: 'list', items });
}

/** 2.1 after the Internal Policy Text: regulations, the decree, the duties, the information served. */
export function policyProfile(b: DocBuilder, settings: Settings, opts: { placeholders: boolean }): void {
  listOrSentence(b, 'profile.legal', listLines(value(settings, 'legalBasis')));
  const number = value(settings, 'ppidDecreeNumber');
  const date = value(settings, 'ppidDecreeDate');
  if (number || opts.placeholders) {
    const shown = number || notFilledIn('ppidDecreeNumber', b.lang);
    b.p(
      date
        ? b.tr('profile.decree.dated', { number: shown, date: shownDate(date, b.lang) })
        : b.tr('profile.decree', { number: shown }),
    );
  }
  listOrSentence(b, 'profile.duties', listLines(value(settings, 'ppidDuties')));
  const kinds = infoKinds(value(settings, 'infoServed')).map((k) =>
    k.about ? b.tr('profile.info.item', { name: k.name, about: k.about }) : k.name,
  );
  listOrSentence(b, 'profile.info', kinds);
}

/** 2.2.1 after the Service Desk Text: where the service room is. */
export function roomProfile(b: DocBuilder, settings: Settings, opts: { placeholders: boolean }): void {
  const room = value(settings, 'serviceRoom');
  if (room || opts.placeholders) b.p(b.tr('profile.room', { room: room || notFilledIn('serviceRoom', b.lang) }));
}

const span = (b: DocBuilder, s: HourSpan) =>
  b.tr(s.zone ? 'profile.hours.spanZone' : 'profile.hours.span', { from: s.from, to: s.to, zone: s.zone });

/** 2.2.5: the office hours and the room's shifts, when the settings give them. */
export function hoursProfile(b: DocBuilder, settings: Settings): void {
  const { spans } = serviceHours(value(settings, 'serviceHours'));
  const office = spans.filter((s) => !s.label);
  const shifts = spans.filter((s) => s.label);
  if (office.length)
    b.p(
      b.tr('profile.hours.office', {
        spans: joinList(
          office.map((s) => span(b, s)),
          b.lang,
        ),
      }),
    );
  if (shifts.length === 1) b.p(b.tr('profile.hours.shift.one', { label: shifts[0].label, span: span(b, shifts[0]) }));
  else if (shifts.length > 1) {
    b.p(b.tr('profile.hours.shifts'));
    b.push({
      type: 'list',
      items: shifts.map((s) => b.tr('profile.hours.item', { label: s.label, span: span(b, s) })),
    });
  }
}

/** 2.2.2: the addresses of each channel the unit serves through. */
export function addressProfile(b: DocBuilder, settings: Settings): void {
  for (const c of channelAddresses(value(settings, 'channelAddresses')))
    b.p(
      say(b.lang, 'profile.addresses', c.addresses.length, {
        channel: c.channel,
        n: b.n(c.addresses.length),
        list: joinList(c.addresses, b.lang),
      }),
    );
}

const ONLINE = /^(secara|melalui|lewat|via|daring|online|virtually|by)\b/i;

/** An activity (2.4, 2.5): its date and place in a sentence, then its own text. */
export function eventBlocks(b: DocBuilder, text: string): void {
  const m = eventMeta(text);
  const date = m.dateText ? shownDate(m.dateText, b.lang) : '';
  // "secara daring", "melalui Zoom", "online": a way, not a place, takes no "di".
  const at = ONLINE.test(m.place) ? m.place : b.tr('profile.event.at', { place: m.place });
  if (date && m.place) b.p(b.tr('profile.event.both', { date, at }));
  else if (date) b.p(b.tr('profile.event.date', { date }));
  else if (m.place) b.p(b.tr('profile.event.place', { at }));
  b.narrative(m.body);
}

/**
 * Row-level problems of the profile: a service-hours line that is no time span, a decree date or
 * an activity's "Tanggal:" that is no date. Row and column as the settings sheet shows them.
 */
export function unitProfileProblems(settings: Settings, lang: Lang): Problem[] {
  const out: Problem[] = [];
  const valueColumn = SETTINGS_BLOCKS.keyValue[lang][1];
  const row = (k: UnitProfileKey) => settings.rows?.[k] ?? 0;
  const push = (r: number, column: string, code: string, message: string) =>
    out.push({ row: r, number: null, column, code, message });
  for (const x of serviceHours(value(settings, 'serviceHours')).bad)
    push(
      row('serviceHours'),
      valueColumn,
      `hours.${x.why}`,
      t(lang, `profile.problem.hours.${x.why}`, { line: x.line, text: x.text }),
    );
  if (profileDate(value(settings, 'ppidDecreeDate')) === 'invalid')
    push(
      row('ppidDecreeDate'),
      valueColumn,
      'date.invalid',
      t(lang, 'profile.problem.decreeDate', { text: value(settings, 'ppidDecreeDate') }),
    );
  for (const e of settings.entries) {
    if (e.section !== 'activity') continue;
    const m = eventMeta(e.text);
    if (m.date === 'invalid')
      push(
        e.row ?? 0,
        SETTINGS_BLOCKS.entries[lang][3],
        'date.invalid',
        t(lang, 'profile.problem.eventDate', { text: m.dateText, title: e.title || '-' }),
      );
  }
  return out;
}

/** The problems as the report dialog and the runner list them: "Pengaturan baris 4, kolom Nilai: …". */
export function unitProfileLines(settings: Settings, lang: Lang): string[] {
  return unitProfileProblems(settings, lang).map((p) =>
    t(lang, 'profile.problem.line', { row: p.row, column: p.column, message: p.message }),
  );
}
