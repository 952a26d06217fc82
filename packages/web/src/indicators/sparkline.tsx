import { useState, type MouseEvent } from 'react';
import { formatNumber } from './indicator-format.js';

/** Room in the 44 px box above and below the line, so its peaks are not cut. */
const HEIGHT = 44;
const TOP = 6;
const BOTTOM = 2;

/** Where each value sits in a 100 × 44 box: x spread evenly, y between the lowest and the highest value. */
function placed(values: number[]): [number, number][] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  return values.map((value, i) => [(100 * i) / (values.length - 1), span === 0 ? HEIGHT / 2 : TOP + ((high - value) / span) * (HEIGHT - TOP - BOTTOM)]);
}

/**
 * A small line of the month-end values, drawn as SVG: a dashboard of tiles needs no chart library
 * (ECharts stays with the pages that draw real charts). Pointing at it names the month and its value.
 */
export function Sparkline({ points, color }: { points: [string, number][]; color: string }) {
  const [hovered, setHovered] = useState<number | null>(null);
  if (points.length < 2) return <div className="sparkline sparkline-empty" />;
  const xy = placed(points.map(([, value]) => value));
  const line = xy.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
  const area = `M0,${HEIGHT} L${line.replaceAll(' ', ' L')} L100,${HEIGHT} Z`;
  const point = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHovered(Math.round(((event.clientX - box.left) / Math.max(box.width, 1)) * (points.length - 1)));
  };
  const shown = hovered === null ? undefined : points[hovered];
  return (
    <div className="sparkline">
      <svg viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" width="100%" height={HEIGHT} onMouseMove={point} onMouseLeave={() => setHovered(null)}>
        <path d={area} fill={color} fillOpacity={0.08} stroke="none" />
        <polyline points={line} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
        {hovered !== null && <line x1={xy[hovered]![0]} x2={xy[hovered]![0]} y1={0} y2={HEIGHT} stroke={color} strokeOpacity={0.4} vectorEffect="non-scaling-stroke" />}
      </svg>
      {shown && (
        <span className="sparkline-tip" style={{ left: `${xy[hovered!]![0]}%` }}>
          {shown[0]} {formatNumber(shown[1])}
        </span>
      )}
    </div>
  );
}
