import { InputError } from './usage.ts';

/** `--mask` / `--no-mask`: mask personal data in every exported file (off by default; a workspace remembers it). */
export const MASK_OPTIONS = { mask: { type: 'boolean' }, 'no-mask': { type: 'boolean' } } as const;

/** The choice given, or undefined when neither flag was. */
export function maskChoice(values: { mask?: boolean; 'no-mask'?: boolean }): boolean | undefined {
  if (values.mask && values['no-mask']) throw new InputError('give --mask or --no-mask, not both');
  return values.mask ? true : values['no-mask'] ? false : undefined;
}
