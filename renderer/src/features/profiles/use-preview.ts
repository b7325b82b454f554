import { useEffect, useState } from 'react';
import type { ByteSource } from '../../../../core/import/types.ts';
import type { ProfilePreview } from '../../../../core/profile/profile-test.ts';
import type { Profile } from '../../../../core/profile/types.ts';
import { send } from '../../engine/client.ts';

const PREVIEW_AFTER_MS = 350;

export type PreviewState = { previews: ProfilePreview[]; busy: boolean; error: string | null };

/** Files cross into the worker as they are; the worker reads them as streams. */
export const byteSources = (files: readonly File[]): ByteSource[] => files.map((file) => file as unknown as ByteSource);

type Shown = { draft: Profile; samples: readonly File[]; previews: ProfilePreview[]; error: string | null };

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The live preview: the draft read on the sample files a moment after each change (while it
 * validates); the last preview stays on screen while the next one is made.
 */
export function usePreview(draft: Profile, valid: boolean, samples: readonly File[]): PreviewState {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    if (!valid || samples.length === 0) return;
    let current = true;
    const show = (previews: ProfilePreview[], error: string | null) => {
      if (current) setShown({ draft, samples, previews, error });
    };
    const timer = setTimeout(() => {
      send('profiles/test', { profile: draft, files: byteSources(samples) }).then(
        (result) =>
          result.ok ? show(result.value, null) : show([], result.issues.map((issue) => issue.message).join(' · ')),
        (error: unknown) => show([], failure(error)),
      );
    }, PREVIEW_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, valid, samples]);
  if (samples.length === 0 || shown === null) return { previews: [], busy: valid && samples.length > 0, error: null };
  const fresh = shown.draft === draft && shown.samples === samples;
  return { previews: shown.previews, busy: valid && !fresh, error: shown.error };
}
