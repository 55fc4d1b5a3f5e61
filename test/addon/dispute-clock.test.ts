// The dispute's own clock (UU 14/2008 Pasal 38: the Komisi Informasi starts within 14 working
// days and settles within 100) as two live columns, Batas Penyelesaian Sengketa and Status
// Penyelesaian Sengketa: the sheet's formulas (the emulator evaluates them) must say what the core
// says (core/live.ts, calendar/dispute-clock.ts) on a register with a dispute in every state.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { expectLiveEqualsCore } from '../support/live';
import { WorkCalendar, HOLIDAYS, dayFromIso, dayOfDate, disputeClock, ymd } from '../../src/core/calendar';

const AS_OF = '2025-07-10';
const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
const today = dayFromIso(AS_OF);
const at = (n: number) => wib(ymd(cal.workday(today, n)));

/** A request refused, objected to and answered long ago, then disputed on `filed`. */
function disputed(n: number, filed: Date, extra: Record<string, unknown> = {}) {
  return row({
    'No. Registrasi': `S-${n}`,
    'Tanggal Permohonan': at(-300),
    Saluran: 'Email',
    'Nama Pemohon': 'Pemohon Contoh',
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'Dokumen contoh',
    Status: 'Ditolak',
    'Alasan Penolakan': 'Pasal 17 huruf h',
    'Tanggal Selesai': at(-295),
    'Tanggal Keberatan': at(-290),
    'Tanggal Tanggapan Keberatan': at(-280),
    'Putusan Atasan PPID': 'Ditolak',
    Sengketa: 'Ya',
    'Tanggal Pengajuan Sengketa': filed,
    ...extra,
  });
}

const ROWS = [
  disputed(1, at(-5), { 'Tahap Sengketa': 'Mediasi' }), // in process
  disputed(2, at(-20)), // no stage past 14 working days
  disputed(3, at(-99), { 'Tahap Sengketa': 'Ajudikasi' }), // one working day left
  disputed(4, at(-120), { 'Tahap Sengketa': 'Ajudikasi' }), // open past 100
  disputed(5, at(-200), {
    'Tahap Sengketa': 'Ajudikasi',
    'Putusan Sengketa': 'Dikabulkan',
    'Tanggal Putusan Sengketa': wib(ymd(cal.workday(cal.workday(today, -200), 100))),
  }),
  disputed(6, at(-200), {
    'Tahap Sengketa': 'Mediasi',
    'Putusan Sengketa': 'Kesepakatan Mediasi',
    'Tanggal Putusan Sengketa': wib(ymd(cal.workday(cal.workday(today, -200), 101))),
  }),
  disputed(7, at(-150), { 'Tahap Sengketa': 'Pengadilan', 'Tanggal Gugatan ke Pengadilan': at(-40) }),
  disputed(8, at(-3)), // no stage, still within the 14 days
];

describe('the dispute clock columns', () => {
  test('show what the core says for a dispute in every state, in both formula forms', () => {
    for (const locale of ['id_ID', 'en_US']) {
      const em = addonEmulator({ locale, userLocale: 'id', now: `${AS_OF}T05:00:00Z` });
      const sheet = fillRegister(em, ROWS);
      em.call('setupRegister');
      expect(expectLiveEqualsCore(em, AS_OF)).toBe(ROWS.length);
      const values = sheet.getDataRange().getValues();
      const status = values[0].indexOf('Status Penyelesaian Sengketa');
      const due = values[0].indexOf('Batas Penyelesaian Sengketa');
      expect(values.slice(1).map((r: unknown[]) => r[status])).toEqual([
        'Dalam Proses',
        'Lewat Batas Mulai',
        'Mendekati Batas',
        'Lewat Batas',
        'Tepat Waktu',
        'Terlambat',
        '',
        'Dalam Proses',
      ]);
      // 100 working days from the filing date, holidays skipped (Pasal 38 ayat 2).
      // The first row's deadline as a date cell: 2025-07-03 + 100 working days, not + 140 days.
      const filed1 = cal.workday(today, -5);
      expect(ymd(dayOfDate(values[1][due], 420))).toBe(ymd(cal.workday(filed1, 100)));
      expect(cal.workday(filed1, 100) - filed1).toBeGreaterThan(140);
    }
  });

  test('the core: court takes a dispute off the clock; a decision after today is not known yet', () => {
    const filed = cal.workday(today, -30);
    expect(disputeClock(filed, 'Pengadilan', null, today, cal)).toBeNull();
    expect(disputeClock(filed, 'Ajudikasi', today + 3, today, cal)).toBe('Dalam Proses');
    expect(disputeClock(filed, null, today + 3, today, cal)).toBe('Lewat Batas Mulai');
    expect(disputeClock(filed, 'Ajudikasi', filed - 1, today, cal)).toBeNull();
    expect(disputeClock(filed, 'Mediasi', cal.workday(filed, 14), today, cal)).toBe('Tepat Waktu');
  });
});
