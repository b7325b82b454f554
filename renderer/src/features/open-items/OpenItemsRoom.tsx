import { Alert, App, Card, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import type { Desk } from '../../app/desk.ts';
import { DEFAULT_FILTER, filterItems, latestBusinessDate, openAging, type ItemFilter } from '../ledger/item-view.ts';
import { AgeBuckets } from './AgeBuckets.tsx';
import { HandlingTable } from './HandlingTable.tsx';
import { ItemDrawer } from './ItemDrawer.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { ItemsToolbar } from './ItemsToolbar.tsx';
import { LockedPeriods } from './LockedPeriods.tsx';
import { ResolveDialog } from './ResolveDialog.tsx';
import './open-items.css';

/** The ledger's exceptions day after day: aged, filtered, resolved with a reason, reopened, each with its trail. */
export function OpenItemsRoom({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { ledger } = desk;
  const { items, history, audit, settings } = ledger.data;
  const [filter, setFilter] = useState<ItemFilter>(DEFAULT_FILTER);
  const [selected, setSelected] = useState<string[]>([]);
  const [resolving, setResolving] = useState(false);
  const [trail, setTrail] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const latest = latestBusinessDate(history);
  const signoffs = audit?.signoffs ?? [];
  const shown = useMemo(() => filterItems(items, filter, latest), [items, filter, latest]);
  const categories = useMemo(() => [...new Set(items.map((item) => item.category))].sort(), [items]);
  // Only what is on screen stays selected: a filter changed or an item resolved drops it from the selection.
  const chosen = useMemo(() => {
    const visible = new Set(shown.map((item) => item.id));
    return selected.filter((id) => visible.has(id));
  }, [shown, selected]);
  const trailItem = items.find((item) => item.id === trail);
  const chosenItems = shown.filter((item) => chosen.includes(item.id));
  const allIn = (state: LedgerItem['state']) =>
    chosenItems.length > 0 && chosenItems.every((item) => item.state === state);

  const toggleAge = (bucket: ItemFilter['ages'][number]) =>
    setFilter((current) => ({
      ...current,
      ages: current.ages.includes(bucket) ? current.ages.filter((age) => age !== bucket) : [...current.ages, bucket],
    }));
  const resolve = async (reason: string, note: string) => {
    const issues = await ledger.resolve(chosen, reason, note);
    if (!issues) {
      void message.success(t('ledger.resolve.done', { count: chosen.length }));
      setSelected([]);
    }
    return issues;
  };
  const reopen = async () => {
    const count = chosen.length;
    const issues = await ledger.reopen(chosen, '');
    if (issues) setRefused(issues.map((issue) => issue.message).join(' '));
    else {
      setRefused(null);
      setSelected([]);
      void message.success(t('ledger.resolve.reopened', { count }));
    }
  };

  return (
    <Space orientation="vertical" size="middle" className="results">
      <Card size="small" className="panel" title={t('ledger.items.title')} data-testid="open-items">
        <LockedPeriods signoffs={signoffs} />
        <AgeBuckets aging={openAging(items, latest)} latest={latest} chosen={filter.ages} onChoose={toggleAge} />
        <ItemsToolbar
          filter={filter}
          onChange={setFilter}
          categories={categories}
          currency={items[0]?.currency ?? null}
          selected={chosen.length}
          canResolve={allIn('open')}
          canReopen={allIn('resolved')}
          onResolve={() => setResolving(true)}
          onReopen={() => void reopen()}
        />
        {refused && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setRefused(null) }}
            title={t('ledger.resolve.refused')}
            description={refused}
            className="run-note"
            data-testid="items-refused"
          />
        )}
        <div className="items-count" data-testid="items-count" data-shown={shown.length}>
          {t('ledger.items.count', { shown: shown.length, total: items.length })}
        </div>
        <ItemsTable
          items={shown}
          latest={latest}
          signoffs={signoffs}
          selected={chosen}
          onSelect={setSelected}
          onTrail={(item) => setTrail(item.id)}
        />
        {resolving && (
          <ResolveDialog
            count={chosen.length}
            reasons={settings?.reasons ?? []}
            currency={chosenItems[0]?.currency ?? null}
            onResolve={resolve}
            onClose={() => setResolving(false)}
          />
        )}
        {trailItem && <ItemDrawer item={trailItem} onClose={() => setTrail(null)} />}
      </Card>
      <Card size="small" className="panel" title={t('ledger.handling.title')}>
        <HandlingTable metrics={ledger.data.metrics} />
      </Card>
    </Space>
  );
}
