// Adopting a register kept under other headers: the header-variant table, value synonyms, the
// header row under titles and merged cells, content sniffing, and the mapping JSON.
import { matchHeader, fieldOfTitle, fieldOfName, columnLetter, columnIndexOfLetter } from '../../src/core/register';
import { listMatchers } from '../../src/core/register';
import { findHeaderIndex, isColumnNumberRow, isGroupRow, totalsLabel } from '../../src/core/register';
import { proposeMapping } from '../../src/core/register';
import {
  applyMappingJson,
  mappingToJson,
  mappingText,
  parseMappingText,
  resolveSourceRef,
  sourceRef,
  mappingNoteText,
} from '../../src/core/register';
import { parseRegister, RegisterError } from '../../src/core/register';
import { HEADER_ID } from './fixtures/registers';

const best = (h: string) => matchHeader(h)[0]?.key ?? null;
const _mapOf = (values: unknown[][]) => {
  const p = proposeMapping(values);
  if (!p) throw new Error('no mapping');
  return mappingToJson(p).columns;
};

describe('header variants', () => {
  test.each([
    ['Nomor Pendaftaran', 'number'],
    ['No. Pendaftaran', 'number'],
    ['Nomor Registrasi', 'number'],
    ['No. Registrasi', 'number'],
    ['Registration Number', 'number'],
    ['Tanggal', 'received'],
    ['Tgl Permohonan', 'received'],
    ['Tanggal Diterima', 'received'],
    ['Date Submitted', 'received'],
    ['Stempel waktu', 'received'],
    ['Nama', 'applicantName'],
    ['Nama Pemohon', 'applicantName'],
    ['Requester Name', 'applicantName'],
    ['Cara Permohonan', 'channel'],
    ['Media', 'channel'],
    ['Melalui', 'channel'],
    ['Received Via', 'channel'],
    ['Keputusan', 'status'],
    ['Status Permohonan', 'status'],
    ['Decision', 'status'],
    ['Tanggal Pemberitahuan Tertulis', 'answered'],
    ['Tanggal Jawaban', 'answered'],
    ['Tanggal Selesai', 'answered'],
    ['Date of Response', 'answered'],
    ['Nomor Kontak', 'contact'],
    ['No. HP', 'contact'],
    ['Email', 'contact'],
    ['E-mail', 'contact'],
    ['no hp', 'contact'],
    ['Status Informasi', 'infoHeld'],
    ['Jenis Permohonan', 'requestKind'],
    ['Bentuk Informasi', 'deliveryMethod'],
    ['Alasan Penolakan', 'refusalReason'],
    ['Tujuan Penggunaan Informasi', 'purpose'],
    ['Biaya', 'fee'],
    ['Pekerjaan', 'occupation'],
    ['Batas Waktu', 'due'],
    ['Status SLA', 'slaStatus'],
    ['No', 'seq'],
    ['#', 'seq'],
  ])('%s names %s', (header, key) => {
    expect(matchHeader(header).map((m) => m.key)).toContain(key);
    expect(best(header)).toBe(key);
  });

  test('punctuation, case and spacing do not matter; a phrase inside a longer header counts weakly', () => {
    expect(best('  NO.   HP ')).toBe('contact');
    expect(matchHeader('Nomor HP/WhatsApp Pemohon')[0]).toMatchObject({ key: 'contact', strength: 1 });
    expect(best('Alamat E-mail Pemohon')).toBe('contact'); // the longer phrase wins over "alamat"
    expect(best('Nama Petugas')).toBe('officer');
    expect(best('Kolom Bebas')).toBeNull();
  });

  test('"Status Informasi" is never the request status', () => {
    for (const h of ['Status Informasi', 'STATUS INFORMASI', 'Status Informasi Publik']) {
      expect(matchHeader(h).map((m) => m.key)).not.toContain('status');
    }
  });

  test('Google Form question titles match one field, or none when unclear', () => {
    expect(
      [
        'Nama',
        'Alamat',
        'Email/Kontak',
        'Pekerjaan',
        'Informasi yang diminta',
        'Tujuan',
        'Cara memperoleh',
        'Timestamp',
      ].map(fieldOfTitle),
    ).toEqual([
      'applicantName',
      'address',
      'contact',
      'occupation',
      'infoRequested',
      'purpose',
      'deliveryMethod',
      'received',
    ]);
    expect(fieldOfTitle('Rincian informasi yang dibutuhkan')).toBe('infoRequested');
    expect(fieldOfTitle('Nomor HP / WhatsApp')).toBe('contact');
    expect(fieldOfTitle('No')).toBeNull();
    expect(fieldOfTitle('Apakah Anda setuju?')).toBeNull();
  });

  test('register-column names are read in either language or as keys', () => {
    expect(
      ['Tanggal Permohonan', 'date received', 'received', 'Status Informasi', 'Information Held', 'Biaya (Rp)'].map(
        fieldOfName,
      ),
    ).toEqual(['received', 'received', 'received', 'infoHeld', 'infoHeld', 'fee']);
    expect(fieldOfName('Tanggal')).toBeNull();
  });

  test('column letters both ways', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'ZZ', 'a', '1'].map(columnIndexOfLetter)).toEqual([0, 25, 26, 701, -1, -1]);
  });
});

