/** Messages of a finding's why: the matching rules by code, and each category's explanation. */
export const findingsEn = {
  /** The matching rules (core/match/match-rules.ts), by code. */
  matchRule: {
    exact: 'Key and amount',
    tolerance: 'Key, amount within tolerance',
    split: 'Split payment (1:N)',
    batch: 'Batch (N:1)',
    refund_sum: 'Partial refunds summed',
    duplicate: 'Repeated payment',
    book_duplicate: 'Order exported twice',
    cross_channel: 'Matched across channels',
    secondary_key: 'Channel transaction or refund reference',
    amount_date: 'Amount and date',
    refund_without_original: 'Refund without original',
    ambiguous: 'Several candidates fit equally',
    unpaired: 'One side only',
  },
  /** What each matching rule means, in one sentence (the README's list of rules). */
  matchRuleMeaning: {
    exact: 'One book payment and one statement payment with the same key and amount.',
    tolerance: "Same key; the amounts differ by no more than the source's tolerance.",
    split: 'Several statement payments of the key that together make up the order amount: one order paid in parts.',
    batch: "Several book payment lines of the key compared with the statement's payments together.",
    refund_sum: "Several refund rows of the key summed against the order's refund.",
    duplicate: 'A statement payment repeating the order amount already matched: one match plus the repeat.',
    book_duplicate: 'The order exported twice with the same content: decided on one copy.',
    cross_channel: "The order's number found on another channel's statement (a gateway failover).",
    secondary_key:
      "The order reference missing or unknown to the book: the order whose book record carries the row's channel transaction id or refund reference (the keys the statement's profile lists in matchKeys).",
    amount_date:
      "No usable order reference: the only open book payment of the same amount (or within the source's tolerance) whose date is within the source's date window.",
    refund_without_original: 'A statement refund whose key has no payment on either side.',
    ambiguous:
      "Several equally fitting ways to pair the records (sets of the key's payments that make up the order amount, or open payments of the same amount within the date window): none is taken.",
    unpaired: 'Nothing to pair with: the record is on one side only.',
  },
  /** Why a finding is in its category, built from its data (explain-finding.ts). */
  explain: {
    matched: 'Both sides paid the same amount in the same currency',
    refund_matched: 'The refund is on both sides with the same amount',
    unpaid: 'Book {{status}}; nothing on the statement',
    closed: 'Book {{status}}; nothing paid on the statement',
    revoked: 'Paid and reversed on the statement; book {{status}}',
    statement_only_paid: 'Paid on the statement; no book record',
    statement_only_refund: 'Statement refund {{amount}}; no book record',
    statement_only_reversal: 'Statement reversal {{amount}}; no book record',
    statement_only_other: 'On the statement; no book record',
    book_only: 'Book paid before the cross-day window; not on the statement',
    pending_cross_day: 'Book paid within the cross-day window; expected on the next statement',
    duplicate_charge: 'Book paid once; {{payments}} statement payments',
    amount_mismatch: 'Book paid; the statement payment has another amount',
    paid_not_notified: 'Statement payment succeeded; book {{status}}',
    currency_mismatch: 'Book in {{book}}; statement in {{statement}}',
    refund_mismatch: 'Book {{status}}; refunds: book {{book}}, statement {{statement}}',
    status_mismatch: 'Book {{status}}; {{statement}}',
    duplicate_charge_cross: 'Book paid once on {{book}}; paid again on {{statement}}',
    paid_not_notified_cross: 'Payment succeeded on {{statement}}; book {{status}} on {{book}}',
    book_duplicate: 'The order is exported twice with the same content; the statement pays it once',
    refund_without_original: 'Statement refund {{amount}}; no original payment on either side',
    ambiguous: 'Several sets of statement payments make up the order amount; none is taken',
    ambiguous_statement:
      'No order reference the book knows; {{count}} open book payments fit by amount and date; none is taken',
    ambiguous_book:
      'Book paid; {{count}} statement payments without its reference fit by amount and date; none is taken',
    rule: 'Rule: {{rule}}',
    status: {
      succeeded: 'paid',
      pending: 'pending',
      failed: 'failed',
      refunded: 'refunded',
      closed: 'closed',
      reversed: 'reversed',
      unknown: 'status unknown',
    },
    statement: {
      reversed: 'statement reversed',
      paid: 'statement paid',
      none: 'statement without a payment',
      absent: 'not on the statement',
    },
  },
};
