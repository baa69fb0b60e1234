/** The draft cookie's name, apart from its reading code so that proxy.ts can clear it without the database. */
export const DRAFT_COOKIE = "ch_draft";
