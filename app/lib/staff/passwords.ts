/** Staff passwords: Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane), and what makes one too weak. */
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// zxcvbn-ts with its common dictionary (tens of thousands of leaked passwords, names, words,
// keyboard patterns, l33t and repetitions), bundled in the package: nothing is fetched.
let estimator: ZxcvbnFactory | undefined;
const strength = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/**
 * Whether a password is too easy to guess (ASVS 5.0 6.2.4/6.2.11: checked against common
 * passwords and the account's own e-mail and name). Score 3 of 4 is zxcvbn's "safely
 * unguessable" for an online attack with throttling, which is what sign-in has.
 */
export function isWeakPassword(password: string, userInputs: string[] = []): boolean {
  const inputs = userInputs
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part.length >= 3);
  return strength().check(password.slice(0, 100), inputs).score < 3;
}
