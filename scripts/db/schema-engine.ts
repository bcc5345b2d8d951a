// Loads Prisma's WebAssembly schema engine (the same engine `prisma migrate` uses) and
// connects it through the pg driver adapter. The native engine binary that the Prisma
// CLI downloads is unreachable here; see docs/decisions/002-migrations.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { splitSqlStatements } from "./split-sql";

const require = createRequire(import.meta.url);
let loaded = false;

function loadWasm() {
  if (loaded) return;
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export function readSchema() {
  return { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") };
}

export async function openSchemaEngine(connectionString: string) {
  loadWasm();
  const schema = readSchema();
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(new PrismaPgWithScripts({ connectionString })),
  );
}

/**
 * The pg adapter whose `executeScript` runs a migration statement by statement as PostgreSQL
 * reads it (scripts/db/split-sql.ts): the adapter's own splits on every ";", which cuts function
 * and trigger bodies apart.
 */
class PrismaPgWithScripts extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      for (const sql of splitSqlStatements(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
    };
    return adapter;
  }
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The committed migrations, in the shape the engine expects (as `prisma migrate` reads them). */
export function readMigrationList(): MigrationList {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const names = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies every committed migration not yet recorded in `_prisma_migrations`. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL from one schema to another (null = empty database). Diffing from the migrations
 * folder would need the engine to read a shadow database's catalogue, which the wasm
 * engine cannot do through the pg adapter ("Column type 'char' could not be deserialized"),
 * so we diff datamodels: the schema as last committed → the schema in the work tree.
 */
export async function diffSchemas(from: string | null, connectionString: string): Promise<string> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const result = await engine.diff({
      from:
        from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: from }] },
      to: { tag: "schemaDatamodel", files: [readSchema()] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
