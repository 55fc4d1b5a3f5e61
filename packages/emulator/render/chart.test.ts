import fc from 'fast-check';
import {
  type ChartData,
  escapeXml,
  niceTicks,
  NO_DATA_TEXT,
  renderChartSvg,
  roundedPercentages,
  textWidth,
  truncate,
} from './chart';
import { chartFontFiles, renderChartPng, svgToPng } from './raster';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Attribute maps of every `<tag ...>` in the SVG carrying `class="cls"`. */
function elements(svg: string, tag: string, cls: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    if (attrs.class === cls) found.push(attrs);
  }
  return found;
}

function texts(svg: string, cls: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const pieData: ChartData = {
  type: 'pie',
  title: 'Permohonan per kanal',
  categories: ['Langsung', 'Surel', 'Situs web', 'Surat'],
  series: [{ name: 'Jumlah', values: [5, 0, 3, 2] }],
};
const columnData: ChartData = {
  type: 'column',
  title: 'Status per bulan',
  categories: ['Januari', 'Februari', 'Maret'],
  series: [
    { name: 'Dikabulkan', values: [12, 9, 15] },
    { name: 'Ditolak', values: [2, 4, 1] },
  ],
};

describe('renderChartPng', () => {
  test.each(['pie', 'column', 'bar'] as const)('%s PNG has the PNG signature and the default 600x371 size', (type) => {
    const png = renderChartPng({ ...columnData, type });
    expect(pngSize(png)).toEqual({ width: 600, height: 371 });
  });

  test('PNG IHDR matches a requested width and height', () => {
    expect(pngSize(renderChartPng({ ...pieData, width: 320, height: 200 }))).toEqual({ width: 320, height: 200 });
    expect(pngSize(renderChartPng({ ...columnData, width: 801, height: 457 }))).toEqual({ width: 801, height: 457 });
  });

  test('invalid sizes fall back to the defaults instead of producing an empty image', () => {
    expect(pngSize(renderChartPng({ ...pieData, width: NaN, height: -5 }))).toEqual({ width: 600, height: 371 });
  });

  test('text is drawn: charts differing only in one title letter give different pixels', () => {
    const a = renderChartPng({ ...columnData, title: 'Laporan A' });
    const b = renderChartPng({ ...columnData, title: 'Laporan B' });
    expect(a.equals(b)).toBe(false);
  });

  test('the bundled Roboto renders text without any system font', () => {
    expect(chartFontFiles().length).toBeGreaterThan(0);
    const svg = (t: string) => renderChartSvg({ type: 'pie', title: t, categories: [], series: [] });
    const a = svgToPng(svg('Judul satu'), { systemFonts: false });
    const b = svgToPng(svg('Judul dua'), { systemFonts: false });
    expect(a.equals(b)).toBe(false);
  });
});

describe('pie', () => {
  test('draws one path per non-zero slice and its percentages add up to 100', () => {
    const svg = renderChartSvg(pieData);
    const slices = elements(svg, 'path', 'slice');
    expect(slices.map((s) => s['data-category'])).toEqual(['Langsung', 'Situs web', 'Surat']);
    const pcts = slices.map((s) => Number(s['data-percent']));
    expect(pcts).toEqual([50, 30, 20]);
    // The visible labels say the same thing.
    const shown = texts(svg, 'slice-label').map((t) => Number(t.replace('%', '')));
    expect(shown.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });

  test('percentages of awkward splits (1/3 each) still total exactly 100.0', () => {
    expect(roundedPercentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }), (vals) => {
        fc.pre(vals.some((v) => v > 0));
        const svg = renderChartSvg({
          type: 'pie',
          categories: vals.map((_, i) => `K${i}`),
          series: [{ name: 's', values: vals }],
        });
        const slices = elements(svg, 'path', 'slice');
        expect(slices).toHaveLength(vals.filter((v) => v > 0).length);
        const total = slices.reduce((a, s) => a + Math.round(Number(s['data-percent']) * 10), 0);
        expect(total).toBe(1000);
        expect(svg).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 150 },
    );
  });

  test('a single non-zero slice is a full circle, not a degenerate arc', () => {
    const svg = renderChartSvg({ type: 'pie', categories: ['A', 'B'], series: [{ name: 's', values: [0, 7] }] });
    const [slice] = elements(svg, 'path', 'slice');
    expect(slice['data-percent']).toBe('100');
    expect(slice.d.match(/A/g)).toHaveLength(2);
    expect(texts(svg, 'slice-label')).toEqual(['100%']);
  });

  test('uses the Google Sheets palette by default and honours given colours', () => {
    const svg = renderChartSvg(pieData);
    expect(elements(svg, 'path', 'slice').map((s) => s.fill)).toEqual(['#4285F4', '#F4B400', '#0F9D58']);
    const custom = renderChartSvg({ ...pieData, colors: ['#111111', 'red', 'url(javascript:x)', '#333'] });
    expect(elements(custom, 'path', 'slice').map((s) => s.fill)).toEqual(['#111111', '#F4B400', '#333']);
  });

  test('decimal separator follows the spreadsheet locale when asked', () => {
    const svg = renderChartSvg({
      type: 'pie',
      categories: ['a', 'b'],
      series: [{ name: 's', values: [1, 2] }],
      decimalSeparator: ',',
    });
    expect(texts(svg, 'slice-label')).toEqual(['33,3%', '66,7%']);
  });

  test('legend lists every category and summarises the ones that do not fit', () => {
    const cats = Array.from({ length: 40 }, (_, i) => `Kategori ${i + 1}`);
    const svg = renderChartSvg({ type: 'pie', categories: cats, series: [{ name: 's', values: cats.map(() => 1) }] });
    const shown = texts(svg, 'legend-label');
    const [more] = texts(svg, 'legend-more');
    expect(shown.length + Number(more.match(/\+(\d+)/)![1])).toBe(40);
  });
});

