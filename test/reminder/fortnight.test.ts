// A fortnight of daily reminders through the bundle: officers log requests, answer them and
// receive objections day by day while the emulator's clock fires the trigger every morning. Each
// day's e-mail must list exactly the overdue, due-today and near-due requests and the objections
// near their limit, as an independent day-by-day oracle computes them and as the register's own
// Status SLA column shows them that morning; nothing on weekends, holidays or empty days; never a
// name, address, contact or request text.
import { header, rng } from '../../scripts/lib/generate-register';
import { HOLIDAYS } from '../../src/core/calendar';
import { dayFromIso, ymd, weekday } from '../../src/core/calendar';
import { wib } from '../support/harness';
import { office, setSetting, ANI } from './support';

const HEAD = header();
const col = (h: string) => HEAD.indexOf(h) + 1;
const D = dayFromIso;
const FIRST_DAY = D('2025-08-11'); // Monday; 16–17 weekend, 18 cuti bersama, 23–24 weekend
const LAST_DAY = D('2025-08-24');

// The oracle's own calendar: walk day by day (no shared arithmetic with the core).
const HOLIDAY_SET = new Set(HOLIDAYS.map((h) => D(h.date)));
const isWork = (d: number) => weekday(d) !== 0 && weekday(d) !== 6 && !HOLIDAY_SET.has(d);
function addWorkdays(start: number, n: number): number {
  let d = start;
  for (let k = 0; k < n; ) if (isWork(++d)) k++;
  return d;
}
function countWork(a: number, b: number): number {
  let n = 0;
  for (let d = a; d <= b; d++) if (isWork(d)) n++;
  return n;
}
const left = (asOf: number, due: number) => (asOf <= due ? countWork(asOf + 1, due) : -countWork(due + 1, asOf));

interface Case {
  number: string;
  received: number;
  extended: boolean;
  channel: string;
  topic: string;
  /** Day the answer is typed in (status Dipenuhi, Tanggal Selesai), or null. */
  answered: number | null;
  cancelledOn: number | null;
  objection: number | null;
  objectionAnswered: number | null;
  personal: Record<string, string>;
}

const CHANNELS = ['Email', 'Instagram', 'WhatsApp', 'Website', 'Ruang Layanan', 'Surat'];
const TOPICS = ['Pelatihan', 'Beasiswa', 'Lowongan Kerja & Magang', 'e-Pelatihan'];

function personal(i: number): Record<string, string> {
  const n = String(i).padStart(3, '0');
  return {
    'Nama Pemohon': `Sekar QXNAMA${n} Ayuningtyas`,
    Alamat: `Jl. Flamboyan QXALAMAT${n}, Depok`,
    Kontak: i % 2 ? `qxkontak${n}@pemohon.example` : `+62 812 QXKONTAK ${n}`,
    'Informasi yang Diminta': `Salinan QXMINTA${n} surat keterangan saya`,
  };
}
const MARKERS = /QXNAMA|QXALAMAT|QXKONTAK|QXMINTA|Sekar|Ayuningtyas|Flamboyan|pemohon\.example/i;

/** Seeded cases: requests received from mid-July to the fortnight's end, some answered, some cancelled, some objected to. */
function cases(): Case[] {
  const r = rng(15);
  const out: Case[] = [];
  const from = D('2025-07-14');
  for (let i = 0; i < 48; i++) {
    const received = from + Math.floor(r() * (LAST_DAY - from));
    const roll = r();
    const answered = roll < 0.45 ? received + 1 + Math.floor(r() * 24) : null;
    const cancelledOn = roll > 0.92 ? received + 2 : null;
    out.push({
      number: i % 17 === 5 ? '' : `${String(i + 1).padStart(3, '0')}/PPID/2025`,
      received,
      extended: r() < 0.2,
      channel: CHANNELS[Math.floor(r() * CHANNELS.length)],
      topic: TOPICS[Math.floor(r() * TOPICS.length)],
      answered,
      cancelledOn,
      objection: null,
      objectionAnswered: null,
      personal: personal(i),
    });
  }
  // Refused requests whose objections run to their 30-working-day limit during the fortnight.
  for (let i = 0; i < 8; i++) {
    const objection = D('2025-06-26') + i * 3;
    out.push({
      number: `K${i + 1}/PPID/2025`,
      received: D('2025-06-02') + i,
      extended: false,
      channel: 'Email',
      topic: 'Beasiswa',
      answered: D('2025-06-20') + i,
      cancelledOn: null,
      objection,
      objectionAnswered: i % 3 === 0 ? D('2025-08-13') + i : null,
      personal: personal(100 + i),
    });
  }
  return out.sort((a, b) => a.received - b.received);
}

interface Line {
  kind: string;
  row: number;
  number: string;
  due: string;
  left: number;
}

