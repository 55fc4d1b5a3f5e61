// Banding: alternating colours on a range, and the colours each BandingTheme gives them.
import { type Runtime, service } from '../runtime';
import type { Rect } from './a1';
import type { Anchor, BandingModel, SheetModel } from './model';

export const BANDING_COLORS: Record<string, [string, string, string, string]> = {
  LIGHT_GREY: ['#bdbdbd', '#ffffff', '#f3f3f3', '#dedede'],
  CYAN: ['#4dd0e1', '#ffffff', '#e0f7fa', '#a2e8f1'],
  GREEN: ['#63d297', '#ffffff', '#e7f9ef', '#afe9ca'],
  YELLOW: ['#f7cb4d', '#ffffff', '#fef8e3', '#fce8b2'],
  ORANGE: ['#f46524', '#ffffff', '#ffe6dd', '#ffccbc'],
  BLUE: ['#5b95f9', '#ffffff', '#e8f0fe', '#acc9fe'],
  TEAL: ['#26a69a', '#ffffff', '#ddf2f0', '#8cd3cd'],
  GREY: ['#78909c', '#ffffff', '#ebeff1', '#bbc8ce'],
  BROWN: ['#cca677', '#ffffff', '#f8f2eb', '#e6d3ba'],
  LIGHT_GREEN: ['#8bc34a', '#ffffff', '#eef7e3', '#c4e2a0'],
  INDIGO: ['#8989eb', '#ffffff', '#e8e7fc', '#c4c3f7'],
  PINK: ['#e91d63', '#ffffff', '#fddce8', '#f68ab0'],
};

export class Banding implements BandingModel {
  readonly _sheet: SheetModel;
  constructor(
    readonly _rt: Runtime,
    sheet: SheetModel,
    readonly _anchor: Anchor,
    readonly _kind: 'ROWS' | 'COLUMNS',
    readonly _colors: Record<string, string | null>,
  ) {
    this._sheet = sheet._self;
    return service(_rt, 'Banding', this);
  }
  getRange(): unknown {
    return this._sheet._rangeOf(this._anchor.rect);
  }
  setRange(range: { _rect: () => Rect }): this {
    this._anchor.rect = range._rect();
    return this;
  }
  remove(): void {
    this._sheet._bandings = this._sheet._bandings.filter((b) => b._anchor !== this._anchor);
  }
  getHeaderRowColor(): string | null {
    return this._colors.header;
  }
  getFirstRowColor(): string | null {
    return this._colors.first;
  }
  getSecondRowColor(): string | null {
    return this._colors.second;
  }
  getFooterRowColor(): string | null {
    return this._colors.footer;
  }
  getHeaderColumnColor(): string | null {
    return this._colors.header;
  }
  getFirstColumnColor(): string | null {
    return this._colors.first;
  }
  getSecondColumnColor(): string | null {
    return this._colors.second;
  }
  setHeaderRowColor(c: string | null): this {
    this._colors.header = c;
    return this;
  }
  setFirstRowColor(c: string | null): this {
    this._colors.first = c;
    return this;
  }
  setSecondRowColor(c: string | null): this {
    this._colors.second = c;
    return this;
  }
  setFooterRowColor(c: string | null): this {
    this._colors.footer = c;
    return this;
  }
  setHeaderColumnColor(c: string | null): this {
    this._colors.header = c;
    return this;
  }
  setFirstColumnColor(c: string | null): this {
    this._colors.first = c;
    return this;
  }
  setSecondColumnColor(c: string | null): this {
    this._colors.second = c;
    return this;
  }
}
