'use client';
// The one chart of the progress pages: grouped bars with the value written at the end of each bar,
// a pattern per series and a text legend. It is an enhancement: every number is also in the table
// that follows it, which is what a reader without JavaScript or a screen reader uses. Recharts draws
// only in the browser, and is fetched only once this has mounted; until then the box holds a line
// that points to the table.
import { lazy, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { PatternDefs, Swatch } from './palette';

const BarChartDrawing = lazy(() => import('./bar-chart-drawing'));

export type ChartSeries = { label: string; values: number[] };

export type BarChartFigureProps = {
  /**
   * The chart's caption, which also names the drawing (aria-labelledby): a node, so that a Chinese name
   * in an English title can be marked lang="zh-CN" (WCAG 3.1.2), which an attribute or an SVG <title> cannot.
   */
  title: ReactNode;
  /** Shown in the box before the chart is drawn (e.g. "the table below lists every number"). */
  fallback: string;
  categories: string[];
  series: ChartSeries[];
  /** 'rows': one row of bars per category (long labels, phones); 'columns': categories along the bottom. */
  orientation: 'rows' | 'columns';
  /** Writes numbers as 12,000 (yuan) instead of 12. */
  thousands?: boolean;
};

const BAR = 18; // px per bar in 'rows' charts
const GAP = 14; // px between categories

export function BarChartFigure({ title, fallback, categories, series, orientation, thousands = false }: BarChartFigureProps) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(true), []);

  const rows = orientation === 'rows';
  const height = rows ? categories.length * (series.length * BAR + GAP) + 16 : 260;
  const placeholder = <p className="my-0 flex h-full items-center justify-center text-muted">{fallback}</p>;

  return (
    <figure className="my-4 border-2 border-line p-3">
      <figcaption id={`${prefix}-title`} className="font-bold">
        {title}
      </figcaption>
      <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
        <PatternDefs prefix={prefix} count={series.length} />
      </svg>
      {series.length > 1 ? (
        <ul className="my-2 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
          {series.map((s, k) => (
            <li key={s.label} className="flex items-center gap-1">
              <Swatch prefix={prefix} index={k} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div style={{ height }} className="w-full">
        {drawn ? (
          <Suspense fallback={placeholder}>
            <BarChartDrawing
              labelledBy={`${prefix}-title`}
              prefix={prefix}
              categories={categories}
              series={series}
              rows={rows}
              thousands={thousands}
              height={height}
              bar={BAR}
              gap={GAP}
            />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
    </figure>
  );
}
