/** Mastery per tag as a compact multi-column list: there are dozens of tags, so one long table would not read. */
export function TagMastery({ tags }: { tags: Array<{ tag: string; items: number; mastered: number }> }) {
  return (
    <section aria-labelledby="tag-mastery-h" className="space-y-2">
      <h2 id="tag-mastery-h" className="font-semibold">
        Mastery per tag
      </h2>
      <ul className="columns-2 gap-6 text-sm sm:columns-3 lg:columns-4">
        {tags.map((t) => (
          <li
            key={t.tag}
            className="flex break-inside-avoid justify-between gap-2 border-b border-zinc-100 py-1 dark:border-zinc-900"
          >
            <span className="truncate">#{t.tag}</span>
            <span
              className={`tabular-nums ${t.mastered > 0 ? "font-semibold text-emerald-700 dark:text-emerald-300" : "text-zinc-500 dark:text-zinc-400"}`}
            >
              {t.mastered}/{t.items}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Mastered: FSRS expects you to remember it for at least three weeks.
      </p>
    </section>
  );
}
