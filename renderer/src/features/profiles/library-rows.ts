import type { ProfileInfo } from '../../../../core/rpc/contract.ts';

/** One profile of the list: its newest version on the row, every version under it. */
export type LibraryRow = {
  key: string;
  origin: ProfileInfo['origin'];
  latest: ProfileInfo;
  versions: ProfileInfo[];
  imports: number;
  last_used: string | null;
};

export type OriginFilter = 'all' | ProfileInfo['origin'];

/**
 * The library grouped by profile (the user's versions of a built-in id apart from the built-in's),
 * the newest version first, the user's profiles before the built-ins, filtered by words found in
 * the id, either name, the format, side or source.
 */
export function libraryRows(profiles: readonly ProfileInfo[], search: string, origin: OriginFilter): LibraryRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, ProfileInfo[]>();
  for (const info of profiles) {
    if (origin !== 'all' && info.origin !== origin) continue;
    const haystack = [info.id, info.name.en, info.name['zh-CN'], info.format, info.side, info.source, info.label]
      .join(' ')
      .toLowerCase();
    if (!words.every((word) => haystack.includes(word))) continue;
    const key = `${info.origin}:${info.id}`;
    groups.set(key, [...(groups.get(key) ?? []), info]);
  }
  return [...groups.entries()]
    .map(([key, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      const used = sorted.flatMap((info) => (info.last_used === null ? [] : [info.last_used])).sort();
      return {
        key,
        origin: sorted[0]!.origin,
        latest: sorted[0]!,
        versions: sorted,
        imports: sorted.reduce((sum, info) => sum + info.imports, 0),
        last_used: used[used.length - 1] ?? null,
      };
    })
    .sort((a, b) => (a.origin === b.origin ? a.latest.id.localeCompare(b.latest.id) : a.origin === 'user' ? -1 : 1));
}
