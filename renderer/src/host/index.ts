import type { HostApi } from '../../../contracts/host-api.ts';
import { webHost } from './web.ts';

/** `window.recondesk` is set by the Electron preload; a plain browser has none. */
type HostWindow = Window & { recondesk?: HostApi };

/** The desktop shell's host when the preload exposed one, else the browser's. */
export const host: HostApi = (window as HostWindow).recondesk ?? webHost;