describe('value synonyms', () => {
  const m = listMatchers();
  test.each([
    ['channel', 'Datang Langsung', 'Ruang Layanan'],
    ['channel', 'E-mail', 'Email'],
    ['channel', 'Walk-in', 'Ruang Layanan'],
    ['channel', 'Website PPID', 'Website'],
    ['channel', 'WA', 'WhatsApp'],
    ['channel', 'Letter', 'Surat'],
    ['channel', 'Phone', 'Telepon'],
    ['status', 'Permohonan dipenuhi', 'Dipenuhi'],
    ['status', 'Permohonan ditolak', 'Ditolak'],
    ['status', 'ditolak', 'Ditolak'],
    ['status', 'Dipenuhi.', 'Dipenuhi'],
    ['status', 'Dipenuhi sebagian', 'Dipenuhi Sebagian'],
    ['status', 'Dalam proses', 'Diproses'],
    ['status', 'Partially granted', 'Dipenuhi Sebagian'],
    ['status', 'Refused', 'Ditolak'],
    ['status', 'In progress', 'Diproses'],
    ['status', 'Withdrawn', 'Dibatalkan'],
    ['applicantType', 'Individual', 'Perseorangan'],
    ['applicantType', 'Organisation', 'Badan Hukum'],
    ['infoHeld', 'Di bawah penguasaan', 'Dikuasai'],
    ['infoHeld', 'Tidak di bawah penguasaan', 'Tidak Dikuasai'],
    ['infoHeld', 'Belum didokumentasikan', 'Belum Didokumentasikan'],
    ['refusalReason', 'Not held', 'Informasi tidak dikuasai'],
    ['refusalReason', 'Tidak di bawah penguasaan', 'Informasi tidak dikuasai'],
    ['deliveryMethod', 'Softcopy', 'Salinan Softcopy'],
    ['requestKind', 'Melihat/Mengetahui', 'Melihat/Mengetahui'],
    ['yesNo', 'Yes', 'Ya'],
  ] as const)('%s: "%s" is %s', (list, raw, canonical) => {
    expect(m[list].match(raw)).toBe(canonical);
  });

  test('refusal grounds written "Pasal 17 huruf x" in any common form', () => {
    for (const [text, letter] of [
      ['Pasal 17 huruf j', 'j'],
      ['pasal 17 huruf (b)', 'b'],
      ['Psl. 17 hrf. c', 'c'],
      ['Pasal 17 ayat (1) huruf a UU KIP', 'a'],
      ['UU KIP Pasal 17 j', 'j'],
      ['Article 17(j)', 'j'],
      ['Pasal 17 huruf J UU KIP', 'j'],
    ] as const) {
      expect({ text, ground: m.refusalReason.match(text) }).toEqual({ text, ground: `Pasal 17 huruf ${letter}` });
    }
    expect(m.refusalReason.match('Pasal 18 huruf a')).toBeNull();
    expect(m.refusalReason.match('Pasal 17 huruf k')).toBeNull();
  });

  test('a synonym never shadows a value of the list in use', () => {
    const custom = listMatchers({ channels: ['Email', 'Walk-in'] });
    expect(custom.channel.match('walk-in')).toBe('Walk-in');
    expect(custom.channel.match('Datang Langsung')).toBeNull(); // Ruang Layanan is not in this unit's list
  });
});

