/**
 * Hide personal data but keep enough to recognize a value: the first and the last
 * character stay, everything between becomes `*`.
 *
 * @example maskText('Zhang San') // 'Z*******n'
 * @example maskText('李四') // '李*'
 */
export function maskText(text: string): string {
  const characters = Array.from(text);
  const count = characters.length;
  if (count <= 1) return count === 0 ? '' : '*';
  if (count === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(count - 2)}${characters[count - 1]}`;
}

/**
 * Mask each field of a raw row separately, so the row keeps its shape (which column
 * was wrong) while names, accounts and phone numbers in it are hidden.
 *
 * @example maskRawRow('2024-03-01,Zhang San,12.00') // '2********1,Z*******n,1***0'
 */
export const maskRawRow = (raw: string): string =>
  raw
    .split(/([,\t;|])/)
    .map((part, index) => (index % 2 === 1 ? part : maskText(part)))
    .join('');
