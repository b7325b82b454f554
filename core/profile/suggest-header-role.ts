/** The canonical role a bank table's column header names. */
export type HeaderRole =
  | 'date_booked'
  | 'date_value'
  | 'date_occurred'
  | 'date'
  | 'time'
  | 'amount'
  | 'credit'
  | 'debit'
  | 'direction'
  | 'balance'
  | 'currency'
  | 'fee'
  | 'description'
  | 'counterparty'
  | 'reference';
