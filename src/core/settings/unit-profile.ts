// The unit's profile as the seed report's Bab II tells it (issue #24 item 10): the legal basis and
// the decree appointing the PPID (2.1), the service room and its hours (2.2.1, 2.2.5), the
// service's public addresses per channel (2.2.2), rows of the settings sheet like any other; and
// the date and place of a period's activity (2.4, 2.5), written as the first lines of its
// "Isian Periode" text. Readers only: what the report says lives in report/unit-profile.ts.
import { parseDay, ymd } from '../calendar';
import type { SettingSpec as Spec } from './spec';

// biome-ignore format: a table laid out by hand, one entry per line
export type UnitProfileKey =
  | 'legalBasis' | 'ppidDecreeNumber' | 'ppidDecreeDate' | 'ppidDuties' | 'infoServed'
  | 'serviceRoom' | 'serviceHours' | 'channelAddresses';

// biome-ignore format: a table laid out by hand, one entry per line
export const UNIT_PROFILE_SETTINGS: Array<Spec<UnitProfileKey>> = [
  { key: 'legalBasis', long: true, label: { id: 'Dasar Hukum Unit', en: 'Unit Legal Basis' }, help: { id: 'Bab II, 2.1: peraturan yang menetapkan tugas unit (mis. peraturan organisasi dan tata kerja), satu per baris. Kosong: hanya Teks Kebijakan Internal.', en: 'Chapter II, 2.1: the regulations that set the unit\'s duties (e.g. its organisation regulation), one per line. Blank: the Internal Policy Text only.' }, default: '' },
  { key: 'ppidDecreeNumber', label: { id: 'Nomor SK PPID', en: 'PPID Decree Number' }, help: { id: 'Bab II, 2.1: nomor surat keputusan yang menetapkan PPID unit. Kosong: laporan triwulan menampilkan [BELUM DIISI].', en: 'Chapter II, 2.1: number of the decree appointing the unit\'s PPID. Blank: the quarterly report shows [NOT FILLED IN].' }, default: '' },
  { key: 'ppidDecreeDate', label: { id: 'Tanggal SK PPID', en: 'PPID Decree Date' }, help: { id: 'Tanggal surat keputusan itu (mis. 2021-01-11 atau 11/01/2021).', en: 'Date of that decree (e.g. 2021-01-11 or 11/01/2021).' }, default: '' },
  { key: 'ppidDuties', long: true, label: { id: 'Tugas PPID', en: 'PPID Duties' }, help: { id: 'Bab II, 2.1: tugas PPID unit menurut SK, satu per baris.', en: 'Chapter II, 2.1: the duties the decree gives the unit\'s PPID, one per line.' }, default: '' },
  { key: 'infoServed', long: true, label: { id: 'Jenis Informasi yang Dilayani', en: 'Kinds of Information Served' }, help: { id: 'Bab II, 2.1: satu jenis per baris, "Nama: keterangan" (keterangan boleh kosong).', en: 'Chapter II, 2.1: one kind per line, "Name: description" (the description may be left out).' }, default: '' },
  { key: 'serviceRoom', label: { id: 'Lokasi Ruang Layanan', en: 'Service Room Location' }, help: { id: 'Bab II, 2.2.1: letak ruang layanan informasi (gedung, lantai, kota). Kosong: laporan triwulan menampilkan [BELUM DIISI].', en: 'Chapter II, 2.2.1: where the information service room is (building, floor, city). Blank: the quarterly report shows [NOT FILLED IN].' }, default: '' },
  { key: 'serviceHours', long: true, label: { id: 'Jam Layanan', en: 'Service Hours' }, help: { id: 'Satu rentang per baris: "08.00–15.00 WIB"; sif dengan namanya di depan: "Shift I 09.00–11.00". Baris tanpa nama = jam kerja. Kosong: Teks Waktu Layanan.', en: 'One span per line: "08.00–15.00 WIB"; a shift with its name first: "Shift I 09.00–11.00". A line without a name = office hours. Blank: the Service Hours Text.' }, default: '' },
  { key: 'channelAddresses', long: true, label: { id: 'Alamat Saluran Layanan', en: 'Service Channel Addresses' }, help: { id: 'Satu saluran per baris: "Email = ppid@instansi.go.id, layanan@instansi.go.id". Hanya alamat layanan resmi unit: dicetak di laporan yang dibagikan ke PPID Pusat. Jangan tulis alamat pribadi petugas.', en: 'One channel per line: "Email = ppid@agency.go.id, service@agency.go.id". The unit\'s official service addresses only: they are printed in the report shared with the central PPID. Never an officer\'s own address.' }, default: '' },
];

export interface HourSpan {
  /** "Shift I", or '' for the office hours. */
  label: string;
  from: string;
  to: string;
  /** WIB, WITA or WIT when the line names it. */
  zone: string;
}

