/**
 * The one table component: columns as descriptors, sortable headers (a button per header, so a
 * click or Enter sorts; `aria-sort` says how), rows that are keyboard-accessible (arrow keys,
 * Home/End, Page Up/Down move a roving focus; Enter activates, as does a click), selectable
 * (`aria-selected`), and virtualised: with a fixed row height only the rows in view (plus a few)
 * are in the DOM, so 100 000 rows scroll as lightly as 100. A caption and an empty-state message.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import './data-table.css';
import { nextSort, type SortDirection, type SortState, type SortValue, sortRows } from './sort';
import { rowWindow } from './window';

export interface Column<R> {
  readonly id: string;
  readonly header: ReactNode;
  readonly cell: (row: R) => ReactNode;
  /** Present: the column sorts by it. */
  readonly sortValue?: (row: R) => SortValue;
  readonly align?: 'start' | 'end' | 'center';
  /** A CSS width, e.g. '8rem' or 120 (pixels). */
  readonly width?: string | number;
  /** The cell is the row's header (`<th scope="row">`), e.g. the name. */
  readonly rowHeader?: boolean;
  /** Shown as the header's tooltip, e.g. what a metric measures. */
  readonly description?: string;
  /** The direction of the first click on this header (default ascending). */
  readonly firstSort?: SortDirection;
}

export interface DataTableProps<R> {
  readonly rows: readonly R[];
  readonly columns: readonly Column<R>[];
  readonly rowKey: (row: R) => string;
  readonly caption?: ReactNode;
  readonly emptyMessage: ReactNode;
  readonly initialSort?: SortState | null;
  /**
   * Controlled sorting: the sort shown, and what a header click asks for. With `manualSorting`
   * the rows come already in that order (the caller sorts, e.g. an index over a typed column for
   * 100 000 rows) and the table does not sort them again.
   */
  readonly sort?: SortState | null;
  readonly onSortChange?: (sort: SortState) => void;
  readonly manualSorting?: boolean;
  /**
   * Moves the roving focus to the row with this key (scrolled into view) each time `request`
   * changes, e.g. when a search lands on a row.
   */
  readonly focusRequest?: { readonly key: string; readonly request: number } | null;
  readonly isSelected?: (row: R) => boolean;
  readonly onRowActivate?: (row: R) => void;
  /** Fixed row height in pixels (virtualisation needs it). */
  readonly rowHeight?: number;
  /** Rows in view before the table scrolls. */
  readonly visibleRows?: number;
  readonly overscan?: number;
  readonly className?: string;
  readonly testId?: string;
  readonly rowTestId?: string;
  /** Extra row attributes, e.g. `aria-current` on the selected row. */
  readonly rowAttributes?: (row: R) => Readonly<Record<string, string | undefined>>;
}

