import { BUILTIN_PROFILE_FILES } from '../generated/builtin-profiles.ts';
import type { Profile } from './types.ts';
import { validateProfile } from './validate.ts';

let cache: Profile[] | undefined;

/** The built-in profile library (schemas/profiles), each validated at load. A broken one is a bug. */
export function builtinProfiles(): Profile[] {
  if (cache) return cache;
  cache = Object.entries(BUILTIN_PROFILE_FILES).map(([file, data]) => {
    const result = validateProfile(data, file);
    if (!result.ok)
      throw new Error(`built-in profile ${file} is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    return result.value;
  });
  return cache;
}
