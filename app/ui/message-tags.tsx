import type { ReactNode } from "react";

// The tags messages put around a date or a Latin example inside a sentence, each rendered as an
// element of its own. In Urdu, a date's digits or a reference's Latin letters in the same text as
// the words around them made Chromium redraw the whole line each time more of the page arrived
// on a slow connection: a layout shift (tests/e2e/partial-paint.spec.ts).

/** "Rules as of <time>{date}</time>": the date, machine-readable in dateTime (an ISO day or month). */
export const timeTag = (dateTime: string) => ({
  time: (chunks: ReactNode) => <time dateTime={dateTime}>{chunks}</time>,
});

/** "For example <ref>BP-7K3M-9QXT</ref>": the reference, left to right inside Urdu text. */
export const referenceTag = {
  ref: (chunks: ReactNode) => <span className="ltr">{chunks}</span>,
};
