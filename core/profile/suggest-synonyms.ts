import type { HeaderRole } from './suggest-header-role.ts';
import { MONEY_SYNONYMS } from './suggest-synonyms-money.ts';

export type { HeaderRole } from './suggest-header-role.ts';

/**
 * Header names of bank tables by canonical role, in the languages statements are written in
 * (zh, en, de, fr, nl, es, pt, it, hu), compared lower-cased after NFKC with any bracketed unit
 * (`Amount (EUR)`, `金额(元)`) and trailing currency code (`Debit CHF`) removed.
 */
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
    'könyvelés dátuma',
    'könyvelés napja',
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
    'tranzakció dátuma',
    'tranzakció időpontja',
    'teljesítés dátuma',
  ],
  date: ['日期', 'date', 'datum', 'data', 'fecha', 'datum transactie', 'day'],
  time: ['时间', 'time', 'uhrzeit', 'heure', 'tijd', 'hora', 'ora'],
  ...MONEY_SYNONYMS,
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
    'közlemény',
    'megnevezés',
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
    'partner neve',
    'ellenoldali név',
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
    'banki azonosító',
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
