import { Chip } from "@/components/ui/chip";
import type { ItemKind } from "@/lib/content/schema";

export const KIND_LABEL: Record<ItemKind, string> = { qa: "Q&A", mcq: "MCQ", derivation: "Derive" };

export function KindBadge({ kind }: { kind: ItemKind }) {
  return (
    <Chip shape="badge" tone="muted" className="py-0.5 font-mono text-[0.7rem] font-semibold tracking-wide uppercase">
      {KIND_LABEL[kind]}
    </Chip>
  );
}
