import { LinkChip } from "@/components/ui/chip";

export function TagChip({ tag, href, active = false }: { tag: string; href?: string; active?: boolean }) {
  return (
    <LinkChip href={href ?? `/tags/${tag}`} shape="tag" tone={active ? "brand" : "neutral"} current={active}>
      #{tag}
    </LinkChip>
  );
}
