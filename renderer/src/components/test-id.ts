import type { HTMLAttributes } from 'react';

/** Row attributes for antd tables: `data-*` keys are valid DOM attributes that React's types do not list. */
export const rowAttributes = (attributes: Record<`data-${string}`, string>): HTMLAttributes<HTMLElement> =>
  attributes as HTMLAttributes<HTMLElement>;
