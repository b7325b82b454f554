/** The file order a running balance chains in, `either` when the rows cannot tell (one row, or every net zero). */
export type ChainOrder = 'oldest-first' | 'newest-first' | 'either';

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
): ChainOrder | null {
  const rows = nets.flatMap((net, row) => (present[row] ? [{ net, balance: balances[row] ?? 0 }] : []));
  let oldestFirst = true;
  let newestFirst = true;
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1];
    const row = rows[i];
    if (!before || !row) continue;
    if (row.balance !== before.balance + row.net) oldestFirst = false;
    if (before.balance !== row.balance + before.net) newestFirst = false;
  }
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
): { oldestFirst: number; newestFirst: number } {
  let oldestFirst = 0;
  let newestFirst = 0;
  for (let i = 1; i < nets.length; i++) {
    const before = balances[i - 1] ?? 0;
    const balance = balances[i] ?? 0;
    if (balance === before + (nets[i] ?? 0)) oldestFirst++;
    if (before === balance + (nets[i - 1] ?? 0)) newestFirst++;
  }
  return { oldestFirst, newestFirst };
}
