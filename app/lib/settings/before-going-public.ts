/**
 * What the Embassy must fill in or confirm before the service goes public (issue 13 #11):
 * the contact details no source gives (facts C.13), and every value still "to be
 * confirmed". Pure: the admin page and the start-up warning read it from the settings.
 */
import type { SettingKey, Settings } from "./definitions";

/** Settings that must not be empty on a public service: people are told to use them. */
export const REQUIRED_BEFORE_PUBLIC = [
  "embassy.address",
  "embassy.phone",
  "embassy.emergencyPhone",
  "embassy.email",
  "embassy.hours",
] as const satisfies readonly SettingKey[];

/**
 * Values a demo install shows instead, so that nothing there passes for the Embassy's real
 * details (demo mode only; removed again when demo mode is off).
 */
export const DEMO_CONTACTS: Record<(typeof REQUIRED_BEFORE_PUBLIC)[number], string> = {
  "embassy.address": "DEMO ADDRESS – not the Embassy's address",
  "embassy.phone": "+92 000 0000000 (DEMO – not a real number)",
  "embassy.emergencyPhone": "+92 000 0000001 (DEMO – not a real number)",
  "embassy.email": "consular@demo.invalid",
  "embassy.hours": "DEMO HOURS – not the Embassy's opening hours",
};

export type GoingPublicChecklist = { empty: SettingKey[]; toConfirm: SettingKey[] };

export function goingPublicChecklist(settings: Settings): GoingPublicChecklist {
  const keys = Object.keys(settings) as SettingKey[];
  const isDemo = (key: SettingKey) => Object.values(DEMO_CONTACTS).includes(settings[key].value as string);
  return {
    empty: REQUIRED_BEFORE_PUBLIC.filter((key) => settings[key].value === "" || isDemo(key)),
    toConfirm: keys.filter((key) => settings[key].status === "to_be_confirmed"),
  };
}
