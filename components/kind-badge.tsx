import type { ItemKind } from "@/lib/content/schema";

export const KIND_LABEL: Record<ItemKind, string> = { qa: "Q&A", mcq: "MCQ", derivation: "Derive" };

export function KindBadge({ kind }: { kind: ItemKind }) {
  return (
    <span className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.7rem] font-semibold tracking-wide text-zinc-600 uppercase dark:bg-zinc-800 dark:text-zinc-300">
      {KIND_LABEL[kind]}
    </span>
  );
}
