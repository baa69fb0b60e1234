/**
 * Every module under app/lib that touches the database or the keys starts with
 * `import "server-only"`, so that a client component importing one (directly or through
 * another module) fails the build instead of shipping database or key code to a browser.
 * The list is read from the sources: a module counts when it is the database client, its
 * driver adapter or the key store, or when it imports one of them (or the encryption that
 * uses the keys) by value. Type-only imports do not count: they vanish at compile time.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const lib = path.join(root, "app", "lib");

/** The modules that hold the database connection or the keys. */
const SENSITIVE = ["db/client.ts", "db/adapter.ts", "crypto/keys.ts", "crypto/protect.ts"].map((file) =>
  path.join(lib, file),
);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("generated") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Whether an import declaration brings in a value (not only types). */
function importsValue(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/** The specifiers a module loads at run time: value imports, re-exports, import() calls. */
function valueSpecifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && importsValue(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative or "@/" specifier names; undefined for a package. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(root, "app", specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

/** Whether the module's first statement is `import "server-only"`. */
function startsWithServerOnly(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return (
    !!first &&
    ts.isImportDeclaration(first) &&
    !first.importClause &&
    ts.isStringLiteral(first.moduleSpecifier) &&
    first.moduleSpecifier.text === "server-only"
  );
}

const modules = sourceFiles(lib).map((file) => ({ file, source: parse(file) }));
const guarded = modules.filter(
  ({ file, source }) =>
    SENSITIVE.includes(file) ||
    valueSpecifiers(source).some((specifier) => SENSITIVE.includes(resolveSpecifier(file, specifier) ?? "")),
);
const relative = (file: string) => path.relative(root, file);

describe('import "server-only"', () => {
  it("finds the database client, the keys and the modules that use them", () => {
    const names = guarded.map(({ file }) => relative(file));
    // The detection itself: the roots, a module importing the client through "./client", one through "../db/client".
    expect(names).toEqual(
      expect.arrayContaining([
        "app/lib/db/client.ts",
        "app/lib/crypto/keys.ts",
        "app/lib/db/check-database.ts",
        "app/lib/requests/submit-request.ts",
      ]),
    );
    // A pure helper and a type-only importer stay out.
    expect(names).not.toContain("app/lib/embassy-time.ts");
    expect(names).not.toContain("app/lib/db/database-url.ts");
  });

  it("opens every module that touches the database or the keys", () => {
    expect(guarded.filter(({ source }) => !startsWithServerOnly(source)).map(({ file }) => relative(file))).toEqual([]);
  });

  it("tells a type-only import from a value import", () => {
    const specifiers = (text: string) =>
      valueSpecifiers(ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true));
    expect(
      specifiers('import type { A } from "./a"; import { type B } from "./b"; export type { C } from "./c";'),
    ).toEqual([]);
    expect(
      specifiers(
        'import { db } from "./a"; import { type B, c } from "./b"; import "./c"; export { d } from "./d"; void import("./e");',
      ),
    ).toEqual(["./a", "./b", "./c", "./d", "./e"]);
  });
});
