import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection string from here rather than from the schema.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
