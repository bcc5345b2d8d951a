// Splits a migration script into its statements. @prisma/adapter-pg's `executeScript` (which the
// WebAssembly schema engine calls to apply a migration) splits on every ";", so a function body,
// a trigger, or a ";" inside a string or a comment broke the migration apart. This splitter
// knows PostgreSQL's quoting: '…' (with ''), E'…' (with \'), "…", $tag$…$tag$, -- and /* */
// comments (nested, as PostgreSQL allows).

export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i];
    const next = script[i + 1];
    if (c === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? n : end + 1;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (script[i] === "/" && script[i + 1] === "*") (depth++, (i += 2));
        else if (script[i] === "*" && script[i + 1] === "/") (depth--, (i += 2));
        else i++;
      }
    } else if (c === "'" || c === '"') {
      // E'…' strings escape with a backslash; standard ones only by doubling the quote.
      const backslashes = c === "'" && i > 0 && /[eE]/.test(script[i - 1]) && !/\w/.test(script[i - 2] ?? "");
      i++;
      while (i < n) {
        if (backslashes && script[i] === "\\") i += 2;
        else if (script[i] === c && script[i + 1] === c) i += 2;
        else if (script[i] === c) break;
        else i++;
      }
      i++;
    } else if (c === "$" && !/\w/.test(script[i - 1] ?? "")) {
      const tag = /^\$[A-Za-z_]?\w*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? n : end + tag.length;
      } else i++;
    } else if (c === ";") {
      statements.push(script.slice(start, i));
      i++;
      start = i;
    } else i++;
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0 && !isOnlyComments(s));
}

function isOnlyComments(statement: string): boolean {
  return (
    statement
      .replace(/--[^\n]*(\n|$)/g, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .trim() === ""
  );
}
