/**
 * Header names of bank tables by canonical role, in the languages statements are written in
 * (zh, en, de, fr, nl, es, pt, it), compared lower-cased after NFKC with any bracketed unit
 * (`Amount (EUR)`, `金额(元)`) and trailing currency code (`Debit CHF`) removed.
 */
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

export const HEADER_SYNONYMS: Readonly<Record<HeaderRole, readonly string[]>> = {
  date_booked: [
    '记账日期',
    '记账日',
    '入账日期',
    '入账时间',
    '记账时间',
    'booking date',
    'posting date',
    'posted date',
    'buchungstag',
    'buchungsdatum',
    'date de comptabilisation',
    'boekdatum',
    'boekingsdatum',
    'fecha contable',
    'data contabile',
    'data contabilizzazione',
    'data lançamento',
    'data de lançamento',
    'completed date',
    'date posted',
    'posted transactions date',
    'posted date',
    'buchungsdatum',
    'date comptable',
  ],
  date_value: [
    '起息日',
    '起息日期',
    'value date',
    'valuta',
    'valutadatum',
    'wertstellung',
    'wertstellungsdatum',
    'date de valeur',
    'fecha valor',
    'data valuta',
    'data valor',
    'rentedatum',
  ],
  date_occurred: [
    '交易日期',
    '交易时间',
    '交易日',
    'transaction date',
    'trade date',
    'started date',
    "date d'opération",
    'date operation',
    "date de l'opération",
    'transactiedatum',
    'fecha operación',
    'fecha de operación',
    'data operazione',
    'data transação',
    'data da transação',
    'umsatzdatum',
    'transaktionsdatum',
  ],
  date: ['日期', 'date', 'datum', 'data', 'fecha', 'datum transactie', 'day'],
  time: ['时间', 'time', 'uhrzeit', 'heure', 'tijd', 'hora', 'ora'],
  amount: [
    '金额',
    '交易金额',
    '记账金额',
    '入账金额',
    '结算金额',
    '发生额',
    '收支金额',
    '人民币金额',
    'amount',
    'transaction amount',
    'billing amount',
    'betrag',
    'umsatz',
    'montant',
    'bedrag',
    'importe',
    'valor',
    'importo',
    'montante',
    'net amount',
    'amount in',
  ],
  credit: [
    '收入',
    '收入金额',
    '贷方',
    '贷方金额',
    '存入',
    '存入金额',
    'credit',
    'credits',
    'credit amount',
    'paid in',
    'money in',
    'deposit',
    'deposits',
    'haben',
    'gutschrift',
    'eingang',
    'crédit',
    'credito',
    'crédito',
    'bij',
    'entrada',
    'entradas',
    'ingresos',
    'abono',
    'avere',
    'entrate',
    'accrediti',
  ],
  debit: [
    '支出',
    '支出金额',
    '借方',
    '借方金额',
    '取出',
    '取出金额',
    'debit',
    'debits',
    'debit amount',
    'paid out',
    'money out',
    'belastung',
    'withdrawal',
    'withdrawals',
    'soll',
    'lastschrift',
    'ausgang',
    'débit',
    'debito',
    'débito',
    'af',
    'saída',
    'saídas',
    'gastos',
    'cargo',
    'cargos',
    'dare',
    'uscite',
    'addebiti',
  ],
  direction: [
    '收/支',
    '收支',
    '借贷',
    '借贷标志',
    '借贷方向',
    'af bij',
    'af/bij',
    'soll/haben',
    'd/c',
    'dr/cr',
    'cr/dr',
    'creditdebet',
    'credit/debit',
    'debit/credit',
    'credit debit',
    'cd',
    's/h',
  ],
  balance: [
    '余额',
    '账户余额',
    '当前余额',
    '交易后余额',
    '本次余额',
    'balance',
    'running balance',
    'saldo',
    'kontostand',
    'solde',
    'saldo na mutatie',
    'saldo disponibile',
    'saldo contabile',
    'balance after',
  ],
  currency: [
    '币种',
    '货币',
    '币别',
    '交易币种',
    '记账币种',
    'currency',
    'ccy',
    'währung',
    'waehrung',
    'valutacode',
    'posted currency',
    'devise',
    'monnaie',
    'valuta code',
    'moneda',
    'moeda',
    'divisa',
  ],
  fee: [
    '手续费',
    '服务费',
    'fee',
    'fees',
    'commission',
    'gebühr',
    'gebühren',
    'frais',
    'kosten',
    'comisión',
    'tarifa',
    'commissione',
    'taxa',
  ],
  description: [
    '摘要',
    '交易摘要',
    '交易描述',
    '交易类型',
    '用途',
    '附言',
    '备注',
    '交易说明',
    '说明',
    'description',
    'details',
    'narrative',
    'memo',
    'label',
    'verwendungszweck',
    'buchungstext',
    'beschreibung',
    'libellé',
    'libelle',
    'omschrijving',
    'mededelingen',
    'naam / omschrijving',
    'concepto',
    'descripción',
    'descrição',
    'histórico',
    'descrizione',
    'causale',
    'transaction details',
  ],
  counterparty: [
    '对方户名',
    '对方账户名',
    '对方名称',
    '交易对方',
    '对方账号',
    'payee',
    'payer',
    'counterparty',
    'beneficiary',
    'name',
    'partner name',
    'empfänger',
    'auftraggeber',
    'zahlungsempfänger',
    'auftraggeber/empfänger',
    'bénéficiaire',
    'tegenpartij',
    'naam tegenpartij',
    'tegenrekeninghouder',
    'beneficiario',
    'favorecido',
    'controparte',
  ],
  reference: [
    '流水号',
    '交易流水号',
    '凭证号',
    '交易编号',
    '参考号',
    'reference',
    'ref',
    'transaction id',
    'id',
    'referenz',
    'référence',
    'referentie',
    'kenmerk',
    'referencia',
    'referência',
    'riferimento',
    'documento',
    'numero documento',
  ],
};

/** A header cell reduced to the form the synonyms are written in. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+[a-z]{3}$/u, (code) => (CURRENCY_CODE.test(code.trim()) ? '' : code))
    .replace(/[:：]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ISO 4217 codes a header may name (`Debit CHF`, `Amount (EUR)`). */
const CURRENCY_CODE =
  /^(eur|usd|gbp|chf|cny|rmb|jpy|hkd|sgd|aud|cad|nzd|sek|nok|dkk|pln|czk|huf|brl|mxn|inr|krw|twd|zar|try|ils|ron)$/;

/** The role a header cell names, or null when it names none. */
export function roleOf(cell: string): HeaderRole | null {
  const key = headerKey(cell);
  if (key === '') return null;
  // `交易金额(收入)`, `Amount (Debit)`: an amount whose bracket says its side.
  const side = /\(([^)]+)\)/.exec(cell.normalize('NFKC'))?.[1]?.trim().toLowerCase();
  if (side !== undefined && HEADER_SYNONYMS.amount.includes(key)) {
    if (HEADER_SYNONYMS.credit.includes(side)) return 'credit';
    if (HEADER_SYNONYMS.debit.includes(side)) return 'debit';
  }
  for (const role of Object.keys(HEADER_SYNONYMS) as HeaderRole[]) if (HEADER_SYNONYMS[role].includes(key)) return role;
  return null;
}

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