/** What the morning of `day` must list, from what officers had typed by the day before. */
function expected(all: Case[], day: number): Line[] {
  const known = (d: number | null) => d !== null && d <= day - 1;
  const lines: Line[] = [];
  all.forEach((c, i) => {
    if (!known(c.received)) return;
    const row = i + 2;
    const number = c.number || '(tanpa nomor)';
    const cancelled = known(c.cancelledOn);
    if (!cancelled && !known(c.answered)) {
      const due = addWorkdays(c.received, c.extended ? 17 : 10);
      const l = left(day, due);
      if (l <= 2)
        lines.push({
          kind: l < 0 ? 'overdue' : due === day ? 'dueToday' : 'nearDue',
          row,
          number,
          due: ymd(due),
          left: l,
        });
    }
    if (known(c.objection) && !known(c.objectionAnswered)) {
      const due = addWorkdays(c.objection!, 30);
      const l = left(day, due);
      // Past its limit: a section of its own, never "near" it (issue #24).
      if (l <= 2) lines.push({ kind: l < 0 ? 'objectionOverdue' : 'objection', row, number, due: ymd(due), left: l });
    }
  });
  const order = ['overdue', 'dueToday', 'nearDue', 'objectionOverdue', 'objection'];
  return lines.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.due.localeCompare(b.due) || a.row - b.row,
  );
}

const SECTIONS: Record<string, string> = {
  'Lewat batas waktu': 'overdue',
  'Jatuh tempo hari ini': 'dueToday',
  'Mendekati batas waktu (sisa 2 hari kerja atau kurang)': 'nearDue',
  'Keberatan lewat batas tanggapan 30 hari kerja': 'objectionOverdue',
  'Keberatan mendekati batas tanggapan 30 hari kerja (sisa 2 hari kerja atau kurang)': 'objection',
};

/** The lines of a sent digest, read back from its plain text. */
function parse(text: string): Line[] {
  const out: Line[] = [];
  let kind = '';
  for (const line of text.split('\n')) {
    const head = /^(.*) \((\d+)\)$/.exec(line);
    if (head && SECTIONS[head[1]]) kind = SECTIONS[head[1]];
    // "sisa 2 hari kerja", "batasnya hari ini", "lewat 3 hari kerja": never a minus (issue #24).
    const m =
      /^- (.*) \| (.*) \| (.*) \| batas (\d\d)\/(\d\d)\/(\d{4}) \| (sisa (\d+) hari kerja|batasnya hari ini|lewat (\d+) hari kerja) \| (.*)#gid=(\d+)&range=A(\d+)$/.exec(
        line,
      );
    const left = (m: RegExpExecArray) => (m[8] ? Number(m[8]) : m[9] ? -Number(m[9]) : 0);
    if (m) out.push({ kind, row: Number(m[12]), number: m[1], due: `${m[6]}-${m[5]}-${m[4]}`, left: left(m) });
  }
  return out;
}

