import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useDraftEditing, issuesAt } from './draft-context.ts';
import { pointerOf, type DraftPath } from './draft-edit.ts';

/** A labelled form field of the draft; the validation issues pointing at its place show under it. */
export function DraftItem({
  path,
  label,
  help,
  children,
}: {
  path: DraftPath;
  label: ReactNode;
  help?: ReactNode;
  children: ReactNode;
}) {
  const { issues } = useDraftEditing();
  const found = issuesAt(issues, path);
  return (
    <Form.Item
      label={label}
      validateStatus={found.length > 0 ? 'error' : ''}
      help={found.length > 0 ? found.map((issue) => issue.message).join(' · ') : help}
      data-testid={`draft-field-${pointerOf(path)}`}
      data-invalid={found.length > 0 ? 'true' : 'false'}
    >
      {children}
    </Form.Item>
  );
}
