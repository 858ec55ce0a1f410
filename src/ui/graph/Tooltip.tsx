/**
 * The hover tooltip: plain text lines (React text nodes, never HTML, so names from files cannot
 * inject markup) in a box placed just beside the pointer. It ignores the pointer itself, so it
 * never steals the hover or the click from the canvas under it.
 */
export function Tooltip({
  x,
  y,
  lines,
}: {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}) {
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      data-testid="graph-tooltip"
      style={{ left: x + 14, top: y + 14 }}
    >
      {lines.map((line, i) => (
        <div key={i} className={i === 0 ? 'graph-tooltip-title' : undefined}>
          {line}
        </div>
      ))}
    </div>
  );
}
