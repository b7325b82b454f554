import { DocumentError } from '../document.ts';
import { baiAmount, baiDate, FieldCursor, readFunds } from './fields.ts';
import { Bai2Records, type Bai2Record } from './records.ts';

/** A 16 transaction detail; `amountMinor` is signed by its type code, `problem` says why it cannot be imported. */
export type Bai2Detail = {
  line: number;
  typeCode: string;
  /** The amount as written (unsigned minor units), null when unreadable. */
  written: number | null;
  amountMinor: number | null;
  funds: string;
  valueDate: string | null;
  bankReference: string;
  customerReference: string;
  text: string;
  problem: string | null;
};

/** A trailer's own figures; a blank control total is null (not stated). */
export type Trailer = { line: number; total: number | null; count: number | null; records: number };

export type Bai2Account = {
  line: number;
  number: string;
  currency: string;
  /** Summary and status amounts of the 03 record (and its 88s) by type code, as written. */
  summaries: [string, number][];
  /** Its 16 details read so far: how many, and the sum of their amounts as written. */
  details: number;
  detailsWritten: number;
  /** Physical records from the 03 to the 49, both included. */
  records: number;
  trailer: Trailer | null;
};

export type Bai2Group = {
  line: number;
  originator: string;
  asOf: string | null;
  currency: string;
  accounts: Bai2Account[];
  records: number;
  trailer: Trailer | null;
};

export type Bai2File = {
  sender: string;
  receiver: string;
  created: string | null;
  fileId: string;
  groups: Bai2Group[];
  records: number;
  trailer: Trailer | null;
};

/** BAI2's currency when neither the group nor the account names one. */
const DEFAULT_CURRENCY = 'USD';

/** A 16 detail as it is read, with its account and its group (and the group's 1-based number). */
export type DetailHandler = (detail: Bai2Detail, account: Bai2Account, group: Bai2Group, groupNumber: number) => void;

/**
 * Reads a BAI2 cash-management file as its text arrives: the 01 file header, 02 groups, 03
 * accounts with their summary amounts, 16 details (each handed on as soon as it is read, with its
 * 88 continuations, and not kept) and the 49/98/99 trailers with their control totals and record
 * counts. Throws {@link DocumentError} when the file is not laid out as BAI2 (no 01, a record
 * outside its group or account, no 99 trailer). A 16 record that cannot be read keeps its reason.
 *
 * @example const reader = new Bai2Reader((detail) => use(detail.amountMinor)); reader.push(text); reader.end().groups.length
 */
export class Bai2Reader {
  private readonly records = new Bai2Records((record) => this.read(record));
  private file: Bai2File | null = null;
  private group: Bai2Group | null = null;
  private account: Bai2Account | null = null;

  constructor(private readonly onDetail: DetailHandler) {}

  push(text: string): void {
    this.records.push(text);
  }

  end(): Bai2File {
    this.records.end();
    const file = this.file;
    if (!file) throw new DocumentError('does not start with a BAI2 01 file header record');
    if (!file.trailer) throw new DocumentError('is cut short: it has no 99 file trailer');
    return file;
  }

  private read(record: Bai2Record): void {
    if (!this.file) {
      if (record.code !== '01')
        throw new DocumentError('does not start with a BAI2 01 file header record', record.line);
      const [sender = '', receiver = '', created = '', , fileId = ''] = fieldsOf(record, 5);
      this.file = { sender, receiver, created: baiDate(created), fileId, groups: [], records: 0, trailer: null };
    }
    const file = this.file;
    if (file.trailer) throw new DocumentError(`has a ${record.code} record after the 99 file trailer`, record.line);
    file.records += record.records;
    if (record.code === '02') this.group = openGroup(file, this.group, record);
    if (record.code === '03') this.account = openAccount(this.group, this.account, record);
    if (this.group) this.group.records += record.records;
    if (this.account) this.account.records += record.records;
    if (record.code === '16') {
      const detail = detailIn(this.account, record);
      const account = this.account as Bai2Account;
      account.details++;
      account.detailsWritten += detail.written ?? 0;
      this.onDetail(detail, account, this.group as Bai2Group, file.groups.length);
    }
    if (record.code === '49') this.account = closeAccount(this.account, record);
    if (record.code === '98') this.group = closeGroup(this.group, this.account, record);
    if (record.code === '99') closeFile(file, this.group, record);
  }
}

function openGroup(file: Bai2File, open: Bai2Group | null, record: Bai2Record): Bai2Group {
  if (open) throw new DocumentError('has a 02 group header before the 98 trailer of the group before it', record.line);
  const [, originator = '', , asOf = '', , currency = ''] = fieldsOf(record, 6);
  const group: Bai2Group = {
    line: record.line,
    originator,
    asOf: baiDate(asOf),
    currency: currency.toUpperCase(),
    accounts: [],
    records: 0,
    trailer: null,
  };
  file.groups.push(group);
  return group;
}

