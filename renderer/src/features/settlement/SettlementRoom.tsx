import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BankFinding, FundCheckStatus, PayoutFinding, PayoutStatus } from '../../../../core/settle/types.ts';
import type { Desk } from '../../app/desk.ts';
import { Amount } from '../../components/Amount.tsx';
import { PayoutDetail } from './PayoutDetail.tsx';
import './settlement.css';

const STATUS_COLOR: Record<PayoutStatus, string> = { matched: 'green', short: 'red', over: 'orange', missing: 'red' };
const FUND_COLOR: Record<FundCheckStatus, string> = { cross_checked: 'green', fund_bill_difference: 'orange' };
const OUTCOME_COLOR: Record<BankFinding['outcome'], string> = {
  bank_only: 'orange',
  bank_charge: 'default',
  bank_debit_unexplained: 'red',
};

const payoutKey = (payout: PayoutFinding) => `${payout.source}-${payout.settlement_date}-${payout.currency}`;

/** The run's payouts per channel and bill date against the bank, and the bank entries no payout explains. */
export function SettlementRoom({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const settlement = desk.reconcile.run.summary?.settlement;
  if (!settlement)
    return (
      <Card title={t('settlement.title')} data-testid="settlement-room">
        <Empty description={t('settlement.empty')} />
      </Card>
    );
  const { bank_only: bankOnly, bank_charges: charges, unexplained_debits: debits } = settlement;
  return (
    <Space direction="vertical" size="middle" className="settlement-room" data-testid="settlement-room">
      <Card title={t('settlement.payouts')} extra={settlement.bank_files.join(', ')}>
        <Table<PayoutFinding>
          size="small"
          bordered
          pagination={false}
          rowKey={payoutKey}
          dataSource={settlement.payouts}
          data-testid="payout-table"
          expandable={{ expandedRowRender: (payout) => <PayoutDetail payout={payout} />, expandRowByClick: true }}
          onRow={(payout) => ({ 'data-testid': `payout-${payout.source}-${payout.settlement_date}` }) as object}
          columns={[
            { title: t('settlement.channel'), dataIndex: 'source' },
            { title: t('settlement.billDate'), dataIndex: 'settlement_date' },
            {
              title: t('settlement.expected'),
              align: 'right',
              render: (_, payout) => <Amount minor={payout.expected_minor} currency={payout.currency} />,
            },
            {
              title: t('settlement.credited'),
              align: 'right',
              render: (_, payout) =>
                payout.credited_minor === null ? (
                  '—'
                ) : (
                  <Amount minor={payout.credited_minor} currency={payout.currency} />
                ),
            },
            {
              title: t('settlement.difference'),
              align: 'right',
              render: (_, payout) => (
                <span className={payout.difference_minor === 0 ? undefined : 'text-exception'}>
                  <Amount minor={payout.difference_minor} currency={payout.currency} />
                </span>
              ),
            },
            {
              title: t('settlement.status'),
              render: (_, payout) => (
                <Tag color={STATUS_COLOR[payout.status]}>{t(`settlement.statuses.${payout.status}`)}</Tag>
              ),
            },
            {
              title: t('settlement.fundBill'),
              render: (_, { fund_bill: fund }) =>
                fund ? (
                  <Tag color={FUND_COLOR[fund.status]} data-testid="fund-check">
                    {t(`settlement.fundChecks.${fund.status}`)}
                  </Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
        {settlement.fund_flows && settlement.fund_flows.count > 0 && (
          <Typography.Text type="secondary" data-testid="fund-flows">
            {t('settlement.fundFlows', {
              count: settlement.fund_flows.count,
              files: settlement.fund_flows.files.join(', '),
            })}
          </Typography.Text>
        )}
      </Card>
      <Card
        title={t('settlement.bankEntries')}
        extra={t('settlement.totals', { bankOnly: bankOnly.count, charges: charges.count, debits: debits.count })}
      >
        <BankEntries findings={settlement.bank_entries} />
      </Card>
    </Space>
  );
}

function BankEntries({ findings }: { findings: readonly BankFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <Typography.Text type="secondary">{t('settlement.noBankEntries')}</Typography.Text>;
  return (
    <Table<BankFinding>
      size="small"
      bordered
      pagination={false}
      rowKey={(finding) => finding.entry.record_id}
      dataSource={[...findings]}
      data-testid="bank-entries"
      columns={[
        {
          title: t('settlement.outcome'),
          render: (_, { outcome }) => <Tag color={OUTCOME_COLOR[outcome]}>{t(`settlement.outcomes.${outcome}`)}</Tag>,
        },
        { title: t('settlement.booked'), render: (_, { entry }) => entry.booked_on },
        {
          title: t('settlement.amount'),
          align: 'right',
          render: (_, { entry }) => <Amount minor={entry.amount_minor} currency={entry.currency} />,
        },
        { title: t('settlement.counterparty'), render: (_, { entry }) => entry.counterparty },
        { title: t('settlement.text'), render: (_, { entry }) => entry.description },
        { title: t('settlement.reference'), render: (_, { entry }) => entry.reference },
        { title: t('settlement.where'), render: (_, { entry }) => `${entry.file}:${entry.line}` },
      ]}
    />
  );
}