describe('header row', () => {
  test('a title above the header, blank rows between', () => {
    const values = [['REGISTER PERMOHONAN INFORMASI PUBLIK'], ['Tahun 2025'], [], HEADER_ID, ['x']];
    expect(findHeaderIndex(values)).toBe(3);
  });

  test('two rows of headers with merged cells exported as blanks', () => {
    const values = [
      ['No', 'Tanggal', '', 'Pemohon', '', 'Saluran', 'Keputusan'],
      ['', 'Permohonan', 'Selesai', 'Nama', 'Kontak', '', ''],
      ['1', '14/04/2025', '15/04/2025', 'A', 'a@b.c', 'Email', 'Dipenuhi'],
    ];
    expect(isGroupRow(values, 0, 1)).toBe(true);
    expect(findHeaderIndex(values)).toBe(1);
    const p = proposeMapping(values)!;
    expect(p.labels).toEqual([
      'No',
      'Tanggal / Permohonan',
      'Tanggal / Selesai',
      'Pemohon / Nama',
      'Pemohon / Kontak',
      'Saluran',
      'Keputusan',
    ]);
    expect(p.columns).toMatchObject({ received: 1, answered: 2, applicantName: 3, contact: 4, channel: 5, status: 6 });
    expect(p.groupIndex).toBe(0);
  });

  test('a sheet title is no group row, and a data row is no header', () => {
    expect(isGroupRow([['REGISTER PERMOHONAN INFORMASI PUBLIK DINAS PERIKANAN TAHUN 2025'], HEADER_ID], 0, 1)).toBe(
      false,
    );
    expect(
      isGroupRow(
        [
          ['No', 'Tanggal', ''],
          ['1', '14/04/2025', 'x'],
        ],
        0,
        1,
      ),
    ).toBe(false);
  });

  test('a row of column numbers under the header is part of the header', () => {
    expect(isColumnNumberRow(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(isColumnNumberRow([1, 2, 3, '', 5])).toBe(false);
    expect(isColumnNumberRow(['1', '2'])).toBe(false);
    const values = [
      ['No', 'Tanggal Permohonan', 'Saluran'],
      ['1', '2', '3'],
      ['1', '2025-04-14', 'Email'],
    ];
    expect(proposeMapping(values)!.dataIndex).toBe(2);
  });

  test('totals rows are recognised by their label', () => {
    expect(totalsLabel(['JUMLAH', 20])).toBe('JUMLAH');
    expect(totalsLabel(['', 'Total permohonan', '', 12])).toBe('Total permohonan');
    expect(totalsLabel(['1', '001/PPID/2025', 'Jumlah data'])).toBeNull(); // third cell onward is content, not a label
    expect(
      totalsLabel(['Jumlahnya banyak sekali dan ini adalah kalimat panjang yang bukan label baris jumlah apa pun']),
    ).toBeNull();
  });

  test('no header at all: nothing names two register columns', () => {
    expect(
      findHeaderIndex([
        ['Nama Barang', 'Harga'],
        ['Meja', 100],
      ]),
    ).toBe(-1);
    expect(proposeMapping([])).toBeNull();
  });
});

describe('content sniffing', () => {
  test('a column of dates next to the number is the date received when no header names it', () => {
    const values = [
      ['Nomor', 'Hari', 'Pemohon', 'Via', 'Hasil'],
      ['001/PPID/2025', '14/04/2025', 'A', 'E-mail', 'Dipenuhi'],
      ['002/PPID/2025', '15/04/2025', 'B', 'Datang Langsung', 'Ditolak'],
      ['003/PPID/2025', '16/04/2025', 'C', 'Surat', 'Proses'],
    ];
    const p = proposeMapping(values)!;
    expect(p.columns).toMatchObject({ number: 0, received: 1, channel: 3, status: 4 });
    expect(p.how.received).toBe('content');
    expect(p.notes.map((n) => n.code)).toContain('sniffed');
  });

  test('"No" is a running number or the registration number, as its cells say', () => {
    const seq = proposeMapping([
      ['No', 'No. Registrasi', 'Tanggal', 'Saluran'],
      [1, 'R-01/2025', '14/04/2025', 'Email'],
      [2, 'R-02/2025', '15/04/2025', 'IG'],
      [3, 'R-03/2025', '16/04/2025', 'WA'],
    ])!;
    expect(seq.columns.number).toBe(1);
    expect(seq.ignored).toEqual([0]);
    // A running number with no registration number beside it (the Perki SLIP form) is the only
    // number a request has: letters name it (issue #23 item 15), and the officer is told.
    const only = proposeMapping([
      ['No', 'Tanggal', 'Saluran'],
      [1, '14/04/2025', 'Email'],
      [2, '15/04/2025', 'IG'],
      [3, '16/04/2025', 'WA'],
    ])!;
    expect(only.columns.number).toBe(0);
    expect(only.ignored).toEqual([]);
    expect(only.notes).toContainEqual({ code: 'numberFromSeq', params: { source: 'A (No)' } });
    const reg = proposeMapping([
      ['No', 'Tanggal', 'Saluran'],
      ['R-01/2025', '14/04/2025', 'Email'],
      ['R-02/2025', '15/04/2025', 'IG'],
    ])!;
    expect(reg.columns.number).toBe(0);
  });

  test('a column of channel-like values under an unknown or vague header is the channel', () => {
    const values = [
      ['Tgl Permohonan', 'Keterangan', 'Nama'],
      ['14/04/2025', 'Datang Langsung', 'A'],
      ['15/04/2025', 'E-mail', 'B'],
      ['16/04/2025', 'Surat', 'C'],
    ];
    expect(proposeMapping(values)!.columns).toMatchObject({ received: 0, channel: 1, applicantName: 2 });
    expect(proposeMapping(values)!.columns.notes).toBeUndefined();
  });

  test('a column saying whether the information is held maps to the notice grounds, never to Status', () => {
    const values = [
      ['Tanggal', 'Penguasaan', 'Keputusan'],
      ['14/04/2025', 'Di bawah penguasaan', 'Dipenuhi'],
      ['15/04/2025', 'Tidak dikuasai', 'Ditolak'],
      ['16/04/2025', 'Belum didokumentasikan', 'Ditolak'],
    ];
    const p = proposeMapping(values)!;
    expect(p.columns).toMatchObject({ received: 0, infoHeld: 1, status: 2 });
    expect(p.notes.map((n) => n.code)).toContain('infoHeld');
  });

  test("a header that is a register column's own name is never overruled by the cells (a paste one column off stays a listed problem)", () => {
    const values = [
      ['Tanggal Permohonan', 'Saluran', 'Status'],
      ['14/04/2025', 'Dipenuhi', 'Email'],
      ['15/04/2025', 'Ditolak', 'Surat'],
    ];
    expect(proposeMapping(values)!.columns).toEqual({ received: 0, channel: 1, status: 2 });
  });

  test('two columns that both look like the date received: the one naming receipt is used and the other is named', () => {
    const values = [
      ['No. Registrasi', 'Tanggal Permohonan', 'Tanggal Diterima', 'Saluran'],
      ['R-1', '10/04/2025', '14/04/2025', 'Email'],
      ['R-2', '11/04/2025', '14/04/2025', 'Surat'],
    ];
    const p = proposeMapping(values)!;
    expect(p.columns.received).toBe(2);
    const note = p.notes.find((n) => n.code === 'rival')!;
    expect(mappingNoteText(note, 'id')).toBe(
      'Lebih dari satu kolom tampak seperti Tanggal Permohonan: dipakai C (Tanggal Diterima), bukan B (Tanggal Permohonan). Ubah pemetaan bila salah.',
    );
    // Neither names receipt: the one next to the number.
    const q = proposeMapping([
      ['Tgl', 'No. Registrasi', 'Tanggal', 'Saluran'],
      ['10/04/2025', 'R-1', '14/04/2025', 'Email'],
      ['11/04/2025', 'R-2', '15/04/2025', 'Email'],
    ])!;
    expect(q.columns.received).toBe(0);
    expect(q.notes.find((n) => n.code === 'rival')).toBeTruthy();
  });

  test('a date column with a blank header (a merged title) after the date received is the date answered', () => {
    const values = [
      ['No. Registrasi', 'Tanggal', '', 'Saluran'],
      ['R-1', '10/04/2025', '14/04/2025', 'Email'],
      ['R-2', '11/04/2025', '11/04/2025', 'Surat'],
      ['R-3', '15/04/2025', '', 'Surat'],
    ];
    const p = proposeMapping(values)!;
    expect(p.columns).toMatchObject({ received: 1, answered: 2 });
    expect(p.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['sniffedAnswered']));
  });

  test('unused columns are kept and listed as unmapped; a blank-headed column with data is named', () => {
    const values = [
      ['Tanggal Permohonan', 'Saluran', 'Paraf', ''],
      ['2025-04-14', 'Email', 'ok', 'catatan kecil'],
    ];
    const p = proposeMapping(values)!;
    expect(p.unmapped).toEqual([2, 3]);
    expect(p.notes.find((n) => n.code === 'blankHeader')?.params.column).toBe('D');
  });
});

describe('the mapping as JSON', () => {
  const perki = [
    ['REGISTER PERMOHONAN INFORMASI', '', ''],
    [
      'No',
      'Nomor Pendaftaran',
      'Tanggal',
      'Nama',
      'Cara Permohonan',
      'Status Informasi',
      'Keputusan',
      'Alasan Penolakan',
      'Tanggal Pemberitahuan Tertulis',
    ],
    [
      '1',
      '001/PPID/2025',
      '07/04/2025',
      'Budi',
      'Datang Langsung',
      'Di bawah penguasaan',
      'Permohonan dipenuhi',
      '',
      '10/04/2025',
    ],
  ];

  test('prints {"headerRow": N, "columns": {"<register column>": "<source header>"}} with sheet row numbers', () => {
    expect(mappingToJson(proposeMapping(perki)!)).toEqual({
      headerRow: 2,
      columns: {
        'No. Registrasi': 'Nomor Pendaftaran',
        'Tanggal Permohonan': 'Tanggal',
        Saluran: 'Cara Permohonan',
        'Nama Pemohon': 'Nama',
        Status: 'Keputusan',
        'Alasan Penolakan': 'Alasan Penolakan',
        'Tanggal Selesai': 'Tanggal Pemberitahuan Tertulis',
        'Status Informasi': 'Status Informasi',
      },
    });
  });

  test('a blank or repeated header is named by its column letter, and letters resolve back', () => {
    const labels = ['Tanggal', '', 'Catatan', 'Catatan', 'C'];
    expect([0, 1, 2, 3].map((c) => sourceRef(c, labels))).toEqual(['Tanggal', 'B', 'Kolom C', 'D']);
    expect(resolveSourceRef('B', labels)).toBe(1);
    expect(resolveSourceRef('Kolom C', labels)).toBe(2);
    expect(resolveSourceRef('C', labels)).toBe(4); // a header written "C" is a header first
    expect(resolveSourceRef('catatan', labels)).toBe(-2);
    expect(resolveSourceRef('Tanggal Surat', labels)).toBe(-1);
    expect(resolveSourceRef('Nama', ['Pemohon / Nama', 'Pemohon / Alamat'])).toBe(0);
  });

  test('--map overrides: named columns replace the automatic choice, null unmaps, the rest stays', () => {
    const { proposal, issues } = applyMappingJson(perki, {
      columns: { 'Tanggal Selesai': null, Catatan: 'Alasan Penolakan', Status: 'G' },
    });
    expect(issues).toEqual([]);
    expect(proposal!.columns).toMatchObject({ received: 2, notes: 7, status: 6 });
    expect(proposal!.columns.answered).toBeUndefined();
    expect(proposal!.columns.refusalReason).toBeUndefined();
    expect(proposal!.unmapped).toContain(8);
  });

  test('an exact mapping maps only what it names; a header row moves the whole mapping', () => {
    const { proposal } = applyMappingJson(
      perki,
      { headerRow: 2, columns: { 'Tanggal Permohonan': 'Tanggal', Saluran: 'Cara Permohonan' } },
      { exact: true },
    );
    expect(proposal!.columns).toEqual({ received: 2, channel: 4 });
    expect(proposal!.unmapped).toEqual(expect.arrayContaining([1, 3, 5, 6, 7, 8]));
  });

  test('what cannot be applied is listed in plain words, never thrown', () => {
    const r = applyMappingJson(perki, { columns: { 'Tanggal Surat': 'Tanggal', Saluran: 'Media Sosial', Status: 7 } });
    expect(r.issues.map((i) => i.code)).toEqual(['field', 'source', 'shape']);
    expect(applyMappingJson(perki, { headerRow: 40 }).issues[0]).toMatchObject({ code: 'headerRow' });
    expect(applyMappingJson(perki, [1, 2]).issues[0].code).toBe('shape');
    expect(applyMappingJson(perki, 'x').issues[0].code).toBe('shape');
  });

  test('round trip: the printed mapping given back exactly gives the same columns', () => {
    const auto = proposeMapping(perki)!;
    const { proposal } = applyMappingJson(perki, JSON.parse(JSON.stringify(mappingToJson(auto))), { exact: true });
    expect(proposal!.columns).toEqual(auto.columns);
    expect(proposal!.headerIndex).toBe(auto.headerIndex);
  });

  test('the settings keep the columns as lines of "Register column = source"', () => {
    const json = mappingToJson(proposeMapping(perki)!);
    const text = mappingText(json);
    expect(text.split('\n')[0]).toBe('No. Registrasi = Nomor Pendaftaran');
    expect(parseMappingText(text).columns).toEqual(json.columns);
    expect(parseMappingText('Saluran = Media\nrusak\n\n').bad).toEqual(['rusak']);
  });
});

describe('parsing through the mapping', () => {
  test('a register without a date column is an error that names the headers it saw', () => {
    try {
      parseRegister(
        [
          ['No', 'Nama', 'Alamat', 'Keputusan'],
          ['1', 'A', 'B', 'Dipenuhi'],
        ],
        { lang: 'en' },
      );
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(RegisterError);
      expect((e as Error).message).toBe(
        'No Date Received column was found. Headers in row 1: "No", "Nama", "Alamat", "Keputusan". Title the column of the date each request was received "Date Received".',
      );
      expect((e as RegisterError).seen).toEqual({ row: 1, headers: '"No", "Nama", "Alamat", "Keputusan"' });
    }
  });

  test('a totals row and a row with words only in unread columns are listed, not dropped', () => {
    const values = [
      ['No', 'Tanggal Permohonan', 'Saluran', 'Paraf'],
      ['1', '14/04/2025', 'Email', ''],
      ['2', '', '', 'data menyusul'],
      ['3', '', '', ''], // a pre-numbered empty row of the form
      ['Jumlah', 1, '', ''],
    ];
    const p = parseRegister(values, { lang: 'id' });
    expect(p.requests.map((r) => r.row)).toEqual([2]);
    // The date on row 2 is text: listed as such (issue 11), counted all the same.
    expect(p.problems.filter((x) => x.row > 1).map((x) => [x.row, x.code])).toEqual([
      [2, 'date.text'],
      [3, 'row.unmapped'],
      [5, 'row.totals'],
    ]);
    expect(p.problems.find((x) => x.code === 'row.unmapped')!.message).toContain('Paraf');
    expect(p.problems.find((x) => x.code === 'row.totals')!.message).toContain('Jumlah');
    expect(p.rowCount).toBe(3);
  });

  test('"Status Informasi" gives the notice ground, "Jenis Permohonan" the delivery method, Status stays the decision', () => {
    const values = [
      ['Tanggal', 'Status Informasi', 'Jenis Permohonan', 'Bentuk Informasi', 'Keputusan', 'Alasan Penolakan'],
      ['14/04/2025', 'Tidak di bawah penguasaan', 'Meminta Salinan', 'Softcopy', 'Permohonan ditolak', ''],
      ['14/04/2025', 'Di bawah penguasaan', 'Melihat/Mengetahui', '', 'Permohonan dipenuhi', ''],
      ['14/04/2025', 'Di bawah penguasaan', 'Meminta Salinan', 'Hardcopy', 'Ditolak', 'Pasal 17 huruf j'],
    ];
    const p = parseRegister(values, { lang: 'id' });
    expect(p.requests.map((r) => [r.status, r.refusalReason, r.deliveryMethod])).toEqual([
      ['Ditolak', 'Informasi tidak dikuasai', 'Salinan Softcopy'],
      ['Dipenuhi', null, 'Melihat/Membaca'],
      ['Ditolak', 'Pasal 17 huruf j', 'Salinan Hardcopy'],
    ]);
    // These fixture dates are text: each is listed as a date typed as text (issue 11). Row 2 is
    // marked refused with a "not held" notice: a notice is no refusal, so the row is listed (issue #24).
    expect(
      p.problems.filter((x) => x.code !== 'column.missing' && x.code !== 'date.text').map((x) => [x.row, x.code]),
    ).toEqual([[2, 'refusal.notice_status']]);
  });

  test("problems name the columns by the sheet's own headers", () => {
    const p = parseRegister(
      [
        ['Tanggal', 'Cara Permohonan'],
        ['14/04/2025', 'Merpati'],
      ],
      { lang: 'id' },
    );
    expect(p.problems.find((x) => x.code === 'list.unknown')!.column).toBe('Cara Permohonan');
  });

  test('a given mapping is used as it is, rows before its header untouched', () => {
    const values = [
      ['Tanggal', 'Saluran'],
      ['14/04/2025', 'Email'],
      ['Tgl', 'Media'],
      ['15/04/2025', 'Surat'],
    ];
    const p = parseRegister(values, {
      lang: 'id',
      mapping: {
        headerIndex: 2,
        groupIndex: null,
        dataIndex: 3,
        columns: { received: 0, channel: 1 },
        ignored: [],
        computed: {},
      },
    });
    expect(p.requests.map((r) => [r.row, r.channel])).toEqual([[4, 'Surat']]);
  });
});
