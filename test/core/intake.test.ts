// The Form intake's pure rules: reading a linked form's response sheet, matching question titles
// to register columns, the mapping the settings keep, which responses a run takes, and numbers.
import {
  responseLayout,
  proposeIntakeMapping,
  intakeMappingText,
  parseIntakeMapping,
  NUMBER_HEADER,
  SKIPPED_MARK,
} from '../../src/core/intake';
import { fieldOfQuestion } from '../../src/core/intake';
import { planIntake, listValue, singleAddress, type IntakeContext } from '../../src/core/intake';
import { nextNumbers, lastDataRow, appendPoint, patternFit } from '../../src/core/register';
import { dayFromYmd, ymd } from '../../src/core/calendar';
import { LISTS } from '../../src/core/register';

const ctx: IntakeContext = {
  tzOffsetMinutes: 420,
  channel: 'Website',
  applicantType: 'Perseorangan',
  topics: LISTS.defaultTopics,
};
const HEAD = [
  'Stempel waktu',
  'Nama',
  'Alamat',
  'Email/Kontak',
  'Pekerjaan',
  'Informasi yang diminta',
  'Tujuan',
  'Cara memperoleh',
];

describe('the response sheet Google writes', () => {
  test('column A is the timestamp, in an English or an Indonesian account; anything else is no response sheet', () => {
    expect(responseLayout(['Timestamp', 'Nama'])?.timestamp).toBe(0);
    expect(responseLayout(['Stempel waktu', 'Nama'])?.questions).toEqual([{ col: 1, title: 'Nama' }]);
    expect(responseLayout(['Tanggal', 'Nama'])).toBeNull();
    expect(responseLayout([])).toBeNull();
  });

  test('the collected-address column counts only right after the timestamp; a question titled alike elsewhere is a question', () => {
    const collected = responseLayout(['Timestamp', 'Email Address', 'Nama'])!;
    expect(collected.email).toBe(1);
    expect(collected.questions.map((q) => q.title)).toEqual(['Nama']);
    expect(responseLayout(['Stempel waktu', 'Alamat email', 'Nama'])!.email).toBe(1);
    const asked = responseLayout(['Timestamp', 'Nama', 'Email Address'])!;
    expect(asked.email).toBeNull();
    expect(asked.questions.map((q) => q.title)).toEqual(['Nama', 'Email Address']);
  });

  test("the add-on's number column is found by its header wherever it is, and is no question", () => {
    const l = responseLayout(['Timestamp', 'Nama', NUMBER_HEADER.id, 'Alamat'])!;
    expect(l.number).toBe(2);
    expect(l.questions.map((q) => q.col)).toEqual([1, 3]);
    expect(responseLayout(['Timestamp', NUMBER_HEADER.en])!.number).toBe(1);
  });
});

describe('question titles', () => {
  test("the issue's titles each find their register column", () => {
    expect(HEAD.slice(1).map(fieldOfQuestion)).toEqual([
      'applicantName',
      'address',
      'contact',
      'occupation',
      'infoRequested',
      'purpose',
      'deliveryMethod',
    ]);
  });

  test('longer titles as forms write them, and titles that name nothing', () => {
    expect(fieldOfQuestion('Nama Lengkap Pemohon')).toBe('applicantName');
    expect(fieldOfQuestion('Alamat E-mail')).toBe('contact');
    expect(fieldOfQuestion('Nomor HP/WhatsApp')).toBe('contact');
    expect(fieldOfQuestion('Rincian informasi yang dibutuhkan')).toBe('infoRequested');
    expect(fieldOfQuestion('Tujuan penggunaan informasi')).toBe('purpose');
    expect(fieldOfQuestion('Cara memperoleh informasi')).toBe('deliveryMethod');
    expect(fieldOfQuestion('Kategori Pemohon')).toBe('applicantType');
    expect(fieldOfQuestion('Apakah Anda puas?')).toBeNull();
    // Columns the add-on fills itself are never taken from a question.
    expect(fieldOfQuestion('Status')).toBeNull();
    expect(fieldOfQuestion('Tanggal Permohonan')).toBeNull();
  });
});

describe('the mapping the settings keep', () => {
  const layout = responseLayout([...HEAD, 'Apakah Anda puas?'])!;

  test('proposed by title, written as "Register column = question" lines, read back to the same columns', () => {
    const columns = proposeIntakeMapping(layout);
    expect(columns).toEqual({
      applicantName: 1,
      address: 2,
      contact: 3,
      occupation: 4,
      infoRequested: 5,
      purpose: 6,
      deliveryMethod: 7,
    });
    const text = intakeMappingText(columns, [...HEAD]);
    expect(text.split('\n')).toContain('Nama Pemohon = Nama');
    expect(text.split('\n')).toContain('Informasi yang Diminta = Informasi yang diminta');
    expect(parseIntakeMapping(text, layout)).toEqual({ columns, issues: [] });
    expect(parseIntakeMapping(intakeMappingText(columns, [...HEAD], 'en'), layout).columns).toEqual(columns);
  });

  test('an officer corrects it by hand: any case, English names; what names nothing is an issue, never a throw', () => {
    const text =
      'nama pemohon = nama\nPurpose = Apakah Anda puas?\nStatus = Alamat\nKontak = Pertanyaan yang dihapus\nsekadar catatan\nNama Pemohon = Alamat';
    const { columns, issues } = parseIntakeMapping(text, layout);
    expect(columns).toEqual({ applicantName: 1, purpose: 8 });
    expect(issues.map((i) => i.code)).toEqual(['field', 'question', 'line', 'twice']);
  });
});

