import { currencyExponent } from '../../currency.ts';
import { parseMinor } from '../../money.ts';
import type { Warning } from '../../result.ts';
import { Repairs } from '../repairs.ts';
import { parseStatementLine, swiftDate, type StatementLine } from './statement-line.ts';
import { TagSplitter, type Tag } from './tags.ts';

export type Balance = { date: string; currency: string; amountMinor: number };
export type Mt940Entry = StatementLine & { line: number; currency: string; details: string | null };
/** MT942 `:90D:` / `:90C:`: the message's own count and sum of its debit or credit entries. */
export type EntryTotal = { count: number; currency: string; amountMinor: number };
/** A statement's entries counted and summed as they are read: all, its debits, its credits (zero amounts count as credits). */
export type EntryTally = {
  count: number;
  net: number;
  debits: number;
  debitsMinor: number;
  credits: number;
  creditsMinor: number;
};

export type Mt940Statement = {
  /** `:20:` transaction reference. */
  reference: string;
  line: number;
  account: string | null;
  number: string | null;
  /** From the balances, the MT942 floor limit (`:34F:`) or totals; entries are in it. */
  currency: string | null;
  opening: Balance | null;
  closing: Balance | null;
  debits: EntryTotal | null;
  credits: EntryTotal | null;
  /** Its entries as read so far: the last one is complete once the next tag that is not its `:86:` is read. */
  tally: EntryTally;
  /** The last `:61:` read, for the `:86:` details after it. */
  last: Mt940Entry | null;
};

/** A statement with all of its entries, as {@link readMt940} gives a whole text. */
export type Mt940WholeStatement = Mt940Statement & { entries: Mt940Entry[] };

export type Mt940Read = {
  statements: Mt940WholeStatement[];
  problems: { line: number; message: string }[];
  /** What was read though not as the standard writes it: lower-case marks, unknown tags, no `:25:`. */
  warnings: Warning[];
};

/** The MT940 and MT942 fields; `:64:` and `:65:` (available balances) are known and not needed. */
const KNOWN_TAGS = /^(20|21|25P?|28C?|60[FM]|61|62[FM]|64|65[A-Z]?|86|34F|13D?|90[CD])$/;

/**
 * Reads MT940 statements and MT942 interim reports as the text arrives: several statements per
 * file (each starts at `:20:`), `:61:` lines with RC/RD marks and funds codes, multi-line `:86:`
 * details, SOH/ETX framing, decimal commas, opening and closing balances and `:90D:`/`:90C:`
 * totals. Each entry is handed on once complete and not kept (its statement keeps a tally).
 * Lines that cannot be read are reported with their line, never dropped. What is read though the
 * standard does not write it so — a lower-case debit/credit mark, a tag MT940 does not define
 * (`:12:`, bank-specific ones), a statement without its `:25:` account — is a warning naming the line.
 *
 * @example const reader = new Mt940Reader((statement, entry) => use(entry)); reader.push(text); reader.end();
 */
export class Mt940Reader {
  readonly statements: Mt940Statement[] = [];
  /** Lines that could not be read, since they were last taken. */
  problems: Mt940Read['problems'] = [];
  private readonly repairs = new Repairs();
  private readonly tags = new TagSplitter((tag) => this.read(tag));
  private current: Mt940Statement | null = null;
  private currency = 'EUR';

  constructor(private readonly onEntry: (statement: Mt940Statement, entry: Mt940Entry) => void) {}

  push(text: string): void {
    this.tags.push(text);
  }

  /** The end of the text: the last entry handed on; what was read though not as written, as warnings. */
  end(): Warning[] {
    this.tags.end();
    this.complete();
    for (const statement of this.statements)
      if (statement.account === null && (statement.tally.count > 0 || statement.opening)) {
        const name = statement.reference ? `:20:${statement.reference}` : `at line ${statement.line}`;
        const message = `statement ${name} has no :25: account identification; its entries are read without an account`;
        this.repairs.add('mt940_no_account', message, statement.line);
      }
    return this.repairs.list();
  }

  private read(tag: Tag): void {
    if (tag.id === '20' || this.current === null) {
      this.complete();
      this.current = emptyStatement(tag.id === '20' ? tag.value.trim() : '', tag.line);
      this.statements.push(this.current);
      if (tag.id === '20') return;
    }
    const current = this.current;
    if (tag.id === '61') this.complete();
    const problem = applyTag(current, tag, this.currency);
    if (problem) this.problems.push({ line: tag.line, message: problem });
    else flagTag(current, tag, this.repairs);
    this.currency = current.currency ?? this.currency;
  }

  /** The current statement's last entry is complete: hand it on. */
  private complete(): void {
    const statement = this.current;
    const entry = statement?.last;
    if (!statement || !entry) return;
    statement.last = null;
    this.onEntry(statement, entry);
  }
}

/**
 * The statements of a whole MT940/MT942 text with all their entries (see {@link Mt940Reader}).
 *
 * @example readMt940(text).statements[0]?.entries.length // the statement's :61: lines
 */
