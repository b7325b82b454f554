import { Alert, Input, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingCategory } from '../../components/format.ts';
import { FEE_COLUMNS, FINDING_COLUMNS, gridTemplate, gridWidth, type GridColumn } from './grid-columns.tsx';
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

type FindingsGridProps = { runId: number; category: FindingCategory; onOpen: (row: FindingRow) => void };

/** A virtualized grid over one category's findings: fixed row height, sticky header, pages fetched on scroll. */
export function FindingsGrid({ runId, category, onOpen }: FindingsGridProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), 250);
  const { total, error, rowAt, ensureRows } = useFindingsPages(runId, category, search);
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

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [search]);

  return (
    <div className="findings" data-testid={`grid-${category}`}>
      <div className="findings-toolbar">
        <Input.Search
          allowClear
          placeholder={t('grid.search')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          style={{ width: 260 }}
          data-testid="grid-search"
        />
        <Typography.Text type="secondary" data-testid="grid-total">
          {total === null ? t('grid.loading') : t('grid.total', { count: total })}
        </Typography.Text>
      </div>
      {error && <Alert type="error" showIcon title={error} />}
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
          {columns.map((column) => (
            <div key={column.key} role="columnheader" className={column.align === 'right' ? 'cell right' : 'cell'}>
              {t(`grid.columns.${column.key}` as 'grid.columns.order_ref')}
            </div>
          ))}
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
                onKeyDown={(event) => event.key === 'Enter' && row && onOpen(row)}
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
    </div>
  );
}
