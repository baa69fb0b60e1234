/** The demo accounts (demo mode only): published, like their passwords, by `npm start`. */
export const DEMO_ACCOUNTS = [
  { email: "officer@demo.invalid", name: "Demo Officer", role: "officer", password: "demo-officer-2026" },
  { email: "admin@demo.invalid", name: "Demo Admin", role: "admin", password: "demo-admin-2026" },
] as const;
/**
 * The demo admin's authenticator secret, published like its password (`npm start` prints it):
 * the admin role always has a second factor, the demo one included. Demo mode only.
 */
export const DEMO_ADMIN_TOTP_SECRET = "DEMOADMINDEMOADMINDEMOADMINDEMO2";
