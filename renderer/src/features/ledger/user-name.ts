const STORAGE_KEY = 'recondesk.user';

/** The name this computer's user gave last time (plain local names, no passwords), or none. */
export function savedUserName(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveUserName(name: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // Storage can be off (private mode, policy); the name still holds for this session.
  }
}

/** The name recorded on the trail when the field is empty, as the engine records it. */
export const UNNAMED = 'unnamed';

export const recordedName = (name: string): string => name.trim() || UNNAMED;
