import { Alert, Collapse, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChange, FileDiff } from '../../../../core/profile/profile-diff.ts';
import type { RowIssue } from '../../../../core/import/types.ts';
import { Amount } from '../../components/Amount.tsx';
import { rowAttributes } from '../../components/test-id.ts';

const shown = (value: unknown): string =>
  value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value);

/** A before → after pair, marked when it moved. */
function Moved({ before, after, testId }: { before: string; after: string; testId: string }) {
  return (
    <span
      data-testid={testId}
      data-before={before}
      data-after={after}
      className={before === after ? undefined : 'moved'}
    >
      {before} → {after}
    </span>
  );
}

function IssueList({ issues }: { issues: RowIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue) => (
        <li key={`${issue.line}:${issue.code}`}>
          <strong>{issue.line}</strong>: {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** Records one version reads and the other does not, by their line. */
function RecordList({ entries }: { entries: FileDiff['added'] }) {
  return (
    <ul className="issue-list">
      {entries.map((entry) => (
        <li key={`${entry.line}:${entry.index}`}>
          <strong>{entry.line}</strong>: {entry.record.kind}{' '}
          <Amount minor={entry.record.amount_minor} currency={entry.record.currency} showCurrency />{' '}
          {entry.record.channel_ref ?? entry.record.description ?? ''}
        </li>
      ))}
    </ul>
  );
}

/** One sample file's dry run: records added / removed / changed field by field, rejections, control and detection. */
function FileDiffView({ diff }: { diff: FileDiff }) {
  const { t } = useTranslation();
  const changes = diff.changed.flatMap((change) =>
    change.changes.map((field) => ({
      key: `${change.line}:${change.index}:${field.field}`,
      line: change.line,
      ...field,
    })),
  );
  return (
    <div className="file-diff" data-testid="file-diff" data-file={diff.file}>
      <Space wrap>
        <strong>{diff.file}</strong>
        <Tag color="green" data-testid="diff-added" data-count={diff.added.length}>
          {t('profiles.diff.added', { count: diff.added.length })}
        </Tag>
        <Tag color="red" data-testid="diff-removed" data-count={diff.removed.length}>
          {t('profiles.diff.removed', { count: diff.removed.length })}
        </Tag>
        <Tag color="blue" data-testid="diff-changed" data-count={diff.changed.length}>
          {t('profiles.diff.changed', { count: diff.changed.length })}
        </Tag>
        <Typography.Text type="secondary">{t('profiles.diff.unchanged', { count: diff.unchanged })}</Typography.Text>
      </Space>
      <div className="diff-facts">
        {t('profiles.diff.control')}{' '}
        <Moved
          testId="diff-control"
          before={t(`files.controls.${diff.control.before ?? 'none'}`)}
          after={t(`files.controls.${diff.control.after ?? 'none'}`)}
        />
        {' · '}
        {t('profiles.diff.detection')}{' '}
        <Moved
          testId="diff-detection"
          before={`${Math.round(diff.detection.before * 100)}%`}
          after={`${Math.round(diff.detection.after * 100)}%`}
        />
      </div>
      {(diff.error.before ?? diff.error.after) !== null && (
        <Alert type="warning" showIcon title={[diff.error.before, diff.error.after].filter(Boolean).join(' → ')} />
      )}
      {changes.length > 0 && (
        <Table<FieldChange & { key: string; line: number }>
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={changes}
          onRow={(change) => rowAttributes({ 'data-testid': 'diff-field-change', 'data-field': change.field })}
          columns={[
            { title: t('profiles.preview.line'), key: 'line', render: (_, change) => change.line },
            { title: t('profiles.diff.field'), key: 'field', render: (_, change) => <code>{change.field}</code> },
            { title: t('profiles.diff.before'), key: 'before', render: (_, change) => shown(change.before) },
            {
              title: t('profiles.diff.after'),
              key: 'after',
              render: (_, change) => <strong>{shown(change.after)}</strong>,
            },
          ]}
        />
      )}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'added',
            label: t('profiles.diff.added', { count: diff.added.length }),
            children: <RecordList entries={diff.added} />,
          },
          {
            key: 'removed',
            label: t('profiles.diff.removed', { count: diff.removed.length }),
            children: <RecordList entries={diff.removed} />,
          },
          {
            key: 'appeared',
            label: t('profiles.diff.appeared', { count: diff.rejections_appeared.length }),
            children: <IssueList issues={diff.rejections_appeared} />,
          },
          {
            key: 'disappeared',
            label: t('profiles.diff.disappeared', { count: diff.rejections_disappeared.length }),
            children: <IssueList issues={diff.rejections_disappeared} />,
          },
        ]}
      />
    </div>
  );
}

/** The dry run of a draft against the version it replaces, per sample file. */
export function DiffView({ diffs }: { diffs: readonly FileDiff[] }) {
  return (
    <div className="diff-view" data-testid="dry-run-diff">
      {diffs.map((diff, index) => (
        <FileDiffView key={`${diff.file}:${index}`} diff={diff} />
      ))}
    </div>
  );
}
