import { Alert, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingCategory } from '../../components/format.ts';
import { FEE_COLUMNS, FINDING_COLUMNS, gridTemplate, gridWidth, type GridColumn } from './grid-columns.tsx';
import { GridToolbar } from './GridToolbar.tsx';
import { GridTotals } from './GridTotals.tsx';
import { EMPTY_VIEW, isSortable, nextSort, viewQuery, type GridView } from './grid-view.ts';
import { useFindingsPages, type FindingRow } from './use-findings-pages.ts';
import './grid.css';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 32;
const VIEW_HEIGHT = 420;

/** Short lists get a short grid; long ones scroll inside a fixed height. */
const viewHeight = (total: number | null) =>
  Math.min(VIEW_HEIGHT, HEADER_HEIGHT + Math.max(total ?? 0, 3) * ROW_HEIGHT + 2);

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type FindingsGridProps = {
  runId: number;
  category: FindingCategory;
  onOpen: (row: FindingRow) => void;
  /** The sources the category has findings of, for the source filter. */
  sources: readonly string[];
  currency: string | null;
};

/** Mismatches carry a signed difference: their absolute sum is shown beside the net. */
const SIGNED: readonly FindingCategory[] = ['amount_mismatch', 'refund_mismatch'];

/**
 * A virtualized grid over one category's findings: fixed row height, sticky header whose columns
 * sort, filters and search above, pages fetched on scroll, arrow keys from row to row, and the
 * totals of the selected rows below.
 */
export function FindingsGrid({ runId, category, onOpen, sources, currency }: FindingsGridProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<GridView>(EMPTY_VIEW);
  const fees = category === 'fee_mismatch';
  // Typing settles before it is asked for; a click on a header or a filter asks at once.
  const search = useDebounced(view.search, 250);
  const query = viewQuery({ ...view, search }, currency);
  const { total, totals, error, kept, rowAt, ensureRows } = useFindingsPages(
    runId,
    category,
    fees ? { ...(query.search ? { search: query.search } : {}) } : query,
  );
  const columns = (category === 'fee_mismatch' ? FEE_COLUMNS : FINDING_COLUMNS) as GridColumn<FindingRow>[];
  const template = gridTemplate(columns);
  const width = gridWidth(columns);
  const scroller = useRef<HTMLDivElement>(null);

  // The virtualizer is mutable by design and this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  useEffect(() => {
    if (first !== undefined && last !== undefined) ensureRows(first, last);
  }, [first, last, ensureRows]);

  const queryKey = JSON.stringify(query);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  /** Arrow keys move the focus row to row, scrolling the next one into view first. */
  const moveFocus = (from: number, step: number) => {
    const next = Math.max(0, Math.min((total ?? 1) - 1, from + step));
    const row = () => scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${next + 1}"]`);
    virtualizer.scrollToIndex(next);
    // A rendered row takes the focus at once, so keys pressed in quick succession each move one row;
    // one still to be rendered takes it on the next frame.
    const rendered = row();
    if (rendered) rendered.focus({ preventScroll: true });
    else requestAnimationFrame(() => row()?.focus({ preventScroll: true }));
  };
  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number, row: FindingRow | undefined) => {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      moveFocus(index, step);
    } else if (event.key === 'Enter' && row) onOpen(row);
  };

  return (
    <div className="findings" data-testid={`grid-${category}`}>
      <div className="findings-toolbar">
        <GridToolbar view={view} onChange={setView} sources={sources} currency={currency} searchOnly={fees} />
        <Typography.Text type="secondary" data-testid="grid-total">
          {total === null ? t('grid.loading') : t('grid.total', { count: total })}
        </Typography.Text>
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {!kept && <Alert type="info" showIcon title={t('grid.notKept')} data-testid="grid-not-kept" />}
      <div
        ref={scroller}
        className="grid-scroll"
        style={{ height: viewHeight(total) }}
        role="grid"
        aria-rowcount={total ?? 0}
      >
        <div
          className="grid-header"
          style={{ gridTemplateColumns: template, minWidth: width, height: HEADER_HEIGHT }}
          role="row"
        >
          {columns.map((column) => {
            const sortable = !fees && isSortable(column.key);
            const sorted = view.sort?.column === column.key ? view.sort : null;
            const label = t(`grid.columns.${column.key}` as 'grid.columns.order_ref');
            return (
              <div
                key={column.key}
                role="columnheader"
                className={`cell${column.align === 'right' ? ' right' : ''}`}
                aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : undefined}
              >
                {sortable ? (
                  <button
                    type="button"
                    className="sort-header"
                    data-testid={`sort-${column.key}`}
                    onClick={() =>
                      isSortable(column.key) && setView({ ...view, sort: nextSort(view.sort, column.key) })
                    }
                  >
                    {label}
                    <span className="sort-mark" aria-hidden>
                      {sorted ? (sorted.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
        {total === 0 && <div className="grid-empty">{t('grid.empty')}</div>}
        <div style={{ height: virtualizer.getTotalSize(), minWidth: width, position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                tabIndex={row ? 0 : -1}
                className={`grid-row${item.index % 2 ? ' odd' : ''}${row ? '' : ' loading'}`}
                data-testid="grid-row"
                style={{
                  gridTemplateColumns: template,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
                }}
                onClick={() => row && onOpen(row)}
                onKeyDown={(event) => onRowKey(event, item.index, row)}
              >
                {columns.map((column) => (
                  <div
                    key={column.key}
                    role="gridcell"
                    className={`cell${column.align === 'right' ? ' right' : ''}${row && column.differs?.(row) ? ' differs' : ''}`}
                    title={row ? column.title?.(row, t) : undefined}
                  >
                    {row ? column.render(row, t) : column.key === columns[0]?.key ? t('grid.loading') : ''}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {category !== 'fee_mismatch' && (
        <GridTotals totals={totals} category={category} mismatch={SIGNED.includes(category)} />
      )}
    </div>
  );
}
