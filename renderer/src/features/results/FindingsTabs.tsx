import { Badge, Tabs } from 'antd';
import { useState } from 'react';
import type { RunSummary } from '../../../../core/match/types.ts';
import { categoryLabel, categorySeverity, type FindingCategory } from '../../components/format.ts';
import { PALETTES } from '../../components/palette.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FindingDrawer } from './FindingDrawer.tsx';
import { FindingsGrid } from './FindingsGrid.tsx';
import { FINDING_TABS, findingCount } from './summary-rows.ts';
import type { FindingRow } from './use-findings-pages.ts';

/** White count on the light theme's category text colours: AA in either theme (palette.test.ts). */
const BADGE = {
  system: PALETTES.light.category.system.text,
  exception: PALETTES.light.category.exception.text,
  info: PALETTES.light.category.info.text,
} as const;

/** One tab per exception category and one for fee mismatches, each with its count. */
export function FindingsTabs({
  summary,
  active,
  onChange,
}: {
  summary: RunSummary;
  /** The open tab; the first category with findings until one is chosen. */
  active: FindingCategory | null;
  onChange: (code: FindingCategory) => void;
}) {
  const [open, setOpen] = useState<FindingRow | null>(null);
  const language = currentLanguage();
  const firstWithFindings = FINDING_TABS.find((code) => findingCount(summary, code) > 0) ?? 'amount_mismatch';
  return (
    <>
      <Tabs
        size="small"
        activeKey={active ?? firstWithFindings}
        onChange={(key) => onChange(key as FindingCategory)}
        destroyOnHidden
        tabBarGutter={18}
        data-testid="findings-tabs"
        items={FINDING_TABS.map((code) => {
          const count = findingCount(summary, code);
          const severity = categorySeverity(code);
          return {
            key: code,
            label: (
              <span data-testid={`tab-${code}`} className={`tab-label severity-${severity}`}>
                {categoryLabel(code, language)}{' '}
                <Badge
                  count={count}
                  showZero
                  overflowCount={99_999}
                  color={count === 0 ? '#d9d9d9' : BADGE[severity]}
                  size="small"
                />
              </span>
            ),
            children: (
              <FindingsGrid
                runId={summary.run_id}
                category={code}
                onOpen={setOpen}
                sources={code === 'fee_mismatch' ? [] : Object.keys(summary.categories[code].by_source).sort()}
                currency={summary.currency}
              />
            ),
          };
        })}
      />
      <FindingDrawer row={open} onClose={() => setOpen(null)} />
    </>
  );
}
