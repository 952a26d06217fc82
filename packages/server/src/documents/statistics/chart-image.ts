import { createRequire } from 'node:module';
import type { ChartImage } from '@ipcounty/domain';
import { documentFonts } from '../document-fonts.js';

/**
 * A chart for a document: the ECharts option the web draws (domain/documents/chart-options.ts),
 * rendered on the server to SVG (ECharts' SSR renderer) and rasterised to PNG with resvg, in the
 * installed Chinese sans face so labels read as on screen. Twice the pixels of its printed size at
 * 96 dpi, so it stays sharp when printed.
 */
// ECharts' typings declare `export =`, which an ES module cannot import by name under NodeNext; its
// CommonJS build is the same library in one file. It and resvg are required with the first chart (a
// statistical report), not at start: ECharts alone is a few hundred milliseconds of a start.
const require = createRequire(import.meta.url);

export function chartImage(option: object, size: { widthMm: number; heightMm: number; caption: string }): ChartImage {
  const width = Math.round((size.widthMm / 25.4) * 96);
  const height = Math.round((size.heightMm / 25.4) * 96);
  const echarts = require('echarts') as typeof import('echarts');
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const fonts = documentFonts();
  const family = fonts?.fonts.heading1.family ?? 'sans-serif';
  chart.setOption({ ...option, textStyle: { fontFamily: family } });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width * 2 },
    font: fonts ? { loadSystemFonts: false, fontFiles: [fonts.fonts.heading1.file], defaultFontFamily: family, sansSerifFamily: family } : { loadSystemFonts: true },
  });
  return { png: new Uint8Array(resvg.render().asPng()), ...size };
}
