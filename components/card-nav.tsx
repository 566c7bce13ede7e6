import Link from "next/link";

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
  const button =
    "rounded-lg px-3 py-1.5 text-sm ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900";
  return (
    <nav aria-label="Card navigation" className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={`/cards/${previous}`} rel="prev" className={button}>
          <span aria-hidden>←</span> Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-500 dark:text-zinc-400">
        {position} / {size}
      </span>
      {next ? (
        <Link href={`/cards/${next}`} rel="next" className={button}>
          Next <span aria-hidden>→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
