import { fundSource } from '../canonical/record.ts';
import type { Profile } from './types.ts';

/**
 * The source a profile's records carry for a source value it reads or states: a fund bill's
 * (`role: "fund"`) is its channel's fund source (`alipay` → `alipay_fund`), so its records are
 * their own side; any other profile's is the value itself.
 */
export const recordSource = (profile: Pick<Profile, 'role' | 'side'>, value: string): string =>
  profile.role === 'fund' && profile.side === 'statement' ? fundSource(value) : value;
