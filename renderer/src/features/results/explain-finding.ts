import type { TFunction } from 'i18next';
import { STATUSES, type Status } from '../../../../core/canonical/record.ts';
import type { Finding } from '../../../../core/match/types.ts';
import { formatAmount } from '../../components/format.ts';

const isStatus = (value: string | undefined): value is Status => (STATUSES as readonly string[]).includes(value ?? '');

/** The book status in words; anything the engine does not know is "unknown". */
export const bookStatus = (finding: Finding, t: TFunction): string => {
  const status = finding.book?.status;
  return t(`explain.status.${isStatus(status) ? status : 'unknown'}`);
};

/** What the statement holds for the key, in the order the engine tests it. */
const statementState = ({ statement }: Finding): 'absent' | 'reversed' | 'paid' | 'none' => {
  if (statement === null) return 'absent';
  if (statement.reversal_minor !== 0) return 'reversed';
  return statement.payments > 0 ? 'paid' : 'none';
};

/** The channel the book booked a finding's order on (the group's book record), when another than the finding's. */
const bookChannel = (finding: Finding): string =>
  finding.group?.find((record) => record.side === 'book')?.source ?? finding.source;

/**
 * Why a finding is in its category, in the user's language, from the finding's own data.
 * The engine's `rule` is the English audit wording; this is what the grid and the drawer show.
 */
export function explainFinding(finding: Finding, t: TFunction): string {
  const { book, statement } = finding;
  switch (finding.category) {
    case 'statement_only': {
      const currency = statement?.currency ?? finding.currency;
      if (statement && statement.payments > 0) return t('explain.statement_only_paid');
      if (statement && finding.match_rule === 'refund_without_original')
        return t('explain.refund_without_original', { amount: formatAmount(statement.refund_minor, currency) });
      if (statement && statement.refund_minor !== 0)
        return t('explain.statement_only_refund', { amount: formatAmount(statement.refund_minor, currency) });
      if (statement && statement.reversal_minor !== 0)
        return t('explain.statement_only_reversal', { amount: formatAmount(statement.reversal_minor, currency) });
      return t('explain.statement_only_other');
    }
    case 'book_only':
      return t('explain.book_only');
    case 'pending_cross_day':
      return t('explain.pending_cross_day');
    case 'duplicate_charge':
      if (finding.match_rule === 'cross_channel')
        return t('explain.duplicate_charge_cross', { book: bookChannel(finding), statement: finding.source });
      return t('explain.duplicate_charge', { payments: statement?.payments ?? 0 });
    case 'book_duplicate':
      return t('explain.book_duplicate');
    case 'ambiguous': {
      // Left open by amount and date: the other side's candidates are the group's records.
      const candidates = (side: 'book' | 'statement') =>
        (finding.group ?? []).filter((record) => record.side === side).length;
      if (book === null) return t('explain.ambiguous_statement', { count: candidates('book') });
      if (statement === null) return t('explain.ambiguous_book', { count: candidates('statement') });
      return t('explain.ambiguous');
    }
    case 'amount_mismatch':
      return t('explain.amount_mismatch');
    case 'paid_not_notified':
      if (finding.match_rule === 'cross_channel')
        return t('explain.paid_not_notified_cross', {
          status: bookStatus(finding, t),
          book: bookChannel(finding),
          statement: finding.source,
        });
      return t('explain.paid_not_notified', { status: bookStatus(finding, t) });
    case 'currency_mismatch':
      return t('explain.currency_mismatch', {
        book: book?.currency ?? finding.currency,
        statement: statement?.currency ?? finding.currency,
      });
    case 'refund_mismatch': {
      const currency = book?.currency ?? finding.currency;
      return t('explain.refund_mismatch', {
        status: bookStatus(finding, t),
        book: formatAmount(book?.refund_minor ?? 0, currency),
        statement: formatAmount(statement?.refund_minor ?? 0, statement?.currency ?? currency),
      });
    }
    case 'status_mismatch':
      return t('explain.status_mismatch', {
        status: bookStatus(finding, t),
        statement: t(`explain.statement.${statementState(finding)}`),
      });
    case 'matched':
    case 'refund_matched':
      return t(`explain.${finding.category}`);
    case 'unpaid':
    case 'closed':
    case 'revoked':
      return t(`explain.${finding.category}`, { status: bookStatus(finding, t) });
    default:
      // An outcome with no wording of its own (a channel switch): the engine's words.
      return finding.rule;
  }
}
