import type { Profile } from '../../../../core/profile/types.ts';

/**
 * A profile id for a draft made from a file: its name in lowercase letters, digits and dashes
 * (`Musterbank Umsätze 2026.csv` → `musterbank-ums-tze-2026`), made unique among the ids the
 * library holds with `-2`, `-3`, ….
 */
export function profileIdFor(fileName: string, taken: ReadonlySet<string>): string {
  const base =
    fileName
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'statement';
  const start = base.length >= 2 ? base : `${base}-profile`;
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) if (!taken.has(`${start}-${n}`)) return `${start}-${n}`;
}

/** A suggested mapping as the user's first draft: its own id, version 1, named after the file it came from. */
export function draftFromSuggestion(suggested: Profile, fileName: string, taken: ReadonlySet<string>): Profile {
  const name = fileName.replace(/\.[^.]+$/, '');
  return { ...suggested, id: profileIdFor(fileName, taken), version: 1, name: { en: name, 'zh-CN': name } };
}
