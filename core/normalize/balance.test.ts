import { describe, expect, it } from 'vitest';
import { createBalanceChain, type BalanceRule } from './balance.ts';

const US = { decimal: '.', thousands: [','] } as const;

/** Rows as [balance as written, amount in minor units], numbered from line 2. */
type Rule = Omit<BalanceRule, 'label'>;

function check(rule: Rule, rows: [string, number][], figures = new Map<string, string>(), currency = 'EUR') {
  const chain = createBalanceChain({ label: `Running balance ${rule.column}`, ...rule }, US);
  rows.forEach(([balance, amount], index) => chain.add(balance, { amount, currency, line: index + 2 }, 2));
  return chain.finish(figures);
}

describe('running balance control', () => {
  it('holds oldest first with the balance after each amount', () => {
    const rows: [string, number][] = [
      ['165.52', -25000],
      ['156.02', -950],
      ['656.02', 50000],
    ];
    expect(check({ column: 'Balance', order: 'oldest-first' }, rows)).toEqual([
      { label: 'Running balance Balance', stated: '656.02', computed: '656.02', holds: true },
    ]);
  });

  it('holds newest first (Bank of China 余额) and names the latest balance', () => {
    const rows: [string, number][] = [
      ['3,240.28', -7189],
      ['3,312.17', -32600],
      ['3,638.17', 5000],
    ];
    expect(check({ column: '余额', order: 'newest-first' }, rows)).toEqual([
      { label: 'Running balance 余额', stated: '3240.28', computed: '3240.28', holds: true },
    ]);
  });

  it('holds with the balance written before each amount, oldest first (ASN)', () => {
    const rows: [string, number][] = [
      ['130.44', 22377],
      ['354.21', -20000],
      ['154.21', -220],
    ];
    const [result] = check({ column: 'Saldo voor mutatie', order: 'oldest-first', balanceIs: 'before' }, rows);
    expect(result).toEqual({
      label: 'Running balance Saldo voor mutatie',
      stated: '152.01',
      computed: '152.01',
      holds: true,
    });
  });

  it('holds with the balance before each amount, newest first', () => {
    const rows: [string, number][] = [
      ['154.21', -220],
      ['354.21', -20000],
      ['130.44', 22377],
    ];
    const [result] = check({ column: 'Saldo', order: 'newest-first', balanceIs: 'before' }, rows);
    expect(result?.holds).toBe(true);
    expect(result?.stated).toBe('152.01');
  });

  it('shows the first break with its line, the balance as written and the balance the amounts lead to', () => {
    const rows: [string, number][] = [
      ['442.67', -25000],
      ['420.74', 0],
      ['223.53', -3871],
    ];
    expect(check({ column: 'Balance', order: 'oldest-first' }, rows)).toEqual([
      { label: 'Running balance Balance, line 3', stated: '420.74', computed: '442.67', holds: false },
    ]);
  });

  it('takes either order for a producer whose sort the user chooses, and reports the later break', () => {
    const newestFirst: [string, number][] = [
      ['150.00', -550],
      ['155.50', 5000],
      ['105.50', -290],
    ];
    expect(check({ column: 'Saldo', order: 'either' }, newestFirst)[0]?.holds).toBe(true);
    const broken: [string, number][] = [
      ['13.04', -196],
      ['15.00', -1210],
      ['27.10', 1],
      ['37.10', -3500],
    ];
    expect(check({ column: 'Balance', order: 'either' }, broken)[0]).toMatchObject({
      label: 'Running balance Balance, line 5',
      stated: '37.10',
      computed: '27.09',
      holds: false,
    });
  });

  it('leaves rows with an empty balance (pending entries) out of the chain', () => {
    const rows: [string, number][] = [
      ['100.00', 1000],
      ['', -4457],
      ['90.00', -1000],
    ];
    expect(check({ column: 'Balance', order: 'oldest-first' }, rows)[0]?.holds).toBe(true);
  });

  it('chains each currency on its own', () => {
    const chain = createBalanceChain(
      { label: 'Running balance Balance', column: 'Balance', order: 'newest-first' },
      US,
    );
    chain.add('3,612.17', { amount: -100, currency: 'HKD', line: 2 }, 2);
    chain.add('12500.00', { amount: 1250000, currency: 'CNY', line: 3 }, 2);
    chain.add('3,613.17', { amount: -10000, currency: 'HKD', line: 4 }, 2);
    expect(chain.finish(new Map())).toEqual([
      { label: 'Running balance Balance (HKD)', stated: '3612.17', computed: '3612.17', holds: true },
      { label: 'Running balance Balance (CNY)', stated: '12500.00', computed: '12500.00', holds: true },
    ]);
  });

  it('compares a stated closing balance with the latest balance of the chain', () => {
    const rule: Rule = { column: 'Saldo', order: 'newest-first', closing: 'saldo' };
    const rows: [string, number][] = [
      ['150.00', -550],
      ['155.50', 5000],
    ];
    expect(check(rule, rows, new Map([['saldo', '150.00']]))[1]).toEqual({
      label: 'Running balance Saldo: closing balance',
      stated: '150.00',
      computed: '150.00',
      holds: true,
    });
    expect(check(rule, rows, new Map([['saldo', '151.00']]))[1]?.holds).toBe(false);
    expect(check(rule, rows)[1]).toMatchObject({ stated: '(missing)', holds: false });
  });

  it('reads a closing figure from a workbook number cell in either format', () => {
    const chain = createBalanceChain(
      { label: 'Saldo', column: 'Saldo', closing: 'saldo' },
      { decimal: ',', thousands: ['.'] },
    );
    chain.add('1.100,00', { amount: 10000, currency: 'EUR', line: 2 }, 2);
    chain.add('1.234,50', { amount: 13450, currency: 'EUR', line: 3 }, 2);
    expect(chain.finish(new Map([['saldo', '1234.5']]))[1]).toMatchObject({ stated: '1234.5', holds: true });
    expect(chain.finish(new Map([['saldo', '1.234,50']]))[1]).toMatchObject({ holds: true });
  });

  it('fails on a balance that is not an amount (a redacted xx,yyyy.zz), naming its line', () => {
    expect(check({ column: '余额', order: 'oldest-first' }, [['xx,yyyy.zz', 100]])).toEqual([
      {
        label: 'Running balance 余额',
        stated: 'line 2: balance "xx,yyyy.zz" "xx,yyyy.zz" is not an amount',
        computed: '(unreadable)',
        holds: false,
      },
    ]);
  });
});
