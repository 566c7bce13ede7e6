import type { ItemView } from "@/lib/content/repository";
import { getExercise } from "@/lib/content/repository";
import { buildInstance } from "@/lib/exercises/instance";
import { Mdx } from "../mdx";
import { QuestionPanel } from "../question-panel";
import { DataTable } from "./data-table";
import { DerivationWorkspace } from "./derivation-workspace";
import { Equations } from "./equations";
import { NetworkDiagram } from "./network-diagram";

/** The exercise: its prompt, this seed's network and data, the equations, and the interactive answer grids. */
export async function DerivationCard({ item, seed }: { item: ItemView; seed: number }) {
  const exercise = await getExercise(item.id);
  if (!exercise) return null;
  const spec = buildInstance(exercise.definition, seed);
  const { network } = exercise.definition;
  return (
    <div className="space-y-5">
      <QuestionPanel
        label={`Derive · ${network.dIn}-${network.h}-${network.dOut} network, batch of ${network.n}, ${network.hidden} hidden, ${
          network.loss === "softmax_ce" ? "softmax + cross-entropy" : `${network.output} output, ${network.loss}`
        }`}
        source={item.sections.question}
      />
      <div className="space-y-5">
        <NetworkDiagram spec={spec} />
        <DataTable spec={spec} />
      </div>
      <Equations spec={spec} />
      <DerivationWorkspace
        key={seed}
        exerciseId={item.id}
        definition={exercise.definition}
        seed={seed}
        hints={exercise.hints.map((h, i) => (
          <Mdx key={i} source={h} inline />
        ))}
      />
      {exercise.explanation ? (
        <details className="rounded-2xl border border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer px-5 py-3 font-medium">Worked explanation</summary>
          <div className="px-5 pb-4">
            <Mdx source={exercise.explanation} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
