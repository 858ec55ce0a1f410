/**
 * Legends for the charts: swatches for categories, a gradient with its ends and middle for a
 * colour scale. Pure (props in, markup out).
 */
import './charts.css';

export function SwatchLegend({
  title,
  items,
}: {
  title: string;
  items: readonly { id: string; label: string; color: string }[];
}) {
  return (
    <ul className="chart-legend" aria-label={title}>
      {items.map((item) => (
        <li key={item.id}>
          <span className="chart-legend__swatch" style={{ background: item.color }} aria-hidden />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A gradient from `colors` (evenly spaced) with labels under its stops. */
export function GradientLegend({
  title,
  colors,
  labels,
  testId,
}: {
  title: string;
  colors: readonly string[];
  labels: readonly string[];
  testId?: string;
}) {
  return (
    <figure className="gradient-legend" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div
        className="gradient-legend__bar"
        style={{ background: `linear-gradient(to right, ${colors.join(', ')})` }}
        aria-hidden
      />
      <div className="gradient-legend__labels">
        {labels.map((label, i) => (
          <span key={i}>{label}</span>
        ))}
      </div>
    </figure>
  );
}
