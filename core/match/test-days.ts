import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { bytesSource } from '../import/types.ts';
import type { EngineHandlers, FindingsQuery, HandlerContext } from '../rpc/contract.ts';
import { createHandlers } from '../rpc/handlers.ts';
import { builtinProfiles } from '../profile/builtin.ts';
import type { MatchKey, Profile } from '../profile/types.ts';
import type { CategoryCode } from './categories.ts';
import {
  alipayFile,
  canonicalBookFile,
  ordersFile,
  wechatFile,
  type CanonicalBookRow,
  type Order,
  type WechatRow,
} from './test-files.ts';
import type { Finding, RunParameters, RunSummary } from './types.ts';

// Test helpers. Tiny hand-made days (the files of test-files.ts) imported into a fresh workspace
// and reconciled; their findings read back.

let sqlJs: SqlJsStatic | undefined;

export const CONTEXT: HandlerContext = { progress: () => {}, cancelled: () => false };

export type Day = {
  orders: Order[];
  wechat?: WechatRow[];
  alipay?: { order: string; cents: number }[];
  /** The book as a canonical file instead of the order export. */
  canonicalBook?: CanonicalBookRow[];
  /** The match keys the WeChat bill's profile lists (none in the built-in one). */
  wechatMatchKeys?: MatchKey[];
};

/** Import the day's files into a fresh workspace and reconcile them. */
export async function reconcile(
  day: Day,
  parameters: Partial<RunParameters> = {},
): Promise<{ handlers: EngineHandlers; run: RunSummary }> {
  const handlers = createHandlers({ sqlJs: (sqlJs ??= await initSqlJs()), now: () => '2024-03-16T09:00:00+08:00' });
  const files: [string, string][] = [
    day.canonicalBook ? ['book.csv', canonicalBookFile(day.canonicalBook)] : ['orders.csv', ordersFile(day.orders)],
  ];
  if (day.wechat) files.push(['wechat.csv', wechatFile(day.wechat)]);
  if (day.alipay) files.push(['alipay.csv', alipayFile(day.alipay)]);
  const wechatProfile = day.wechatMatchKeys && {
    ...(builtinProfiles().find((p) => p.id === 'wechatpay-merchant-trade') as Profile),
    matchKeys: day.wechatMatchKeys,
  };
  for (const [name, text] of files) {
    const profile = name === 'wechat.csv' && wechatProfile ? { profile: wechatProfile } : {};
    const file = bytesSource(name, new TextEncoder().encode(text));
    const result = await handlers['import/file']({ file, ...profile }, CONTEXT);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
    if (result.value.rejected !== 0)
      throw new Error(`${name} rejected rows: ${JSON.stringify(result.value.rejections)}`);
    // The hand-made bills state control totals that agree with their rows, like real ones.
    if (result.value.control_status !== (name === 'orders.csv' || name === 'book.csv' ? 'none' : 'holds'))
      throw new Error(`${name}: control totals ${result.value.control_status}`);
  }
  const run = await handlers['match/run']({ parameters }, CONTEXT);
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  return { handlers, run: run.value };
}

/** Non-zero category counts of a run. */
export const counts = (run: RunSummary): Partial<Record<CategoryCode, number>> =>
  Object.fromEntries(
    Object.entries(run.categories)
      .filter(([, totals]) => totals.count > 0)
      .map(([code, totals]) => [code, totals.count]),
  );

export async function findings(
  handlers: EngineHandlers,
  run: RunSummary,
  category: CategoryCode,
  extra: Partial<FindingsQuery> = {},
) {
  const page = await handlers['findings/list'](
    { run_id: run.run_id, category, offset: 0, limit: 100, ...extra },
    CONTEXT,
  );
  return { total: page.total, rows: page.rows as Finding[] };
}

/** The single finding of an order, with its category. */
export async function findingOf(
  handlers: EngineHandlers,
  run: RunSummary,
  category: CategoryCode,
  order: string,
): Promise<Finding> {
  const { rows } = await findings(handlers, run, category, { search: order });
  if (rows.length !== 1 || rows[0]?.order_ref !== order)
    throw new Error(`${order}: ${rows.map((f) => f.order_ref).join(', ')} in ${category}`);
  return rows[0] as Finding;
}
