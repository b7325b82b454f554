import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeeFinding, Finding } from '../../../../core/match/types.ts';
import type { FindingsQuery, FindingsTotals } from '../../../../core/rpc/contract.ts';
import type { FindingCategory } from '../../components/format.ts';
import { send } from '../../engine/client.ts';

export type FindingRow = Finding | FeeFinding;

export const PAGE_SIZE = 200;

type Pages = {
  key: string;
  total: number | null;
  totals: FindingsTotals[];
  pages: ReadonlyMap<number, FindingRow[]>;
  error: string | null;
  /** False when the engine keeps no rows of this category for the run (an older run's informational outcomes). */
  kept: boolean;
};

const empty = (key: string): Pages => ({ key, total: null, totals: [], pages: new Map(), error: null, kept: true });

/**
 * Findings of one category, fetched a page at a time as the grid scrolls to them, with the
 * totals of all the rows the view selects. A new run, category, search, sort or filter starts
 * over; answers for an older query are dropped.
 */
export function useFindingsPages(runId: number, category: FindingCategory, view: Partial<FindingsQuery>) {
  const key = JSON.stringify([runId, category, view]);
  const [state, setState] = useState<Pages>(() => empty(key));
  // Pages asked for under the current query only: a query given again (a search typed and then
  // cleared) is asked for afresh, since its earlier answers were dropped with its state.
  const requested = useRef({ key, pages: new Set<number>() });
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
  }, [key]);
  const current = state.key === key ? state : empty(key);

  const load = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      const asked = requested.current.pages;
      if (asked.has(page)) return;
      asked.add(page);
      const query = {
        run_id: runId,
        category,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
        ...view,
      };
      send('findings/list', query).then(
        (result) =>
          setState((previous) => {
            if (latestKey.current !== key) return previous;
            const base = previous.key === key ? previous : empty(key);
            const pages = new Map(base.pages);
            pages.set(page, result.rows);
            const totals = 'totals' in result && result.totals ? result.totals : base.totals;
            const kept = !('kept' in result && result.kept === false);
            return { key, total: result.total, totals, pages, error: null, kept };
          }),
        (error: unknown) => {
          asked.delete(page);
          const message = error instanceof Error ? error.message : String(error);
          setState((previous) =>
            latestKey.current === key
              ? { ...(previous.key === key ? previous : empty(key)), error: message }
              : previous,
          );
        },
      );
    },
    // The key is the view's content: a new object with the same choices is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  useEffect(() => load(0), [load]);

  /** Ask for the pages covering rows `first..last` (inclusive). */
  const ensureRows = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) load(page);
    },
    [load],
  );

  const rowAt = (index: number): FindingRow | undefined =>
    current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return { total: current.total, totals: current.totals, error: current.error, kept: current.kept, rowAt, ensureRows };
}
