/** The file order a running balance chains in, `either` when the rows cannot tell (one row, or every net zero). */
export type ChainOrder = 'oldest-first' | 'newest-first' | 'either';

/** Whether a row's balance includes its own amount (`after`, the usual) or is the balance before it. */
export type BalanceIs = 'after' | 'before';

/**
 * In which order of the rows every balance follows from its neighbour's and the row's net —
 * the evidence that settles the order of a file and whether its amounts are signed as written.
 * Rows without a balance are left out, as the running balance control leaves them out.
 * Null when the chain holds in neither order.
 *
 * @example chainOrder([100, -30], [1100, 1070], [true, true]) // 'oldest-first'
 */
export function chainOrder(
  nets: readonly number[],
  balances: readonly number[],
  present: readonly boolean[],
  balanceIs: BalanceIs = 'after',
): ChainOrder | null {
  const rows = nets.flatMap((net, row) => (present[row] ? [net] : []));
  const shown = balances.filter((_, row) => present[row]);
  const holds = chainHolds(rows, shown, balanceIs);
  const steps = Math.max(0, rows.length - 1);
  const oldestFirst = holds.oldestFirst === steps;
  const newestFirst = holds.newestFirst === steps;
  if (oldestFirst && newestFirst) return 'either';
  return oldestFirst ? 'oldest-first' : newestFirst ? 'newest-first' : null;
}

/**
 * How many steps of a running balance follow from the rows' nets, read oldest first and newest
 * first — the evidence that tells a balance column, and a pair's credit side, when no header
 * names them. A chain may break where the bank's own figures do; the count says how often it holds.
 *
 * @example chainHolds([100, -30], [1100, 1070]) // { oldestFirst: 1, newestFirst: 0 }
 */
export function chainHolds(
  nets: readonly number[],
  balances: readonly number[],
  balanceIs: BalanceIs = 'after',
): { oldestFirst: number; newestFirst: number } {
  let oldestFirst = 0;
  let newestFirst = 0;
  for (let i = 1; i < nets.length; i++) {
    const earlier = balances[i - 1] ?? 0;
    const later = balances[i] ?? 0;
    // After: a row's balance is its neighbour's plus its own net; before: plus the neighbour's net.
    const [oldest, newest] = balanceIs === 'after' ? [nets[i], nets[i - 1]] : [nets[i - 1], nets[i]];
    if (later === earlier + (oldest ?? 0)) oldestFirst++;
    if (earlier === later + (newest ?? 0)) newestFirst++;
  }
  return { oldestFirst, newestFirst };
}
