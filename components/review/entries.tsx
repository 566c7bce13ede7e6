import "server-only";
import { randomInt } from "node:crypto";
import { ExerciseSetup } from "@/components/exercise/exercise-setup";
import { Mdx } from "@/components/mdx";
import { QuestionPanel } from "@/components/question-panel";
import type { ReviewEntry } from "./types";
import { orderChoices } from "@/lib/content/choice-order";
import { getExercise, getItem } from "@/lib/content/repository";
import { buildInstance, MAX_SEED } from "@/lib/exercises/instance";
import { formatInterval } from "@/lib/srs/scheduler";
import type { SessionItem } from "@/lib/review/data";

/**
 * Renders a queued item for the review session on the server (MDX and KaTeX included), so the client only flips
 * between ready-made pieces. An exercise gets fresh numbers every time it comes back: the skill is scheduled, not the numbers.
 */
export async function reviewEntry(queued: SessionItem, now: Date): Promise<ReviewEntry | null> {
  const item = await getItem(queued.itemId);
  if (!item) return null;
  const base = {
    itemId: item.id,
    kind: item.kind,
    title: item.title,
    difficulty: item.difficulty,
    isNew: queued.isNew,
    intervals: queued.intervals.map((i) => ({ rating: i.rating, label: formatInterval(now, new Date(i.due)) })),
  };
  if (item.kind === "derivation") {
    const exercise = await getExercise(item.id);
    if (!exercise) return null;
    const seed = randomInt(0, MAX_SEED);
    return {
      ...base,
      front: (
        <ExerciseSetup
          definition={exercise.definition}
          question={item.sections.question}
          spec={buildInstance(exercise.definition, seed)}
        />
      ),
      back: exercise.explanation ? <Mdx source={exercise.explanation} /> : undefined,
      exercise: {
        definition: exercise.definition,
        seed,
        hints: exercise.hints.map((h, i) => <Mdx key={i} source={h} inline />),
      },
    };
  }
  const explanation = item.sections.explanation ? <Mdx source={item.sections.explanation} /> : null;
  if (item.kind === "mcq") {
    return {
      ...base,
      front: <QuestionPanel label="Question" source={item.sections.question} />,
      back: explanation ?? undefined,
      // In the order this review's seed gives: the library lists every right answer first.
      choices: orderChoices(item.choices, queued.choiceSeed).map((c) => ({
        id: c.id,
        text: <Mdx source={c.text} inline />,
        why: <Mdx source={c.why} />,
        correct: c.correct,
      })),
    };
  }
  return {
    ...base,
    front: <QuestionPanel label="Question" source={item.sections.question} />,
    back: (
      <div className="space-y-4">
        <Mdx source={item.sections.answer ?? ""} />
        {explanation}
      </div>
    ),
  };
}
