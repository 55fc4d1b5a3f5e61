// Embedded charts: the builder, the chart model, and its picture through renderChartPng.
import { type Runtime, service } from '../runtime';
import { Blob } from '../blob';
import type { ChartData } from '../render/chart';
import { renderChartPng } from '../render/raster';
import { ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy, type EnumValue, enumName } from './enums';
import type { Anchor, SheetModel } from './model';
import { formatValue } from './format';

export interface ChartSpec {
  type: EnumValue;
  anchors: Anchor[];
  position: { row: number; col: number; offX: number; offY: number };
  options: Map<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  hidden: EnumValue;
  merge: EnumValue;
}

function cloneSpec(s: ChartSpec): ChartSpec {
  return { ...s, anchors: [...s.anchors], position: { ...s.position }, options: new Map(s.options) };
}

export class ContainerInfo {
  constructor(
    _rt: Runtime,
    readonly _p: ChartSpec['position'],
  ) {
    return service(_rt, 'ContainerInfo', this);
  }
  getAnchorRow(): number {
    return this._p.row;
  }
  getAnchorColumn(): number {
    return this._p.col;
  }
  getOffsetX(): number {
    return this._p.offX;
  }
  getOffsetY(): number {
    return this._p.offY;
  }
}

export class ChartOptions {
  constructor(
    _rt: Runtime,
    readonly _o: Map<string, unknown>,
  ) {
    return service(_rt, 'ChartOptions', this);
  }
  get(option: string): unknown {
    return this._o.has(option) ? this._o.get(option) : null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

export class EmbeddedChartBuilder {
  _spec: ChartSpec;
  _chartId: number | null = null;

  readonly _sheet: SheetModel;
  constructor(
    private _rt: Runtime,
    sheet: SheetModel,
    spec?: ChartSpec,
    chartId?: number | null,
  ) {
    this._sheet = sheet._self;
    this._spec = spec
      ? cloneSpec(spec)
      : {
          type: ChartType.COLUMN,
          anchors: [],
          position: { row: 1, col: 1, offX: 0, offY: 0 },
          options: new Map(),
          numHeaders: -1,
          transpose: false,
          hidden: ChartHiddenDimensionStrategy.IGNORE_BOTH,
          merge: ChartMergeStrategy.MERGE_COLUMNS,
        };
    this._chartId = chartId ?? null;
    return service(_rt, 'EmbeddedChartBuilder', this);
  }

  setChartType(type: unknown): this {
    this._spec.type = ChartType[enumName(type)];
    return this;
  }
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asAreaChart(): this {
    return this.setChartType(ChartType.AREA);
  }
  asScatterChart(): this {
    return this.setChartType(ChartType.SCATTER);
  }
  asTableChart(): this {
    return this.setChartType(ChartType.TABLE);
  }
  getChartType(): EnumValue {
    return this._spec.type;
  }
  addRange(range: { _sheetImpl: () => SheetModel; _rect: () => Anchor['rect'] }): this {
    this._spec.anchors.push(this._sheet._ss._anchor(range._sheetImpl(), range._rect()));
    return this;
  }
  removeRange(range: { _sheetImpl: () => SheetModel; _rect: () => Anchor['rect'] }): this {
    const r = range._rect();
    this._spec.anchors = this._spec.anchors.filter(
      (a) =>
        !(
          a.sheet === range._sheetImpl() &&
          a.rect.r1 === r.r1 &&
          a.rect.c1 === r.c1 &&
          a.rect.r2 === r.r2 &&
          a.rect.c2 === r.c2
        ),
    );
    return this;
  }
  clearRanges(): this {
    this._spec.anchors = [];
    return this;
  }
  getRanges(): unknown[] {
    return this._spec.anchors.filter((a) => !a.deleted).map((a) => a.sheet._rangeOf(a.rect));
  }
  setPosition(anchorRow: number, anchorCol: number, offsetX: number, offsetY: number): this {
    this._spec.position = { row: anchorRow, col: anchorCol, offX: offsetX ?? 0, offY: offsetY ?? 0 };
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this._rt, { ...this._spec.position });
  }
  setOption(key: string, value: unknown): this {
    this._spec.options.set(key, value);
    return this;
  }
  setNumHeaders(n: number): this {
    this._spec.numHeaders = n;
    return this;
  }
  setTransposeRowsAndColumns(t: boolean): this {
    this._spec.transpose = !!t;
    return this;
  }
  setHiddenDimensionStrategy(s: unknown): this {
    this._spec.hidden = ChartHiddenDimensionStrategy[enumName(s)];
    return this;
  }
  setMergeStrategy(s: unknown): this {
    this._spec.merge = ChartMergeStrategy[enumName(s)];
    return this;
  }
  // Typed-builder conveniences (PieChartBuilder, ColumnChartBuilder …) map onto options.
  setTitle(t: string): this {
    return this.setOption('title', t);
  }
  setLegendPosition(p: unknown): this {
    return this.setOption('legend', { position: enumName(p).toLowerCase() });
  }
  setColors(c: string[]): this {
    return this.setOption('colors', Array.from(c));
  }
  set3D(): this {
    return this.setOption('is3D', true);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setDimensions(w: number, h: number): this {
    this.setOption('width', w);
    return this.setOption('height', h);
  }
  setXAxisTitle(t: string): this {
    return this.setOption('hAxis.title', t);
  }
  setYAxisTitle(t: string): this {
    return this.setOption('vAxis.title', t);
  }
  setBackgroundColor(c: string): this {
    return this.setOption('backgroundColor', c);
  }
  reverseCategories(): this {
    return this.setOption('reverseCategories', true);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this._rt, this._sheet, cloneSpec(this._spec), this._chartId);
  }
}

export class EmbeddedChart {
  readonly _sheet: SheetModel;
  constructor(
    private _rt: Runtime,
    sheet: SheetModel,
    readonly _spec: ChartSpec,
    public _chartId: number | null,
  ) {
    this._sheet = sheet._self;
    return service(_rt, 'EmbeddedChart', this);
  }
  getChartId(): number | null {
    return this._chartId;
  }
  getId(): string | null {
    return this._chartId === null ? null : `u${this._chartId}`;
  }
  getRanges(): unknown[] {
    return this._spec.anchors.filter((a) => !a.deleted).map((a) => a.sheet._rangeOf(a.rect));
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this._rt, new Map(this._spec.options));
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._rt, { ...this._spec.position });
  }
  getNumHeaders(): number {
    return this._spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._spec.transpose;
  }
  getHiddenDimensionStrategy(): EnumValue {
    return this._spec.hidden;
  }
  getMergeStrategy(): EnumValue {
    return this._spec.merge;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._rt, this._sheet, this._spec, this._chartId);
  }
  /** Read back with Sheet.getCharts() (the "built-chart-no-picture" quirk draws only these). */
  _listed = false;
  /** This chart as Sheet.getCharts() hands it out under the "built-chart-no-picture" quirk. */
  _listedCopy(): EmbeddedChart {
    const copy = new EmbeddedChart(this._rt, this._sheet, this._spec, this._chartId);
    copy._listed = true;
    return copy;
  }
  getAs(contentType: string): Blob {
    if (contentType !== 'image/png') throw new Error(`not emulated: EmbeddedChart.getAs(${contentType})`);
    if (this._rt.quirk('built-chart-no-picture') && !this._listed)
      throw new Error(
        'Exception: the chart has no picture until read back with Sheet.getCharts() (quirk built-chart-no-picture)',
      );
    if (this._sheet._hidden && this._rt.quirk('hidden-chart-no-picture'))
      throw new Error('Service error: Spreadsheets (the chart is on a hidden sheet)');
    const title = (this._spec.options.get('title') as string) || 'Chart';
    return new Blob(this._rt, this._png(), 'image/png', `${title}.png`);
  }
  getBlob(): Blob {
    return this.getAs('image/png');
  }

  _png(): Buffer {
    return renderChartPng(this._data());
  }

  /** The chart's data as renderChartPng takes it: first column categories, one series per further column. */
  _data(): ChartData {
    const ss = this._sheet._ss;
    const loc = ss._localeInfo();
    let columns: unknown[][] = [];
    for (const a of this._spec.anchors) {
      if (a.deleted) continue;
      const rows = a.sheet._readRect(a.rect);
      const block = this._spec.transpose ? transpose(rows) : rows;
      const width = block.reduce((m, r) => Math.max(m, r.length), 0);
      for (let c = 0; c < width; c++) columns.push(block.map((r) => (r[c] === undefined ? '' : r[c])));
    }
    const height = columns.reduce((m, c) => Math.max(m, c.length), 0);
    columns = columns.map((c) => [...c, ...new Array(height - c.length).fill('')]);
    const seriesCols = columns.slice(1);
    let header = this._spec.numHeaders >= 1;
    if (this._spec.numHeaders < 0 && height > 1) {
      const first = seriesCols.map((c) => c[0]);
      header = first.some((v) => typeof v === 'string' && v !== '') && first.every((v) => typeof v !== 'number');
    }
    const start = header ? Math.max(1, this._spec.numHeaders) : 0;
    const catCol = columns[0] ?? [];
    const rowsUsed: number[] = [];
    for (let r = start; r < height; r++) {
      if (catCol[r] === '' && seriesCols.every((c) => c[r] === '' || c[r] === null)) continue;
      rowsUsed.push(r);
    }
    const type = this._spec.type._name === 'PIE' ? 'pie' : this._spec.type._name === 'BAR' ? 'bar' : 'column';
    const colors = this._spec.options.get('colors');
    return {
      type,
      title: (this._spec.options.get('title') as string) ?? undefined,
      categories: rowsUsed.map((r) => formatValue(catCol[r], undefined, loc, ss._tz)),
      series: seriesCols.map((c, i) => ({
        name: header ? String(c[0] ?? '') : `Series ${i + 1}`,
        values: rowsUsed.map((r) => (typeof c[r] === 'number' ? (c[r] as number) : Number(c[r]) || 0)),
      })),
      width: numberOption(this._spec.options.get('width')),
      height: numberOption(this._spec.options.get('height')),
      colors: Array.isArray(colors) ? colors.map(String) : undefined,
      decimalSeparator: loc.decimal,
      pieSliceText: (this._spec.options.get('pieSliceText') as string) ?? undefined,
    };
  }
}

function numberOption(v: unknown): number | undefined {
  return typeof v === 'number' && v > 0 ? v : undefined;
}

function transpose(rows: unknown[][]): unknown[][] {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
}
