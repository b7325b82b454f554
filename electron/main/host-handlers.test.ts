import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, type OpenedFile, type SaveFileResult } from '../../contracts/host-api.ts';
import { app, APP_PAGE_URL, fake } from '../../test/fake-electron/index.ts';
import { PACKAGED_ORIGIN } from './app-origin.ts';
import { registerHostHandlers } from './host-handlers.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

/** A well-formed call per channel, so that a refusal below is the sender's or the payload's fault alone. */
const WELL_FORMED: Record<string, unknown[]> = {
  [HOST_CHANNELS.saveFile]: [{ suggestedName: 'diff.xlsx', bytes: new Uint8Array([1]), filters: [] }],
  [HOST_CHANNELS.openFiles]: [{ filters: [{ name: 'Statements', extensions: ['csv'] }] }],
  [HOST_CHANNELS.saveWorkspace]: [new Uint8Array([1])],
  [HOST_CHANNELS.loadWorkspace]: [],
  [HOST_CHANNELS.listWorkspaceCopies]: [],
  [HOST_CHANNELS.restoreWorkspaceCopy]: [1],
  [HOST_CHANNELS.appInfo]: [],
};

let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recondesk-host-'));
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  app.setPath('userData', folder);
  registerHostHandlers(PACKAGED_ORIGIN);
});

afterEach(() => rm(folder, { recursive: true, force: true }));

describe('host calls', () => {
  it('exist one per HostApi method, every one under app:, and nothing generic', () => {
    expect(fake.channels()).toEqual(Object.values(HOST_CHANNELS).sort());
    for (const channel of fake.channels()) expect(channel).toMatch(/^app:[a-z]+:[a-z]+$/);
  });

  it('are refused when the sending frame is gone or is not the app, before anything runs', async () => {
    const senders = [null, 'https://evil.example/index.html', 'file:///tmp/index.html', 'app://other/index.html'];
    for (const channel of fake.channels()) {
      expect(WELL_FORMED[channel], channel).toBeDefined();
      for (const sender of senders) {
        await expect(fake.invoke(channel, WELL_FORMED[channel], sender), `${channel} from ${sender}`).rejects.toThrow(
          sender === null ? `${channel} refused: the sending frame is gone` : `${channel} refused: the sender`,
        );
      }
    }
    // Nothing reached a handler: no dialog was asked for, no workspace written.
    expect(await readdir(folder)).toEqual([]);
  });

  it('are refused when the payload is malformed, before any dialog or file', async () => {
    const malformed: [string, unknown[]][] = [
      [HOST_CHANNELS.saveFile, []],
      [HOST_CHANNELS.saveFile, [{ suggestedName: '../../.bashrc', bytes: new Uint8Array([1]), filters: [] }]],
      [HOST_CHANNELS.saveFile, [{ suggestedName: 'a.xlsx', bytes: 'not bytes', filters: [] }]],
      [HOST_CHANNELS.saveFile, [{ suggestedName: 'a.xlsx', bytes: new Uint8Array([1]), filters: [], path: '/etc' }]],
      [HOST_CHANNELS.openFiles, [{ filters: [{ name: 'x', extensions: ['.exe;rm'] }] }]],
      [HOST_CHANNELS.saveWorkspace, [[1, 2, 3]]],
      [HOST_CHANNELS.restoreWorkspaceCopy, ['../workspace.sqlite']],
      [HOST_CHANNELS.restoreWorkspaceCopy, [1.5]],
      [HOST_CHANNELS.loadWorkspace, [{ path: '/etc/passwd' }]],
      [HOST_CHANNELS.appInfo, [1]],
    ];
    for (const [channel, args] of malformed) {
      await expect(fake.invoke(channel, args), `${channel} ${JSON.stringify(args)}`).rejects.toThrow(
        `${channel} refused: `,
      );
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('answer the app page: app info, and a file saved atomically where the user chose', async () => {
    expect(await fake.invoke(HOST_CHANNELS.appInfo, [], APP_PAGE_URL)).toMatchObject({ host: 'electron' });
    const target = join(folder, 'diff.xlsx');
    await writeFile(target, 'the previous export');
    fake.answerSaveDialog({ canceled: false, filePath: target });
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const saved = await fake.invoke<SaveFileResult>(HOST_CHANNELS.saveFile, [
      { suggestedName: 'diff.xlsx', bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] },
    ]);
    expect(saved).toEqual({ saved: true, path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['diff.xlsx']);

    fake.answerOpenDialog({ canceled: false, filePaths: [target] });
    const opened = await fake.invoke<OpenedFile[]>(HOST_CHANNELS.openFiles, WELL_FORMED[HOST_CHANNELS.openFiles]);
    expect(opened.map((file) => [file.name, file.bytes.length])).toEqual([['diff.xlsx', 7]]);
  });
});
