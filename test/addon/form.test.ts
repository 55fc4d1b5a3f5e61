// "Catat Permohonan": the sidebar template and its server calls, through the bundle.
import { addonEmulator } from '../support/harness';

const form = (extra: Record<string, string> = {}) => ({
  received: '2025-07-10',
  channel: 'Email',
  applicantName: 'Ayu Lestari',
  applicantType: 'Perseorangan',
  infoRequested: 'Data peserta pelatihan 2024',
  topic: 'Pelatihan',
  ...extra,
});

describe('request form', () => {
  test('the sidebar is the page with its script and style included, titled in Indonesian', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    em.call('menuLogRequest');
    const sidebar = em.services.ui._sidebars.at(-1);
    expect(sidebar.title).toBe('Catat Permohonan');
    expect(sidebar.content).toContain('<form id="request-form"');
    expect(sidebar.content).toContain('google.script.run');
    expect(sidebar.content).toContain('.required-mark');
    expect(sidebar.content).not.toContain('<?');
  });

  test('options come from the settings lists', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const opts = em.call('getFormOptions');
    const channel = opts.fields.find((f: any) => f.key === 'channel');
    expect(channel.options).toContain('Ruang Layanan');
    expect(channel.required).toBe(true);
    expect(opts.today).toBe('2025-07-10');
  });

  test('saves one row in one write with the next number and shows the due date', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    em.resetCalls();
    const a = em.call('submitRequest', form());
    expect(a).toMatchObject({ ok: true, number: '001/PPID/2025', row: 2, due: '24/07/2025' });
    expect(em.calls().byMethod['Range.setValues']).toBe(1);
    const b = em.call('submitRequest', form({ received: '2025-07-11' }));
    expect(b).toMatchObject({ ok: true, number: '002/PPID/2025', row: 3 });
    const reg = em.spreadsheet.getSheetByName('Register');
    const values = reg.getRange(2, 1, 2, 14).getValues();
    expect(values[0][0]).toBe('001/PPID/2025');
    expect(values[0][3]).toBe('Ayu Lestari');
    expect(values[0][13]).toBe('Diproses');
  });

  test('required fields and list values are checked on the server too', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const res = em.call('submitRequest', form({ applicantName: '  ', channel: 'Telegram', received: '31/02/2025' }));
    expect(res.ok).toBe(false);
    expect(res.errors.map((e: any) => e.field).sort()).toEqual(['applicantName', 'channel', 'received']);
    expect(em.spreadsheet.getSheetByName('Register').getRange(2, 1, 1, 4).getValues()[0]).toEqual(['', '', '', '']);
  });

  test('text that looks like a formula is stored as text', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const res = em.call(
      'submitRequest',
      form({ applicantName: '=IMPORTXML("http://x","//a")', infoRequested: '+1+2' }),
    );
    expect(res.ok).toBe(true);
    const reg = em.spreadsheet.getSheetByName('Register');
    expect(reg.getRange(res.row, 4).getFormula()).toBe('');
    expect(reg.getRange(res.row, 4).getValue()).toBe('=IMPORTXML("http://x","//a")');
  });

  test('two officers at once: the second is told to try again while the first holds the lock, numbers stay unique', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    let inner: any = null;
    const hook = (name: string) => {
      if (name === 'Range.setValues' && inner === null) {
        inner = 'pending';
        inner = em.call('submitRequest', form({ applicantName: 'Officer B' }));
      }
    };
    em.rt.callHooks.push(hook);
    const first = em.call('submitRequest', form({ applicantName: 'Officer A' }));
    em.rt.callHooks.length = 0;
    expect(first).toMatchObject({ ok: true, number: '001/PPID/2025' });
    expect(inner.ok).toBe(false);
    expect(inner.message).toMatch(/petugas lain|coba lagi/i);
    const retry = em.call('submitRequest', form({ applicantName: 'Officer B' }));
    expect(retry).toMatchObject({ ok: true, number: '002/PPID/2025', row: 3 });
  });
});
