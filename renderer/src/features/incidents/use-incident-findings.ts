import { useEffect, useState } from 'react';
import { INCIDENT_CATEGORIES } from '../../../../core/match/incidents.ts';
import type { Finding } from '../../../../core/match/types.ts';
import { send } from '../../engine/client.ts';

const PAGE = 1000;

type State = { runId: number; findings: Finding[] | null; error: string | null };

/** Every finding of one category in the run, page after page. */
async function allOf(runId: number, category: Finding['category']): Promise<Finding[]> {
  const rows: Finding[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await send('findings/list', { run_id: runId, category, offset, limit: PAGE });
    if (page.category === 'fee_mismatch') return rows;
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= page.total) return rows;
  }
}

/**
 * The run's findings of the incident categories (paid not notified, duplicate charges, channel
 * switched) on every channel: what the incidents are made of, for their orders and the hourly chart.
 * Asked for only when `wanted` (a run with incidents).
 */
export function useIncidentFindings(runId: number, wanted: boolean) {
  const [state, setState] = useState<State>({ runId, findings: null, error: null });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    Promise.all(INCIDENT_CATEGORIES.map((category) => allOf(runId, category))).then(
      (lists) => current && setState({ runId, findings: lists.flat(), error: null }),
      (error: unknown) =>
        current && setState({ runId, findings: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [runId, wanted]);
  return state.runId === runId ? state : { runId, findings: null, error: null };
}
