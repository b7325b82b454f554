import { Badge, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { categoryLabel, categorySeverity, type FindingCategory } from '../../components/format.ts';
import { PALETTES } from '../../components/palette.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FindingDrawer } from './FindingDrawer.tsx';
import { FindingsGrid } from './FindingsGrid.tsx';
import { FINDING_TABS, INFO_TABS, findingCount } from './summary-rows.ts';
import type { FindingRow } from './use-findings-pages.ts';

/** White count on the light theme's category text colours: AA in either theme (palette.test.ts). */
const BADGE = {
  system: PALETTES.light.category.system.text,
  exception: PALETTES.light.category.exception.text,
  info: PALETTES.light.category.info.text,
} as const;

type Browse = 'exceptions' | 'info';

/**
 * One tab per exception category and one for fee mismatches, each with its count; a toggle
 * turns to the informational outcomes (matched, refund matched, unpaid, closed, revoked).
 */
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
  const { t } = useTranslation();
  const [open, setOpen] = useState<FindingRow | null>(null);
  const language = currentLanguage();
  const browse: Browse = active !== null && (INFO_TABS as readonly string[]).includes(active) ? 'info' : 'exceptions';
  const tabs = browse === 'info' ? INFO_TABS : FINDING_TABS;
  const firstWithFindings = (codes: readonly FindingCategory[]) =>
    codes.find((code) => findingCount(summary, code) > 0) ?? codes[0] ?? 'amount_mismatch';
  return (
    <>
      <Segmented<Browse>
        size="small"
        value={browse}
        onChange={(value) => onChange(firstWithFindings(value === 'info' ? INFO_TABS : FINDING_TABS))}
        options={[
          { value: 'exceptions', label: t('results.browse.exceptions') },
          { value: 'info', label: t('results.browse.info') },
        ]}
        data-testid="findings-browse"
      />
      <Tabs
        size="small"
        activeKey={active ?? firstWithFindings(FINDING_TABS)}
        onChange={(key) => onChange(key as FindingCategory)}
        destroyOnHidden
        tabBarGutter={18}
        data-testid="findings-tabs"
        items={tabs.map((code) => {
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
