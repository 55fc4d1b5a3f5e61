// Chart SVG to PNG, synchronously (resvg), in the fonts Sheets draws charts in (Roboto, shipped
// as an npm package), as EmbeddedChart.getAs('image/png') must answer at once.
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { type ChartData, renderChartSvg } from './chart';
import { Lru, memoBytes } from './memo';

let fontFilesCache: string[] | undefined;

/** The TrueType files shipped with the project (Roboto, Sheets' chart font); empty if missing. */
export function chartFontFiles(): string[] {
  if (fontFilesCache) return fontFilesCache;
  const files: string[] = [];
  for (const rel of ['400Regular/Roboto_400Regular.ttf', '500Medium/Roboto_500Medium.ttf']) {
    try {
      const p = require.resolve(`@expo-google-fonts/roboto/${rel}`);
      if (fs.existsSync(p)) files.push(p);
    } catch {
      // Fall back to system fonts below; a missing font only costs the text, not the chart.
    }
  }
  fontFilesCache = files;
  return files;
}

export interface RasterOptions {
  /** Also search the machine's fonts for glyphs Roboto lacks (default true). */
  systemFonts?: boolean;
}

const rendered = new Lru<Buffer | null>(64);

/** Renders any SVG (normally one from renderChartSvg) to PNG at its own size, synchronously. */
export function svgToPng(svg: string, opts: RasterOptions = {}): Buffer {
  const systemFonts = opts.systemFonts ?? true;
  return memoBytes(rendered, `${systemFonts ? 1 : 0}${svg}`, () => rasterize(svg, systemFonts)) as Buffer;
}

function rasterize(svg: string, systemFonts: boolean): Buffer {
  const fontFiles = chartFontFiles();
  const resvg = new Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: systemFonts,
      defaultFontFamily: fontFiles.length ? 'Roboto' : undefined,
      sansSerifFamily: fontFiles.length ? 'Roboto' : undefined,
    },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

export function renderChartPng(d: ChartData): Buffer {
  return svgToPng(renderChartSvg(d));
}
