/**
 * Which paths Next renders per request (the ƒ routes of `next build`); everything else public
 * is prerendered. Pure, so both the proxy (the nonce policy) and the language switcher (a
 * client component, which may read the query on the server only on these pages) share it.
 */
const RENDERED_PER_REQUEST = /^\/(staff(\/|$)|(en|ru|be|ur)\/(request\/.|track(\/|$)|check\/.))/;

export function rendersPerRequest(pathname: string): boolean {
  return RENDERED_PER_REQUEST.test(pathname);
}
