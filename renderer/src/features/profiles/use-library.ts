import { useCallback, useEffect, useState } from 'react';
import type { ProfileInfo } from '../../../../core/rpc/contract.ts';
import { send } from '../../engine/client.ts';

/** The profile library as the engine lists it (built-ins and the workspace's own), read again on request. */
export function useLibrary(generation: number, visible: boolean) {
  const [profiles, setProfiles] = useState<ProfileInfo[] | null>(null);
  const refresh = useCallback(() => {
    void send('profiles/list', {}).then(setProfiles, () => setProfiles([]));
  }, []);
  // Imports change the counts and a reopened workspace the library: read it when either moves, or the room opens.
  useEffect(() => {
    if (visible) refresh();
  }, [generation, visible, refresh]);
  return { profiles, refresh };
}
