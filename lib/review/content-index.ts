import "server-only";
import { db } from "@/lib/server/db";
import type { ContentLibrary } from "@/lib/content/load";
import type { Registry } from "@/lib/content/schema";

export interface SyncReport {
  active: number;
  retired: number;
}

/**
 * Mirrors the content index into the database so progress rows have something to point at.
 * Never deletes: an id that left the library keeps its row, flagged retired, with whatever progress hangs off it.
 */
export async function syncContentIndex(
  library: Pick<ContentLibrary, "items">,
  registry: Registry,
): Promise<SyncReport> {
  const current = new Set(library.items.map((i) => i.id));
  await db.$transaction(async (tx) => {
    for (const item of library.items) {
      const data = {
        kind: item.kind,
        deckId: item.deck,
        difficulty: item.difficulty,
        title: item.title,
        retired: false,
      };
      await tx.contentItem.upsert({ where: { id: item.id }, create: { id: item.id, ...data }, update: data });
    }
    await tx.contentItem.updateMany({ where: { id: { notIn: [...current] } }, data: { retired: true } });
    const retiredIds = registry.retired.map((r) => r.id).filter((id) => !current.has(id));
    for (const id of retiredIds) {
      // Registry-retired ids that never reached this database still get a row, so imports can point at them.
      await tx.contentItem.upsert({
        where: { id },
        create: { id, kind: "retired", deckId: "", difficulty: "", title: id, retired: true },
        update: { retired: true },
      });
    }
  });
  const retired = await db.contentItem.count({ where: { retired: true } });
  await db.contentSync.create({ data: { itemCount: library.items.length, retired } });
  return { active: library.items.length, retired };
}
