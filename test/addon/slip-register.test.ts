// A register kept in the Perki SLIP form (issue #23 item 15): no Kategori Pemohon column, and in
// its plainest form no registration number but the running "No". The missing column is one
// problem at the header; the applicant tables that would read "Tidak Diketahui 100%" are left out
// with one sentence saying why; "No" is read as No. Registrasi so letters can be made from it.
import { addonEmulator, file, openDoc } from '../support/harness';
import { t } from '../../src/core/i18n';
import { setSettings, LETTER_SETTINGS, letterText } from '../support/letters';
import { perkiRows, REQUESTS, wibDate } from '../fixtures/adopt/layouts';
import { proposeMapping } from '../../src/core/register';
import { channelLine } from '../../scripts/lib/channel-line';

/** The Perki layout as typed into Sheets: dates as date cells, "No" as numbers. */
function typed(rows: string[][]): unknown[][] {
  return rows.map((r, i) =>
    r.map((v) => {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
      if (m) return wibDate(`${m[3]}-${m[2]}-${m[1]}`);
      return i > 0 && /^\d+$/.test(v) ? Number(v) : v;
    }),
  );
}

/** The SLIP form as the regulation prints it: "No" and no Nomor Pendaftaran column. */
const slipRows = (): string[][] => perkiRows().map((r) => r.filter((_, c) => c !== 1));

function adopted(rows: unknown[][], now: string) {
  const em = addonEmulator({ now: `${now}T03:00:00Z` });
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName('Register 2025');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const preview = em.call('previewRegister', {});
  expect(preview).toMatchObject({ status: 'adopt', canAdopt: true });
  em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
  setSettings(em, { ...LETTER_SETTINGS, 'Nama Unit': 'Dinas Contoh' });
  return { em, sheet, preview };
}

describe('the SLIP form without a registration number column', () => {
  test('the mapping reads "No" as No. Registrasi and says so; beside a Nomor Pendaftaran it stays a running number', () => {
    const slip = proposeMapping(slipRows())!;
    expect(slip.columns.number).toBe(0);
    expect(slip.ignored).not.toContain(0);
    expect(slip.notes.map((n) => n.code)).toContain('numberFromSeq');
    const perki = proposeMapping(perkiRows())!;
    expect(perki.columns.number).toBe(1);
    expect(perki.ignored).toContain(0);
    expect(perki.notes.map((n) => n.code)).not.toContain('numberFromSeq');
  });

  test('the adoption dialog tells the officer which column letters will name', () => {
    const { preview } = adopted(typed(slipRows()), '2025-04-17');
    expect(preview.json.columns['No. Registrasi']).toBe('No');
    expect(preview.notes.join(' ')).toMatch(/A \(No\).*dibaca sebagai No\. Registrasi/);
  });

  test('a letter is made by the number in "No", for the row that holds it', () => {
    const { em } = adopted(typed(slipRows()), '2025-04-17');
    const i = REQUESTS.findIndex((r) => r.number === '004/PPID-DPK/2025');
    const r = em.call('generateLetter', { number: String(i + 1), kind: 'tanda-terima', asOf: '2025-04-17' });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain(REQUESTS[i].name);
    expect(text).not.toContain(REQUESTS[i + 1].name);
  });

  test('the register keeps no problem per row for it: no empty No. Registrasi added, one header problem for Kategori Pemohon', () => {
    const { em } = adopted(typed(slipRows()), '2025-07-15');
    const result = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-15' });
    const recap = JSON.parse(file(em, result.jsonId).bytes.toString('utf8'));
    expect(recap.requests.map((q: any) => q.number)).toEqual(
      REQUESTS.map((q, i) => (q.received >= '2025-04-01' && q.received <= '2025-06-30' ? String(i + 1) : null)).filter(
        Boolean,
      ),
    );
    const type = recap.problems.filter((p: any) => p.column === 'Kategori Pemohon');
    expect(type).toHaveLength(1);
    expect(type[0].row).toBe(1);
    expect(recap.problems.filter((p: any) => p.column === 'No. Registrasi')).toEqual([]);
  });
});

