import { CATEGORIES, CATEGORY_CODES } from '../match/categories.ts';
import { figure, integer, text } from './cells.ts';
import type { LedgerReport } from '../ledger/report-input.ts';
import type { RowWriter } from './row-writer.ts';
import type { ReportLanguage } from './types.ts';

const WORDS = {
  en: {
    heading: (date: string) => `Handling of exceptions (business day ${date})`,
    header: [
      'Category',
      'Open',
      'Closed automatically',
      'Closed by hand',
      'Median h',
      'P90 h',
      'Target h',
      'Past target',
    ],
  },
  'zh-CN': {
    heading: (date: string) => `异常处理（业务日 ${date}）`,
    header: ['类别', '未结', '自动关闭', '人工关闭', '中位时长（小时）', 'P90（小时）', '目标（小时）', '超时'],
  },
} as const;

/** Hours as numbers with two decimals, so a spreadsheet sums and sorts them (empty when none). */
const hours = (value: number | null) => (value === null ? text('') : figure(value.toFixed(2)));

/**
 * One row per category that had exceptions: open, closed automatically (a later day, a newer
 * download) or by hand, time to resolution and the target; a category past its target is red.
 */
export function writeHandlingTable(rows: RowWriter, ledger: LedgerReport, language: ReportLanguage): void {
  const words = WORDS[language];
  rows.row([text(words.heading(ledger.business_date))], 'heading');
  rows.row(words.header.map(text), 'header');
  for (const code of CATEGORY_CODES) {
    const handling = ledger.metrics[code];
    if (!handling) continue;
    rows.row(
      [
        text(`${CATEGORIES[code].label[language]} (${code})`),
        integer(handling.open),
        integer(handling.closed_automatically),
        integer(handling.closed_by_hand),
        hours(handling.median_hours),
        hours(handling.p90_hours),
        hours(handling.target_hours),
        integer(handling.past_target),
      ],
      (index) => (index === 7 && handling.past_target > 0 ? 'fail' : 'plain'),
    );
  }
}
