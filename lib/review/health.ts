import "server-only";
import { contentCounts } from "@/lib/content/repository";
import { db } from "@/lib/server/db";

export interface Health {
  status: "ok" | "degraded";
  database: { ok: boolean; migrations?: number; indexedItems?: number; lastSync?: string | null; error?: string };
  content: Awaited<ReturnType<typeof contentCounts>>;
}

/** Public and read-only: it exposes counts, never user data. */
export async function checkHealth(): Promise<Health> {
  const content = await contentCounts();
  try {
    const [migrations, indexedItems, lastSync] = await Promise.all([
      db.$queryRaw<
        Array<{ n: number | bigint }>
      >`SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
      db.contentItem.count({ where: { retired: false } }),
      db.contentSync.findFirst({ orderBy: { id: "desc" }, select: { syncedAt: true } }),
    ]);
    return {
      status: "ok",
      database: {
        ok: true,
        migrations: Number(migrations[0]?.n ?? 0),
        indexedItems,
        lastSync: lastSync?.syncedAt.toISOString() ?? null,
      },
      content,
    };
  } catch (error) {
    return { status: "degraded", database: { ok: false, error: (error as Error).message.split("\n")[0] }, content };
  }
}
