// next-intl's types, checked at compile time: a message key that is not in the English
// catalogue (the others must have the same keys: tests/unit/messages.test.ts) is a type
// error rather than a raw key shown to a visitor. The locale stays a string: pages read it
// from the URL, and the [locale] layout has already refused any other.
import type messages from "./messages/en.json";
import type staffMessages from "./messages/staff/en.json";

declare module "next-intl" {
  interface AppConfig {
    // The staff workspace's text travels under "Staff" (app/i18n/request.ts).
    Messages: typeof messages & { Staff: typeof staffMessages };
  }
}
