import type { Status } from '../canonical/record.ts';
import type { Finding } from '../match/types.ts';
import type { ReportLanguage } from './types.ts';

/** Book statuses in Chinese; a status the engine does not know reads as 未知. */
const STATUS_ZH: Readonly<Record<Status, string>> = {
  succeeded: '已支付',
  pending: '待支付',
  failed: '失败',
  refunded: '已退款',
  closed: '已关闭',
  reversed: '已冲正',
  unknown: '未知',
};

/**
 * A book status in the workbook's language (the status code in English, as the engine keeps it).
 *
 * @example statusText('pending', 'zh-CN') // '待支付'
 */
export function statusText(status: string, language: ReportLanguage): string {
  if (language === 'en') return status;
  return STATUS_ZH[status as Status] ?? STATUS_ZH.unknown;
}

/** What the statement holds for the key, in the order the engine tests it. */
function statementState({ statement }: Finding): string {
  if (statement === null) return '账单无记录';
  if (statement.reversal_minor !== 0) return '账单已冲正';
  return statement.payments > 0 ? '账单已支付' : '账单无支付';
}

/**
 * Why a finding is in its category, in the workbook's language. English keeps the engine's own
 * audit wording; Chinese says the same from the finding's data.
 *
 * @example ruleText(duplicate, 'zh-CN') // '系统支付一次；账单 2 笔支付'
 */
export function ruleText(finding: Finding, language: ReportLanguage): string {
  if (language === 'en') return finding.rule;
  const status = statusText(finding.book?.status ?? 'unknown', language);
  switch (finding.category) {
    case 'statement_only':
      if (finding.match_rule === 'refund_without_original') return '账单退款；两边均无原交易';
      return '仅账单有记录；系统无此订单';
    case 'book_only':
      return '系统已支付（早于跨日窗口）；账单无此笔';
    case 'pending_cross_day':
      return '系统在跨日窗口内支付；应出现在下一期账单';
    case 'duplicate_charge':
      if (finding.match_rule === 'cross_channel') return `系统支付一次；${finding.source} 再次扣款（跨渠道）`;
      return `系统支付一次；账单 ${finding.statement?.payments ?? 0} 笔支付`;
    case 'book_duplicate':
      return '订单重复导出（内容相同）；账单只支付一次';
    case 'ambiguous':
      return '账单多组支付都能凑成订单金额；不自动匹配';
    case 'amount_mismatch':
      return '系统已支付；账单支付金额不一致';
    case 'paid_not_notified':
      if (finding.match_rule === 'cross_channel') return `${finding.source} 支付成功（跨渠道）；系统状态：${status}`;
      return `账单支付成功；系统状态：${status}`;
    case 'currency_mismatch':
      return `系统币种 ${finding.book?.currency ?? finding.currency}；账单币种 ${finding.statement?.currency ?? finding.currency}`;
    case 'refund_mismatch':
      return `系统状态：${status}；账单退款不一致`;
    case 'status_mismatch':
      return `系统状态：${status}；${statementState(finding)}`;
    default:
      return finding.rule;
  }
}
