import { cardClass } from "@/components/ui/card";
import type { ItemView } from "@/lib/content/repository";
import { getExercise } from "@/lib/content/repository";
import { buildInstance } from "@/lib/exercises/instance";
import { Mdx } from "../mdx";
import { ExerciseSetup } from "./exercise-setup";
import { LazyDerivationWorkspace } from "./lazy-workspace";

/** The exercise page body: setup for this seed, the interactive answer grids, and the worked explanation. */
export async function DerivationCard({ item, seed }: { item: ItemView; seed: number }) {
  const exercise = await getExercise(item.id);
  if (!exercise) return null;
  const spec = buildInstance(exercise.definition, seed);
  return (
    <div className="space-y-5">
      <ExerciseSetup definition={exercise.definition} question={item.sections.question} spec={spec} />
      <LazyDerivationWorkspace
        key={seed}
        exerciseId={item.id}
        definition={exercise.definition}
        seed={seed}
        hints={exercise.hints.map((h, i) => (
          <Mdx key={i} source={h} inline />
        ))}
      />
      {exercise.explanation ? (
        <details className={cardClass()}>
          <summary className="cursor-pointer px-5 py-3 font-medium">Worked explanation</summary>
          <div className="px-5 pb-4">
            <Mdx source={exercise.explanation} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
