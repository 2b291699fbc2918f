'use client';
// The Recharts drawing of a BarChartFigure, in its own chunk: bar-chart.tsx loads it only once it has
// mounted, so recharts is downloaded only by pages that show a chart, after the page is usable.
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { SERIES_COLOURS, patternId } from './palette';

export type DrawingProps = {
  /** The id of the figure's caption, which names the drawing. */
  labelledBy: string;
  prefix: string;
  categories: string[];
  series: { label: string; values: number[] }[];
  rows: boolean;
  thousands: boolean;
  height: number;
  bar: number;
  gap: number;
};

export default function BarChartDrawing({ labelledBy, prefix, categories, series, rows, thousands, height, bar, gap }: DrawingProps) {
  const data = categories.map((category, i) => ({
    category,
    ...Object.fromEntries(series.map((s, k) => [`s${k}`, s.values[i] ?? 0])),
  }));
  const format = (value: unknown) => (typeof value === 'number' ? (thousands ? value.toLocaleString('zh-CN') : String(value)) : '');
  const longest = Math.max(...categories.map((c) => c.length), 2);
  return (
    <BarChart
      responsive
      width="100%"
      height={height}
      data={data}
      layout={rows ? 'vertical' : 'horizontal'}
      barCategoryGap={rows ? gap / 2 : '20%'}
      margin={{ top: rows ? 0 : 24, right: rows ? (thousands ? 76 : 36) : 8, bottom: 0, left: 0 }}
      role="img"
      aria-labelledby={labelledBy}
      accessibilityLayer={false}
    >
      {rows ? (
        <>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="category" width={Math.min(16 * longest + 12, 140)} tickLine={false} tick={{ fill: '#1f2328', fontSize: 15 }} />
        </>
      ) : (
        <>
          <XAxis dataKey="category" tickLine={false} tick={{ fill: '#1f2328', fontSize: 14 }} />
          <YAxis hide />
        </>
      )}
      {series.map((s, k) => (
        <Bar
          key={s.label}
          dataKey={`s${k}`}
          name={s.label}
          fill={`url(#${patternId(prefix, k)})`}
          stroke={SERIES_COLOURS[k % SERIES_COLOURS.length]}
          strokeWidth={1.5}
          isAnimationActive={false}
          {...(rows ? { barSize: bar - 4 } : {})}
        >
          <LabelList dataKey={`s${k}`} position={rows ? 'right' : 'top'} formatter={format} fill="#1f2328" fontSize={14} />
        </Bar>
      ))}
    </BarChart>
  );
}
