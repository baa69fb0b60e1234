// The authorization matrix: every staff page, route handler and server action, and who may
// use it. Each one is called as an anonymous visitor and as an officer, and must refuse
// whoever its row does not allow, with exactly the expected refusal: any other answer (a 500,
// a 200, another redirect) fails. The first test fails when a staff page, route or action
// exists without a row here, so nothing new can slip in unchecked.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { signIn } from "./staff-helpers";

// "editor": admins, and the staff an admin gave the editor permission (the demo officer has not).
type Access = "anyone" | "officer" | "editor" | "admin";

const PAGES: Record<string, Access> = {
  "/staff": "officer",
  "/staff/login": "anyone",
  "/staff/login/code": "anyone",
  "/staff/requests": "officer",
  "/staff/requests/[id]": "officer",
  "/staff/requests/[id]/print": "officer",
  "/staff/appointments": "officer",
  "/staff/appointments/[id]/move": "officer",
  "/staff/appointments/book": "officer",
  "/staff/account": "officer",
  "/staff/admin/staff": "admin",
  "/staff/admin/staff/[id]": "admin",
  "/staff/admin/settings": "admin",
  "/staff/admin/before-going-public": "admin",
  "/staff/admin/settings/[key]": "admin",
  "/staff/admin/audit": "admin",
  "/staff/admin/retention": "admin",
  "/staff/admin/appointments": "admin",
  "/staff/changes": "editor",
  "/staff/changes/new": "editor",
  "/staff/changes/[id]": "editor",
  "/staff/changes/scenarios": "editor",
};

const ROUTES: Record<string, Access> = {
  "/staff/requests/export": "officer",
  "/staff/requests/[id]/attachments/[attachmentId]": "officer",
};

const ACTIONS: Record<string, Access> = {
  logIn: "anyone",
  enterCode: "anyone",
  logOut: "anyone",
  chooseStaffLanguage: "anyone",
  moveRequest: "officer",
  askForInformation: "officer",
  writeNote: "officer",
  assign: "officer",
  markVisit: "officer",
  moveVisit: "officer",
  bookForSomeone: "officer",
  blockSlot: "officer",
  changePassword: "officer",
  startTwoFactor: "officer",
  chooseLanguage: "officer",
  turnOnTwoFactor: "officer",
  addStaffMember: "admin",
  changeStaffAccess: "admin",
  resetStaffPassword: "admin",
  resetStaffTwoFactor: "admin",
  saveSetting: "admin",
  runRetention: "admin",
  saveAppointmentService: "admin",
  addOpeningPeriod: "admin",
  removeOpeningPeriod: "admin",
  addClosedDayAction: "admin",
  removeClosedDayAction: "admin",
  proposeChange: "editor",
  reviseChange: "editor",
  reviewChange: "editor",
  withdrawChange: "editor",
  rollBack: "editor",
  addScenario: "editor",
  deleteScenario: "editor",
};

const STAFF_DIR = path.join(process.cwd(), "app", "staff");

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

const routeOf = (file: string) =>
  "/" + path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep).join("/");

/** The built server's id of each staff action, and a page that can run it. */
function builtActions(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  );
  const actions = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries<{
    filename: string;
    exportedName: string;
    workers: Record<string, unknown>;
  }>(manifest.node)) {
    if (!entry.filename.startsWith("app/staff/")) continue;
    const worker = Object.keys(entry.workers)[0]!; // e.g. "app/staff/admin/staff/[id]/page"
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\[[^\]]+\]/g, "x");
    actions.set(entry.exportedName, { id, page });
  }
  return actions;
}

test("every staff page, route and action has a row in the matrix", () => {
  const files = filesUnder(STAFF_DIR);
  expect(
    files
      .filter((f) => f.endsWith("page.tsx"))
      .map(routeOf)
      .sort(),
  ).toEqual(Object.keys(PAGES).sort());
  expect(
    files
      .filter((f) => f.endsWith("route.ts"))
      .map(routeOf)
      .sort(),
  ).toEqual(Object.keys(ROUTES).sort());
  const exported = files
    .filter((f) => /["']use server["']/.test(fs.readFileSync(f, "utf8").slice(0, 200)))
    .flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/export async function (\w+)/g)].map((m) => m[1]!));
  expect(exported.sort()).toEqual(Object.keys(ACTIONS).sort());
  expect([...builtActions().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
});

const concrete = (route: string) => route.replace(/\[[^\]]+\]/g, "x");

/** Who the server sent the caller away to, or null if it served the page. */
async function refusal(api: APIRequestContext, url: string): Promise<string | null> {
  const response = await api.get(url, { maxRedirects: 0 });
  if (response.status() === 307 || response.status() === 303) return response.headers()["location"]!;
  return response.status() === 200 ? null : `status ${response.status()}`;
}

