import { CATEGORIES, type CategoryCode } from '../match/categories.ts';
import type { IncidentCause } from '../match/incidents.ts';
import type { RunSummary } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, integer, text } from './cells.ts';
import type { RowWriter } from './row-writer.ts';
import type { ReportLanguage } from './types.ts';

const WORDS = {
  en: {
    heading: 'Incidents (bursts of system-level findings on one channel)',
    none: "None: no burst of paid-not-notified, duplicate charges or channel switches, no gap in a channel's trades.",
    header: ['Channel', 'From', 'To', 'Findings', 'Amount', 'Likely cause', 'Categories'],
    cause: {
      gateway_failover: 'Gateway failover: orders booked on another channel were paid here',
      callbacks_lost: 'Payment callbacks lost: paid here, the orders still pending',
      repeated_charges: 'Repeated charges: customers charged twice',
      trade_gap: "Gap in the channel's trades: far fewer than the hours beside it",
    },
  },
  'zh-CN': {
    heading: '事件（同一渠道集中出现的系统级差异）',
    none: '无：未发现支付成功未通知、重复扣款或渠道切换的集中爆发，也无交易中断。',
    header: ['渠道', '开始', '结束', '差异笔数', '金额', '可能原因', '类别'],
    cause: {
      gateway_failover: '支付网关故障切换：其他渠道的订单在此渠道支付',
      callbacks_lost: '支付回调丢失：已在此渠道支付，订单仍为待支付',
      repeated_charges: '重复扣款：顾客被扣款两次',
      trade_gap: '渠道交易中断：交易笔数远少于前后时段',
    },
  },
} as const satisfies Record<ReportLanguage, { cause: Record<IncidentCause, string> } & Record<string, unknown>>;

/**
 * The run's incidents, one row each (system-level, so red), or a line saying there were none;
 * the workbook's counterpart of `--json`'s `incidents`.
 */
export function writeIncidentsTable(rows: RowWriter, summary: RunSummary, language: ReportLanguage): void {
  const words = WORDS[language];
  rows.row([text(words.heading)], 'heading');
  const incidents = summary.incidents ?? [];
  if (incidents.length === 0) {
    rows.row([text(words.none)]);
    return;
  }
  rows.row(words.header.map(text), 'header');
  const exponent = displayExponent(summary.currency);
  for (const incident of incidents) {
    const entries = Object.entries(incident.categories) as [CategoryCode, { count: number; amount_minor: number }][];
    const findings = entries.reduce((sum, [, totals]) => sum + totals.count, 0);
    const total = entries.reduce((sum, [, totals]) => sum + totals.amount_minor, 0);
    const categories = entries
      .map(([code, totals]) => `${CATEGORIES[code].label[language]} ${totals.count}`)
      .join('; ');
    rows.row(
      [
        text(incident.channel),
        text(incident.from),
        text(incident.to),
        integer(findings),
        amount(total, exponent),
        text(words.cause[incident.cause]),
        text(categories),
      ],
      'system',
    );
  }
}
