import fs from 'node:fs';
import path from 'node:path';
import { addVersion, profileFileText, versionLabel, type ProfileVersion } from '../../core/index.ts';
import { issueLines } from '../profile-flags.ts';
import { InputError } from '../usage.ts';
import { writeFileAtomic } from '../write-file.ts';

/** Where `import` and `publish` write: the workspace's library, or the first `--profiles` folder. */
export type LibraryTarget = { workspace: string } | { folder: string };

export function libraryTarget(values: { workspace?: string; profiles?: string[] }, command: string): LibraryTarget {
  if (values.workspace !== undefined) return { workspace: values.workspace };
  const folder = values.profiles?.[0];
  if (folder !== undefined) return { folder };
  throw new InputError(`${command} needs --workspace ws.sqlite or --profiles DIR: the library it writes to`);
}

/**
 * Write versions into a profiles folder, each as `<id>.v<N>.json` — or over the file it was read
 * from when that file is in the folder — refusing a new content under a published id@version.
 */
export function writeToFolder(
  folder: string,
  existing: readonly ProfileVersion[],
  versions: ProfileVersion[],
): string[] {
  let library = existing.filter(
    (entry) => !versions.some((version) => version.file !== undefined && version.file === entry.file),
  );
  const written: string[] = [];
  for (const version of versions) {
    const added = addVersion(library, version);
    if (!added.ok) throw new InputError(issueLines(added.issues, version.file));
    library = added.value;
  }
  fs.mkdirSync(folder, { recursive: true });
  for (const version of versions) {
    const inFolder = version.file !== undefined && path.resolve(path.dirname(version.file)) === path.resolve(folder);
    const target =
      inFolder && version.file
        ? version.file
        : path.join(folder, `${version.profile.id}.v${version.profile.version}.json`);
    const clash = existing.find(
      (entry) => entry.file !== undefined && path.resolve(entry.file) === path.resolve(target),
    );
    if (clash && versionLabel(clash.profile) !== versionLabel(version.profile))
      throw new InputError(
        `${target}: holds ${versionLabel(clash.profile)}; it is not overwritten by ${versionLabel(version.profile)}`,
      );
    writeFileAtomic(target, profileFileText({ ...version, file: target }));
    written.push(target);
  }
  return written;
}
