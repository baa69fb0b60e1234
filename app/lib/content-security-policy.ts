/**
 * The Content-Security-Policy of pages rendered per request (the staff workspace, the
 * request form's steps, tracking, the checker's questions and result, the change alerts' page): scripts run only
 * with this response's nonce, and what they load is trusted through 'strict-dynamic'
 * (Next.js reads the nonce from the request's policy and puts it on every script it emits).
 * Prerendered pages are the same HTML for everyone and cannot carry a nonce: they keep the
 * static policy of next.config.js, whose only difference is script-src 'self' 'unsafe-inline'.
 * Both share every other directive (content-security-policy.json).
 */
import { randomBytes } from "node:crypto";
import { config } from "./config";
import directives from "./content-security-policy.json";

/** Paths Next renders per request (the ƒ routes of `next build`); everything else public is prerendered. */
const RENDERED_PER_REQUEST = /^\/(staff(\/|$)|(en|ru|be|ur)\/(request\/.|track(\/|$)|check\/.|changes\/alerts$))/;

/** Files, not pages: the attachment download keeps its own sandbox policy (next.config.js). */
const STAFF_FILES = /^\/staff\/requests\/(export$|[^/]+\/attachments\/)/;

export function rendersPerRequest(pathname: string): boolean {
  return RENDERED_PER_REQUEST.test(pathname) && !STAFF_FILES.test(pathname);
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function noncePolicy(nonce: string): string {
  // 'unsafe-eval' only for the development server's hot reloading.
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${config().development ? " 'unsafe-eval'" : ""}`;
  return [...Object.entries(directives).map(([name, value]) => `${name} ${value}`), script].join("; ");
}
