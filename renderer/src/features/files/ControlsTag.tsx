import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../core/import/types.ts';

const COLOR = { holds: 'green', mismatch: 'red', none: 'default' } as const;

/** The file's own control totals against what was imported: green holds, red mismatch, grey none. */
export function ControlsTag({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={COLOR[summary.control_status]} data-testid="control-status" data-status={summary.control_status}>
      {t(`files.controls.${summary.control_status}`)}
    </Tag>
  );
  if (summary.controls.length === 0) return tag;
  const lines = summary.controls.map((check) => (
    <div key={check.label} className={check.holds ? undefined : 'control-broken'}>
      {check.label}: {t('files.controls.stated')} {check.stated} · {t('files.controls.computed')} {check.computed}
    </div>
  ));
  return <Tooltip title={<div>{lines}</div>}>{tag}</Tooltip>;
}
