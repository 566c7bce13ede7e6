import type { Metadata } from "next";
import { Playground } from "@/components/playground/playground";
import { settingsFromQuery } from "@/lib/playground/settings-url";

export const metadata: Metadata = {
  title: "Training playground",
  description:
    "Train a small neural network in your browser and watch its decision boundary, loss and weights change live.",
};

export default async function PlaygroundPage({ searchParams }: PageProps<"/playground">) {
  // Read field by field: a bad or missing value falls back to its default, never to an error page.
  const initial = settingsFromQuery(await searchParams);
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
      {/* Keyed by the settings so a link to the playground with other settings starts from those. */}
      <Playground key={JSON.stringify(initial)} initial={initial} />
    </div>
  );
}
