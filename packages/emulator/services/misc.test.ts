import { Runtime } from '../runtime';
import { createServices } from './index';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z', userEmail: 'ppid@kota.go.id', userLocale: 'id' });
  rt.activeSpreadsheet = { name: 'Register' };
  return { rt, s: createServices(rt) };
}

describe('MailApp', () => {
  test('messages are recorded with recipients, bodies and attachments; quota counts recipients', () => {
    const { s } = setup();
    const pdf = s.Utilities.newBlob('%PDF-1.3', 'application/pdf', 'laporan.pdf');
    s.MailApp.sendEmail('a@x.id, b@x.id', 'Laporan TW II', 'Terlampir.', {
      cc: 'c@x.id',
      attachments: [pdf],
      name: 'PPID',
    });
    s.MailApp.sendEmail({ to: 'd@x.id', subject: 'Ringkas', htmlBody: '<b>Hai</b>' });
    const sent = s.MailApp._sent;
    expect(sent).toHaveLength(2);
    expect(sent[0].to).toEqual(['a@x.id', 'b@x.id']);
    expect(sent[0].cc).toEqual(['c@x.id']);
    expect(sent[0].attachments[0].name).toBe('laporan.pdf');
    expect(sent[0].attachments[0].bytes.toString()).toBe('%PDF-1.3');
    expect(sent[1].htmlBody).toBe('<b>Hai</b>');
    expect(s.MailApp.getRemainingDailyQuota()).toBe(100 - 4);
  });

  test('a malformed recipient or no recipient is refused and nothing is recorded', () => {
    const { s } = setup();
    expect(() => s.MailApp.sendEmail('bukan email', 'x', 'y')).toThrow('Invalid email: bukan email');
    expect(() => s.MailApp.sendEmail({ to: '', subject: 'x', body: 'y' })).toThrow('no recipient');
    expect(s.MailApp._sent).toHaveLength(0);
  });

  test('a Drive file attached goes as its blob; a Google Doc as PDF', () => {
    const { s } = setup();
    const doc = s.DocumentApp.create('Laporan');
    doc.saveAndClose();
    s.MailApp.sendEmail('a@x.id', 's', 'b', { attachments: [s.DriveApp.getFileById(doc.getId())] });
    expect(s.MailApp._sent[0].attachments[0]).toMatchObject({ name: 'Laporan.pdf', contentType: 'application/pdf' });
  });
});

describe('PropertiesService', () => {
  test('values are stored as strings per store; document properties follow the container', () => {
    const { rt, s } = setup();
    const docProps = s.PropertiesService.getDocumentProperties();
    docProps.setProperty('tahun', 2025).setProperties({ aktif: true, unit: 'Diskominfo' });
    expect(docProps.getProperty('tahun')).toBe('2025');
    expect(s.PropertiesService.getDocumentProperties().getProperties()).toEqual({
      tahun: '2025',
      aktif: 'true',
      unit: 'Diskominfo',
    });
    expect(s.PropertiesService.getUserProperties().getProperty('tahun')).toBeNull();
    docProps.deleteProperty('aktif');
    expect(docProps.getKeys().sort()).toEqual(['tahun', 'unit']);
    docProps.setProperties({ only: '1' }, true);
    expect(docProps.getKeys()).toEqual(['only']);
    rt.activeSpreadsheet = { name: 'other' };
    expect(s.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
    s.PropertiesService.getScriptProperties().setProperty('k', 'v');
    s.PropertiesService.getScriptProperties().deleteAllProperties();
    expect(s.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
  });

  test('a value over 9 KB is refused like Apps Script refuses it', () => {
    const { s } = setup();
    const props = s.PropertiesService.getUserProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });
});

describe('CacheService', () => {
  test('entries expire on the emulated clock', () => {
    const { rt, s } = setup();
    const cache = s.CacheService.getScriptCache();
    cache.put('a', 1, 60);
    cache.putAll({ b: 'x', c: 'y' });
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'z'])).toEqual({ a: '1', b: 'x' });
    rt.advance(61000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('x');
    cache.removeAll(['b', 'c']);
    expect(cache.get('c')).toBeNull();
  });
});

describe('Session, Logger, ScriptApp', () => {
  test('Session reports the emulated user, locale and time zone', () => {
    const { s } = setup();
    expect(s.Session.getActiveUser().getEmail()).toBe('ppid@kota.go.id');
    expect(s.Session.getEffectiveUser().getEmail()).toBe('ppid@kota.go.id');
    expect(s.Session.getActiveUserLocale()).toBe('id');
    expect(s.Session.getScriptTimeZone()).toBe('Asia/Jakarta');
    expect(s.Session.getTemporaryActiveUserKey()).toBe(s.Session.getTemporaryActiveUserKey());
  });

  test('Logger keeps lines, formats %s, and clears', () => {
    const { s } = setup();
    s.Logger.log('mulai');
    s.Logger.log('baris %s dari %s', 3, 10);
    expect(s.Logger.getLog()).toBe('mulai\nbaris 3 dari 10\n');
    s.Logger.clear();
    expect(s.Logger.getLog()).toBe('');
  });

  test('ScriptApp records triggers and enforces the limit of 20', () => {
    const { s } = setup();
    const t = s.ScriptApp.newTrigger('kirimPengingat').timeBased().everyDays(1).atHour(7).create();
    expect(t.getHandlerFunction()).toBe('kirimPengingat');
    expect(t.getEventType()).toBe(s.ScriptApp.EventType.CLOCK);
    expect(s.ScriptApp._triggers[0].schedule).toEqual({ everyDays: 1, atHour: 7 });
    expect(() => s.ScriptApp.newTrigger('x').timeBased().create()).toThrow('schedule is missing');
    s.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('sheet-id').onEdit().create();
    expect(s.ScriptApp.getProjectTriggers().map((x: any) => String(x.getEventType()))).toEqual(['CLOCK', 'ON_EDIT']);
    s.ScriptApp.deleteTrigger(s.ScriptApp.getProjectTriggers()[0]);
    expect(s.ScriptApp.getProjectTriggers()).toHaveLength(1);
    for (let i = 0; i < 19; i++) s.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => s.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow('too many triggers');
    expect(String(s.ScriptApp.AuthMode.LIMITED)).toBe('LIMITED');
    expect(typeof s.ScriptApp.getOAuthToken()).toBe('string');
  });

  test('call counting covers every service and the injected fault fires on the chosen call', () => {
    const { rt, s } = setup();
    rt.resetCalls();
    s.Session.getActiveUser().getEmail();
    s.PropertiesService.getUserProperties().getProperty('x');
    expect(rt.snapshot().byMethod).toEqual({
      'Session.getActiveUser': 1,
      'User.getEmail': 1,
      'PropertiesService.getUserProperties': 1,
      'Properties.getProperty': 1,
    });
    rt.resetCalls();
    rt.failAtCall = 2;
    const lock = s.LockService.getScriptLock();
    expect(() => lock.tryLock(10)).toThrow('injected fault at call 2 (Lock.tryLock)');
  });

  test('unknown members throw not emulated on every service', () => {
    const { s } = setup();
    expect(() => s.MailApp.sendEmailLater()).toThrow('not emulated: MailApp.sendEmailLater');
    expect(() => s.Utilities.zip([])).toThrow('not emulated: Utilities.zip');
    expect(() => s.DriveApp.getFileByIdAndResourceKey('a', 'b')).toThrow(
      'not emulated: DriveApp.getFileByIdAndResourceKey',
    );
  });
});
