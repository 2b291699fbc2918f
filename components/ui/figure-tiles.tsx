// Headline figures as tiles (a number large, its label and unit) and label/value lists: the two ways
// pages state facts outside a table.
import { Fragment, type ReactNode } from 'react';

export type Figure = { label: string; value: number; href?: string; unit?: string };

/**
 * The figures as a description list of tiles. `layout` places the tiles (the dl's grid or flex
 * classes), `tile` adds to each tile's own; `unit` follows every value unless a figure has its own.
 * With `highlightNonZero` a tile with a figure above zero has a dark border (the words still say it).
 */
export function FigureTiles({
  figures,
  unit,
  layout,
  tile,
  highlightNonZero = false,
}: {
  figures: readonly Figure[];
  unit?: string;
  layout: string;
  tile?: string;
  highlightNonZero?: boolean;
}) {
  return (
    <dl className={layout}>
      {figures.map((f) => (
        <div key={f.label} className={`${tile ? `${tile} ` : ''}border-2 ${highlightNonZero && f.value > 0 ? 'border-ink' : 'border-line'} p-2`}>
          <dt className="text-base">{f.href ? <a href={f.href}>{f.label}</a> : f.label}</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {f.value}
            <span className="text-base font-normal"> {f.unit ?? unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A row of a DetailList: the label, the value, and the value's own class or test id if any. */
export type Detail = readonly [label: ReactNode, value: ReactNode, dd?: { className?: string; testId?: string }];

/**
 * Facts as label/value pairs in two columns, labels bold. A row given as false, null or undefined is
 * left out, so that optional facts can stand in the list where they belong.
 */
export function DetailList({ rows, className }: { rows: readonly (Detail | false | null | undefined)[]; className?: string }) {
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-4 gap-y-1${className ? ` ${className}` : ''}`}>
      {rows.map((row, i) =>
        row ? (
          <Fragment key={i}>
            <dt className="font-bold">{row[0]}</dt>
            <dd className={row[2]?.className} data-testid={row[2]?.testId}>
              {row[1]}
            </dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
