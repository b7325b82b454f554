import { useEffect, useRef, useState } from 'react';
import type { RunParameters } from '../../../../core/match/types.ts';
import { send } from '../../engine/client.ts';
import { checkSettings, draftOf, type SettingsDraft } from './run-settings.ts';

/** A pause in typing before valid settings are kept in the workspace. */
const KEEP_AFTER_MS = 400;

/**
 * The run settings being typed, starting from those the workspace remembers (else its latest
 * run's, else the defaults); every valid change is kept in the workspace a moment later and
 * `changed` is told, so it is saved with it.
 */
export function useRememberedSettings(initial: RunParameters | undefined, changed: () => void) {
  const [draft, setDraftState] = useState<SettingsDraft>(() => draftOf(initial));
  const edited = useRef(false);

  useEffect(() => {
    let current = true;
    void send('ledger/settings', {}).then((settings) => {
      if (current && !edited.current && settings.run_parameters) setDraftState(draftOf(settings.run_parameters));
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!edited.current) return;
    const settings = checkSettings(draft);
    if (!settings.ok) return;
    const timer = setTimeout(() => {
      void send('ledger/settings', { run_parameters: settings.parameters }).then(changed);
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, changed]);

  const setDraft = (next: SettingsDraft) => {
    edited.current = true;
    setDraftState(next);
  };
  return { draft, setDraft, settings: checkSettings(draft) };
}