describe('which responses a run takes', () => {
  const layout = responseLayout([...HEAD, NUMBER_HEADER.id])!;
  const columns = proposeIntakeMapping(layout);
  const at = (iso: string) => new Date(iso);
  const row = (when: unknown, name: string, info: string, number = '') => [
    when,
    name,
    'Jl. A',
    'a@b.example',
    'Guru',
    info,
    'Riset',
    'Salinan softcopy',
    number,
  ];

  test('unnumbered good responses, oldest first; numbered or marked ones never; blank rows silently skipped', () => {
    const values = [
      [...HEAD, NUMBER_HEADER.id],
      row(at('2025-07-08T03:00:00Z'), 'B', 'Info B'),
      row(at('2025-07-07T03:00:00Z'), 'A', 'Info A'),
      row(at('2025-07-06T03:00:00Z'), 'Z', 'Info Z', '001/PPID/2025'),
      row(at('2025-07-06T03:00:00Z'), 'Y', 'Info Y', SKIPPED_MARK.id),
      ['', '', '', '', '', '', '', '', ''],
    ];
    const plan = planIntake(values, layout, columns, ctx);
    expect(plan.take.map((i) => i.fields.applicantName)).toEqual(['A', 'B']);
    expect(plan.take.map((i) => i.index)).toEqual([2, 1]);
    expect(plan.done).toBe(2);
    expect(plan.problems).toEqual([]);
  });

  test('the received day is the timestamp’s day in the spreadsheet’s zone, not UTC', () => {
    // 23:30 UTC on 6 July is 06:30 WIB on 7 July.
    const plan = planIntake(
      [[...HEAD, NUMBER_HEADER.id], row(at('2025-07-06T23:30:00Z'), 'A', 'Info')],
      layout,
      columns,
      ctx,
    );
    expect(ymd(plan.take[0].received)).toBe('2025-07-07');
    const utc = planIntake(
      [[...HEAD, NUMBER_HEADER.id], row(at('2025-07-06T23:30:00Z'), 'A', 'Info')],
      layout,
      columns,
      { ...ctx, tzOffsetMinutes: 0 },
    );
    expect(ymd(utc.take[0].received)).toBe('2025-07-06');
  });

  test('no timestamp, an unreadable one, no request text, no name: a problem in the right column, not taken', () => {
    const values = [
      [...HEAD, NUMBER_HEADER.id],
      row('', 'A', 'Info'),
      row('kemarin', 'B', 'Info'),
      row(at('2025-07-07T03:00:00Z'), 'C', '   '),
      row(at('2025-07-07T03:00:00Z'), '', 'Info'),
    ];
    const plan = planIntake(values, layout, columns, ctx);
    expect(plan.take).toEqual([]);
    expect(plan.problems).toEqual([
      { index: 1, col: 0, code: 'received.missing' },
      { index: 2, col: 0, code: 'received.invalid' },
      { index: 3, col: 5, code: 'info.missing' },
      { index: 4, col: 1, code: 'name.missing' },
    ]);
  });

  test('cells are what the register needs: channel and applicant type from the settings, list answers canonical, formulas defused', () => {
    const values = [
      [...HEAD, NUMBER_HEADER.id],
      row(at('2025-07-07T03:00:00Z'), '=HYPERLINK("x")', '+62 812 1111', ''),
    ];
    values[1][7] = 'dikirim lewat pos saja';
    const [item] = planIntake(values, layout, columns, { ...ctx, channel: 'Email', applicantType: 'Badan Hukum' }).take;
    expect(item.fields.applicantName).toBe('\'=HYPERLINK("x")');
    expect(item.fields.infoRequested).toBe("'+62 812 1111");
    expect(item.fields.channel).toBe('Email');
    expect(item.fields.applicantType).toBe('Badan Hukum');
    // An answer no option matches stays in the applicant's words, in the notes.
    expect(item.fields.deliveryMethod).toBeUndefined();
    expect(item.fields.notes).toBe('Cara Memperoleh: dikirim lewat pos saja');
  });

  test('list answers: the option itself in any case, or the one option the answer contains', () => {
    expect(listValue('salinan SOFTCOPY', LISTS.deliveryMethods)).toBe('Salinan Softcopy');
    expect(listValue('Salinan softcopy (dikirim lewat e-mail)', LISTS.deliveryMethods)).toBe('Salinan Softcopy');
    expect(listValue('Salinan softcopy atau salinan hardcopy', LISTS.deliveryMethods)).toBeNull();
    expect(listValue('', LISTS.deliveryMethods)).toBeNull();
  });

  test("list answers go through the register's own value synonyms first", () => {
    const head = ['Timestamp', 'Nama', 'Informasi yang diminta', 'Kategori Pemohon'];
    const l = responseLayout(head)!;
    const [item] = planIntake(
      [head, [at('2025-07-07T03:00:00Z'), 'N', 'I', 'perorangan']],
      l,
      proposeIntakeMapping(l),
      ctx,
    ).take;
    expect(item.fields.applicantType).toBe('Perseorangan');
    expect(item.fields.notes).toBeUndefined();
  });

  test('only one well-formed address is an address', () => {
    expect(singleAddress(' rina@mail.example ')).toBe('rina@mail.example');
    expect(singleAddress('a@b.example, c@d.example')).toBeNull();
    expect(singleAddress('Rina <rina@mail.example>')).toBeNull();
    expect(singleAddress('0812-1111')).toBeNull();
  });

  test('without a contact question the collected address is the contact', () => {
    const l = responseLayout(['Timestamp', 'Email Address', 'Nama', 'Informasi yang diminta'])!;
    const [item] = planIntake(
      [
        ['Timestamp', 'Email Address', 'Nama', 'Informasi yang diminta'],
        [at('2025-07-07T03:00:00Z'), 'x@y.example', 'N', 'I'],
      ],
      l,
      proposeIntakeMapping(l),
      ctx,
    ).take;
    expect(item.collectedEmail).toBe('x@y.example');
    expect(item.fields.contact).toBe('x@y.example');
  });
});

