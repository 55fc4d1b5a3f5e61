// Adopting an office's own DIP (issue #27 item 1): header synonyms, missing columns, Final without
// a state column, row problems on the source's rows, section rows as the class.
import {
  DIP_COLUMNS,
  findDipHeaderRow,
  mapDipHeader,
  matchDipHeader,
  parseDipSheet,
  previewDipAdoption,
  sectionClass,
} from '../../src/core/dip';

const opts = { lang: 'id' as const };
const at = (key: string) => DIP_COLUMNS.findIndex((c) => c.key === key);

// An office's DIP as published: title rows, the Perki form's headings in its own order, a row of
// column numbers, no state column.
const OFFICE = [
  ['DAFTAR INFORMASI PUBLIK'],
  ['PPID Balai Diklat Contoh Tahun 2025'],
  [],
  [
    'No',
    'Jenis/Kategori Informasi',
    'Ringkasan Isi Informasi',
    'Pejabat/Unit yang Menguasai',
    'Penanggung Jawab',
    'Waktu dan Tempat Pembuatan',
    'Bentuk Informasi',
    'Jangka Waktu Penyimpanan',
    'Link',
    'Keterangan',
  ],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
  [
    '1',
    'Informasi Berkala',
    'Kalender diklat 2025',
    'Bidang Program',
    'Kepala Bidang',
    '2025, Bogor',
    'Softcopy',
    '5 tahun',
    'https://contoh.go.id/kalender',
    'catatan',
  ],
  [
    '2',
    'Setiap Saat',
    'Struktur organisasi',
    'Subbag Umum',
    'Kasubbag',
    '2024, Bogor',
    'Hardcopy',
    'Selama berlaku',
    'bukan tautan',
    '',
  ],
  ['3', '', '', 'Subbag Umum', '', '', '', '', '', ''],
  ['2', 'Serta Merta', 'Poster Covid', 'Humas', 'Humas', '2021', 'Softcopy', '1 tahun', '', ''],
];

describe('DIP header mapping', () => {
  test('the Perki headings and their usual variants each name one column', () => {
    expect(matchDipHeader('Ringkasan Isi Informasi')?.key).toBe('summary');
    expect(matchDipHeader('Pejabat/Unit yang Menguasai')?.key).toBe('holder');
    expect(matchDipHeader('Penanggung Jawab')?.key).toBe('responsible');
    expect(matchDipHeader('Waktu dan Tempat Pembuatan')?.key).toBe('made');
    expect(matchDipHeader('Bentuk Informasi')?.key).toBe('forms');
    expect(matchDipHeader('Jangka Waktu Penyimpanan')?.key).toBe('retention');
    expect(matchDipHeader('Jenis/Kategori Informasi')?.key).toBe('infoClass');
    expect(matchDipHeader('TANGGAL PEMUTAKHIRAN')?.key).toBe('updated');
    // A phrase inside a longer heading.
    expect(matchDipHeader('Ringkasan Isi Informasi Publik')?.key).toBe('summary');
    expect(matchDipHeader('Penanggung Jawab Penerbitan Informasi')?.key).toBe('responsible');
    expect(matchDipHeader('Keterangan')).toBeNull();
    // A bare "Status" is not taken as the entry's state.
    expect(matchDipHeader('Status')).toBeNull();
  });

  test('finds the header under title rows and maps every column; an exact name beats a phrase', () => {
    expect(findDipHeaderRow(OFFICE)).toBe(3);
    const m = mapDipHeader(OFFICE[3]);
    expect(m).toEqual({
      number: 0,
      infoClass: 1,
      summary: 2,
      holder: 3,
      responsible: 4,
      made: 5,
      forms: 6,
      retention: 7,
      link: 8,
    });
    expect(mapDipHeader(['Informasi', 'Ringkasan Isi Informasi']).summary).toBe(1);
    expect(findDipHeaderRow([['Judul'], ['Nama', 'Alamat']])).toBe(-1);
  });

  test('section rows name a class; other short rows do not', () => {
    expect(sectionClass(['A.', 'Informasi Berkala'])).toBe('Berkala');
    expect(sectionClass(['II. INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA SERTA MERTA'])).toBe('Serta Merta');
    expect(sectionClass(['', 'C. Informasi Setiap Saat', ''])).toBe('Setiap Saat');
    expect(sectionClass(['1', 'Kalender diklat'])).toBeNull();
    expect(sectionClass(['Berkala', 'Kalender', 'Bidang'])).toBeNull();
  });
});

