// The shell every data table shares, and the section around one. Each table writes its own rows.
import { useId, type ReactNode } from 'react';

/** A column header: its text, or with `num` right-aligned over figures; `false` or `null` leaves it out. */
export type Column = string | { label: ReactNode; num?: boolean } | false | null;

/**
 * A table that scrolls sideways on its own on a narrow screen: a region named by `labelledBy` (the
 * id of the heading above it) or else by the caption, reachable by keyboard (tabIndex 0) so that it
 * can be scrolled without a mouse; the caption is for screen readers unless `showCaption`. The region
 * points at the caption (aria-labelledby) rather than copying it into aria-label: an attribute cannot
 * mark a Chinese name in an English caption lang="zh-CN" (WCAG 3.1.2), the caption's content can.
 * `className` is the table's own (a minimum width, a smaller text).
 */
export function ScrollTable({
  caption,
  showCaption = false,
  labelledBy,
  className,
  columns,
  foot,
  children,
}: {
  caption: ReactNode;
  showCaption?: boolean;
  labelledBy?: string;
  className?: string;
  columns: readonly Column[];
  /** The rows of a tfoot (totals). */
  foot?: ReactNode;
  /** The rows of the tbody. */
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div className="scroll-table" role="region" aria-labelledby={labelledBy ?? captionId} tabIndex={0}>
      <table className={className}>
        <caption id={captionId} className={showCaption ? undefined : 'sr-only'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c, i) =>
              c === false || c === null ? null : typeof c === 'string' ? (
                <th key={i} scope="col">
                  {c}
                </th>
              ) : (
                <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}

/** A right-aligned column header over figures. */
export function num(label: ReactNode): Column {
  return { label, num: true };
}

/**
 * A section named by its heading (`id`): an optional introduction, then either the text `empty` (when
 * there are no rows) or the table given as children, then `after` in both cases.
 */
export function TableSection({
  id,
  title,
  level: Heading = 'h2',
  intro,
  empty,
  mutedEmpty = false,
  after,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: 'h2' | 'h3';
  intro?: ReactNode;
  /** The text instead of the table, or null when there are rows. */
  empty: string | null;
  mutedEmpty?: boolean;
  after?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id}>{title}</Heading>
      {intro}
      {empty !== null ? <p className={mutedEmpty ? 'text-muted' : undefined}>{empty}</p> : children}
      {after}
    </section>
  );
}
