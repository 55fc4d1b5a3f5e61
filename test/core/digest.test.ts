// The digest's selection and wording, pure: which requests and objections are listed on a day,
// with what working days left, in which order, and an e-mail with nothing personal and nothing
// unescaped.
import {
  selectDigest,
  renderDigest,
  workingDaysLeft,
  annualReportDue,
  rowUrl,
  type DigestLine,
} from '../../src/core/report';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso, ymd } from '../../src/core/calendar';
import type { RequestRecord } from '../../src/core/types';

const D = dayFromIso;
const cal = new WorkCalendar(holidayDays(HOLIDAYS));

function req(row: number, fields: Partial<RequestRecord> & { received: number }): RequestRecord {
  return {
    row,
    number: `${String(row).padStart(3, '0')}/PPID/2025`,
    channel: 'Email',
    applicantType: 'Perseorangan',
    topic: 'Pelatihan',
    infoClass: null,
    deliveryMethod: null,
    status: 'Diproses',
    refusalReason: null,
    extended: false,
    answered: null,
    fee: null,
    objectionDate: null,
    objectionGround: null,
    objectionAnswered: null,
    objectionOutcome: null,
    dispute: false,
    disputeDate: null,
    disputeStage: null,
    disputeOutcome: null,
    disputeDecided: null,
    objectionExecution: null,
    objectionExecuted: null,
    disputeExecution: null,
    disputeExecuted: null,
    courtFiled: null,
    ...fields,
  };
}

const brief = (l: DigestLine) => [l.kind, l.row, ymd(l.due), l.workingDaysLeft];

