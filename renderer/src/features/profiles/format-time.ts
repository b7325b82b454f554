/** A stored ISO time as the user's clock shows it (minutes), or a dash when there is none. */
export const formatTime = (iso: string | null): string => {
  if (iso === null) return '—';
  const time = new Date(iso);
  return Number.isNaN(time.getTime())
    ? iso
    : time.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
};