describe('column and bar', () => {
  test.each(['column', 'bar'] as const)('%s draws one rect per category x series with a value label each', (type) => {
    const svg = renderChartSvg({ ...columnData, type });
    const bars = elements(svg, 'rect', 'bar');
    expect(bars).toHaveLength(3 * 2);
    expect(bars.map((b) => Number(b['data-value']))).toEqual([12, 2, 9, 4, 15, 1]);
    expect(texts(svg, 'value-label')).toEqual(['12', '2', '9', '4', '15', '1']);
    expect(texts(svg, 'legend-label')).toEqual(['Dikabulkan', 'Ditolak']);
  });

  test('bar heights are proportional to values on a shared zero baseline', () => {
    const svg = renderChartSvg({ type: 'column', categories: ['a', 'b'], series: [{ name: 's', values: [10, 5] }] });
    const [a, b] = elements(svg, 'rect', 'bar');
    expect(Number(a.height) / Number(b.height)).toBeCloseTo(2, 1);
    expect(Number(a.y) + Number(a.height)).toBeCloseTo(Number(b.y) + Number(b.height), 1);
  });

  test('counts get integer ticks only, even when the largest count is 1', () => {
    const svg = renderChartSvg({ type: 'column', categories: ['a'], series: [{ name: 's', values: [1] }] });
    const ticks = texts(svg, 'tick');
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) expect(Number.isInteger(Number(t))).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100000 }), { minLength: 1, maxLength: 20 }), (vals) => {
        const t = niceTicks(0, Math.max(...vals), true);
        expect(t.values.every(Number.isInteger)).toBe(true);
        expect(t.max).toBeGreaterThanOrEqual(Math.max(...vals));
        expect(t.values[0]).toBe(0);
      }),
    );
  });

  test('fractional data gets tidy fractional ticks without float noise', () => {
    const t = niceTicks(0, 0.7, false);
    expect(t.values).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  test('only one series has no legend; one legend entry per series otherwise', () => {
    const svg = renderChartSvg({ type: 'column', categories: ['a'], series: [{ name: 's', values: [3] }] });
    expect(texts(svg, 'legend-label')).toEqual([]);
  });

  test('missing, non-numeric and negative values never produce NaN geometry', () => {
    const svg = renderChartSvg({
      type: 'column',
      categories: ['a', 'b', 'c', 'd'],
      series: [
        { name: 's', values: [3, NaN, -2] as number[] },
        { name: 't', values: ['4' as unknown as number, Infinity, 1, 2] },
      ],
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(elements(svg, 'rect', 'bar')).toHaveLength(8);
    expect(pngSize(svgToPng(svg)).width).toBe(600);
  });
});

describe('text safety', () => {
  test('labels, series names and titles containing markup are escaped', () => {
    const evil = '<script>alert("x&y")</script>';
    for (const type of ['pie', 'column', 'bar'] as const) {
      const svg = renderChartSvg({
        type,
        title: evil,
        categories: [evil, "O'Brien"],
        series: [
          { name: evil, values: [1, 2] },
          { name: 'b', values: [1, 1] },
        ],
      });
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&lt;script&gt;');
      expect(svg).toContain('&amp;');
      // The SVG is still well-formed enough for resvg to draw.
      expect(pngSize(svgToPng(svg))).toEqual({ width: 600, height: 371 });
    }
  });

  test('control characters and lone surrogates from cells cannot break the document', () => {
    const svg = renderChartSvg({
      type: 'pie',
      title: 'a\u0001b\uD800c',
      categories: ['x\u0000', 'baris\nbaru'],
      series: [{ name: 's', values: [1, 1] }],
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the control characters the renderer must drop
    expect(svg).not.toMatch(/[\u0000-\u0008\uD800]/);
    expect(texts(svg, 'legend-label')).toContain('baris baru');
    expect(() => svgToPng(svg)).not.toThrow();
  });

  test('escapeXml covers the five XML specials', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  test('long labels are cut with an ellipsis to fit their room', () => {
    const long = 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten';
    const svg = renderChartSvg({
      type: 'column',
      categories: [long, 'B', 'C', 'D', 'E'],
      series: [{ name: 's', values: [1, 2, 3, 4, 5] }],
    });
    const [first] = texts(svg, 'category').map(unescapeXml);
    expect(first.endsWith('\u2026')).toBe(true);
    expect(long.startsWith(first.slice(0, -1))).toBe(true);
    expect(textWidth(first, 12)).toBeLessThanOrEqual((600 - 32) / 5);
    expect(truncate('short', 100, 12)).toBe('short');
    expect(truncate('\u{1F600}\u{1F600}\u{1F600}', 22, 12)).toBe('\u{1F600}\u2026');
    expect(truncate('\u{1F600}\u{1F600}\u{1F600}', 19, 12)).toBe('\u2026');
  });
});

describe('no data', () => {
  const empties: Array<[string, ChartData]> = [
    ['pie with all zeros', { type: 'pie', categories: ['a', 'b'], series: [{ name: 's', values: [0, 0] }] }],
    ['pie with no categories', { type: 'pie', categories: [], series: [] }],
    ['column with all zeros', { type: 'column', categories: ['a'], series: [{ name: 's', values: [0] }] }],
    ['bar with no series', { type: 'bar', categories: ['a', 'b'], series: [] }],
  ];
  test.each(empties)('%s says "Tidak ada data" and renders', (_, d) => {
    const svg = renderChartSvg({ ...d, title: 'Triwulan I' });
    expect(texts(svg, 'no-data')).toEqual([NO_DATA_TEXT]);
    expect(texts(svg, 'title')).toEqual(['Triwulan I']);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).not.toContain('class="slice"');
    expect(pngSize(renderChartPng(d))).toEqual({ width: 600, height: 371 });
  });
});

describe('crowded column charts', () => {
  test('slant category labels that do not fit under their column instead of cutting them', () => {
    const cats = [
      'Email',
      'Instagram',
      'Facebook',
      'Twitter/X',
      'Website',
      'Ruang Layanan',
      'Surat',
      'Telepon',
      'WhatsApp',
      'Lainnya',
    ];
    const svg = renderChartSvg({
      type: 'column',
      categories: cats,
      series: [{ name: 'n', values: cats.map((_, i) => i) }],
      width: 480,
      height: 300,
    });
    const labels = [...svg.matchAll(/<text class="category"[^>]*>([^<]*)<\/text>/g)];
    expect(labels.map((m) => m[1])).toEqual(cats);
    expect(labels.every((m) => /transform="rotate\(-40 /.test(m[0]))).toBe(true);
  });

  test('keep labels level when they fit', () => {
    const svg = renderChartSvg({ type: 'column', categories: ['A', 'B'], series: [{ name: 'n', values: [1, 2] }] });
    expect(svg).not.toMatch(/class="category"[^>]*transform/);
  });
});
