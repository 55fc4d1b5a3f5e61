// The Ui that SpreadsheetApp.getUi() returns: menus (recorded with their full structure),
// alert / prompt answered from a queue the test fills, sidebars and dialogs recorded.
import { type Runtime, service } from '../runtime';
import { type EnumValue, makeEnum, enumName, gasError } from './common';

export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

// biome-ignore format: a table laid out by hand, one entry per line
export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'alert' | 'prompt' | 'modal' | 'modeless' | 'sidebar';
  title: string | null;
  /** The message of an alert / prompt. */
  prompt?: string;
  /** The HTML of a sidebar / dialog. */
  content?: string;
  buttons?: string;
  width?: number | null;
  height?: number | null;
  response?: { button: string; text?: string };
}

export interface QueuedResponse {
  button?: 'OK' | 'YES' | 'NO' | 'CANCEL' | 'CLOSE';
  text?: string;
}

export class Menu {
  readonly _items: MenuEntry[] = [];
  constructor(
    readonly _rt: Runtime,
    private readonly _ui: Ui,
    readonly _title: string,
    readonly _addon: boolean,
  ) {
    return service(_rt, 'Menu', this);
  }
  addItem(caption: string, functionName: string): any {
    if (caption == null || String(caption) === '') throw gasError('Invalid argument: caption');
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$.]*$/.test(functionName)) {
      throw gasError('Invalid argument: functionName');
    }
    this._items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator(): any {
    this._items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: any): any {
    if (!menu || !Array.isArray(menu._items)) throw gasError('Invalid argument: menu');
    this._items.push({ submenu: menu._record() });
    return this;
  }
  addToUi(): void {
    this._ui._addMenu(this._record());
  }
  _record(): MenuRecord {
    return {
      title: this._title,
      addon: this._addon,
      items: this._items.map((i) => ('submenu' in i ? { submenu: { ...i.submenu } } : { ...i })),
    };
  }
}

export class PromptResponse {
  constructor(
    _rt: Runtime,
    private readonly _button: string,
    private readonly _text: string,
  ) {
    return service(_rt, 'PromptResponse', this);
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): EnumValue {
    return Button[this._button];
  }
}

function htmlOf(userInterface: unknown): {
  content: string;
  title: string | null;
  width: number | null;
  height: number | null;
} {
  const h = userInterface as {
    _content?: string;
    _title?: string | null;
    _width?: number | null;
    _height?: number | null;
  };
  if (!h || typeof h._content !== 'string') throw gasError('Invalid argument: userInterface');
  return { content: h._content, title: h._title ?? null, width: h._width ?? null, height: h._height ?? null };
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly _menus: MenuRecord[] = [];
  readonly _dialogs: DialogRecord[] = [];
  readonly _sidebars: DialogRecord[] = [];
  readonly _responses: QueuedResponse[] = [];
  /** The name Google shows for an add-on menu (the add-on's name). */
  _addonName = 'PPID Sheets';

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'Ui', this);
  }
  createMenu(caption: string): any {
    if (caption == null || String(caption) === '') throw gasError('Invalid argument: caption');
    return new Menu(this._rt, this, String(caption), false);
  }
  createAddonMenu(): any {
    return new Menu(this._rt, this, this._addonName, true);
  }
  alert(...args: unknown[]): EnumValue {
    const { title, prompt, buttons } = this._dialogArgs(args);
    const answer = this._answer(buttons, false);
    this._dialogs.push({ kind: 'alert', title, prompt, buttons, response: { button: answer.button } });
    return Button[answer.button];
  }
  prompt(...args: unknown[]): any {
    const { title, prompt, buttons } = this._dialogArgs(args);
    const answer = this._answer(buttons, true);
    this._dialogs.push({
      kind: 'prompt',
      title,
      prompt,
      buttons,
      response: { button: answer.button, text: answer.text },
    });
    return new PromptResponse(this._rt, answer.button, answer.text);
  }
  showSidebar(userInterface: unknown): void {
    const h = htmlOf(userInterface);
    this._sidebars.push({ kind: 'sidebar', title: h.title, content: h.content, width: 300, height: null });
  }
  showModalDialog(userInterface: unknown, title: string): void {
    const h = htmlOf(userInterface);
    this._dialogs.push({
      kind: 'modal',
      title: title == null ? h.title : String(title),
      content: h.content,
      width: h.width,
      height: h.height,
    });
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    const h = htmlOf(userInterface);
    this._dialogs.push({
      kind: 'modeless',
      title: title == null ? h.title : String(title),
      content: h.content,
      width: h.width,
      height: h.height,
    });
  }
  /** Emulator-only: the next alert / prompt gets this answer (default: first button, empty text). */
  _queueResponse(response: QueuedResponse): void {
    if (response.button && !(response.button in Button))
      throw new Error(`emulator: no such Ui.Button ${response.button}`);
    this._responses.push(response);
  }
  _addMenu(menu: MenuRecord): void {
    // Reopening the spreadsheet rebuilds menus: the same menu replaces its earlier self.
    const i = this._menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (i >= 0) this._menus[i] = menu;
    else this._menus.push(menu);
  }
  _dialogArgs(args: unknown[]): { title: string | null; prompt: string; buttons: string } {
    const isSet = (v: unknown) =>
      v != null && Object.prototype.hasOwnProperty.call(ButtonSet, String(v)) && typeof v !== 'string';
    if (args.length === 0) throw gasError('Invalid argument: prompt');
    if (args.length >= 3) {
      return { title: String(args[0]), prompt: String(args[1]), buttons: enumName(ButtonSet, args[2], 'buttons') };
    }
    if (args.length === 2) {
      if (isSet(args[1]))
        return { title: null, prompt: String(args[0]), buttons: enumName(ButtonSet, args[1], 'buttons') };
      throw gasError(`The parameters (String,String) don't match the method signature for Ui.alert.`);
    }
    return { title: null, prompt: String(args[0]), buttons: 'OK' };
  }
  _answer(buttons: string, prompt: boolean): { button: string; text: string } {
    const allowed = BUTTONS_OF[buttons];
    const queued = this._responses.shift();
    const button = queued?.button ?? allowed[0];
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`emulator: queued answer ${button} is not a button of ButtonSet.${buttons}`);
    }
    return { button, text: prompt ? (queued?.text ?? '') : '' };
  }
}
