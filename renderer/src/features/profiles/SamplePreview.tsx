import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Space, Spin, Table, Tabs, Tag, Typography, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CanonicalRecord } from '../../../../core/canonical/record.ts';
import type { RowIssue } from '../../../../core/import/types.ts';
import type { ProfilePreview } from '../../../../core/profile/profile-test.ts';
import { Amount } from '../../components/Amount.tsx';
import { rowAttributes } from '../../components/test-id.ts';
import type { PreviewState } from './use-preview.ts';

const CONTROL_COLOR = { holds: 'green', mismatch: 'red', none: 'default' } as const;

/** The columns of a canonical record ops check first. */
const RECORD_FIELDS = [
  'booked_on',
  'occurred_at',
  'channel_ref',
  'order_ref',
  'counterparty',
  'description',
  'kind',
  'status',
] as const;

/** A record's field as the preview shows it: kinds and statuses in the app's language, the rest as read. */
function shownValue(record: CanonicalRecord, field: (typeof RECORD_FIELDS)[number], t: TFunction): string {
  if (field === 'kind') return t(`profiles.kind.${record.kind}`);
  if (field === 'status') return t(`profiles.status.${record.status}`);
  return record[field] ?? '';
}

function Records({ records }: { records: CanonicalRecord[] }) {
  const { t } = useTranslation();
  return (
    <Table<CanonicalRecord>
      size="small"
      pagination={false}
      rowKey={(record) => `${record.trace.line}:${record.kind}:${record.amount_minor}`}
      dataSource={records}
      scroll={{ x: 'max-content' }}
      onRow={(record) => rowAttributes({ 'data-testid': 'preview-record', 'data-line': String(record.trace.line) })}
      columns={[
        { title: t('profiles.preview.line'), key: 'line', render: (_, record) => record.trace.line },
        {
          title: t('profiles.field.amount'),
          key: 'amount',
          align: 'right',
          render: (_, record) => <Amount minor={record.amount_minor} currency={record.currency} showCurrency />,
        },
        {
          title: t('profiles.field.fee'),
          key: 'fee',
          align: 'right',
          render: (_, record) =>
            record.fee_minor === null ? '' : <Amount minor={record.fee_minor} currency={record.currency} />,
        },
        ...RECORD_FIELDS.map((field) => ({
          title: t(`profiles.field.${field}`),
          key: field,
          render: (_: unknown, record: CanonicalRecord) => (
            <span data-testid={`record-${field}`}>{shownValue(record, field, t)}</span>
          ),
        })),
      ]}
    />
  );
}

function Rejections({ rejections }: { rejections: RowIssue[] }) {
  const { t } = useTranslation();
  if (rejections.length === 0)
    return <Typography.Text type="secondary">{t('profiles.preview.noRejections')}</Typography.Text>;
  return (
    <Table<RowIssue>
      size="small"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowKey={(issue) => `${issue.line}:${issue.code}`}
      dataSource={rejections}
      onRow={(issue) => rowAttributes({ 'data-testid': 'preview-rejection', 'data-line': String(issue.line) })}
      columns={[
        { title: t('profiles.preview.line'), key: 'line', render: (_, issue) => issue.line },
        { title: t('profiles.preview.reason'), key: 'message', render: (_, issue) => issue.message },
        {
          title: t('profiles.preview.raw'),
          key: 'raw',
          render: (_, issue) => <code className="raw-row">{issue.raw}</code>,
        },
      ]}
    />
  );
}

/** One sample file read with the draft: counts, control status, confidence, then the rows both ways and the rejections. */
function FilePreview({ preview }: { preview: ProfilePreview }) {
  const { t } = useTranslation();
  const control = preview.control ?? 'none';
  return (
    <div className="file-preview" data-testid="file-preview" data-file={preview.file}>
      <Space wrap className="preview-facts">
        <strong>{preview.file}</strong>
        <Tag
          color={preview.confidence >= 0.5 ? 'green' : 'orange'}
          data-testid="preview-confidence"
          data-confidence={preview.confidence}
        >
          {t('profiles.preview.confidence', { percent: Math.round(preview.confidence * 100) })}
        </Tag>
        <span data-testid="preview-counts" data-imported={preview.imported} data-rejected={preview.rejected}>
          {t('profiles.preview.counts', { rows: preview.rows, imported: preview.imported, rejected: preview.rejected })}
        </span>
        <Tag color={CONTROL_COLOR[control]} data-testid="preview-control" data-status={control}>
          {t(`files.controls.${control}`)}
        </Tag>
        {Object.entries(preview.net_minor).map(([currency, minor]) => (
          <span key={currency} data-testid="preview-net">
            {t('profiles.preview.net')} <Amount minor={minor} currency={currency} showCurrency />
          </span>
        ))}
      </Space>
      {preview.error && <Alert type="error" showIcon title={preview.error.message} data-testid="preview-error" />}
      <Tabs
        size="small"
        defaultActiveKey="records"
        items={[
          {
            key: 'file',
            label: t('profiles.preview.asFile'),
            children: <pre className="file-head">{preview.head.join('\n')}</pre>,
          },
          { key: 'records', label: t('profiles.preview.asRecords'), children: <Records records={preview.records} /> },
          {
            key: 'rejections',
            label: t('profiles.preview.rejections', { count: preview.rejections.length }),
            children: <Rejections rejections={preview.rejections} />,
          },
        ]}
      />
    </div>
  );
}

/** The live preview of the draft on the sample files the user drops in. */
export function SamplePreview({
  samples,
  onSamples,
  state,
  valid,
}: {
  samples: readonly File[];
  onSamples: (files: File[]) => void;
  state: PreviewState;
  valid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="panel"
      title={t('profiles.preview.title')}
      extra={state.busy ? <Spin size="small" /> : null}
      data-testid="sample-preview"
    >
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          onSamples([...samples, file]);
          return Upload.LIST_IGNORE;
        }}
        className="sample-drop"
        data-testid="sample-drop"
      >
        <p className="ant-upload-text">
          <InboxOutlined /> {t('profiles.preview.drop')}
        </p>
      </Upload.Dragger>
      <Space wrap className="sample-list">
        {samples.map((file, index) => (
          <Tag
            key={`${file.name}:${index}`}
            closable
            onClose={() => onSamples(samples.filter((_, at) => at !== index))}
          >
            {file.name}
          </Tag>
        ))}
      </Space>
      {!valid && samples.length > 0 && <Alert type="warning" showIcon title={t('profiles.preview.fixFirst')} />}
      {state.error && <Alert type="error" showIcon title={state.error} />}
      {samples.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('profiles.preview.none')} />
      ) : (
        state.previews.map((preview, index) => <FilePreview key={`${preview.file}:${index}`} preview={preview} />)
      )}
    </Card>
  );
}
