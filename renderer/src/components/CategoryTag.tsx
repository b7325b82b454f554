import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryLabel, categorySeverity, type FindingCategory } from './format.ts';
import { currentLanguage } from '../i18n/index.ts';

/** A category as finance staff read it: the label in the current language, the stable code beside it. */
export function CategoryTag({ code, withCode = true }: { code: FindingCategory; withCode?: boolean }) {
  useTranslation();
  const severity = categorySeverity(code);
  return (
    <span className={`category category-${severity}`}>
      {/* Coloured from the palette (category-tag in styles.css), checked for contrast in both themes. */}
      <Tag className={`category-tag category-tag-${severity}`} variant={severity === 'info' ? 'outlined' : 'filled'}>
        {categoryLabel(code, currentLanguage())}
      </Tag>
      {withCode && <code className="category-code">{code}</code>}
    </span>
  );
}
