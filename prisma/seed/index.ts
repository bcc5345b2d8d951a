// Seed runner: `npm run db:seed` (tsx prisma/seed/index.ts). Safe to run repeatedly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData } from "./seed-demo-data";

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL is not set: point it at the database to seed.");
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const summary = await seedDemoData(prisma);
    console.log("Seed complete (rows now in the database):");
    for (const [table, count] of Object.entries(summary)) console.log(`  ${table.padEnd(20)} ${count}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seed failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
