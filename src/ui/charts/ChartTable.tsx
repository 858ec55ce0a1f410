/** A chart's numbers as a plain table (the accessible alternative), in a disclosure. Pure. */
import type { BarRow, BarSeries } from './StackedBars';

export function ChartTable({
  summary,
  corner,
  series,
  rows,
  cell,
  testId,
}: {
  summary: string;
  corner: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** The text of one cell: value and share of its row. */
  cell: (value: number, share: number) => string;
  testId?: string;
}) {
  return (
    <details className="chart-table">
      <summary>{summary}</summary>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {series.map((s) => (
              <th key={s.id} scope="col" data-series={s.id}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const total = row.values.reduce((a, b) => a + b, 0);
            return (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.label}</th>
                {row.values.map((v, i) => (
                  <td key={series[i]!.id} data-series={series[i]!.id}>
                    {cell(v, total > 0 ? v / total : 0)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
