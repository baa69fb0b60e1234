// ESLint's flat config: `npm run lint` runs it (with Prettier's check) and `.ci/run` runs that.
import eslint from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    ".next*/",
    "data/",
    "app/lib/db/generated/",
    "app/lib/db/generated-postgresql/",
    "test-results/",
    "playwright-report/",
    "next-env.d.ts",
  ]),
  eslint.configs.recommended,
  // Type-aware: the rules that need types catch what the compiler lets through (a floating
  // promise, a misused async callback, an `any` spreading from a JSON parse).
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // React's rules only where React is: Playwright's fixtures call a `use` that is not React's.
  { files: ["app/**/*.tsx"], extends: [reactHooks.configs.flat.recommended] },
  nextPlugin.configs.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // The house style, where the presets disagree with it:
      // - with `noUncheckedIndexedAccess` every `list[0]`, `match[1]` and `map.get(k)` is `T | undefined`;
      //   `!` after a length check, a matched regular expression or a fixture the test just made is how
      //   the code says "present here", and a thrown error in its place would be a line of noise each time.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Numbers in messages and URLs are fine; objects, `undefined` and `null` still are not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Links are plain anchors, a full page load with or without JavaScript (docs/adr/0003): the app never
      // uses next/link, and this rule (written for the Pages Router) would ask for it on every staff link.
      "@next/next/no-html-link-for-pages": "off",
      // `const { secret: _, ...rest } = row` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `() => reject(error)`, `(error) => console.error(error)`: a one-line callback's value is plainly unused.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/no-deprecated": [
        "error",
        {
          // next-intl 4.13.5 deprecated these for next/root-params (Next 16.3), which needs the root layout
          // moved under [locale] (the staff workspace has its own root layout): a change of its own, not a lint fix.
          allow: [
            { from: "package", package: "next-intl", name: "setRequestLocale" },
            { from: "package", package: "next-intl", name: "requestLocale" },
          ],
        },
      ],
    },
  },
  {
    // Tests read untyped JSON (`await response.json()`, a message catalogue imported by path) and the
    // assertions on it are the check; declaring a type for each response would restate what is tested.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Test doubles stand in for async functions (`async isDatabaseReachable() { return false; }`).
      "@typescript-eslint/require-await": "off",
      // `let database: OwnDatabase` set in beforeAll is typed as always set, but afterAll also runs
      // when beforeAll failed: its `database?.drop()` is not unnecessary.
      "@typescript-eslint/no-unnecessary-condition": "off",
    },
  },
  {
    // Plain JavaScript (next.config.js is CommonJS), vitest.config.mts (outside tsconfig's
    // `include`) and tools/, whose own dependencies
    // (autocannon, lighthouse) are installed only by `npm run bench`/`drills`: linted
    // without types, since their types are not there after the app's `npm ci`.
    files: ["**/*.js", "**/*.mjs", "**/*.mts", "tools/**"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
