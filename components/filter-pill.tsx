import type { ReactNode } from "react";
import { LinkChip } from "@/components/ui/chip";

/** One choice of a filter row: a plain link (works without JavaScript, shareable), marked when it is the one shown. */
export function FilterPill({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <LinkChip href={href} shape="choice" tone={active ? "inverse" : "outline"} current={active}>
      {children}
    </LinkChip>
  );
}
