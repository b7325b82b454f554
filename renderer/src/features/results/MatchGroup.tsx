import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchRule } from '../../../../core/match/match-rules.ts';
import type { GroupRecord } from '../../../../core/match/types.ts';
import { Amount } from '../../components/Amount.tsx';
import { rowAttributes } from '../../components/test-id.ts';
import { sourcePlace } from '../../../../core/report/source-text.ts';

/**
 * A finding's pair or group: the rule that made it, named and explained, and each record of it —
 * the book order and its statement trades — with its reference, amount, time and source line.
 */
export function MatchGroup({ rule, group }: { rule: MatchRule; group: readonly GroupRecord[] }) {
  const { t } = useTranslation();
  const statements = group.filter((record) => record.side === 'statement').length;
  return (
    <div className="match-group">
      <Typography.Text strong data-testid="detail-match-rule">
        {t(`matchRule.${rule}`)}
      </Typography.Text>{' '}
      <code className="category-code">{rule}</code>
      <div data-testid="detail-match-rule-meaning">{t(`matchRuleMeaning.${rule}`)}</div>
      {group.length > 0 && (
        <>
          <Typography.Text type="secondary" className="match-group-count">
            {t('detail.groupCount', { count: statements })}
          </Typography.Text>
          <Table<GroupRecord>
            size="small"
            pagination={false}
            rowKey={(record) => `${record.file}:${record.line}`}
            dataSource={[...group]}
            onRow={(record) => rowAttributes({ 'data-testid': 'detail-group-record', 'data-side': record.side })}
            columns={[
              { key: 'side', title: t('detail.groupColumn.side'), render: (_, r) => t(`detail.groupSide.${r.side}`) },
              {
                key: 'reference',
                title: t('detail.groupColumn.reference'),
                render: (_, r) => <code>{r.channel_ref ?? '—'}</code>,
              },
              {
                key: 'amount',
                title: t('detail.groupColumn.amount'),
                align: 'right',
                render: (_, r) => <Amount minor={r.amount_minor} currency={r.currency} showCurrency />,
              },
              {
                key: 'time',
                title: t('detail.groupColumn.time'),
                render: (_, r) => r.occurred_at?.replace('T', ' ') ?? '—',
              },
              {
                key: 'line',
                title: t('detail.groupColumn.line'),
                render: (_, r) => (
                  <code data-testid="group-source-place">{sourcePlace(r.file, { member: null, line: r.line })}</code>
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
