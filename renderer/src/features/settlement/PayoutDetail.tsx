import { Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BankEntry, FundCheck, PayoutFinding } from '../../../../core/settle/types.ts';
import { Amount } from '../../components/Amount.tsx';

/** A payout opened: the expected net broken into gross, refunds and fees, and the bank line it was found by. */
export function PayoutDetail({ payout }: { payout: PayoutFinding }) {
  const { t } = useTranslation();
  const money = (minor: number) => <Amount minor={minor} currency={payout.currency} showCurrency />;
  return (
    <div className="payout-detail" data-testid={`payout-detail-${payout.source}-${payout.settlement_date}`}>
      <Descriptions size="small" bordered column={1} title={t('settlement.breakdown')}>
        <Descriptions.Item label={t('settlement.gross')}>{money(payout.gross_minor)}</Descriptions.Item>
        <Descriptions.Item label={t('settlement.refunds')}>{money(-payout.refunds_minor)}</Descriptions.Item>
        <Descriptions.Item label={t('settlement.fees')}>{money(-payout.fees_minor)}</Descriptions.Item>
        {payout.adjustments_minor !== 0 && (
          <Descriptions.Item label={t('settlement.adjustments')}>{money(payout.adjustments_minor)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('settlement.expected')}>
          <strong>{money(payout.expected_minor)}</strong>
        </Descriptions.Item>
        {payout.stated_payout_minor !== null && (
          <Descriptions.Item label={t('settlement.statedPayout')}>
            {money(payout.stated_payout_minor)}
          </Descriptions.Item>
        )}
        {payout.account && <Descriptions.Item label={t('settlement.account')}>{payout.account}</Descriptions.Item>}
      </Descriptions>
      {payout.fund_bill && <FundCheckLines check={payout.fund_bill} currency={payout.currency} />}
      <Typography.Title level={5}>{t('settlement.bankLine')}</Typography.Title>
      {payout.bank.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settlement.noBankLine')} />
      ) : (
        payout.bank.map((entry) => <BankLine key={entry.record_id} entry={entry} />)
      )}
    </div>
  );
}

/** The payout against the channel's fund bills: their net and withdrawal, each against the expected payout. */
function FundCheckLines({ check, currency }: { check: FundCheck; currency: string }) {
  const { t } = useTranslation();
  const money = (minor: number | null) =>
    minor === null ? '—' : <Amount minor={minor} currency={currency} showCurrency />;
  const against = (difference: number | null) =>
    difference === null ? null : (
      <span className={difference === 0 ? undefined : 'text-exception'}>
        {' '}
        ({t('settlement.fundDifference')}: {money(difference)})
      </span>
    );
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={`${t('settlement.fundBill')} · ${t(`settlement.fundChecks.${check.status}`)}`}
      data-testid="fund-check-detail"
    >
      <Descriptions.Item label={t('settlement.fundNet')}>
        {money(check.net_minor)}
        {against(check.net_difference_minor)}
      </Descriptions.Item>
      {check.payout_minor !== null && (
        <Descriptions.Item label={t('settlement.fundPayout')}>
          {money(check.payout_minor)}
          {against(check.payout_difference_minor)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('settlement.fundFiles')}>{check.files.join(', ')}</Descriptions.Item>
    </Descriptions>
  );
}

/** One bank entry as the statement has it, back to its file and line. */
export function BankLine({ entry }: { entry: BankEntry }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" bordered column={2} className="bank-line" data-testid="bank-line">
      <Descriptions.Item label={t('settlement.booked')}>{entry.booked_on}</Descriptions.Item>
      <Descriptions.Item label={t('settlement.amount')}>
        <Amount minor={entry.amount_minor} currency={entry.currency} showCurrency />
      </Descriptions.Item>
      <Descriptions.Item label={t('settlement.counterparty')}>{entry.counterparty}</Descriptions.Item>
      <Descriptions.Item label={t('settlement.text')}>{entry.description}</Descriptions.Item>
      <Descriptions.Item label={t('settlement.reference')}>{entry.reference}</Descriptions.Item>
      <Descriptions.Item label={t('settlement.where')}>{`${entry.file}:${entry.line}`}</Descriptions.Item>
    </Descriptions>
  );
}
