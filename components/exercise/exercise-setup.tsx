import type { TwoLayerSpec } from "@/lib/engine";
import type { ExerciseDefinition } from "@/lib/exercises/instance";
import { QuestionPanel } from "../question-panel";
import { DataTable } from "./data-table";
import { Equations } from "./equations";
import { NetworkDiagram } from "./network-diagram";
import { ParameterMatrices } from "./parameter-matrices";

/** Everything the learner reads before answering: the prompt, this seed's network and data, and the equations. */
export function ExerciseSetup({
  definition,
  question,
  spec,
}: {
  definition: ExerciseDefinition;
  question: string;
  spec: TwoLayerSpec;
}) {
  const { network } = definition;
  const head = network.loss === "softmax_ce" ? "softmax + cross-entropy" : `${network.output} output, ${network.loss}`;
  return (
    <div className="space-y-5">
      <QuestionPanel
        label={`Derive · ${network.dIn}-${network.h}-${network.dOut} network, batch of ${network.n}, ${network.hidden} hidden, ${head}`}
        source={question}
      />
      <NetworkDiagram spec={spec} />
      <p className="text-sm text-zinc-600 md:hidden dark:text-zinc-400" data-diagram-note="">
        On a screen this narrow the network is given by its weights and biases below rather than drawn: the
        drawing&apos;s labels would be too small to read.
      </p>
      <ParameterMatrices spec={spec} />
      <DataTable spec={spec} />
      <Equations spec={spec} />
    </div>
  );
}
