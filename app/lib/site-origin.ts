/**
 * The origin the service is published at, for addresses that must be absolute and may be
 * cached (sitemap, robots, canonical links): PUBLIC_ORIGIN, never the request's Host
 * header (which a client chooses). Without it (demo, development) the local address.
 */
export function siteOrigin(): string {
  return (process.env.PUBLIC_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
