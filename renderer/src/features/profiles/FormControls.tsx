import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ControlRule, FigureRule } from '../../../../core/profile/types.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { useDraftField } from './draft-context.ts';
import { DraftItem } from './DraftItem.tsx';
import { TextField } from './FormLayout.tsx';

const MEASURES = ['count', 'sum', 'running', 'balanced'] as const;

/**
 * The file's own totals: the figures it states (a footer line read with a pattern) and the checks
 * of the rows against them (a count, a sum, a running balance). Other kinds of figures stay as the
 * JSON has them.
 */
export function FormControls() {
  const { t } = useTranslation();
  const figures = useDraftField<FigureRule[]>(['controls', 'figures']);
  const checks = useDraftField<ControlRule[]>(['controls', 'checks']);
  const figureList = figures.value ?? [];
  const checkList = checks.value ?? [];
  const readOnly = checks.readOnly;
  return (
    <>
      <Typography.Text strong>{t('profiles.form.checks')}</Typography.Text>
      {checkList.map((check, index) => (
        <div key={index} className="control-row" data-testid="form-control-check">
          <DraftItem path={['controls', 'checks', index, 'label']} label={t('profiles.form.checkLabel')}>
            <TextField path={['controls', 'checks', index, 'label']} testId={`form-check-label-${index}`} />
          </DraftItem>
          <DraftItem path={['controls', 'checks', index, 'measure']} label={t('profiles.form.checkMeasure')}>
            <Select
              disabled={readOnly}
              value={check.measure}
              options={MEASURES.map((measure) => ({ value: measure, label: t(`profiles.form.measures.${measure}`) }))}
              onChange={(measure: ControlRule['measure']) =>
                checks.set(checkList.map((each, at) => (at === index ? { ...each, measure } : each)))
              }
            />
          </DraftItem>
          <DraftItem path={['controls', 'checks', index, 'column']} label={t('profiles.form.checkColumn')}>
            <ColumnPicker path={['controls', 'checks', index, 'column']} single />
          </DraftItem>
          <DraftItem path={['controls', 'checks', index, 'figure']} label={t('profiles.form.checkFigure')}>
            <TextField path={['controls', 'checks', index, 'figure']} testId={`form-check-figure-${index}`} />
          </DraftItem>
          <Button
            type="text"
            disabled={readOnly}
            icon={<DeleteOutlined />}
            aria-label={t('profiles.form.removeCheck')}
            onClick={() => checks.set(checkList.filter((_, at) => at !== index))}
          />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        disabled={readOnly}
        icon={<PlusOutlined />}
        onClick={() => checks.set([...checkList, { label: '', measure: 'count' }])}
      >
        {t('profiles.form.addCheck')}
      </Button>
      <Typography.Text strong className="form-subtitle">
        {t('profiles.form.figures')}
      </Typography.Text>
      {figureList.map((figure, index) =>
        'line' in figure ? (
          <div key={index} className="control-row">
            <DraftItem path={['controls', 'figures', index, 'name']} label={t('profiles.form.figureName')}>
              <TextField path={['controls', 'figures', index, 'name']} testId={`form-figure-name-${index}`} />
            </DraftItem>
            <DraftItem path={['controls', 'figures', index, 'line']} label={t('profiles.form.figureLine')}>
              <TextField path={['controls', 'figures', index, 'line']} testId={`form-figure-line-${index}`} />
            </DraftItem>
            <Button
              type="text"
              disabled={readOnly}
              icon={<DeleteOutlined />}
              aria-label={t('profiles.form.removeFigure')}
              onClick={() => figures.set(figureList.filter((_, at) => at !== index))}
            />
          </div>
        ) : (
          <Typography.Text key={index} type="secondary" className="form-note">
            {figure.name}: {t('profiles.form.figureInJson')}
          </Typography.Text>
        ),
      )}
      <Button
        size="small"
        type="dashed"
        disabled={readOnly}
        icon={<PlusOutlined />}
        onClick={() => figures.set([...figureList, { name: '', line: '' }])}
      >
        {t('profiles.form.addFigure')}
      </Button>
    </>
  );
}
