/**
 * The page's Content-Security-Policy allows no inline style: a `<style>` applies only when it carries
 * the nonce the server gave this page (the build writes `<meta property="csp-nonce">`, the server
 * fills in a fresh value per response). antd, its icons and the rc components write their style
 * sheets at run time, some (scroll lock, scrollbar measuring) with no way to pass a nonce; so every
 * style element the app's own scripts create gets it. A `<style>` arriving in markup (parsed HTML,
 * innerHTML) is not created this way and stays blocked, and no other script can run to call this.
 */
export function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // The browser hides a nonce from attribute reads once the page has loaded: read the property.
  const nonce = meta?.nonce ?? '';
  return nonce === '' ? undefined : nonce;
}

export function grantStyleNonce(nonce: string | undefined = cspNonce()): void {
  if (nonce === undefined) return;
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions): HTMLElement => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  }) as typeof document.createElement;
}
