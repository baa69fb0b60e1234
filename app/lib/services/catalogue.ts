/**
 * The consular services the Embassy explains, with the facts that are data rather than
 * prose: the request each one leads to, its fees (Embassy settings), and its sources with
 * dates (shared/domain/facts.md, A.2 and A.3). The words are in the messages (Services.*).
 */
import type { SettingKey } from "../settings/definitions";
import type { RequestType } from "../requests/types";
import type { Source } from "../visa/rules";

export const SERVICE_SLUGS = [
  "consular-registration",
  "legalization",
  "certificate-of-return",
  "invitation",
  "death-abroad",
  "study-in-belarus",
] as const;
export type ServiceSlug = (typeof SERVICE_SLUGS)[number];

export type Fee = { id: string; setting: SettingKey | null };
export type Service = { slug: ServiceSlug; request: RequestType; fees: Fee[]; sources: Source[] };

const decree278: Source = {
  title: "Presidential Decree No. 278 (consular functions of missions abroad, in force 7 Sep 2023)",
  date: "2023-09-07",
};
const interview: Source = {
  title: "Ambassador A. Metelitsa, interview with BelTA",
  url: "https://eng.belta.by",
  date: "2025",
  background: true,
};

export const SERVICES: Service[] = [
  {
    slug: "consular-registration",
    request: "consular_registration",
    fees: [
      { id: "permanent", setting: "fee.registration.permanent" },
      { id: "temporary", setting: "fee.registration.temporary" },
    ],
    sources: [
      {
        title: 'Law of 20 Sep 2009 "On the procedure of exit from and entry into the Republic of Belarus of citizens"',
        date: "2009-09-20",
      },
      {
        title: "MFA of Belarus: consular registration",
        url: "https://switzerland.mfa.gov.by/ru/consular_issues/registry/",
        date: "current",
      },
      {
        title: "MFA of Belarus: temporary consular registration",
        url: "https://tajikistan.mfa.gov.by/ru/consular_issues/registry/b08c18558ac62b45.html",
        date: "current",
      },
      decree278,
    ],
  },
  {
    slug: "legalization",
    request: "legalization",
    fees: [{ id: "legalization", setting: "fee.legalization" }],
    sources: [
      {
        title: "Embassy of Belarus in Pakistan: legalization",
        url: "https://pakistan.mfa.gov.by/en/consular_issues/legalization/",
        date: "current",
      },
      { title: "Hague Apostille Convention: Pakistan's accession (in force 9 Mar 2023)", date: "2023-03-09" },
      {
        title: "MFA of Belarus: requirements for foreign documents",
        url: "https://kazakhstan.mfa.gov.by/ru/consular_issues/consular_service/documentation_requirements",
        date: "current",
      },
    ],
  },
  {
    slug: "certificate-of-return",
    request: "certificate_of_return",
    fees: [{ id: "certificate", setting: "fee.certificateOfReturn" }],
    sources: [
      {
        title: 'Presidential Decree No. 294 of 3 Jun 2008 "On documenting the population of the Republic of Belarus"',
        url: "https://iran.mfa.gov.by/en/consular_issues/certificate_return",
        date: "2008-06-03",
      },
      {
        title: "MFA of Belarus: returning to Belarus",
        url: "https://germany.mfa.gov.by/be/consular_issues/reentry",
        date: "current",
      },
      decree278,
    ],
  },
  {
    slug: "invitation",
    request: "invitation",
    fees: [],
    sources: [
      { title: "Presidential Decree No. 200 of 26 Apr 2010 (administrative procedures)", date: "2010-04-26" },
      {
        title: "MIA Resolution No. 193 of 30 Sep 2020 (invitation documents, in force 18 Oct 2020)",
        date: "2020-10-18",
      },
      {
        title: "MFA of Belarus: private visas",
        url: "https://lithuania.mfa.gov.by/en/visas/privatevisa",
        date: "current",
      },
    ],
  },
  {
    slug: "death-abroad",
    request: "bereavement",
    fees: [],
    sources: [
      {
        title:
          "Council of Ministers Resolution No. 944 of 10 Dec 2024 (civil-status acts registered abroad, in force 1 Jan 2025)",
        date: "2025-01-01",
      },
      {
        title: "MFA of Belarus: emergency help abroad",
        url: "https://belgium.mfa.gov.by/ru/emergency_aid",
        date: "current",
      },
      interview,
    ],
  },
  {
    slug: "study-in-belarus",
    request: "general_inquiry",
    fees: [],
    sources: [interview],
  },
];

export function findService(slug: string): Service | undefined {
  return SERVICES.find((s) => s.slug === slug);
}