describe('what the digest lists on a day', () => {
  // Wednesday 20 August 2025; 18 August (Monday) was cuti bersama, 17 August a Sunday.
  const asOf = D('2025-08-20');

  test("overdue, due today and near due, by the SLA column's own rule; nothing else", () => {
    const requests = [
      req(2, { received: D('2025-08-05') }), // due 2025-08-20: due today
      req(3, { received: D('2025-08-01') }), // due 2025-08-15 (Fri): overdue, 2 working days since (19, 20)
      req(4, { received: D('2025-08-07') }), // due 2025-08-22: 2 left → near due (threshold 2)
      req(5, { received: D('2025-08-08') }), // due 2025-08-25: 3 left → not listed
      req(6, { received: D('2025-08-01'), status: 'Dipenuhi', answered: D('2025-08-14') }), // answered: not listed
      req(7, { received: D('2025-08-01'), status: 'Dibatalkan' }), // cancelled: never listed
      req(8, { received: D('2025-08-01'), status: 'Dipenuhi', answered: D('2025-08-21') }), // answer not known yet on the 20th: overdue
      req(9, { received: D('2025-07-25'), extended: true }), // 17 working days: due 2025-08-20
      req(10, { received: D('2025-08-01'), status: 'Tidak Dijawab' }), // open: overdue
    ];
    const d = selectDigest(requests, { asOf, calendar: cal, nearDueDays: 2 });
    expect(d.lines.map(brief)).toEqual([
      ['overdue', 3, '2025-08-15', -2],
      ['overdue', 8, '2025-08-15', -2],
      ['overdue', 10, '2025-08-15', -2],
      ['dueToday', 2, '2025-08-20', 0],
      ['dueToday', 9, '2025-08-20', 0],
      ['nearDue', 4, '2025-08-22', 2],
    ]);
    expect(d.annual).toBeNull();
  });

  test('the settings threshold moves the near-due line', () => {
    const requests = [req(5, { received: D('2025-08-08') })];
    expect(selectDigest(requests, { asOf, calendar: cal, nearDueDays: 2 }).lines).toEqual([]);
    expect(selectDigest(requests, { asOf, calendar: cal, nearDueDays: 3 }).lines.map(brief)).toEqual([
      ['nearDue', 5, '2025-08-25', 3],
    ]);
    // 0: only what is due today or late.
    expect(
      selectDigest([req(2, { received: D('2025-08-05') }), req(4, { received: D('2025-08-07') })], {
        asOf,
        calendar: cal,
        nearDueDays: 0,
      }).lines.map(brief),
    ).toEqual([['dueToday', 2, '2025-08-20', 0]]);
  });

  test('objections near their 30-working-day limit, and past it in a section of their own, until answered; answered requests keep their objections', () => {
    const requests = [
      // 30th working day after 2025-07-08 is 2025-08-20 (18 August cuti bersama skipped).
      req(11, {
        received: D('2025-06-20'),
        status: 'Ditolak',
        answered: D('2025-07-01'),
        objectionDate: D('2025-07-08'),
      }),
      req(12, {
        received: D('2025-06-20'),
        status: 'Ditolak',
        answered: D('2025-07-01'),
        objectionDate: D('2025-07-03'),
      }), // due 2025-08-14: late
      req(13, {
        received: D('2025-06-20'),
        status: 'Ditolak',
        answered: D('2025-07-01'),
        objectionDate: D('2025-07-03'),
        objectionAnswered: D('2025-08-19'),
      }), // answered
      req(14, {
        received: D('2025-06-20'),
        status: 'Ditolak',
        answered: D('2025-07-01'),
        objectionDate: D('2025-07-15'),
      }), // far away
      req(15, {
        received: D('2025-06-20'),
        status: 'Ditolak',
        answered: D('2025-07-01'),
        objectionDate: D('2025-08-25'),
      }), // filed later
    ];
    const d = selectDigest(requests, { asOf, calendar: cal, nearDueDays: 2 });
    expect(d.lines.map(brief)).toEqual([
      // Past its 30 working days: a section of its own, never "near" its limit (issue #24).
      ['objectionOverdue', 12, '2025-08-14', -3],
      ['objection', 11, '2025-08-20', 0],
    ]);
  });

  test('working days left and elapsed skip weekends and holidays', () => {
    expect(workingDaysLeft(D('2025-08-15'), D('2025-08-19'), cal)).toBe(1); // Sat, Sun, Mon cuti bersama, Tue
    expect(workingDaysLeft(D('2025-08-19'), D('2025-08-15'), cal)).toBe(-1);
    expect(workingDaysLeft(D('2025-08-20'), D('2025-08-20'), cal)).toBe(0);
  });

  test('in the first quarter the annual report deadline joins a digest that has lines, never an empty one', () => {
    const open = [req(2, { received: D('2025-02-03') })];
    const d = selectDigest(open, { asOf: D('2025-02-17'), calendar: cal, nearDueDays: 2 });
    expect(d.lines.length).toBeGreaterThan(0);
    expect(d.annual).toEqual({
      year: 2024,
      due: D('2025-03-31'),
      workingDaysLeft: cal.countWorkingDays(D('2025-02-18'), D('2025-03-31')),
    });
    expect(annualReportDue(2024)).toBe(D('2025-03-31'));
    expect(selectDigest([], { asOf: D('2025-02-17'), calendar: cal, nearDueDays: 2 })).toMatchObject({
      lines: [],
      annual: null,
    });
    // April: no annual line.
    expect(
      selectDigest([req(2, { received: D('2025-04-02') })], { asOf: D('2025-04-21'), calendar: cal, nearDueDays: 2 })
        .annual,
    ).toBeNull();
  });
});

