import { dateOf, digits, field, splitNorma43Records, textOf, type Norma43Record } from './records.ts';

/** A 22 movement with its 23 concepts and 24 equivalence; amounts in cents as written (2 decimals). */
export type Norma43Movement = {
  line: number;
  originBranch: string;
  operationDate: string | null;
  valueDate: string | null;
  commonConcept: string;
  ownConcept: string;
  /** 1 = Debe (debit), 2 = Haber (credit); null when the mark is neither. */
  mark: 'debit' | 'credit' | null;
  cents: number | null;
  document: string;
  reference1: string;
  reference2: string;
  concepts: string[];
  /** The 24 record: the amount in the currency of origin (numeric code), when the bank sends one. */
  equivalence: { currencyCode: string; cents: number | null } | null;
};

/** The 33 record: counts and totals of debits and credits, closing balance signed (credit +). */
export type Norma43Trailer = {
  line: number;
  debitCount: number | null;
  debitCents: number | null;
  creditCount: number | null;
  creditCents: number | null;
  closingCents: number | null;
  currencyCode: string;
};

/** An 11 header with everything up to its 33. */
export type Norma43Account = {
  line: number;
  bank: string;
  branch: string;
  number: string;
  start: string | null;
  end: string | null;
  /** Opening balance signed (a debtor balance, mark 1, is negative). */
  openingCents: number | null;
  currencyCode: string;
  /** Information mode (1, 2 or 3): which of the AEB's three layouts of record 22 the bank sends. */
  mode: string;
  holder: string;
  movements: Norma43Movement[];
  trailer: Norma43Trailer | null;
};

export type Norma43File = {
  accounts: Norma43Account[];
  /** The 88 record's stated count, and the records it counts (every one but the 00 and the 88). */
  end: { line: number; records: number | null } | null;
  records: number;
  problems: { line: number; message: string }[];
};

/** Reads the records of an AEB Norma 43 (CSB43) file into accounts, movements and trailers. */
export function readNorma43(text: string): Norma43File {
  const file: Norma43File = { accounts: [], end: null, records: 0, problems: [] };
  let account: Norma43Account | null = null;
  let movement: Norma43Movement | null = null;
  for (const record of splitNorma43Records(text)) {
    if (record.code !== '00' && record.code !== '88') file.records++;
    const problem = (message: string) => file.problems.push({ line: record.line, message });
    if (record.code === '11') {
      account = headerOf(record);
      movement = null;
      file.accounts.push(account);
    } else if (record.code === '22') {
      movement = account ? movementOf(record) : null;
      if (account && movement) account.movements.push(movement);
      else problem('22 movement before any 11 account header: it belongs to no account');
    } else if (record.code === '23' || record.code === '24') {
      if (movement) complement(movement, record);
      else problem(`${record.code} record outside a movement: no 22 before it`);
    } else if (record.code === '33') {
      if (account) account.trailer = trailerOf(record);
      else problem('33 account trailer without an 11 account header');
      account = null;
      movement = null;
    } else if (record.code === '88') file.end = { line: record.line, records: digits(record, 21, 6) };
    else if (record.code !== '00')
      problem(`record type "${record.code}" is not a Norma 43 record (11, 22, 23, 24, 33, 88)`);
  }
  return file;
}

function headerOf(record: Norma43Record): Norma43Account {
  const opening = digits(record, 34, 14);
  return {
    line: record.line,
    bank: field(record, 3, 4),
    branch: field(record, 7, 4),
    number: field(record, 11, 10),
    start: dateOf(record, 21),
    end: dateOf(record, 27),
    openingCents: opening === null ? null : signed(field(record, 33, 1), opening),
    currencyCode: field(record, 48, 3),
    mode: field(record, 51, 1),
    holder: textOf(record, 52, 26),
    movements: [],
    trailer: null,
  };
}

function movementOf(record: Norma43Record): Norma43Movement {
  const mark = field(record, 28, 1);
  return {
    line: record.line,
    originBranch: field(record, 7, 4).trim(),
    operationDate: dateOf(record, 11),
    valueDate: dateOf(record, 17),
    commonConcept: field(record, 23, 2),
    ownConcept: field(record, 25, 3).trim(),
    mark: mark === '1' ? 'debit' : mark === '2' ? 'credit' : null,
    cents: digits(record, 29, 14),
    // An all-zero document number means none.
    document: textOf(record, 43, 10).replace(/^0+$/, ''),
    reference1: textOf(record, 53, 12),
    reference2: textOf(record, 65, 16),
    concepts: [],
    equivalence: null,
  };
}

function complement(movement: Norma43Movement, record: Norma43Record): void {
  if (record.code === '24') {
    movement.equivalence = { currencyCode: field(record, 5, 3), cents: digits(record, 8, 14) };
    return;
  }
  for (const text of [textOf(record, 5, 38), textOf(record, 43, 38)]) if (text) movement.concepts.push(text);
}

function trailerOf(record: Norma43Record): Norma43Trailer {
  const closing = digits(record, 60, 14);
  return {
    line: record.line,
    debitCount: digits(record, 21, 5),
    debitCents: digits(record, 26, 14),
    creditCount: digits(record, 40, 5),
    creditCents: digits(record, 45, 14),
    closingCents: closing === null ? null : signed(field(record, 59, 1), closing),
    currencyCode: field(record, 74, 3),
  };
}

/** Balances are marked 1 (deudor, the holder owes: negative) or 2 (acreedor); an unmarked one reads as a credit. */
const signed = (mark: string, cents: number) => (mark === '1' ? -cents : cents);
