/** A stored ISO time on the user's clock, to the minute, in the app's language; a dash when there is none. */
export const formatTime = (iso: string | null, language: string): string => {
  if (iso === null) return '—';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return time.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
};
