import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A map from a column's values to what they mean (a row kind, a status), one line per value.
 * Renaming a value keeps its place; an empty name is allowed while typing and refused by validation.
 */
export function ValueMap<T>({
  entries,
  onChange,
  blank,
  render,
  readOnly,
  testId,
}: {
  entries: Record<string, T>;
  onChange: (next: Record<string, T>) => void;
  blank: T;
  render: (value: T, set: (next: T) => void) => ReactNode;
  readOnly: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const list = Object.entries(entries);
  const write = (next: [string, T][]) => onChange(Object.fromEntries(next));
  return (
    <div className="value-map" data-testid={testId}>
      {list.map(([name, value], index) => (
        <div className="value-map-row" key={index}>
          <Input
            disabled={readOnly}
            value={name}
            aria-label={t('profiles.form.value')}
            onChange={(event) =>
              write(list.map((entry, at) => (at === index ? [event.target.value, entry[1]] : entry)))
            }
          />
          <span className="value-map-arrow">→</span>
          {render(value, (next) => write(list.map((entry, at) => (at === index ? [entry[0], next] : entry))))}
          <Button
            size="small"
            type="text"
            disabled={readOnly}
            icon={<DeleteOutlined />}
            aria-label={t('profiles.form.removeValue')}
            onClick={() => write(list.filter((_, at) => at !== index))}
          />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        disabled={readOnly || Object.hasOwn(entries, '')}
        icon={<PlusOutlined />}
        onClick={() => write([...list, ['', blank]])}
      >
        {t('profiles.form.addValue')}
      </Button>
    </div>
  );
}