async function callAction(api: APIRequestContext, baseURL: string, name: string) {
  const action = builtActions().get(name)!;
  // What a browser without JavaScript sends for a form bound to a server action.
  const response = await api.post(action.page, {
    multipart: {
      [`$ACTION_ID_${action.id}`]: "",
      id: "x",
      key: "fee.visa.standard",
      value: "1",
      role: "admin",
      email: "intruder@example.by",
      name: "X",
      password: "a long enough password",
      to: "completed",
      version: "0",
      note: "x",
      assignee: "me",
    },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

test.describe("refusals", () => {
  test("an anonymous visitor is sent to sign in from every staff page, route and action", async ({
    request,
    baseURL,
  }) => {
    for (const [route, access] of Object.entries(PAGES)) {
      const where = await refusal(request, concrete(route));
      if (access === "anyone") expect(where, route).toBeNull();
      else expect(where, route).toBe("/staff/login");
    }
    for (const route of Object.keys(ROUTES)) {
      const answer = await request.get(concrete(route), { headers: { "Accept-Language": "ru-RU,ru;q=0.9" } });
      expect(answer.status(), route).toBe(401);
      expect(await answer.text(), route).toBe("Сначала войдите."); // in the staff language, like every staff page
    }
    for (const [name, access] of Object.entries(ACTIONS)) {
      if (access === "anyone") continue;
      const { status, location } = await callAction(request, baseURL!, name);
      expect([status, location], name).toEqual([303, "/staff/login"]);
    }
  });

  test("an officer is refused every admin and editor page and action", async ({ page, browser, baseURL }) => {
    await signIn(page, "officer");
    const api = page.request;
    for (const [route, access] of Object.entries(PAGES)) {
      const where = await refusal(api, concrete(route));
      if (access === "admin" || access === "editor") expect(where, route).toBe("/staff/requests?forbidden=1");
      else if (route === "/staff/login" || route === "/staff") expect(where, route).toBe("/staff/requests");
      // Booking on someone's behalf is for a slot the day view chose: without one it sends back to the day view.
      else if (route === "/staff/appointments/book") expect(where, route).toBe("/staff/appointments");
      else if (route.includes("["))
        expect(where, route).toBe(route.slice(0, route.indexOf("/["))); // a missing record sends back to its list
      else expect(where, route).toBeNull();
    }
    for (const [name, access] of Object.entries(ACTIONS)) {
      if (access !== "admin" && access !== "editor") continue;
      const { status, location } = await callAction(api, baseURL!, name);
      expect([status, location], name).toEqual([303, "/staff/requests?forbidden=1"]);
    }
    for (const route of Object.keys(ROUTES)) {
      const status = (await api.get(concrete(route))).status();
      expect(status, route).toBe(route.includes("[") ? 404 : 200);
    }
    await expectNothingArrived(await browser.newPage());
  });

  test("an admin without a second factor is confined to setting it up, everywhere", async ({ page, baseURL }) => {
    const email = `unenrolled-${test.info().project.name}-${Date.now()}@embassy.test`;
    execFileSync(
      "npx",
      ["tsx", "--conditions=react-server", "app/cli/staff-add.ts", "--email", email, "--role", "admin"],
      { input: "confined admin passphrase\n", env: process.env },
    );
    await signIn(page, email, "confined admin passphrase");
    const api = page.request;
    const setup = "/staff/account?setup=required";
    for (const [route, access] of Object.entries(PAGES)) {
      const where = await refusal(api, concrete(route));
      const expected =
        route === "/staff/login"
          ? "/staff/requests"
          : route === "/staff/login/code" || route === "/staff/account"
            ? null
            : setup;
      expect(where, `${route} (${access})`).toBe(expected);
    }
    for (const route of Object.keys(ROUTES)) expect((await api.get(concrete(route))).status(), route).toBe(401);
    for (const [name, access] of Object.entries(ACTIONS)) {
      if (
        access === "anyone" ||
        ["changePassword", "startTwoFactor", "turnOnTwoFactor", "chooseLanguage"].includes(name)
      )
        continue;
      const { status, location } = await callAction(api, baseURL!, name);
      expect([status, location], name).toEqual([303, setup]);
    }
  });
});

/** Nothing the refused actions carried arrived: the fee is not 1 and no intruder account exists. */
async function expectNothingArrived(page: Page) {
  await signIn(page, "admin");
  await page.goto("/staff/admin/settings/fee.visa.standard");
  await expect(page.getByLabel("Value")).not.toHaveValue("1");
  await page.goto("/staff/admin/staff");
  await expect(page.getByText("intruder@example.by")).toHaveCount(0);
}
