/** The rule behind "due today", said in the same words on /review and /progress, which count by it alike. */
export const DUE_TODAY_RULE =
  "Due today counts every card falling due before your day ends (at the hour set in Settings), overdue ones included. Those due later today, mostly learning steps minutes apart, join the review queue when their time comes.";

export function DueTodayRule() {
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-due-today-rule="">
      {DUE_TODAY_RULE}
    </p>
  );
}