export function DataTable<R>(props: DataTableProps<R>) {
  const {
    rows,
    columns,
    rowKey,
    isSelected,
    onRowActivate,
    rowHeight = 32,
    visibleRows = 20,
    overscan = 6,
  } = props;
  const [ownSort, setOwnSort] = useState<SortState | null>(props.initialSort ?? null);
  const controlled = props.onSortChange !== undefined;
  const sort = controlled ? (props.sort ?? null) : ownSort;
  const manual = props.manualSorting === true;
  const onSortChange = props.onSortChange;
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);

  const sorted = useMemo(() => {
    if (manual) return rows;
    const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
    return column?.sortValue ? sortRows(rows, column.sortValue, sort!.direction) : [...rows];
  }, [rows, columns, sort, manual]);

  const virtual = sorted.length > visibleRows;
  const viewport = visibleRows * rowHeight;
  const win = virtual
    ? rowWindow(sorted.length, rowHeight, scrollTop, viewport, overscan)
    : { start: 0, end: sorted.length, padTop: 0, padBottom: 0 };
  const activeIndex = Math.min(active, Math.max(0, sorted.length - 1));

  // Focus follows the keyboard once the row is rendered (it may have been scrolled into being).
  useEffect(() => {
    if (!focusWanted) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusWanted(false);
    }
  }, [focusWanted, activeIndex, win.start, win.end]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(sorted.length - 1, index));
    setActive(next);
    setFocusWanted(true);
    const el = scroller.current;
    if (el && virtual) {
      // The header is sticky inside the scroller: keep the row below it.
      const header = el.querySelector('thead')?.getBoundingClientRect().height ?? rowHeight;
      const top = next * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight - header)
        el.scrollTop = top + rowHeight - el.clientHeight + header;
      setScrollTop(el.scrollTop);
    }
  };

  // A focus request from outside (a search landing on a row): once per request number.
  const focusRequest = props.focusRequest;
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || handled.current === focusRequest.request) return;
    const index = sorted.findIndex((row) => rowKey(row) === focusRequest.key);
    if (index < 0) return;
    // On the next frame, once the rows of this render are in the DOM.
    const frame = requestAnimationFrame(() => {
      handled.current = focusRequest.request;
      moveTo(index);
    });
    return () => cancelAnimationFrame(frame);
    // moveTo reads the current rows; the request number is what triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest, sorted]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, visibleRows - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: sorted.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined && (event.target as HTMLElement).tagName === 'TR') {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'TR') {
      const row = sorted[activeIndex];
      if (row !== undefined && onRowActivate) {
        event.preventDefault();
        onRowActivate(row);
      }
    }
  };

  const interactive = onRowActivate !== undefined || isSelected !== undefined;
  const alignClass = (c: Column<R>) =>
    c.align === 'end' ? 'num' : c.align === 'center' ? 'center' : undefined;

  return (
    <div
      ref={scroller}
      className={`data-table-scroll${virtual ? ' virtual' : ''}`}
      style={virtual ? { maxHeight: viewport + rowHeight + 8 } : undefined}
      onScroll={virtual ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
    >
      <table
        className={`table data-table ${props.className ?? ''}`.trim()}
        data-testid={props.testId}
        aria-rowcount={sorted.length + 1}
      >
        {props.caption !== undefined ? <caption className="muted">{props.caption}</caption> : null}
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={c.width !== undefined ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const direction = sort?.columnId === c.id ? sort.direction : null;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={alignClass(c)}
                  aria-sort={
                    c.sortValue
                      ? direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                >
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort"
                      title={c.description}
                      onClick={() => {
                        const next = nextSort(sort, c.id, c.firstSort ?? 'asc');
                        if (onSortChange) onSortChange(next);
                        else setOwnSort(next);
                      }}
                    >
                      {c.header}
                      <span className="sort-mark" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  ) : (
                    <span title={c.description}>{c.header}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={interactive ? onKeyDown : undefined}>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {props.emptyMessage}
              </td>
            </tr>
          ) : null}
          {win.padTop > 0 ? (
            <tr aria-hidden="true" className="data-table-pad" style={{ height: win.padTop }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
          {sorted.slice(win.start, win.end).map((row, offset) => {
            const index = win.start + offset;
            const selected = isSelected ? isSelected(row) : undefined;
            return (
              <tr
                key={rowKey(row)}
                data-index={index}
                data-testid={props.rowTestId}
                aria-rowindex={index + 2}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                style={virtual ? { height: rowHeight } : undefined}
                tabIndex={interactive ? (index === activeIndex ? 0 : -1) : undefined}
                onClick={
                  onRowActivate
                    ? () => {
                        setActive(index);
                        onRowActivate(row);
                      }
                    : undefined
                }
                {...props.rowAttributes?.(row)}
              >
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.id} scope="row" className={alignClass(c)}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.id} className={alignClass(c)}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {win.padBottom > 0 ? (
            <tr aria-hidden="true" className="data-table-pad" style={{ height: win.padBottom }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
