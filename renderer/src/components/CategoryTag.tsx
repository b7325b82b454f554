import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryLabel, categorySeverity, type FindingCategory } from './format.ts';
import { currentLanguage } from '../i18n/index.ts';

const COLOR = { system: 'red', exception: 'orange', info: 'default' } as const;

/** A category as finance staff read it: the label in the current language, the stable code beside it. */
export function CategoryTag({ code, withCode = true }: { code: FindingCategory; withCode?: boolean }) {
  useTranslation();
  const severity = categorySeverity(code);
  return (
    <span className={`category category-${severity}`}>
      <Tag color={COLOR[severity]} variant={severity === 'info' ? 'outlined' : 'filled'}>
        {categoryLabel(code, currentLanguage())}
      </Tag>
      {withCode && <code className="category-code">{code}</code>}
    </span>
  );
}
