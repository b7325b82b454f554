/** `recondesk profiles new --from FILE`: not available in this build. */
export const profilesNewCommand = async (): Promise<number> => (
  console.error('recondesk profiles new: not available'),
  2
);