describe('new requests on the SLIP form whose "No" is the number', () => {
  test('the form gives the next count in "No", never a number in the settings pattern, and letters find it', () => {
    const { em, sheet } = adopted(typed(slipRows()), '2025-12-29');
    const r = em.call('submitRequest', {
      received: '2025-12-29',
      channel: 'Email',
      applicantName: 'Wayan Sudarsana',
      applicantType: 'Perseorangan',
      infoRequested: 'Jadwal lelang ikan 2026',
    });
    const next = REQUESTS.length + 1;
    expect(r).toMatchObject({ ok: true, number: String(next), row: next + 1 });
    expect(sheet.getRange(next + 1, 1).getDisplayValue()).toBe(String(next));
    const letter = em.call('generateLetter', { number: String(next), kind: 'tanda-terima', asOf: '2025-12-29' });
    expect(letter.ok).toBe(true);
    expect(letterText(em, letter.docId)).toContain('Wayan Sudarsana');
  });
});

describe('a Perki register with Nomor Pendaftaran: the running number asked for', () => {
  test('"4" is answered with the row and the registration number letters are found by', () => {
    const { em } = adopted(typed(perkiRows()), '2025-04-17');
    const r = (() => {
      try {
        return em.call('generateLetter', { number: '4', kind: 'tanda-terima', asOf: '2025-04-17' });
      } catch (e: any) {
        return { ok: false, message: t('id', e.key, e.params ?? {}) };
      }
    })();
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toMatch(/A \(No\).*baris 5.*004\/PPID-DPK\/2025/);
  });
});

describe('a register that never records the applicant type: the tables that would say nothing', () => {
  const { em } = adopted(typed(perkiRows()), '2025-07-15');
  const result = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-15' });
  const grid: unknown[][] = em.spreadsheet.getSheetByName(result.recapSheet).getDataRange().getValues();
  const body = openDoc(em, result.docId).getBody().getText();

  test('the document has one sentence where the tables were, and no "Tidak Diketahui 100%"', () => {
    expect(body).toMatch(/tidak disajikan karena tidak satu pun dari 11 permohonan .* mencatat Kategori Pemohon/);
    expect(body).not.toMatch(/Pemohon Informasi melalui/);
    expect(body).not.toMatch(/Tidak Diketahui\s*\n?\s*\d+\s*\n?\s*100%/);
  });

  test('the recap sheet says the same in section 2, with no table or pie per channel', () => {
    const s2 = grid.findIndex((r) => r[0] === '2. Pemohon menurut Kategori, per Saluran');
    expect(s2).toBeGreaterThan(-1);
    expect(String(grid[s2 + 1][1])).toMatch(/tidak disajikan karena tidak satu pun dari 11 permohonan/);
    expect(grid.some((r) => String(r[1]).startsWith('Pemohon Informasi melalui'))).toBe(false);
  });

  test('a register that records it keeps its tables', () => {
    const rows = typed(perkiRows());
    rows[0].push('Kategori Pemohon');
    for (let i = 1; i < rows.length; i++) rows[i].push(REQUESTS[i - 1].type);
    const { em: typedEm } = adopted(rows, '2025-07-15');
    const r = typedEm.call('generateReport', { period: '2025-Q2', asOf: '2025-07-15' });
    const text = openDoc(typedEm, r.docId).getBody().getText();
    expect(text).not.toMatch(/tidak disajikan karena/);
    expect(text).toMatch(/Pemohon Informasi melalui Email|Email/);
    const g: unknown[][] = typedEm.spreadsheet.getSheetByName(r.recapSheet).getDataRange().getValues();
    expect(g.some((x) => String(x[1]).startsWith('Pemohon Informasi melalui'))).toBe(true);
  });
});

test('the command line summary: "Email: 3" where no type is recorded, never "Email: 3 ()"', () => {
  expect(channelLine({ channel: 'Email', total: 3, byApplicantType: { Perseorangan: 0 } })).toBe('  Email: 3');
  expect(channelLine({ channel: 'Email', total: 3, byApplicantType: { Perseorangan: 2, 'Badan Hukum': 1 } })).toBe(
    '  Email: 3 (Perseorangan 2, Badan Hukum 1)',
  );
});
