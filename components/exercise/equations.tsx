import katex from "katex";
import { cardClass } from "@/components/ui/card";
import { formulas, type TwoLayerSpec } from "@/lib/engine";

const FORWARD = ["z1", "a1", "z2", "a2", "loss"] as const;
const BACKWARD = ["dz2", "dW2", "db2", "da1", "dz1", "dW1", "db1", "dx"] as const;

const render = (tex: string) =>
  katex.renderToString(tex, { displayMode: true, throwOnError: true, output: "htmlAndMathml" });

/** The network's equations for this exercise's activations and loss, typeset on the server. */
export function Equations({ spec }: { spec: TwoLayerSpec }) {
  const f = formulas(spec);
  return (
    <details className={cardClass()}>
      <summary className="cursor-pointer px-5 py-3 font-medium">The equations (forward and backward)</summary>
      <div className="prose-card grid gap-x-8 px-5 pb-4 md:grid-cols-2">
        {[FORWARD, BACKWARD].map((keys, i) => (
          <div key={i}>
            <h3 className="text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase">
              {i === 0 ? "Forward" : "Backward"}
            </h3>
            {keys.map((k) => (
              <div key={k} dangerouslySetInnerHTML={{ __html: render(f[k]) }} />
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
