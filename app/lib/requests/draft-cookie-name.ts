/** The request form's cookie names, apart from their reading code so that proxy.ts can use them without the database. */
import { cookieName } from "../cookie-security";

/** The draft being filled in. */
export const DRAFT_COOKIE = cookieName("ch_draft");
/** The draft just sent, for the confirmation page only: proxy.ts clears it on any other page. */
export const SENT_COOKIE = cookieName("ch_sent");
