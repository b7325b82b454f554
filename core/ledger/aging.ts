/** The age buckets people read open items by, in days since the business day an item was found. */
export const AGE_BUCKETS = ['0', '1', '2-3', '4-7', '8-30', '>30'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(days: number): AgeBucket {
  if (days <= 0) return '0';
  if (days === 1) return '1';
  if (days <= 3) return '2-3';
  if (days <= 7) return '4-7';
  if (days <= 30) return '8-30';
  return '>30';
}

/** How many items fall in each bucket, every bucket present. */
export function agingOf(ages: Iterable<number>): Record<AgeBucket, number> {
  const buckets = Object.fromEntries(AGE_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgeBucket, number>;
  for (const age of ages) buckets[ageBucket(age)]++;
  return buckets;
}
