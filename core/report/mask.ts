/**
 * The one masking rule for personal data in exported files. A value is read as one of three kinds
 * and keeps only what lets a person recognize it:
 * - an e-mail address keeps its first character and its domain;
 * - an account, card or phone number (7 digits or more, with spaces, dashes, dots, brackets, a
 *   leading + or an IBAN's country code) keeps its last 4 digits, its separators in place;
 * - anything else is a name and keeps its first character.
 */
export type PersonalKind = 'email' | 'number' | 'name';

const EMAIL = /^([^\s@])[^\s@]*@([^\s@]+\.[^\s@]+)$/u;
// An IBAN's country code stays with its digits.
const NUMBER = /^(?:\+|[A-Z]{2})?[\d\s().-]+$/u;
const KEPT_DIGITS = 4;
const MIN_NUMBER_DIGITS = 7;

/** Which kind of personal data the value is, by its shape. */
export function personalKind(value: string): PersonalKind {
  const text = value.trim();
  if (EMAIL.test(text)) return 'email';
  if (NUMBER.test(text) && (text.match(/\d/g)?.length ?? 0) >= MIN_NUMBER_DIGITS) return 'number';
  return 'name';
}

/**
 * Mask a value by {@link personalKind}.
 *
 * @example maskPersonal('Zhang San') // 'Z********'
 * @example maskPersonal('6222 0212 3456 7890') // '**** **** **** 7890'
 * @example maskPersonal('+86 138-0013-8000') // '+** ***-****-8000'
 * @example maskPersonal('li.wei@example.com') // 'l***@example.com'
 */
export function maskPersonal(value: string): string {
  const text = value.trim();
  if (text === '') return value;
  switch (personalKind(text)) {
    case 'email':
      return text.replace(EMAIL, (_, first: string, domain: string) => `${first}***@${domain}`);
    case 'number': {
      let digitsLeft = text.match(/\d/g)?.length ?? 0;
      return text.replace(/\d/g, (digit) => (digitsLeft-- > KEPT_DIGITS ? '*' : digit));
    }
    case 'name': {
      const [first = '', ...rest] = Array.from(text);
      return first + '*'.repeat(rest.length);
    }
  }
}

/** Mask a value that may be absent. */
export const maskOptional = (value: string | null): string | null => (value === null ? null : maskPersonal(value));

/**
 * Mask each field of a raw row separately, so the row keeps its shape (which column
 * was wrong) while names, accounts and phone numbers in it are hidden.
 *
 * @example maskRawRow('2024-03-01,Zhang San,12.00') // '****-03-01,Z********,1****'
 */
export const maskRawRow = (raw: string): string =>
  raw
    .split(/([,\t;|])/)
    .map((part, index) => (index % 2 === 1 ? part : maskPersonal(part)))
    .join('');

/** Statement metadata that names the account or its holder. */
const PERSONAL_METADATA = /account(?!_currency)|iban|holder|owner|name|card|phone|e-?mail/i;

/** An import's metadata with the values that name an account or a person masked. */
export function maskMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(metadata).map(([key, value]) => [key, PERSONAL_METADATA.test(key) ? maskPersonal(value) : value]),
  );
}
