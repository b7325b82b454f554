import type ExcelJS from 'exceljs';
import { currencyExponent } from '../currency.ts';
import { amount, date, text } from './cells.ts';
import type { LedgerReport } from '../ledger/report-input.ts';
import { startListSheet } from './list-sheet.ts';
import type { StyleBook } from './styles.ts';
import type { ReportLanguage } from './types.ts';

const HEADERS = {
  en: [
    'Order',
    'Channel',
    'Current status',
    'Proposed status',
    'Channel transaction id',
    'Amount',
    'Currency',
    'Paid at (channel)',
    'Reason',
    'Business day',
    'Finding',
  ],
  'zh-CN': [
    '商户订单号',
    '渠道',
    '当前状态',
    '建议状态',
    '渠道交易号',
    '金额',
    '币种',
    '渠道支付时间',
    '原因',
    '业务日',
    '差异编号',
  ],
} as const;

const WIDTHS = [24, 10, 14, 14, 32, 14, 8, 20, 18, 12, 22];

export const CORRECTIONS_SHEET = { en: 'Corrections', 'zh-CN': '订单状态更正' } as const;

/** The Corrections sheet: one row per order whose status should change, in the corrections file's columns. */
export function writeCorrectionsSheet(
  workbook: ExcelJS.Workbook,
  options: { name: string; ledger: LedgerReport; language: ReportLanguage; style: StyleBook },
): void {
  const headers = HEADERS[options.language];
  const list = startListSheet(workbook, {
    name: options.name,
    columns: headers.map((header, index) => ({ header, width: WIDTHS[index] ?? 14 })),
    groups: [{ label: options.name, first: 1, last: headers.length, tone: 'heading' }],
    style: options.style,
  });
  for (const entry of options.ledger.corrections) {
    list.addRow([
      text(entry.order_ref),
      text(entry.channel),
      text(entry.current_status),
      text(entry.proposed_status),
      text(entry.channel_txn_id),
      amount(entry.amount_minor, currencyExponent(entry.currency) ?? 2),
      text(entry.currency),
      date(entry.paid_at),
      text(entry.reason),
      text(entry.business_date),
      text(entry.finding_id),
    ]);
  }
}
