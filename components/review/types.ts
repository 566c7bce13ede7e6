import type { ReactNode } from "react";
import type { Difficulty, ItemKind } from "@/lib/content/schema";
import type { ExerciseDefinition } from "@/lib/exercises/instance";

/** One queued item as the session needs it: texts already rendered on the server, scheduling previews included. */
export interface ReviewEntry {
  itemId: string;
  kind: ItemKind;
  title: string;
  difficulty: Difficulty;
  isNew: boolean;
  intervals: Array<{ rating: number; label: string }>;
  front: ReactNode;
  back?: ReactNode;
  /** In the order shown; `id` is the choice's place in the content file, which picks are made of. */
  choices?: Array<{ id: number; text: ReactNode; why: ReactNode; correct: boolean }>;
  exercise?: { definition: ExerciseDefinition; seed: number; hints: ReactNode[] };
}

/** What the server knew when the page loaded: the rating a reload may undo, and the next due after this visit's. */
export interface SessionStart {
  undoable: string | null;
  nextDue: string | null;
}
