import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SourceLine } from '../../../../core/match/types.ts';
import { sourcePlace } from '../../../../core/report/source-text.ts';

/**
 * The rows one side of a finding came from, each named by file, member and line, with its text as
 * the file has it where the workspace kept it (the rows of exceptions). A row that names its own
 * file (a payment on two channels) is placed in it.
 */
export function SourceLines({ file, lines }: { file: string; lines: readonly SourceLine[] }) {
  const { t } = useTranslation();
  const fileOf = (line: SourceLine) => line.file ?? file;
  if (lines.every((line) => line.raw === null && line.member === null)) {
    const files = new Set(lines.map(fileOf));
    const places =
      files.size > 1
        ? lines.map((line) => sourcePlace(fileOf(line), line)).join(', ')
        : `${[...files][0] ?? file}:${lines.map((line) => line.line).join(', ')}`;
    return <code data-testid="source-place">{places}</code>;
  }
  return (
    <div className="source-lines" data-testid="source-lines">
      {lines.map((line, index) => (
        <div key={index} className="source-line" data-testid="source-line">
          <code data-testid="source-place">{sourcePlace(fileOf(line), line)}</code>
          {line.raw === null ? (
            <Typography.Text type="secondary"> {t('detail.sourceNotKept')}</Typography.Text>
          ) : (
            <pre className="source-text" aria-label={t('detail.sourceText')} data-testid="source-text">
              {line.raw}
            </pre>
          )}
        </div>
      ))}
    </div>
  );
}

/** The statement side's rows: as kept with the finding, or only their line numbers (runs saved before). */
export const statementLines = (lines: string, sources: readonly SourceLine[] | undefined): readonly SourceLine[] =>
  sources ?? lines.split(',').map((line) => ({ line: Number(line), member: null, raw: null }));
