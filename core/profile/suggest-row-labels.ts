// Rows a bank table carries besides its entries, found by their label: totals, opening and closing balances.

/** Labels of a totals row (its first filled cell), lower-cased. */
export const TOTAL_LABELS = [
  '合计',
  '总计',
  '本页合计',
  '合计金额',
  '小计',
  'total',
  'totals',
  'grand total',
  'sum',
  'summe',
  'gesamt',
  'total général',
  'totaal',
  'totale',
  'total geral',
  'subtotal',
];

/** Labels of an opening or closing balance row, lower-cased. */
export const BALANCE_ROW_LABELS = [
  '期初余额',
  '上期余额',
  '期末余额',
  '承前页',
  'opening balance',
  'closing balance',
  'balance brought forward',
  'balance carried forward',
  'anfangssaldo',
  'endsaldo',
  'alter kontostand',
  'neuer kontostand',
  'solde initial',
  'solde final',
  'solde précédent',
  'beginsaldo',
  'eindsaldo',
  'saldo inicial',
  'saldo final',
  'saldo anterior',
  'saldo iniziale',
  'saldo finale',
  'saldo anteriore',
  'balance at start of period',
  'balance at end of period',
];

/** Cell text that names a label row: the whole cell, lower-cased, without a trailing colon. */
export const labelKey = (cell: string): string =>
  cell
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[:：]$/, '')
    .trim();
