import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileInfo } from '../../../../core/rpc/contract.ts';
import { rowAttributes } from '../../components/test-id.ts';
import { formatTime } from './format-time.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { libraryRows, type LibraryRow, type OriginFilter } from './library-rows.ts';

export const StatusTag = ({ info }: { info: Pick<ProfileInfo, 'origin' | 'status'> }) => {
  const { t } = useTranslation();
  if (info.origin === 'builtin') return <Tag>{t('profiles.builtin')}</Tag>;
  return info.status === 'draft' ? (
    <Tag color="gold">{t('profiles.draft')}</Tag>
  ) : (
    <Tag color="green">{t('profiles.published')}</Tag>
  );
};

/** Every version of one profile: its status, change note, imports and when it last read a file. */
function Versions({ row, onOpen }: { row: LibraryRow; onOpen: (info: ProfileInfo) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table<ProfileInfo>
      size="small"
      rowKey="content_hash"
      pagination={false}
      dataSource={row.versions}
      onRow={(info) => rowAttributes({ 'data-testid': 'profile-version-row', 'data-label': info.label })}
      columns={[
        { title: t('profiles.columns.version'), key: 'label', render: (_, info) => <code>{info.label}</code> },
        { title: t('profiles.columns.status'), key: 'status', render: (_, info) => <StatusTag info={info} /> },
        { title: t('profiles.columns.note'), key: 'note', render: (_, info) => info.note ?? '' },
        {
          title: t('profiles.columns.published'),
          key: 'at',
          render: (_, info) => formatTime(info.published_at ?? null, language),
        },
        {
          title: t('profiles.columns.hash'),
          key: 'hash',
          render: (_, info) => <code className="muted">{info.content_hash.slice(0, 12)}</code>,
        },
        {
          title: t('profiles.columns.imports'),
          key: 'imports',
          align: 'right',
          render: (_, info) => <span data-testid="version-imports">{info.imports}</span>,
        },
        {
          title: t('profiles.columns.lastUsed'),
          key: 'used',
          render: (_, info) => formatTime(info.last_used, language),
        },
        {
          key: 'open',
          align: 'right',
          render: (_, info) => (
            <Button size="small" type="link" onClick={() => onOpen(info)} data-testid="open-version">
              {t('profiles.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}

/** The library: built-in and the user's profiles, found by search, opened in the editor. */
export function ProfileList({
  profiles,
  onOpen,
  onImportFiles,
}: {
  profiles: ProfileInfo[] | null;
  onOpen: (info: ProfileInfo) => void;
  onImportFiles: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [search, setSearch] = useState('');
  const [origin, setOrigin] = useState<OriginFilter>('all');
  const rows = useMemo(() => libraryRows(profiles ?? [], search, origin), [profiles, search, origin]);
  const columns: ColumnsType<LibraryRow> = [
    {
      title: t('profiles.columns.profile'),
      key: 'name',
      render: (_, row) => (
        <div>
          <div>{row.latest.name[language]}</div>
          <Typography.Text type="secondary" className="profile-id">
            {row.latest.label}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('profiles.columns.origin'),
      key: 'origin',
      render: (_, row) =>
        row.origin === 'builtin' ? (
          <StatusTag info={row.latest} />
        ) : (
          <Space size={4}>
            <Tag color="blue">{t('profiles.mine')}</Tag>
            <StatusTag info={row.latest} />
          </Space>
        ),
    },
    { title: t('profiles.columns.format'), key: 'format', render: (_, row) => <code>{row.latest.format}</code> },
    { title: t('profiles.columns.side'), key: 'side', render: (_, row) => t(`files.side.${row.latest.side}`) },
    { title: t('profiles.columns.source'), key: 'source', render: (_, row) => row.latest.source },
    { title: t('profiles.columns.versions'), key: 'versions', align: 'right', render: (_, row) => row.versions.length },
    { title: t('profiles.columns.imports'), key: 'imports', align: 'right', render: (_, row) => row.imports },
    { title: t('profiles.columns.lastUsed'), key: 'used', render: (_, row) => formatTime(row.last_used, language) },
    {
      key: 'open',
      align: 'right',
      render: (_, row) => (
        <Button size="small" onClick={() => onOpen(row.latest)} data-testid="open-profile">
          {t('profiles.open')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      size="small"
      className="panel"
      title={t('profiles.title')}
      extra={
        <Button size="small" icon={<ImportOutlined />} onClick={onImportFiles} data-testid="import-profile-files">
          {t('profiles.importFiles')}
        </Button>
      }
    >
      <Space className="library-toolbar" wrap>
        <Input.Search
          allowClear
          placeholder={t('profiles.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="profile-search"
        />
        <Segmented<OriginFilter>
          value={origin}
          onChange={setOrigin}
          options={[
            { value: 'all', label: t('profiles.all') },
            { value: 'user', label: t('profiles.mine') },
            { value: 'builtin', label: t('profiles.builtins') },
          ]}
          data-testid="profile-origin"
        />
        <Typography.Text type="secondary">{t('profiles.count', { count: rows.length })}</Typography.Text>
      </Space>
      <Table<LibraryRow>
        size="small"
        rowKey="key"
        loading={profiles === null}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (row) => <Versions row={row} onOpen={onOpen} /> }}
        onRow={(row) =>
          rowAttributes({ 'data-testid': 'profile-row', 'data-profile': row.latest.id, 'data-origin': row.origin })
        }
        data-testid="profile-list"
      />
    </Card>
  );
}
