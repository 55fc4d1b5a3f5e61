import fc from 'fast-check';
import vm from 'node:vm';
import { Runtime } from '../runtime';
import { createServices } from './index';
import { formatDate, parseDate, formatString, zonedInstant } from './utilities';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  return { rt, U: createServices(rt).Utilities };
}

describe('Utilities.formatDate', () => {
  test('formats in Asia/Jakarta (UTC+7) with Java patterns and English names', () => {
    const { U } = setup();
    const d = new Date('2025-06-30T18:30:05.007Z'); // 1 July 01:30 in Jakarta
    expect(U.formatDate(d, 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2025-07-01');
    expect(U.formatDate(d, 'Asia/Jakarta', 'd MMMM yyyy')).toBe('1 July 2025');
    expect(U.formatDate(d, 'Asia/Jakarta', 'dd MMM yy, EEE')).toBe('01 Jul 25, Tue');
    expect(U.formatDate(d, 'Asia/Jakarta', 'EEEE HH:mm:ss.SSS')).toBe('Tuesday 01:30:05.007');
    expect(U.formatDate(d, 'Asia/Jakarta', 'h:mm a z Z XXX')).toBe('1:30 AM WIB +0700 +07:00');
    expect(U.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2025-06-30T18:30:05Z');
    expect(U.formatDate(d, 'GMT+7', 'yyyy-MM-dd HH:mm')).toBe('2025-07-01 01:30');
    expect(U.formatDate(d, 'Asia/Jayapura', 'HH:mm z')).toBe('03:30 WIT');
    expect(U.formatDate(d, 'Asia/Jakarta', "'Jam' H 'o''clock'")).toBe("Jam 1 o'clock");
  });

  test("accepts a Date from another realm (the bundle's vm context)", () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 0, 31, 20))');
    expect(foreign instanceof Date).toBe(false);
    expect(formatDate(foreign, 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2025-02-01');
  });

  test('an unknown zone falls back to GMT; a bad pattern or date is refused', () => {
    const d = new Date('2025-01-01T23:00:00Z');
    expect(formatDate(d, 'Mars/Olympus', 'yyyy-MM-dd HH')).toBe('2025-01-01 23');
    expect(() => formatDate(d, 'UTC', 'yyyy-qq')).toThrow('Invalid argument');
    expect(() => formatDate('2025-01-01', 'UTC', 'yyyy')).toThrow('Invalid argument: date');
  });

  test('parseDate reads back what formatDate wrote, in any zone (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'UTC', 'America/New_York', 'Europe/Berlin'),
        fc.constantFrom('yyyy-MM-dd HH:mm:ss', 'dd MMMM yyyy HH:mm:ss', 'yyyyMMddHHmmss'),
        (date, zone, pattern) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const text = formatDate(whole, zone, pattern);
          const back = parseDate(text, zone, pattern);
          // A wall time repeated by a daylight-saving fall-back may read as either instant.
          return formatDate(back, zone, pattern) === text;
        },
      ),
      { numRuns: 300 },
    );
  });

  test('zonedInstant gives midnight in Jakarta as 17:00 UTC the day before', () => {
    expect(zonedInstant('Asia/Jakarta', 2025, 4, 1).toISOString()).toBe('2025-03-31T17:00:00.000Z');
  });
});

describe('Utilities, the rest', () => {
  test('newBlob takes text or signed bytes, with a type and a name', () => {
    const { U } = setup();
    const b = U.newBlob('Halo', 'text/plain', 'a.txt');
    expect([b.getDataAsString(), b.getContentType(), b.getName()]).toEqual(['Halo', 'text/plain', 'a.txt']);
    const bytes = U.newBlob([-1, 0, 65]).getBytes();
    expect(bytes).toEqual([-1, 0, 65]);
  });

  test('base64 and digests return signed bytes like Java', () => {
    const { U } = setup();
    expect(U.base64Encode('PPID ✓')).toBe(Buffer.from('PPID ✓').toString('base64'));
    expect(U.newBlob(U.base64Decode(U.base64Encode('PPID ✓'))).getDataAsString()).toBe('PPID ✓');
    expect(U.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    const md5 = U.computeDigest(U.DigestAlgorithm.MD5, 'abc');
    expect(md5.length).toBe(16);
    expect(md5.every((b: number) => b >= -128 && b <= 127)).toBe(true);
    expect(Buffer.from(md5.map((b: number) => (b + 256) % 256)).toString('hex')).toBe(
      '900150983cd24fb0d6963f7d28e17f72',
    );
  });

  test('sleep moves the emulated clock instead of waiting', () => {
    const { rt, U } = setup();
    const start = Date.now();
    U.sleep(5000);
    expect(rt.now().toISOString()).toBe('2025-07-10T03:00:05.000Z');
    expect(Date.now() - start).toBeLessThan(1000);
    expect(() => U.sleep(300001)).toThrow('Invalid argument');
  });

  test("formatString follows Java's String.format for common conversions", () => {
    expect(formatString('%s: %d (%.1f%%)', ['Email', 3, 42.857])).toBe('Email: 3 (42.9%)');
    expect(formatString('%05d|%-4s|%,d', [42, 'ab', 1234567])).toBe('00042|ab  |1,234,567');
  });

  test('getUuid is a v4 UUID', () => {
    const { U } = setup();
    expect(U.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
