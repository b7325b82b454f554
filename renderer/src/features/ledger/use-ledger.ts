import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RunRecord } from '../../../../core/ledger/history.ts';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import type { HandlingMetrics } from '../../../../core/ledger/metrics.ts';
import type { LedgerSettings } from '../../../../core/ledger/settings.ts';
import type { Period } from '../../../../core/ledger/signoff-state.ts';
import type { ReviewDecision } from '../../../../core/ledger/signoff.ts';
import type { Issue, Result } from '../../../../core/result.ts';
import type { AuditReport } from '../../../../core/rpc/contract.ts';
import { send } from '../../engine/client.ts';
import { recordedName, savedUserName, saveUserName } from './user-name.ts';

/** What the ledger rooms show: the items, the run history, the audit trail with sign-offs, the settings. */
export type LedgerData = {
  items: LedgerItem[];
  history: RunRecord[];
  audit: AuditReport | null;
  settings: LedgerSettings | null;
  mask: boolean;
  metrics: HandlingMetrics;
};

const EMPTY: LedgerData = { items: [], history: [], audit: null, settings: null, mask: false, metrics: {} };

/** An action's outcome: null when done, else the engine's refusal (its messages are shown as they are). */
export type Refusal = Issue[] | null;

const failure = (error: unknown): Issue[] => [
  { code: 'internal', message: error instanceof Error ? error.message : String(error) },
];

/**
 * The workspace's ledger as the rooms share it, read again after every change (a run, a
 * resolution, an undo, a sign-off, an import, another workspace opened), and the actions a person takes on it,
 * each recorded under the user name of the header.
 */
export function useLedger({
  generation,
  inputs,
  changed,
  importsGone,
}: {
  /** Counts workspaces opened or started new. */
  generation: number;
  /** Counts changes to the imports (each is on the trail). */
  inputs: number;
  changed: () => void;
  /** Told when an undo removed an import. */
  importsGone: () => void;
}) {
  const [user, setUserState] = useState(savedUserName);
  const [data, setData] = useState<LedgerData>(EMPTY);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((current) => current + 1), []);

  // Sent before any read or action below: calls reach the engine in order.
  useEffect(() => void send('session/user', { user: recordedName(user) }), [user]);

  useEffect(() => {
    let live = true;
    void Promise.all([
      send('ledger/items', {}),
      send('ledger/history', {}),
      send('audit/list', {}),
      send('ledger/settings', {}),
      send('settings/mask', {}),
      send('ledger/metrics', {}),
    ]).then(
      ([items, history, audit, settings, mask, metrics]) =>
        live && setData({ items, history, audit, settings, mask: mask.mask, metrics }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [generation, inputs, version]);

  const setUser = useCallback((name: string) => {
    saveUserName(name);
    setUserState(name);
  }, []);

  /** Do one action; when the engine takes it the workspace is saved and everything read again. */
  const act = useCallback(
    async (call: () => Promise<Result<unknown>>): Promise<Refusal> => {
      try {
        const result = await call();
        if (!result.ok) return result.issues;
        changed();
        refresh();
        return null;
      } catch (error) {
        return failure(error);
      }
    },
    [changed, refresh],
  );

  const actions = useMemo(() => {
    const by = () => recordedName(user);
    return {
      resolve: (ids: string[], reason: string, note: string) =>
        act(() => send('ledger/resolve', { ids, reason, ...(note ? { note } : {}), user: by() })),
      reopen: (ids: string[], note: string) =>
        act(() => send('ledger/reopen', { ids, ...(note ? { note } : {}), user: by() })),
      undo: () =>
        act(async () => {
          const undone = await send('audit/undo', {});
          if (undone.ok && typeof undone.value.detail['removed_import'] === 'number') importsGone();
          return undone;
        }),
      ready: (period: Period, note: string) => act(() => send('signoff/ready', { ...period, note })),
      review: (period: Period, decision: ReviewDecision, note: string) =>
        act(() => send('signoff/review', { ...period, decision, note })),
      setMask: (mask: boolean) =>
        act(async () => {
          await send('settings/mask', { mask });
          return { ok: true, value: undefined };
        }),
    };
  }, [act, user, importsGone]);

  return { user, setUser, data, refresh, ...actions };
}

export type Ledger = ReturnType<typeof useLedger>;
