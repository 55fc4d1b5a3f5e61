import { Runtime } from '../runtime';
import { createServices } from './index';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  rt.activeSpreadsheet = { name: 'Register PPID' };
  return { rt, LockService: createServices(rt).LockService };
}

describe('LockService', () => {
  test('a second execution is refused while the first holds the lock, and succeeds after release', () => {
    const { rt, LockService } = setup();
    rt.runExecution(() => {
      const first = LockService.getDocumentLock();
      expect(first.tryLock(1000)).toBe(true);
      expect(first.hasLock()).toBe(true);
      rt.runExecution(() => {
        const second = LockService.getDocumentLock();
        expect(second.tryLock(2000)).toBe(false);
        expect(second.hasLock()).toBe(false);
      });
      expect(rt.now().toISOString()).toBe('2025-07-10T03:00:02.000Z');
      first.releaseLock();
      expect(first.hasLock()).toBe(false);
      rt.runExecution(() => {
        const second = LockService.getDocumentLock();
        expect(second.tryLock(2000)).toBe(true);
        second.releaseLock();
      });
    });
  });

  test('a lock held elsewhere until a time: a wait that reaches it gets the lock then, a shorter one times out', () => {
    const { rt, LockService } = setup();
    LockService._holdElsewhere('document', 90000);
    rt.runExecution(() => expect(LockService.getDocumentLock().tryLock(30000)).toBe(false));
    expect(rt.now().toISOString()).toBe('2025-07-10T03:00:30.000Z');
    rt.runExecution(() => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(120000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
    // It waited for the release (60 s more), not its whole timeout.
    expect(rt.now().toISOString()).toBe('2025-07-10T03:01:30.000Z');
    // Past the release time the lock is free at once.
    LockService._holdElsewhere('script', 1000);
    rt.advance(2000);
    rt.runExecution(() => expect(LockService.getScriptLock().tryLock(0)).toBe(true));
  });

  test("waitLock waits out its timeout on the emulated clock, then throws Apps Script's timeout", () => {
    const { rt, LockService } = setup();
    rt.runExecution(() => {
      LockService.getScriptLock().waitLock(100);
      rt.runExecution(() => {
        let err: Error | null = null;
        try {
          LockService.getScriptLock().waitLock(30000);
        } catch (e) {
          err = e as Error;
        }
        expect(err).not.toBeNull();
        expect(err!.message).toBe('Lock timeout: another process was holding the lock for too long.');
        expect(String(err)).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
      });
      expect(rt.now().toISOString()).toBe('2025-07-10T03:00:30.000Z');
    });
  });

  test('the lock is released when the holding execution ends', () => {
    const { rt, LockService } = setup();
    rt.runExecution(() => {
      expect(LockService.getUserLock().tryLock(0)).toBe(true);
    });
    rt.runExecution(() => {
      expect(LockService.getUserLock().tryLock(0)).toBe(true);
    });
  });

  test('the holder may take the lock again; a second caller triggered mid-call is refused', () => {
    const { rt, LockService } = setup();
    const seen: boolean[] = [];
    rt.callHooks.push((name) => {
      if (name === 'Lock.releaseLock' && seen.length === 0) {
        // Another execution arrives while the first is still inside its critical section.
        rt.runExecution(() => seen.push(LockService.getDocumentLock().tryLock(10)));
      }
    });
    rt.runExecution(() => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(10)).toBe(true);
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      lock.releaseLock();
    });
    expect(seen).toEqual([false]);
  });

  test('locks of different scopes do not block each other; no container means no document lock', () => {
    const { rt, LockService } = setup();
    rt.runExecution(() => {
      LockService.getScriptLock().waitLock(10);
      rt.runExecution(() => expect(LockService.getDocumentLock().tryLock(10)).toBe(true));
    });
    rt.activeSpreadsheet = null;
    expect(LockService.getDocumentLock()).toBeNull();
  });
});
