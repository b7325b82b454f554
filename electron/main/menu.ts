import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A minimal native menu: opening and exporting files live in the app itself, so the menu only
 * carries what every desktop app needs. Reload and developer tools exist in development only.
 */
export function buildMenuTemplate(isDevelopment: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] =
    platform === 'darwin' ? [{ role: 'appMenu' }] : [{ label: 'File', submenu: [{ role: 'quit' }] }];
  const viewMenu: MenuItemConstructorOptions[] = isDevelopment
    ? [{ label: 'View', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }]
    : [];
  return [
    ...appMenu,
    { role: 'editMenu' },
    ...viewMenu,
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: `About ${app.name}` }] },
  ];
}

export function installMenu(isDevelopment: boolean): void {
  app.setAboutPanelOptions({ applicationName: 'ReconDesk', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(isDevelopment, process.platform)));
}
