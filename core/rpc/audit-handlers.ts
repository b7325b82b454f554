import type { Database } from 'sql.js';
import { auditEntries } from '../ledger/audit.ts';
import { verifyAuditChain } from '../ledger/audit-chain.ts';
import { removeImport } from '../ledger/import-audit.ts';
import { maskSetting, rememberMask } from '../ledger/mask-setting.ts';
import { signoffPeriods } from '../ledger/signoff-state.ts';
import { markReady, reviewPeriod, type Actor } from '../ledger/signoff.ts';
import { inTransaction } from '../ledger/transaction.ts';
import { undoLast } from '../ledger/undo.ts';
import { ok } from '../result.ts';
import type { EngineHandlers, HandlerContext } from './contract.ts';

export type AuditHandlerOptions = {
  db: () => Database;
  /** Who acts (the call's user, else the session's) and when. */
  actor: (context: HandlerContext) => Actor;
  /** Name the user of calls that name none (the app's name field). */
  setUser: (user: string) => void;
  /** Told when an import is gone (removed or undone), so what the engine keeps beside the store follows. */
  removed: (importId: number) => void;
};

type AuditHandlers = Pick<
  EngineHandlers,
  'import/remove' | 'audit/list' | 'audit/undo' | 'signoff/ready' | 'signoff/review' | 'settings/mask' | 'session/user'
>;

/** The audit trail, undo, sign-off and the workspace's masking choice. */
export function auditHandlers({ db, actor, setUser, removed }: AuditHandlerOptions): AuditHandlers {
  return {
    'session/user': async ({ user }) => setUser(user),
    'import/remove': async ({ import_id }, context) => {
      const result = inTransaction(db(), () => removeImport(db(), import_id, actor(context)));
      if (!result.ok) return result;
      removed(import_id);
      return ok(undefined);
    },
    'audit/list': async () => ({
      entries: auditEntries(db()),
      chain: verifyAuditChain(db()),
      signoffs: signoffPeriods(db()),
    }),
    'audit/undo': async (_input, context) => {
      const result = inTransaction(db(), () => undoLast(db(), actor(context)));
      if (result.ok && typeof result.value.detail.removed_import === 'number')
        removed(result.value.detail.removed_import);
      return result;
    },
    'signoff/ready': async ({ from, to, note }, context) =>
      inTransaction(db(), () => markReady(db(), { from, to }, actor(context), note)),
    'signoff/review': async ({ from, to, decision, note }, context) =>
      inTransaction(db(), () => reviewPeriod(db(), { from, to }, actor(context), decision, note)),
    'settings/mask': async ({ mask }, context) => {
      if (mask !== undefined) rememberMask(db(), mask, actor(context));
      return { mask: maskSetting(db()) };
    },
  };
}