describe('DIP adoption preview', () => {
  const p = previewDipAdoption(OFFICE, opts)!;

  test('counts, mapping, missing and unmapped columns', () => {
    expect(p.headerRow).toBe(4);
    expect(p.firstRow).toBe(6); // the row of column numbers is skipped
    expect(p.rows).toHaveLength(4);
    expect(p.sourceRows).toEqual([6, 7, 8, 9]);
    expect(p.mapped.find((m) => m.key === 'summary')?.source).toBe('C (Ringkasan Isi Informasi)');
    expect(p.missing.map((m) => m.key)).toEqual(['updated', 'state']);
    expect(p.unmapped).toEqual(['J (Keterangan)']);
  });

  test('without a state column every entry is Final, in the parse and in the rows written', () => {
    expect(p.stateAssumedFinal).toBe(true);
    expect(p.entries.every((e) => e.state === 'Final')).toBe(true);
    expect(p.rows.every((r) => r[at('state')] === 'Final')).toBe(true);
    // The parse itself: no state column → Final; a state column with a blank → Draf.
    const noState = parseDipSheet(
      [
        ['Nomor', 'Ringkasan Isi Informasi'],
        ['1', 'x'],
      ],
      opts,
    );
    expect(noState.entries[0].state).toBe('Final');
    const blankState = parseDipSheet(
      [
        ['Nomor', 'Ringkasan Isi Informasi', 'Keadaan'],
        ['1', 'x', ''],
      ],
      opts,
    );
    expect(blankState.entries[0].state).toBe('Draf');
    const withState = previewDipAdoption(
      [
        ['No', 'Ringkasan Isi Informasi', 'Keadaan'],
        ['1', 'x', 'Draf'],
      ],
      opts,
    )!;
    expect(withState.stateAssumedFinal).toBe(false);
    expect(withState.rows[0][at('state')]).toBe('Draf');
  });

  test('rows are laid out as the DIP sheet, class in the dropdown words', () => {
    expect(p.rows[0][at('number')]).toBe('1');
    expect(p.rows[0][at('infoClass')]).toBe('Berkala');
    expect(p.rows[0][at('summary')]).toBe('Kalender diklat 2025');
    expect(p.rows[0][at('retention')]).toBe('5 tahun');
    expect(p.rows[1][at('infoClass')]).toBe('Setiap Saat');
    expect(p.rows[0]).toHaveLength(DIP_COLUMNS.length);
  });

  test('problems carry the source row and heading, and never quote a cell', () => {
    const seen = p.problems.map((x) => [x.row, x.column, x.code]);
    expect(seen).toEqual([
      [7, 'Link', 'dip.link.invalid'],
      [8, 'Ringkasan Isi Informasi', 'dip.summary.missing'],
      [8, 'Jenis/Kategori Informasi', 'dip.class.missing'],
      [9, 'No', 'dip.number.duplicate'],
    ]);
    // The class names are the dropdown's own words, which a message may list.
    const cells = OFFICE.slice(5)
      .flat()
      .filter((v) => v.length > 3 && !['Setiap Saat', 'Serta Merta'].includes(v));
    for (const x of p.problems) for (const c of cells) expect(x.message).not.toContain(c);
    expect(p.problems[3].message).toContain('7');
  });

  test('a DIP grouped by section rows takes its class from them', () => {
    const grouped = previewDipAdoption(
      [
        ['No', 'Ringkasan Isi Informasi', 'Penanggung Jawab'],
        ['A.', 'Informasi Berkala'],
        ['1', 'Kalender', 'Kabid'],
        ['B.', 'Informasi Setiap Saat'],
        ['2', 'Struktur', 'Kasubbag'],
      ],
      opts,
    )!;
    expect(grouped.classFromSections).toBe(true);
    expect(grouped.rows.map((r) => r[at('infoClass')])).toEqual(['Berkala', 'Setiap Saat']);
    expect(grouped.missing.map((m) => m.key)).not.toContain('infoClass');
    expect(grouped.problems).toEqual([]);
  });

  test('a missing class column gives each entry its problem; no header → null', () => {
    const bare = previewDipAdoption(
      [
        ['Nomor', 'Judul Informasi'],
        ['1', 'x'],
      ],
      opts,
    )!;
    expect(bare.missing.map((m) => m.key)).toContain('infoClass');
    expect(bare.problems.map((x) => [x.row, x.code])).toEqual([[2, 'dip.class.missing']]);
    expect(
      previewDipAdoption(
        [
          ['Nama', 'Alamat'],
          ['a', 'b'],
        ],
        opts,
      ),
    ).toBeNull();
  });

  test('the form printed as two columns, Softcopy and Hardcopy, under one heading', () => {
    const two = previewDipAdoption(
      [
        ['No', 'Ringkasan Isi Informasi', 'Bentuk Informasi', '', 'Klasifikasi'],
        ['', '', 'Softcopy', 'Hard copy', ''],
        ['1', '2', '3', '4', '5'],
        ['1', 'Kalender', '√', '√', 'Berkala'],
        ['2', 'Struktur', '', 'v', 'Setiap Saat'],
        ['3', 'Poster', '', '', 'Serta Merta'],
      ],
      opts,
    )!;
    expect(two.firstRow).toBe(4);
    expect(two.rows.map((r) => r[at('forms')])).toEqual(['Softcopy dan Hardcopy', 'Hardcopy', '']);
    expect(two.mapped.find((m) => m.key === 'forms')?.source).toBe('C (Softcopy), D (Hardcopy)');
    expect(two.problems).toEqual([]);
    // A row under the header holding an entry is an entry, not a second header row.
    const one = previewDipAdoption(
      [
        ['No', 'Ringkasan Isi Informasi', 'Bentuk Informasi'],
        ['1', 'Kalender', 'Softcopy'],
      ],
      opts,
    )!;
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0][at('forms')]).toBe('Softcopy');
  });
});
