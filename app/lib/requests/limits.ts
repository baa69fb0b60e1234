/**
 * How many requests one client may send per hour, through the form and the API together.
 * REQUESTS_PER_HOUR overrides it (the end-to-end tests, which send many from one address,
 * raise it; an Embassy behind a shared address might too).
 */
export function submissionsPerHour(): number {
  const configured = Number(process.env.REQUESTS_PER_HOUR);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}
