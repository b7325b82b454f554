import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../../../core/profile/types.ts';
import type { Issue } from '../../../../core/result.ts';
import { send } from '../../engine/client.ts';
import { setAt, type DraftPath } from './draft-edit.ts';

const VALIDATE_AFTER_MS = 250;

export const draftText = (profile: Profile): string => `${JSON.stringify(profile, null, 2)}\n`;

/**
 * One draft, edited from the form and from its JSON alike: a form change rewrites the JSON, JSON
 * that parses becomes the draft the form shows. The engine validates it a moment after each
 * change; its issues carry the JSON paths the form fields point at.
 */
export function useDraft(initial: Profile) {
  const [draft, setDraft] = useState(initial);
  const [text, setText] = useState(() => draftText(initial));
  const [textError, setTextError] = useState<string | null>(null);
  /** The engine's verdict, and the draft it is about (a newer draft is not checked yet). */
  const [verdict, setVerdict] = useState<{ of: Profile; issues: Issue[] } | null>(null);

  const update = useCallback((path: DraftPath, value: unknown) => {
    setDraft((current) => {
      const next = setAt(current, path, value);
      setText(draftText(next));
      return next;
    });
    setTextError(null);
  }, []);

  const editText = useCallback((next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setTextError('a profile is a JSON object');
        return;
      }
      setDraft(parsed as Profile);
      setTextError(null);
    } catch (error) {
      setTextError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void send('profiles/validate', { text: JSON.stringify(draft), file: `${String(draft.id)}.json` }).then(
        (result) => {
          if (!current) return;
          setVerdict({ of: draft, issues: result.ok ? [] : result.issues });
        },
      );
    }, VALIDATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft]);

  const checked = verdict?.of === draft;
  // The last issues stay on screen while the next check runs, so fields do not flicker.
  const issues = verdict?.issues ?? [];
  const valid = checked && textError === null && issues.length === 0;
  return { draft, text, textError, issues, checked, valid, update, editText };
}
