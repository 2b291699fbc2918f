// Series colours and fill patterns shared by every progress chart and its legend. Each colour has at
// least 7:1 contrast on white (so bars and their outlines pass WCAG 1.4.11 easily), and each series
// also has its own pattern, so the series can be told apart without seeing colour at all.

export const SERIES_COLOURS = ['#1f2328', '#9b1c1c', '#0b5c2b', '#1e3a8a', '#8a4b00', '#5b2177'] as const;

const SIZE = 6;

/** The pattern of series `index`: solid, diagonal, dots, horizontal lines, cross-hatch, vertical lines. */
function patternShape(index: number, colour: string) {
  switch (index % 6) {
    case 1:
      return <path d={`M0 ${SIZE}L${SIZE} 0M-1 1L1 -1M${SIZE - 1} ${SIZE + 1}L${SIZE + 1} ${SIZE - 1}`} stroke={colour} strokeWidth={2} />;
    case 2:
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.6} fill={colour} />;
    case 3:
      return <path d={`M0 ${SIZE / 2}H${SIZE}`} stroke={colour} strokeWidth={2} />;
    case 4:
      return <path d={`M0 0L${SIZE} ${SIZE}M0 ${SIZE}L${SIZE} 0`} stroke={colour} strokeWidth={1.2} />;
    case 5:
      return <path d={`M${SIZE / 2} 0V${SIZE}`} stroke={colour} strokeWidth={2} />;
    default:
      return <rect width={SIZE} height={SIZE} fill={colour} />;
  }
}

export function patternId(prefix: string, index: number): string {
  return `${prefix}-p${index}`;
}

/** SVG <pattern> definitions for `count` series, ids from `patternId(prefix, i)`. */
export function PatternDefs({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => (
        <pattern key={i} id={patternId(prefix, i)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
          <rect width={SIZE} height={SIZE} fill="#ffffff" />
          {patternShape(i, SERIES_COLOURS[i % SERIES_COLOURS.length]!)}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch: the series' pattern with its colour as the outline. Decorative; the label is text. */
export function Swatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false" className="shrink-0">
      <rect x="1" y="1" width="26" height="14" fill={`url(#${patternId(prefix, index)})`} stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]} strokeWidth="2" />
    </svg>
  );
}
