import { config } from "@/lib/config";

/**
 * Shown at the top of every page, public and staff, while demo mode is on (app/lib/config.ts),
 * so nobody mistakes a demonstration install, with its published staff passwords, for the
 * real service. Rendered on the server: public pages carry it from the build, which reads
 * the same configuration as the server.
 */
export function DemoBanner({ label, text }: { label: string; text: string }) {
  if (!config().demoMode) return null;
  return (
    <div className="demo-banner" role="note" aria-label={label}>
      <p className="container">
        {/* One text node after the label (not " " and the text: React would part them with a
            comment, and a page cut there on a slow connection redrew the space in a new place). */}
        <strong className="tag">{label}</strong>
        {` ${text}`}
      </p>
    </div>
  );
}
