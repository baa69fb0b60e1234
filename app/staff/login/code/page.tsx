import type { Metadata } from "next";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { enterCode } from "../../actions";

const WRONG_CODE = "The code is not right or has already been used: enter the code your app shows now";

export async function generateMetadata({ searchParams }: PageProps<"/staff/login/code">): Promise<Metadata> {
  return { title: (await searchParams).error ? "Error: Enter your code" : "Enter your code" };
}

// Reached after the password when the account has an authenticator app; the challenge cookie says whose.
export default async function CodePage({ searchParams }: PageProps<"/staff/login/code">) {
  const error = (await searchParams).error ? WRONG_CODE : undefined;
  return (
    <>
      <ErrorSummary title="There is a problem" errors={error ? [{ href: "#code", text: error }] : []} />
      <h1>Enter your code</h1>
      <form action={enterCode} noValidate>
        <FormGroup id="code" label="Code from your authenticator app" hint="6 digits. It changes every 30 seconds." error={error}>
          {(props) => <input className="input input--narrow" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} {...props} />}
        </FormGroup>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
      <p>
        <a href="/staff/login">Start again</a>
      </p>
    </>
  );
}
