import { Alert, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '../../app/desk.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { fitsNoProfile, keptDraft } from './unknown-file.ts';
import { useLibrary } from './use-library.ts';

/** For each file no profile fits, both ways on: create a profile from it, or choose one to read it with. */
export function UnknownFiles({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const { imports } = desk.reconcile;
  const language = currentLanguage();
  const unknown = imports.entries.filter(fitsNoProfile);
  // Read again whenever Reconcile comes back on screen: a profile may have been published meanwhile.
  const { profiles } = useLibrary(desk.generation, unknown.length > 0 && desk.current === 'reconcile');
  const [chosen, setChosen] = useState<Record<number, string>>({});
  if (unknown.length === 0) return null;
  const options = (profiles ?? []).map((info) => ({
    value: info.label,
    label: `${info.label} · ${info.name[language]}`,
  }));
  return (
    <div className="unknown-files">
      {unknown.map((entry) => {
        const file = imports.fileOf(entry);
        const choice = chosen[entry.key];
        return (
          <Alert
            key={entry.key}
            type="info"
            showIcon
            data-testid="unknown-file"
            data-file={entry.file}
            title={t(entry.state === 'done' ? 'profiles.unknown.suggested' : 'profiles.unknown.refused', {
              file: entry.file,
            })}
            description={
              <Space wrap>
                <Button
                  type="primary"
                  size="small"
                  disabled={file === null && keptDraft(entry) === null}
                  onClick={() => desk.createProfileFrom({ name: entry.file, file, draft: keptDraft(entry) })}
                  data-testid="create-profile-from-file"
                >
                  {t('profiles.unknown.create')}
                </Button>
                <span>{t('profiles.unknown.or')}</span>
                <Select
                  showSearch
                  size="small"
                  className="force-profile"
                  placeholder={t('profiles.unknown.choose')}
                  options={options}
                  value={choice ?? null}
                  onChange={(label: string) => setChosen((current) => ({ ...current, [entry.key]: label }))}
                  data-testid="force-profile"
                />
                <Button
                  size="small"
                  disabled={choice === undefined || file === null}
                  onClick={() => choice !== undefined && imports.reimportWithProfile(entry, choice)}
                  data-testid="force-profile-read"
                >
                  {t('profiles.unknown.readWith')}
                </Button>
              </Space>
            }
          />
        );
      })}
    </div>
  );
}
