/**
 * The shared table rendered (React's server renderer, no browser): 100 000 rows put under 100 rows
 * in the DOM; headers carry aria-sort and sort buttons; selected rows aria-selected; the caption
 * and the empty-state message show; cells are text, so markup in a name stays text.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable, type DataTableProps } from '../../../../src/ui/table/DataTable';

interface Row {
  readonly id: number;
  readonly name: string;
  readonly n: number;
}

const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
  { id: 'n', header: 'Count', align: 'end', sortValue: (r) => r.n, cell: (r) => String(r.n) },
  { id: 'note', header: 'Note', cell: () => '' },
];

function render(props: Partial<DataTableProps<Row>> & { rows: readonly Row[] }): string {
  return renderToStaticMarkup(
    createElement(DataTable<Row>, {
      columns,
      rowKey: (r) => String(r.id),
      emptyMessage: 'Nothing here',
      ...props,
    }),
  );
}

const many = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: i, name: `Org ${i}`, n: count - i }));

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('DataTable', () => {
  it.each([
    { rows: 100_000, maxTr: 100 },
    { rows: 1_000, maxTr: 100 },
  ])('renders $rows rows with fewer than $maxTr rows in the DOM', ({ rows, maxTr }) => {
    const html = render({ rows: many(rows) });
    expect(count(html, /<tr[\s>]/g)).toBeLessThan(maxTr);
    expect(html).toContain(`aria-rowcount="${rows + 1}"`);
    expect(html).toContain('>Org 0<');
    expect(html).not.toContain(`>Org ${rows - 1}<`);
  });

  it('renders every row of a short table, with no padding rows', () => {
    const html = render({ rows: many(12) });
    expect(count(html, /data-index="/g)).toBe(12);
    expect(html).not.toContain('data-table-pad');
  });

  it.each([
    { sort: { columnId: 'n', direction: 'asc' }, first: 'Org 4', sortAttr: 'ascending' },
    { sort: { columnId: 'n', direction: 'desc' }, first: 'Org 0', sortAttr: 'descending' },
    { sort: { columnId: 'name', direction: 'desc' }, first: 'Org 4', sortAttr: 'descending' },
  ] as const)('sorted by $sort.columnId $sort.direction', ({ sort, first, sortAttr }) => {
    const html = render({ rows: many(5), initialSort: sort });
    const firstRow = html.slice(html.indexOf('data-index="0"'));
    expect(firstRow.slice(0, 300)).toContain(`>${first}<`);
    expect(html).toContain(`aria-sort="${sortAttr}"`);
    // Two sortable headers, each a button; the unsortable one has none.
    expect(count(html, /<button/g)).toBe(2);
    expect(count(html, /aria-sort="none"/g)).toBe(1);
  });

  it('marks selected rows and makes rows focusable when they can be activated', () => {
    const html = render({
      rows: many(3),
      isSelected: (r) => r.id === 1,
      onRowActivate: () => {},
    });
    expect(count(html, /aria-selected="true"/g)).toBe(1);
    expect(count(html, /aria-selected="false"/g)).toBe(2);
    expect(count(html, /tabindex="0"/g)).toBe(1);
    expect(count(html, /tabindex="-1"/g)).toBe(2);
  });

  it('shows the caption, and the empty-state message when there are no rows', () => {
    const html = render({ rows: [], caption: 'Clusters' });
    expect(html).toContain('<caption class="muted">Clusters</caption>');
    expect(html).toContain('Nothing here');
  });

  it('keeps markup in a name as text', () => {
    const html = render({ rows: [{ id: 1, name: '<img src=x onerror=alert(1)>', n: 1 }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});
