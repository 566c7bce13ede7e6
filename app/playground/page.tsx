import type { Metadata } from "next";
import { Playground } from "@/components/playground/playground";

export const metadata: Metadata = {
  title: "Training playground",
  description:
    "Train a small neural network in your browser and watch its decision boundary, loss and weights change live.",
};

export default function PlaygroundPage() {
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Training playground</h1>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          A small network learns to separate two classes of points. Pick a dataset and an architecture, press Play, and
          watch the decision boundary, the train and test loss, and every weight and gradient change as it trains. The
          same engine that checks the derivation exercises computes every gradient here.
        </p>
      </header>
      <noscript>
        <p className="text-sm">The playground trains the network in your browser and needs JavaScript.</p>
      </noscript>
      <Playground />
    </div>
  );
}
