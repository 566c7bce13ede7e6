import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ACTIVATION_OPTIONS, LOSS_OPTIONS, MAX_SIZE, type BackpropState } from "./backprop-step-math";
import { SelectField, TextField } from "./fields";
import type { InputProblem } from "./parse";

const SIZES = Array.from({ length: MAX_SIZE }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
const MATRIX_HINT = "Rows separated by ; or new lines, entries by commas: 1,2;3,4";

interface Props {
  s: BackpropState;
  set: (key: keyof BackpropState, value: string) => void;
  resize: (key: "din" | "h" | "dout" | "n", value: string) => void;
  setLoss: (value: string) => void;
  draw: (seed: string) => void;
  problem: InputProblem | null;
}

/** The network's sizes, numbers and functions, and the seeded "Random" draw. */
export function BackpropStepInputs({ s, set, resize, setLoss, draw, problem }: Props) {
  const size = (name: "din" | "h" | "dout" | "n", label: string) => (
    <SelectField
      name={name}
      label={label}
      value={s[name]}
      options={SIZES}
      onChange={(v) => resize(name, v)}
      problem={problem}
    />
  );
  const text = (name: keyof BackpropState, label: ReactNode, hint?: string, multiline = true) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      multiline={multiline}
      value={s[name]}
      onChange={(v) => set(name, v)}
      problem={problem}
    />
  );
  const select = (name: "hidden" | "output" | "loss", label: string, options: typeof LOSS_OPTIONS) => (
    <SelectField
      name={name}
      label={label}
      value={s[name]}
      options={options}
      onChange={(v) => (name === "loss" ? setLoss(v) : set(name, v))}
      problem={problem}
    />
  );
  return (
    <>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-sm font-semibold">Sizes</legend>
        {size("din", "Inputs d_in")}
        {size("h", "Hidden h")}
        {size("dout", "Outputs d_out")}
        {size("n", "Batch n")}
      </fieldset>
      {text("x", "Inputs x (n × d_in)", MATRIX_HINT)}
      {text("W1", "W1 (d_in × h)")}
      {text("b1", "b1 (h entries)", undefined, false)}
      {text("W2", "W2 (h × d_out)")}
      {text("b2", "b2 (d_out entries)", undefined, false)}
      {text("y", "Targets y (n × d_out)")}
      {select("hidden", "Hidden activation", ACTIVATION_OPTIONS)}
      {select("output", "Output activation", ACTIVATION_OPTIONS)}
      {select("loss", "Loss", LOSS_OPTIONS)}
      <div className="space-y-2 rounded-lg border border-zinc-200 p-2 dark:border-zinc-800">
        {text("seed", "Seed", "Draws every number of a network of these sizes.", false)}
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" onClick={() => draw(String(Math.floor(Math.random() * 100_000)))}>
            Random
          </Button>
          <Button type="button" variant="secondary" size="sm" onClick={() => draw(s.seed)}>
            Draw from seed
          </Button>
        </div>
      </div>
    </>
  );
}
