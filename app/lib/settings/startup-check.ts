/**
 * At start, a warning in the server log while a setting the public is told to use is still
 * empty (the Embassy's address, telephone, e-mail, hours: facts C.13). The service still
 * starts: the pages point to the Embassy's MFA page meanwhile.
 */
import { log } from "../log";
import { goingPublicChecklist } from "./before-going-public";
import { readSettings } from "./read-settings";

export async function warnAboutMissingSettings(): Promise<void> {
  try {
    const { empty } = goingPublicChecklist(await readSettings());
    if (empty.length > 0) {
      log.warn(
        { event: "settings.required_empty", settings: empty },
        "Required settings are empty or demo values: enter them (staff → Before going public) before the service goes public",
      );
    }
  } catch (error) {
    log.warn({ event: "settings.check_failed", err: error }, "Could not check the required settings at start");
  }
}
