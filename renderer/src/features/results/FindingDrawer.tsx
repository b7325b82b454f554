import { Card, Descriptions, Drawer, Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookSide, FeeFinding, Finding, StatementSide } from '../../../../core/match/types.ts';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { formatAmount, formatRatePpm } from '../../components/format.ts';
import { bookStatus, explainFinding } from './explain-finding.ts';
import { MatchGroup } from './MatchGroup.tsx';
import { SourceLines, statementLines } from './SourceLines.tsx';
import type { FindingRow } from './use-findings-pages.ts';

const isFee = (row: FindingRow): row is FeeFinding => 'expected_fee_minor' in row;

const red = (differs: boolean, node: ReactNode) => <span className={differs ? 'text-system' : undefined}>{node}</span>;

function BookCard({ book, finding }: { book: BookSide | null; finding: Finding }) {
  const { t } = useTranslation();
  const differs = (field: Finding['differing'][number]) => finding.differing.includes(field);
  return (
    <Card
      size="small"
      title={t('detail.book')}
      className={book ? 'side-present' : 'side-absent'}
      data-testid="detail-book"
    >
      {book ? (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('detail.status')}>
            {red(differs('status'), `${bookStatus(finding, t)}${book.raw_status ? ` (${book.raw_status})` : ''}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.amount')}>
            {red(
              differs('amount') || differs('currency'),
              `${formatAmount(book.amount_minor, book.currency)} ${book.currency}`,
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.refund')}>
            {red(differs('refund'), formatAmount(book.refund_minor, book.currency))}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.channelRef')}>
            <code>{book.channel_ref ?? '—'}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.occurredAt')}>{book.occurred_at ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.counterparty')}>{book.counterparty || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.description')}>{book.description || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.origin')}>
            <SourceLines
              file={book.file}
              lines={[{ line: book.line, member: book.member ?? null, raw: book.raw ?? null }]}
            />
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={red(true, t('detail.absent'))} />
      )}
    </Card>
  );
}

function StatementCard({ statement, finding }: { statement: StatementSide | null; finding: Finding }) {
  const { t } = useTranslation();
  const differs = (field: Finding['differing'][number]) => finding.differing.includes(field);
  if (!statement)
    return (
      <Card size="small" title={t('detail.statement')} className="side-absent" data-testid="detail-statement">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={red(true, t('detail.absent'))} />
      </Card>
    );
  const money = (minor: number) => formatAmount(minor, statement.currency);
  return (
    <Card size="small" title={t('detail.statement')} data-testid="detail-statement">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('detail.payments')}>{red(differs('count'), statement.payments)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.amount')}>
          {red(differs('amount') || differs('currency'), `${money(statement.amount_minor)} ${statement.currency}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.refund')}>
          {red(differs('refund'), money(statement.refund_minor))}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.reversal')}>{money(statement.reversal_minor)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.fee')}>{money(statement.fee_minor)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.channelRef')}>
          <code>{statement.channel_refs || '—'}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.occurredAt')}>{statement.occurred_at ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('detail.counterparty')}>{statement.counterparty || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('detail.description')}>{statement.description || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('detail.origin')}>
          <SourceLines file={statement.file} lines={statementLines(statement.lines, statement.sources)} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function FindingDetail({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="detail">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('detail.category')} span={2}>
          <CategoryTag code={finding.category} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grid.columns.source')}>{finding.source}</Descriptions.Item>
        <Descriptions.Item
          label={t('detail.amount')}
        >{`${formatAmount(finding.amount_minor, finding.currency)} ${finding.currency}`}</Descriptions.Item>
        <Descriptions.Item label={t('detail.rule')} span={2}>
          <div data-testid="detail-explanation">{explainFinding(finding, t)}</div>
          <Typography.Text type="secondary" className="detail-engine-rule" data-testid="detail-engine-rule">
            {t('detail.engineRule', { rule: finding.rule })}
          </Typography.Text>
        </Descriptions.Item>
        {finding.match_rule && (
          <Descriptions.Item label={t('detail.matchRule')} span={2}>
            <MatchGroup rule={finding.match_rule} group={finding.group ?? []} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('detail.differing')} span={2}>
          {finding.differing.length === 0
            ? '—'
            : finding.differing.map((field) => (
                <Tag key={field} color="red">
                  {t(`detail.field.${field}`)}
                </Tag>
              ))}
        </Descriptions.Item>
      </Descriptions>
      <div className="detail-sides">
        <BookCard book={finding.book} finding={finding} />
        <StatementCard statement={finding.statement} finding={finding} />
      </div>
    </Space>
  );
}

function FeeDetail({ finding }: { finding: FeeFinding }) {
  const { t } = useTranslation();
  const money = (minor: number) => `${formatAmount(minor, finding.currency)} ${finding.currency}`;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('detail.category')}>
        <CategoryTag code="fee_mismatch" />
      </Descriptions.Item>
      <Descriptions.Item label={t('grid.columns.source')}>{finding.source}</Descriptions.Item>
      <Descriptions.Item label={t('detail.kind')}>{finding.kind}</Descriptions.Item>
      <Descriptions.Item label={t('detail.channelRef')}>
        <code>{finding.channel_ref ?? '—'}</code>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.amount')}>{money(finding.amount_minor)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.fee')}>{red(true, money(finding.fee_minor))}</Descriptions.Item>
      <Descriptions.Item label={t('detail.expectedFee')}>{money(finding.expected_fee_minor)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.rate')}>{formatRatePpm(finding.rate_ppm)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.origin')}>
        <SourceLines
          file={finding.file}
          lines={[{ line: finding.line, member: finding.member ?? null, raw: finding.raw ?? null }]}
        />
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Everything known about one finding, both sides, and the file and line each came from. */
export function FindingDrawer({ row, onClose }: { row: FindingRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      size={760}
      title={row ? t('detail.title', { ref: row.order_ref ?? row.source }) : ''}
      data-testid="finding-drawer"
    >
      {row && (isFee(row) ? <FeeDetail finding={row} /> : <FindingDetail finding={row} />)}
    </Drawer>
  );
}