describe('the e-mail', () => {
  const asOf = D('2025-08-20');
  const opts = {
    lang: 'id' as const,
    unit: 'Unit <Contoh> & Co',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=9',
    registerGid: 0,
  };

  test('subject, sections, each line with number, topic, channel, due date, working days left and a link to its row', () => {
    const requests = [
      req(3, { received: D('2025-08-01') }),
      req(2, { received: D('2025-08-05'), topic: null, number: null }),
      req(4, { received: D('2025-08-07'), channel: 'WhatsApp' }),
    ];
    const mail = renderDigest(selectDigest(requests, { asOf, calendar: cal, nearDueDays: 2 }), opts);
    expect(mail.subject).toBe(
      'Pengingat tenggat PPID 20/08/2025: 1 lewat batas, 1 jatuh tempo hari ini, 1 mendekati batas',
    );
    const lines = mail.text.split('\n');
    expect(lines).toContain('Lewat batas waktu (1)');
    expect(lines).toContain(
      '- 003/PPID/2025 | Pelatihan | Email | batas 15/08/2025 | lewat 2 hari kerja | https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A3',
    );
    expect(lines).toContain('Jatuh tempo hari ini (1)');
    expect(lines).toContain(
      '- (tanpa nomor) | - | Email | batas 20/08/2025 | batasnya hari ini | https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A2',
    );
    expect(lines).toContain('Mendekati batas waktu (sisa 2 hari kerja atau kurang) (1)');
    expect(lines).toContain(
      '- 004/PPID/2025 | Pelatihan | WhatsApp | batas 22/08/2025 | sisa 2 hari kerja | https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A4',
    );
    expect(mail.html).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A3">baris 3</a>',
    );
    expect(rowUrl(opts, 12)).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A12');
  });

  test('English when the report language is English', () => {
    const mail = renderDigest(
      selectDigest([req(3, { received: D('2025-08-01') })], { asOf, calendar: cal, nearDueDays: 2 }),
      { ...opts, lang: 'en' },
    );
    expect(mail.subject).toBe('PPID deadline reminder 2025-08-20: 1 overdue');
    expect(mail.text).toContain('- 003/PPID/2025 | Pelatihan | Email | due 2025-08-15 | 2 working days overdue |');
  });

  test('markup in a number, topic or unit name is escaped in the HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const requests = [req(3, { received: D('2025-08-01'), number: `"><script>alert(1)</script>`, topic: evil })];
    const mail = renderDigest(selectDigest(requests, { asOf, calendar: cal, nearDueDays: 2 }), opts);
    expect(mail.html).not.toMatch(/<script|<img/i);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('&quot;&gt;&lt;script&gt;');
    expect(mail.html).toContain('Unit &lt;Contoh&gt; &amp; Co');
    // The only tags are the digest's own.
    const tags = new Set([...mail.html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()));
    expect([...tags].sort()).toEqual(['a', 'div', 'h2', 'h3', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
  });

  test('the annual line is in the text and the HTML', () => {
    const d = selectDigest([req(2, { received: D('2025-02-03') })], {
      asOf: D('2025-02-17'),
      calendar: cal,
      nearDueDays: 2,
    });
    const mail = renderDigest(d, opts);
    expect(mail.text).toContain(
      'Laporan tahunan 2024 wajib tersedia paling lambat 31/03/2025 (Perki SLIP No. 1 Tahun 2021 Pasal 56: tiga bulan setelah tahun anggaran berakhir); sisa',
    );
    expect(mail.html).toContain('<b>Laporan tahunan 2024');
  });

  test("a register with thousands of open rows still gets a reminder under Apps Script's 200 KB body limit", () => {
    const long = 'X'.repeat(5000);
    const many: RequestRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const received = [D('2025-06-02'), D('2025-08-05'), D('2025-08-07')][i % 3];
      many.push(req(i + 2, { received, number: `${long}${i}`, topic: long, channel: long }));
      if (i < 200)
        many.push(
          req(5000 + i, {
            received: D('2025-06-02'),
            status: 'Ditolak',
            answered: D('2025-06-10'),
            objectionDate: D('2025-07-08'),
            number: long,
          }),
        );
    }
    const d = selectDigest(many, { asOf, calendar: cal, nearDueDays: 2 });
    expect(d.lines).toHaveLength(3200);
    const mail = renderDigest(d, opts);
    const size = Buffer.byteLength(mail.text) + Buffer.byteLength(mail.html);
    expect(size).toBeLessThan(200 * 1024);
    expect(mail.subject).toBe(
      'Pengingat tenggat PPID 20/08/2025: 1000 lewat batas, 1000 jatuh tempo hari ini, 1000 mendekati batas, 200 keberatan mendekati batas',
    );
    const text = mail.text.split('\n');
    expect(text.filter((l) => l.startsWith('- '))).toHaveLength(4 * 40);
    expect(text).toContain('… dan 960 lainnya: buka register dan saring kolom Status SLA.');
    expect(text).toContain('… dan 160 keberatan lainnya: buka register dan urutkan kolom Batas Tanggapan Keberatan.');
    expect(text.find((l) => l.startsWith('- '))!.split(' | ')[0]).toBe(`- ${'X'.repeat(39)}…`);
  });
});