function openAccount(group: Bai2Group | null, open: Bai2Account | null, record: Bai2Record): Bai2Account {
  if (!group) throw new DocumentError('has a 03 account record outside a group (no 02 before it)', record.line);
  if (open) throw new DocumentError(`has a 03 record before the 49 trailer of account ${open.number}`, record.line);
  const fields = new FieldCursor(record.segments);
  const number = fields.next();
  const currency = fields.next().toUpperCase() || group.currency || DEFAULT_CURRENCY;
  const summaries: [string, number][] = [];
  while (!fields.done()) {
    fields.skipEmptyTail();
    const typeCode = fields.next();
    const amount = baiAmount(fields.next());
    fields.next();
    const funds = readFunds(fields);
    if (typeCode === '') continue;
    const problem = typeof amount === 'string' ? amount : 'error' in funds ? funds.error : null;
    if (problem)
      throw new DocumentError(`has a 03 record for account ${number} whose ${typeCode} ${problem}`, record.line);
    summaries.push([typeCode, (amount as number | null) ?? 0]);
  }
  const account: Bai2Account = {
    line: record.line,
    number,
    currency,
    summaries,
    details: 0,
    detailsWritten: 0,
    records: 0,
    trailer: null,
  };
  group.accounts.push(account);
  return account;
}

function detailIn(account: Bai2Account | null, record: Bai2Record): Bai2Detail {
  if (!account) throw new DocumentError('has a 16 detail record outside an account (no 03 before it)', record.line);
  const fields = new FieldCursor(record.segments);
  const typeCode = fields.next();
  const amountText = fields.next();
  const amount = baiAmount(amountText);
  const funds = readFunds(fields);
  const code = /^\d{3}$/.test(typeCode) ? Number(typeCode) : NaN;
  const sign = code >= 100 && code <= 399 ? 1 : code >= 400 && code <= 699 ? -1 : 0;
  const written = typeof amount === 'number' ? amount : null;
  const problem = [
    sign === 0 ? `type code "${typeCode}" is neither a credit (100–399) nor a debit (400–699)` : null,
    amount === null ? 'has no amount' : typeof amount === 'string' ? amount : null,
    /^[+-]/.test(amountText) ? `amount "${amountText}" is signed; detail amounts are signed by their type code` : null,
    'error' in funds ? funds.error : null,
  ].find((reason) => reason !== null);
  return {
    line: record.line,
    typeCode,
    written,
    amountMinor: written === null || sign === 0 || /^[+-]/.test(amountText) ? null : sign * written,
    funds: 'error' in funds ? '' : funds.text,
    valueDate: 'error' in funds ? null : funds.valueDate,
    bankReference: fields.next(),
    customerReference: fields.next(),
    text: fields.rest(),
    problem: problem ?? null,
  };
}

/** The first `count` fields of a record. */
function fieldsOf(record: Bai2Record, count: number): string[] {
  const fields = new FieldCursor(record.segments);
  return Array.from({ length: count }, () => fields.next());
}

function trailerOf(record: Bai2Record, counts: 1 | 2): Trailer {
  const fields = new FieldCursor(record.segments);
  const total = baiAmount(fields.next());
  const numbers = Array.from({ length: counts }, () => fields.next());
  if (typeof total === 'string')
    throw new DocumentError(`has a ${record.code} trailer whose control ${total}`, record.line);
  for (const number of numbers)
    if (!/^\d+$/.test(number))
      throw new DocumentError(`has a ${record.code} trailer whose count "${number}" is not a number`, record.line);
  const [first = '0', second] = numbers;
  return {
    line: record.line,
    total,
    count: second === undefined ? null : Number(first),
    records: Number(second ?? first),
  };
}

function closeAccount(account: Bai2Account | null, record: Bai2Record): null {
  if (!account) throw new DocumentError('has a 49 account trailer with no 03 account record open', record.line);
  account.trailer = trailerOf(record, 1);
  return null;
}

function closeGroup(group: Bai2Group | null, account: Bai2Account | null, record: Bai2Record): null {
  if (!group) throw new DocumentError('has a 98 group trailer with no 02 group open', record.line);
  if (account)
    throw new DocumentError(`has a 98 trailer before the 49 trailer of account ${account.number}`, record.line);
  group.trailer = trailerOf(record, 2);
  return null;
}

function closeFile(file: Bai2File, group: Bai2Group | null, record: Bai2Record): void {
  if (group) throw new DocumentError('has the 99 file trailer before the 98 trailer of its last group', record.line);
  file.trailer = trailerOf(record, 2);
}