export function readMt940(text: string): Mt940Read {
  const entries = new Map<Mt940Statement, Mt940Entry[]>();
  const reader = new Mt940Reader((statement, entry) => {
    const list = entries.get(statement);
    if (list) list.push(entry);
    else entries.set(statement, [entry]);
  });
  reader.push(text);
  const warnings = reader.end();
  const statements = reader.statements.map((statement) =>
    Object.assign(statement, { entries: entries.get(statement) ?? [] }),
  );
  return { statements, problems: reader.problems, warnings };
}

/** A tag read, though not as the standard writes it: one MT940 does not define, a mark in lower case. */
function flagTag(statement: Mt940Statement, tag: Tag, repairs: Repairs): void {
  const value = tag.value.trim();
  if (!KNOWN_TAGS.test(tag.id))
    repairs.add(
      'mt940_tag_unknown',
      `tag :${tag.id}: is not an MT940/MT942 field; its value "${clip(value)}" is not read`,
      tag.line,
    );
  const mark = (written: string) =>
    repairs.add('mt940_mark_lower_case', `:${tag.id}: mark '${written}' read as '${written.toUpperCase()}'`, tag.line);
  if (/^6[02][FM]$/.test(tag.id) && /^[cd]/.test(value)) mark(value.slice(0, 1));
  const entry = tag.id === '61' ? statement.last : undefined;
  if (entry?.line === tag.line && entry.markWritten) mark(entry.markWritten);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

const emptyStatement = (reference: string, line: number): Mt940Statement => ({
  reference,
  line,
  account: null,
  number: null,
  currency: null,
  opening: null,
  closing: null,
  debits: null,
  credits: null,
  tally: { count: 0, net: 0, debits: 0, debitsMinor: 0, credits: 0, creditsMinor: 0 },
  last: null,
});

function applyTag(statement: Mt940Statement, tag: Tag, currency: string): string | null {
  const value = tag.value.trim();
  switch (tag.id) {
    case '25':
      statement.account = value;
      return null;
    case '28':
    case '28C':
      statement.number = value;
      return null;
    case '60F':
    case '60M':
      return setBalance(statement, 'opening', value, currency);
    case '62F':
    case '62M':
      return setBalance(statement, 'closing', value, currency);
    case '34F':
      statement.currency ??= /^([A-Z]{3})/.exec(value)?.[1] ?? null;
      return null;
    case '61': {
      const entryCurrency = statement.currency ?? currency;
      const line = parseStatementLine(tag.value, currencyExponent(entryCurrency) ?? 2);
      if (typeof line === 'string') return line;
      const entry = line as Mt940Entry;
      entry.line = tag.line;
      entry.currency = entryCurrency;
      entry.details = null;
      statement.last = entry;
      const tally = statement.tally;
      tally.count++;
      tally.net += line.amountMinor;
      if (line.amountMinor < 0) {
        tally.debits++;
        tally.debitsMinor += line.amountMinor;
      } else {
        tally.credits++;
        tally.creditsMinor += line.amountMinor;
      }
      return null;
    }
    case '86': {
      const last = statement.last;
      if (last && last.details === null) last.details = tag.value.trim();
      return null;
    }
    case '90D':
    case '90C': {
      const total = parseEntryTotal(value);
      if (typeof total === 'string') return total;
      statement[tag.id === '90D' ? 'debits' : 'credits'] = {
        ...total,
        amountMinor: tag.id === '90D' ? -total.amountMinor : total.amountMinor,
      };
      statement.currency ??= total.currency;
      return null;
    }
    default:
      return null;
  }
}

/** `C131130CHF0,` — some exports leave the currency out; the statement's currency stands then. */
function setBalance(
  statement: Mt940Statement,
  which: 'opening' | 'closing',
  value: string,
  fallback: string,
): string | null {
  const match = /^([CD])(\d{6})([A-Z]{3})?(\d+(?:[,.]\d*)?)/i.exec(value);
  const date = match ? swiftDate(match[2] ?? '') : null;
  if (!match || date === null) return `balance "${value}" is not C/D, date, currency, amount`;
  const currency = match[3]?.toUpperCase() ?? fallback;
  const amount = amountOf(match[4] ?? '', currency);
  if (typeof amount === 'string') return `balance ${amount}`;
  statement[which] = { date, currency, amountMinor: match[1]?.toUpperCase() === 'D' ? -amount : amount };
  statement.currency ??= currency;
  return null;
}

function parseEntryTotal(value: string): EntryTotal | string {
  const match = /^(\d+)([A-Z]{3})(\d+(?:[,.]\d*)?)$/.exec(value);
  if (!match) return `total "${value}" is not count, currency, amount`;
  const amount = amountOf(match[3] ?? '', match[2] ?? '');
  if (typeof amount === 'string') return `total ${amount}`;
  return { count: Number(match[1]), currency: match[2] ?? '', amountMinor: amount };
}

/** SWIFT amounts: decimal comma (a point in some exports), possibly without decimals (`500,`). */
function amountOf(text: string, currency: string): number | string {
  const complete = text.endsWith(',') || text.endsWith('.') ? `${text}0` : text;
  return parseMinor(complete, currencyExponent(currency) ?? 2, { decimal: complete.includes('.') ? '.' : ',' });
}
