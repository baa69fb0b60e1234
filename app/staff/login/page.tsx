import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/staff/current-staff";
import { ErrorSummary } from "@/ui/error-summary";
import { logIn } from "../actions";

export async function generateMetadata({ searchParams }: PageProps<"/staff/login">): Promise<Metadata> {
  const { error } = await searchParams;
  return { title: typeof error === "string" && ERRORS[error] ? "Error: Sign in" : "Sign in" };
}

const ERRORS: Record<string, string> = {
  invalid: "The e-mail address or password is not right",
  locked: "Too many failed attempts: this account is locked for 15 minutes",
  limited: "Too many sign-in attempts from this connection: try again later",
};

export default async function LoginPage({ searchParams }: PageProps<"/staff/login">) {
  if (await currentStaff()) redirect("/staff/requests");
  const error = (await searchParams).error;
  const message = typeof error === "string" ? ERRORS[error] : undefined;
  return (
    <>
      <ErrorSummary title="There is a problem" errors={message ? [{ href: "#email", text: message }] : []} />
      <h1>Sign in</h1>
      <form action={logIn} noValidate>
        <div className="form-group">
          <label className="label" htmlFor="email">
            E-mail address
          </label>
          <input className="input" id="email" name="email" type="email" autoComplete="username" spellCheck={false} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="password">
            Password
          </label>
          <input className="input" id="password" name="password" type="password" autoComplete="current-password" />
        </div>
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </>
  );
}