describe('a fortnight of daily reminders', () => {
  const all = cases();
  const em = office([], '2025-08-08T03:00:00Z');
  const sheet = em.spreadsheet.getSheetByName('Register');
  const slaCol = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Status SLA') + 1;
  const dueCol = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Batas Waktu') + 1;
  setSetting(em, 'E-mail Pengingat Harian', 'ppid.unit@ppid.example.go.id, atasan.ppid@ppid.example.go.id');
  const onAt = em.call('setDailyReminder', true);

  /** What officers type on `day`: new requests, answers, cancellations, objections. */
  function typeIn(day: number): void {
    all.forEach((c, i) => {
      const row = i + 2;
      if (c.received === day) {
        const values = HEAD.map(
          (h) =>
            (
              ({
                'No. Registrasi': c.number,
                'Tanggal Permohonan': wib(ymd(c.received)),
                Saluran: c.channel,
                'Kategori Pemohon': 'Perseorangan',
                Topik: c.topic,
                Status: 'Diproses',
                Perpanjangan: c.extended ? 'Ya' : 'Tidak',
                ...c.personal,
              }) as Record<string, unknown>
            )[h] ?? '',
        );
        sheet.getRange(row, 1, 1, HEAD.length).setValues([values]);
      }
      if (c.answered === day) {
        sheet.getRange(row, col('Status')).setValue(c.objection !== null ? 'Ditolak' : 'Dipenuhi');
        sheet.getRange(row, col('Tanggal Selesai')).setValue(wib(ymd(day)));
        if (c.objection !== null) sheet.getRange(row, col('Alasan Penolakan')).setValue('Pasal 17 huruf h');
      }
      if (c.cancelledOn === day) sheet.getRange(row, col('Status')).setValue('Dibatalkan');
      if (c.objection === day) sheet.getRange(row, col('Tanggal Keberatan')).setValue(wib(ymd(day)));
      if (c.objectionAnswered === day) sheet.getRange(row, col('Tanggal Tanggapan Keberatan')).setValue(wib(ymd(day)));
    });
  }

  // Everything up to the Sunday before the fortnight is in the register.
  for (let d = D('2025-05-01'); d < FIRST_DAY; d++) typeIn(d);

  const days: Array<{ day: number; mails: any[]; expected: Line[]; slaRows: Array<[number, string, string]> }> = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const before = em.services.MailApp._sent.length;
    em.runClock(`${ymd(day)}T05:00:00Z`); // noon WIB: the morning's trigger has run
    const mails = em.services.MailApp._sent.slice(before);
    // The register's own live column that morning (TODAY() is this day).
    const n = sheet.getLastRow() - 1;
    const sla = sheet
      .getRange(2, slaCol, n, 1)
      .getDisplayValues()
      .map((r: string[]) => r[0]);
    const due = sheet
      .getRange(2, dueCol, n, 1)
      .getDisplayValues()
      .map((r: string[]) => r[0]);
    const slaRows = sla
      .map((s: string, i: number) => [i + 2, s, due[i]] as [number, string, string])
      .filter(([, s]: [number, string, string]) => s === 'Lewat Batas' || s === 'Mendekati Batas');
    days.push({ day, mails, expected: expected(all, day), slaRows });
    typeIn(day);
  }

  test('turned on once, by the officer, for the hour in the settings', () => {
    expect(onAt.ok).toBe(true);
    expect(
      em.services.ScriptApp._triggers.filter((t: any) => t.eventType === 'CLOCK').map((t: any) => t.owner),
    ).toEqual([ANI]);
  });

  test("each working day's e-mail lists exactly the right requests and objections, with due dates and working days left", () => {
    const working = days.filter((d) => isWork(d.day));
    expect(working).toHaveLength(9);
    for (const d of working) {
      const label = ymd(d.day);
      if (!d.expected.length) {
        expect({ label, mails: d.mails.length }).toEqual({ label, mails: 0 });
        continue;
      }
      expect({ label, mails: d.mails.length }).toEqual({ label, mails: 1 });
      expect({ label, lines: parse(d.mails[0].body) }).toEqual({ label, lines: d.expected });
    }
    // The fortnight exercised every kind of line, late and near.
    const kinds = new Set(working.flatMap((d) => d.expected.map((l) => l.kind)));
    expect([...kinds].sort()).toEqual(['dueToday', 'nearDue', 'objection', 'objectionOverdue', 'overdue']);
    expect(working.flatMap((d) => d.expected).length).toBeGreaterThan(40);
  });

  test("the e-mail agrees with the register's own Status SLA and Batas Waktu columns that morning", () => {
    for (const d of days.filter((x) => isWork(x.day))) {
      const fromMail = d.mails.length
        ? parse(d.mails[0].body).filter((l) => l.kind !== 'objection' && l.kind !== 'objectionOverdue')
        : [];
      const fromSheet = d.slaRows.map(([row, , due]) => ({
        row,
        due: `${due.slice(6)}-${due.slice(3, 5)}-${due.slice(0, 2)}`,
      }));
      const label = ymd(d.day);
      expect({ label, rows: fromMail.map((l) => ({ row: l.row, due: l.due })).sort((a, b) => a.row - b.row) }).toEqual({
        label,
        rows: fromSheet.sort((a, b) => a.row - b.row),
      });
    }
  });

  test('nothing on weekends and on the cuti bersama of 18 August; the Tuesday after covers them', () => {
    const off = days.filter((d) => !isWork(d.day));
    expect(off.map((d) => ymd(d.day))).toEqual(['2025-08-16', '2025-08-17', '2025-08-18', '2025-08-23', '2025-08-24']);
    for (const d of off) expect({ day: ymd(d.day), mails: d.mails.length }).toEqual({ day: ymd(d.day), mails: 0 });
    // A request due on Friday 15 August and still open is on Tuesday's list, one working day late.
    const tuesday = days.find((d) => ymd(d.day) === '2025-08-19')!;
    const fridayDue = days.find((d) => ymd(d.day) === '2025-08-15')!.expected.filter((l) => l.kind === 'dueToday');
    expect(fridayDue.length).toBeGreaterThan(0);
    const stillOpen = fridayDue.filter((l) => tuesday.expected.some((t) => t.row === l.row && t.kind === 'overdue'));
    expect(stillOpen.length).toBeGreaterThan(0);
    for (const l of stillOpen) expect(parse(tuesday.mails[0].body)).toContainEqual({ ...l, kind: 'overdue', left: -1 });
  });

  test("to the officers in the settings, once a day, from the trigger's owner, with no personal data anywhere", () => {
    const mails = days.flatMap((d) => d.mails);
    expect(mails.length).toBeGreaterThan(5);
    for (const m of mails) {
      expect(m.to).toEqual(['ppid.unit@ppid.example.go.id', 'atasan.ppid@ppid.example.go.id']);
      expect(`${m.subject}\n${m.body}\n${m.htmlBody}`).not.toMatch(MARKERS);
      expect(m.htmlBody).toContain('<table');
    }
    // The register did hold the personal data the mails leave out.
    expect(JSON.stringify(sheet.getDataRange().getValues())).toMatch(MARKERS);
    const perDay = days.map((d) => d.mails.length);
    expect(Math.max(...perDay)).toBe(1);
    // One run a day, every day, weekends included (it checks the calendar, then stops).
    const status = em.call('getReminderStatus');
    expect(status.lines.at(-1)).toBe(
      'Terakhir berjalan 2025-08-24: akhir pekan, dilewati (hari kerja berikutnya mencakupnya).',
    );
  });
});
