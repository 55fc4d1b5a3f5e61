// The Advanced Drive service (v3) subset: files, folders, moves, trash, permissions.
import { Runtime } from '../runtime';
import { createServices } from './index';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  return { rt, Drive: s.Drive, Utilities: s.Utilities };
}

describe('Drive (advanced service, v3)', () => {
  test('creates a folder and a file inside it from a blob, with the default fields', () => {
    const { rt, Drive, Utilities } = setup();
    const folder = Drive.Files.create({ name: 'Laporan PPID', mimeType: 'application/vnd.google-apps.folder' });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const f = Drive.Files.create(
      { name: 'r.json', parents: [folder.id], mimeType: 'application/json' },
      Utilities.newBlob('{"a":1}', 'application/json', 'r.json'),
    );
    const rec = rt.files.get(f.id)!;
    expect(rec.parents).toEqual([folder.id]);
    expect(rec.bytes!.toString()).toBe('{"a":1}');
    expect(Drive.Files.get(f.id, { fields: 'id,parents,trashed' })).toEqual({
      id: f.id,
      parents: [folder.id],
      trashed: false,
    });
    expect(rt.snapshot().byMethod['Drive.Files.create']).toBe(2);
  });

  test('moves with addParents/removeParents, renames and trashes through update', () => {
    const { rt, Drive } = setup();
    const a = Drive.Files.create({ name: 'A', mimeType: 'application/vnd.google-apps.folder' });
    const f = Drive.Files.create({ name: 'x.pdf', mimeType: 'application/pdf' });
    const root = rt.files.get(f.id)!.parents[0];
    Drive.Files.update({ name: 'y.pdf' }, f.id, null, { addParents: a.id, removeParents: root });
    expect(rt.files.get(f.id)!.parents).toEqual([a.id]);
    expect(rt.files.get(f.id)!.name).toBe('y.pdf');
    Drive.Files.update({ trashed: true }, f.id);
    expect(rt.files.get(f.id)!.trashed).toBe(true);
    expect(() => Drive.Files.update({ parents: [a.id] }, f.id)).toThrow(/not directly writable/);
  });

  test('unknown IDs fail like the API does', () => {
    const { Drive } = setup();
    expect(() => Drive.Files.get('nope')).toThrow(
      'API call to drive.files.get failed with error: File not found: nope.',
    );
  });

  test('permissions map reader/commenter/writer to viewers, commenters and editors; bad addresses refused; never anyone', () => {
    const { rt, Drive } = setup();
    const f = Drive.Files.create({ name: 'd.pdf', mimeType: 'application/pdf' });
    Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'a@x.go.id' }, f.id, {
      sendNotificationEmail: false,
    });
    Drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'b@x.go.id' }, f.id);
    Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'c@x.go.id' }, f.id);
    const rec = rt.files.get(f.id)!;
    expect([...rec.viewers]).toEqual(['a@x.go.id']);
    expect([...rec.commenters]).toEqual(['b@x.go.id']);
    expect([...rec.editors]).toEqual(['c@x.go.id']);
    expect(rec.access).toBe('PRIVATE');
    expect(Drive.Permissions._sent.map((p: any) => p.notified)).toEqual([false, true, true]);
    expect(() => Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'salah@' }, f.id)).toThrow(
      /not valid/,
    );
    expect(() => Drive.Permissions.create({ type: 'anyone', role: 'reader' }, f.id)).toThrow(/not emulated/);
  });
});
