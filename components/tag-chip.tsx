import Link from "next/link";

export function TagChip({ tag, href, active = false }: { tag: string; href?: string; active?: boolean }) {
  const className = `inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset transition-colors ${
    active
      ? "bg-brand-600 text-white ring-brand-600"
      : "bg-zinc-50 text-zinc-700 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800"
  }`;
  return (
    <Link href={href ?? `/tags/${tag}`} className={className} aria-current={active ? "true" : undefined}>
      #{tag}
    </Link>
  );
}
