import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, WebContents } from '../../test/fake-electron/index.ts';
import { PACKAGED_ORIGIN } from './app-origin.ts';
import { applySecurityPolicy, EXTERNAL_LINK_HOSTS } from './security.ts';

vi.mock('electron', () => import('../../test/fake-electron/index.ts'));

const DOCS = 'docs.recondesk.app';
const NAVIGATIONS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

/** A page's contents as Electron hands them to main when they are created. */
function newContents(): WebContents {
  const contents = new WebContents();
  fake.emit('web-contents-created', {}, contents);
  return contents;
}

beforeEach(async () => {
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  applySecurityPolicy(PACKAGED_ORIGIN, [DOCS]);
  await Promise.resolve();
});

describe('every renderer', () => {
  it('runs sandboxed', () => {
    expect(fake.recorded.sandboxEnabled).toBe(true);
  });

  it('stays on the app: navigating, redirecting or navigating a frame anywhere else is stopped', () => {
    const contents = newContents();
    for (const event of NAVIGATIONS) {
      expect(contents.navigate(event, 'app://recondesk/index.html'), event).toBe(false);
      for (const url of [
        'https://evil.example/',
        'http://recondesk/index.html',
        'file:///etc/passwd',
        'app://other/index.html',
        `https://${DOCS}/guide`,
        'javascript:alert(1)',
        'not a url',
      ]) {
        expect(contents.navigate(event, url), `${event} ${url}`).toBe(true);
      }
    }
    expect(contents.navigate('will-attach-webview', 'app://recondesk/index.html')).toBe(true);
  });

  it('opens no new window, not even one of the app', () => {
    const contents = newContents();
    for (const url of ['app://recondesk/index.html', 'https://evil.example/', `https://${DOCS}/guide`, 'about:blank']) {
      expect(contents.openWindow(url), url).toBe('deny');
    }
  });
});

describe('links out of the app', () => {
  it('open in the browser only for https on an allowlisted host', () => {
    const contents = newContents();
    const refused = [
      `http://${DOCS}/guide`,
      `https://${DOCS}.evil.example/`,
      `https://user@${DOCS}/`,
      'https://evil.example/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://share/x',
      'javascript:alert(1)',
      'mailto:support@recondesk.app',
    ];
    for (const url of refused) {
      contents.openWindow(url);
      contents.navigate('will-navigate', url);
    }
    expect(fake.recorded.openedExternally).toEqual([]);
    contents.openWindow(`https://${DOCS}/guide`);
    contents.navigate('will-navigate', `https://${DOCS}/formats#ofx`);
    expect(fake.recorded.openedExternally).toEqual([`https://${DOCS}/guide`, `https://${DOCS}/formats#ofx`]);
  });

  it('go nowhere with the shipped allowlist, which is empty', async () => {
    fake.reset();
    applySecurityPolicy(PACKAGED_ORIGIN);
    await Promise.resolve();
    expect(EXTERNAL_LINK_HOSTS).toEqual([]);
    newContents().openWindow(`https://${DOCS}/guide`);
    expect(fake.recorded.openedExternally).toEqual([]);
  });
});

describe('the session', () => {
  it('refuses every permission request and check', () => {
    const { permissionRequestHandler, permissionCheckHandler, devicePermissionHandler, displayMediaRequestHandler } =
      fake.recorded;
    const permissions = [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'hid',
      'serial',
      'usb',
      'openExternal',
    ];
    const answers: boolean[] = [];
    for (const permission of permissions) {
      permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(permissionCheckHandler?.({}, permission, 'app://recondesk', {}), permission).toBe(false);
    }
    expect(answers).toEqual(permissions.map(() => false));
    expect(devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://recondesk' })).toBe(false);
    let streams: object | null = null;
    displayMediaRequestHandler?.({}, (given) => (streams = given));
    expect(streams).toEqual({});
  });
});
