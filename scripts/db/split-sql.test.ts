import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "./split-sql";

describe("splitSqlStatements", () => {
  it("splits on the semicolons between statements only", () => {
    expect(splitSqlStatements("CREATE TABLE a (x int);\n-- done; really\nALTER TABLE a ADD y int;\n")).toEqual([
      "CREATE TABLE a (x int)",
      "-- done; really\nALTER TABLE a ADD y int",
    ]);
  });

  it("keeps function bodies, strings, quoted names and comments whole", () => {
    const fn = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no; never';
  RETURN NULL;
END
$$`;
    const tagged = "DO $body$ BEGIN PERFORM 1; END $body$";
    const strings = `SELECT 'it''s; fine', E'back\\'slash;', "odd;name" /* a; /* nested; */ comment */ FROM t`;
    expect(splitSqlStatements(`${fn};\n${tagged};\n${strings};`)).toEqual([fn, tagged, strings]);
  });

  it("drops what holds only comments or blanks", () => {
    expect(splitSqlStatements("-- only a comment;\n;  ;\nSELECT 1")).toEqual(["SELECT 1"]);
  });

  it("does not take a positional parameter for a dollar quote", () => {
    expect(splitSqlStatements("EXECUTE format('%I', x) USING $1, $2; SELECT 1")).toEqual([
      "EXECUTE format('%I', x) USING $1, $2",
      "SELECT 1",
    ]);
  });
});
