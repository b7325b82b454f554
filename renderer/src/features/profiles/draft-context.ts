import { createContext, useContext } from 'react';
import type { Profile } from '../../../../core/profile/types.ts';
import type { Issue } from '../../../../core/result.ts';
import { pointerOf, valueAt, type DraftPath } from './draft-edit.ts';

/** The draft the form and the JSON both edit, what validation says of it, and the sample's header names. */
export type DraftEditing = {
  draft: Profile;
  update: (path: DraftPath, value: unknown) => void;
  issues: readonly Issue[];
  /** The sample file's header names, offered wherever a column is chosen. */
  headers: readonly string[];
  readOnly: boolean;
};

export const DraftContext = createContext<DraftEditing | null>(null);

export function useDraftEditing(): DraftEditing {
  const editing = useContext(DraftContext);
  if (!editing) throw new Error('a draft form field outside the draft editor');
  return editing;
}

/** The issues at a place of the draft or under it (a field's rule and its parts). */
export const issuesAt = (issues: readonly Issue[], path: DraftPath): Issue[] => {
  const pointer = pointerOf(path);
  return issues.filter((found) => found.path === pointer || found.path?.startsWith(`${pointer}/`));
};

/** One place of the draft: its value, a setter, and the validation issues that point at it. */
export function useDraftField<T>(path: DraftPath) {
  const editing = useDraftEditing();
  return {
    value: valueAt(editing.draft, path) as T | undefined,
    set: (value: unknown) => editing.update(path, value),
    issues: issuesAt(editing.issues, path),
    headers: editing.headers,
    readOnly: editing.readOnly,
  };
}
