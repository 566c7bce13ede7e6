import { LinkButton } from "@/components/ui/button";

export function CardNav({
  previous,
  next,
  position,
  size,
}: {
  previous?: string;
  next?: string;
  position: number;
  size: number;
}) {
  return (
    <nav aria-label="Card navigation" className="flex items-center justify-between gap-3">
      {previous ? (
        <LinkButton href={`/cards/${previous}`} rel="prev" variant="secondary" size="sm">
          <span aria-hidden>←</span> Previous
        </LinkButton>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-500 dark:text-zinc-400">
        {position} / {size}
      </span>
      {next ? (
        <LinkButton href={`/cards/${next}`} rel="next" variant="secondary" size="sm">
          Next <span aria-hidden>→</span>
        </LinkButton>
      ) : (
        <span />
      )}
    </nav>
  );
}
