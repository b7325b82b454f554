import { expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../contracts/host-api.ts';
import { fake } from '../../test/fake-electron/index.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

it('hands the page one function per host call, each bound to its own channel, and nothing else', async () => {
  fake.reset();
  await import('./index.ts');
  expect(Object.keys(fake.recorded.exposedInMainWorld)).toEqual(['recondesk']);
  const api = fake.recorded.exposedInMainWorld['recondesk'] as Record<string, unknown>;
  expect(Object.keys(api).sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
  for (const [method, channel] of Object.entries(HOST_CHANNELS)) {
    const call = api[method];
    expect(typeof call, method).toBe('function');
    await (call as (...args: unknown[]) => Promise<unknown>)('argument');
    expect(fake.recorded.rendererInvokes.at(-1)?.[0], method).toBe(channel);
  }
  // No ipcRenderer, no send or on: the page cannot name a channel of its own.
  expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  expect(fake.recorded.rendererInvokes).toHaveLength(Object.keys(HOST_CHANNELS).length);
});