const TIME = String.raw`(\d{1,2})[.:](\d{2})`;
const SPAN_RE = new RegExp(
  String.raw`^(.*?)[\s:=]*\b${TIME}\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai|to|until)\s*${TIME}\s*(WIB|WITA|WIT)?\.?$`,
  'i',
);

/** One line of the service hours, or why it cannot be read ('format': no span; 'time': no such time). */
export function parseHourLine(line: string): HourSpan | 'format' | 'time' {
  const m = SPAN_RE.exec(line.trim().replace(/^pukul\s+/i, ''));
  if (!m) return 'format';
  const [h1, m1, h2, m2] = [m[2], m[3], m[4], m[5]].map(Number);
  const ok = (h: number, mi: number) => h <= 24 && mi <= 59 && (h < 24 || mi === 0);
  if (!ok(h1, m1) || !ok(h2, m2) || h1 * 60 + m1 >= h2 * 60 + m2) return 'time';
  const pad = (h: number, mi: number) => `${String(h).padStart(2, '0')}.${String(mi).padStart(2, '0')}`;
  const label = m[1]
    .replace(/^pukul\s*/i, '')
    .replace(/\s*pukul$/i, '')
    .replace(/[\s:=,-]+$/, '')
    .trim();
  return { label, from: pad(h1, m1), to: pad(h2, m2), zone: (m[6] ?? '').toUpperCase() };
}

const lines = (v: string) =>
  String(v ?? '')
    .split(/\r?\n/)
    .map((x) => x.replace(/^\s*(?:[-•]|\d+[.)]|[a-z][.)])\s+/i, '').trim())
    .filter(Boolean);

/** The readable spans of the service hours, and the unreadable lines (1-based within the cell). */
export function serviceHours(v: string): {
  spans: HourSpan[];
  bad: Array<{ line: number; text: string; why: 'format' | 'time' }>;
} {
  const spans: HourSpan[] = [];
  const bad: Array<{ line: number; text: string; why: 'format' | 'time' }> = [];
  lines(v).forEach((text, i) => {
    const r = parseHourLine(text);
    if (typeof r === 'string') bad.push({ line: i + 1, text, why: r });
    else spans.push(r);
  });
  return { spans, bad };
}

/** "Email = a@x.go.id, b@x.go.id" lines: each channel with its addresses, in the order written. */
export function channelAddresses(v: string): Array<{ channel: string; addresses: string[] }> {
  const out: Array<{ channel: string; addresses: string[] }> = [];
  for (const line of lines(v)) {
    const at = line.search(/[=:]/);
    if (at <= 0) continue;
    const channel = line.slice(0, at).trim();
    const addresses = line
      .slice(at + 1)
      .split(/[,;]|\s+dan\s+|\s+and\s+/)
      .map((x) => x.trim())
      .filter(Boolean);
    if (channel && addresses.length) out.push({ channel, addresses });
  }
  return out;
}

/** "Nama: keterangan" lines of the kinds of information served. */
export function infoKinds(v: string): Array<{ name: string; about: string }> {
  return lines(v).map((line) => {
    const at = line.indexOf(':');
    return at > 0 ? { name: line.slice(0, at).trim(), about: line.slice(at + 1).trim() } : { name: line, about: '' };
  });
}

/** The lines of a list setting (regulations, duties), without bullets or numbers. */
export const listLines = lines;

/** A date cell or text as YYYY-MM-DD, '' when blank, 'invalid' when it is no date. */
export function profileDate(v: unknown): string | 'invalid' {
  const d = parseDay(v);
  return d === null ? '' : d === 'invalid' ? 'invalid' : ymd(d);
}

const DATE_LINE = /^(tanggal|tgl\.?|date)\s*:\s*(.*)$/i;
const PLACE_LINE = /^(tempat|lokasi|place|venue)\s*:\s*(.*)$/i;

/**
 * An activity's text with its leading "Tanggal: …" and "Tempat: …" lines taken out: the date
 * (YYYY-MM-DD, or 'invalid' with what was written), the place, and the rest of the text.
 */
export function eventMeta(text: string): { date: string; dateText: string; place: string; body: string } {
  const rest = String(text ?? '').split(/\r?\n/);
  let date = '';
  let dateText = '';
  let place = '';
  while (rest.length) {
    const line = rest[0].trim();
    const d = DATE_LINE.exec(line);
    const p = PLACE_LINE.exec(line);
    if (d && !dateText) {
      dateText = d[2].trim();
      date = profileDate(dateText);
    } else if (p && !place) place = p[2].trim();
    else if (line !== '' || (!dateText && !place)) break;
    rest.shift();
  }
  return { date, dateText, place, body: rest.join('\n').trim() };
}