describe('numbers', () => {
  const d = (s: string) => dayFromYmd(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));

  test('per year, after the highest of that year, in the settings pattern', () => {
    const values = [['No. Registrasi'], ['003/PPID/2025'], ['010/PPID/2024'], ['catatan'], ['001/PPID/2025']];
    expect(
      nextNumbers(values, 0, '{nnn}/PPID/{yyyy}', [d('2025-07-01'), d('2025-07-02'), d('2024-12-31'), d('2026-01-02')]),
    ).toEqual(['004/PPID/2025', '005/PPID/2025', '011/PPID/2024', '001/PPID/2026']);
    expect(nextNumbers([['x']], undefined, '', [d('2025-01-01')])).toEqual(['001/PPID/2025']);
    expect(nextNumbers([['No'], ['PPID-07-2025-0009']], 0, 'PPID-{mm}-{yyyy}-{nnnn}', [d('2025-08-01')])).toEqual([
      'PPID-08-2025-0010',
    ]);
  });

  test('new rows go under the last row with anything typed, computed columns aside', () => {
    expect(
      lastDataRow(
        [
          ['A', 'B'],
          ['x', ''],
          ['', ''],
          ['', 'f'],
        ],
        new Set([1]),
      ),
    ).toBe(2);
    expect(lastDataRow([['A', 'B']], new Set())).toBe(1);
  });

  test('an adopted layout: rows from the data start, a totals row under the last request, the running No', () => {
    const values = [
      ['REGISTER 2025', '', ''],
      ['No', 'Tanggal', 'Nama'],
      ['(1)', '(2)', '(3)'],
      [1, '02/01/2025', 'A'],
      ['2.', '03/01/2025', 'B'],
      ['', '', ''],
      ['JUMLAH', 2, ''],
      ['', '', ''],
    ];
    expect(appendPoint(values, { dataIndex: 3, receivedCol: 1, computed: new Set(), sequenceCols: [0] })).toEqual({
      lastRow: 5,
      totalsRow: 7,
      sequenceMax: 2,
    });
    // A request typed under the totals row: the totals row is no longer the last thing.
    const later = [...values.slice(0, 7), [3, '04/01/2025', 'C']];
    expect(appendPoint(later, { dataIndex: 3, receivedCol: 1, computed: new Set(), sequenceCols: [0] })).toEqual({
      lastRow: 8,
      totalsRow: null,
      sequenceMax: 3,
    });
    // Nothing under the header block yet: the first request goes right under the column numbers.
    expect(appendPoint(values.slice(0, 3), { dataIndex: 3, receivedCol: 1, computed: new Set() }).lastRow).toBe(3);
    expect(patternFit([['No'], ['001/PPID-DPK/2025'], [''], ['002/PPID-DPK/2025']], 0, '{nnn}/PPID/{yyyy}')).toEqual({
      numbers: 2,
      matching: 0,
      example: '001/PPID-DPK/2025',
    });
    expect(patternFit([['No'], ['001/PPID-DPK/2025'], ['x']], 0, '{nnn}/PPID-DPK/{yyyy}')).toEqual({
      numbers: 2,
      matching: 1,
      example: 'x',
    });
    // The numbering ignores the title rows above the data.
    expect(
      nextNumbers([['007/PPID/2025'], ['No. Registrasi'], ['002/PPID/2025']], 0, '', [d('2025-03-01')], 2),
    ).toEqual(['003/PPID/2025']);
  });
});
