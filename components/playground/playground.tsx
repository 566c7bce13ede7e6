"use client";

import { useCallback, useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { useQuerySync } from "@/components/use-query-sync";
import { type PlaygroundSettings, type SettingsUpdate } from "@/lib/playground/settings";
import { settingsToQuery } from "@/lib/playground/settings-url";
import { DataControls } from "./data-controls";
import { DecisionCanvas } from "./decision-canvas";
import { LiveNetwork } from "./live-network";
import { LossChart } from "./loss-chart";
import { NetworkControls } from "./network-controls";
import { RunControls } from "./run-controls";
import { TrainingControls } from "./training-controls";
import { structureKey, useTrainingLoop } from "./use-training-loop";

/**
 * The playground's settings and controls. A change to the network's shape, the data or the
 * seed remounts the run beside them (its `key`), while the controls stay mounted so
 * keyboard focus stays on the control just changed. The settings start from the page's URL
 * and follow into it, so a reload or a shared link opens the same playground.
 */
export function Playground({ initial }: { initial: PlaygroundSettings }) {
  const [settings, setSettings] = useState<PlaygroundSettings>(initial);
  useQuerySync(settingsToQuery(settings), true);
  const update: SettingsUpdate = useCallback(
    (patch) => setSettings((s) => ({ ...s, ...(typeof patch === "function" ? patch(s) : patch) })),
    [],
  );
  // Marks the controls as live (before hydration they do nothing); browser tests wait for it.
  const hydrated = useHydrated();
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]" data-playground data-hydrated={hydrated ? "" : undefined}>
      {/* The run comes first, on screen and in tab order: on a phone, after the settings, Play was below the fold.
          From lg up the settings take the left column again beside it. */}
      <PlaygroundRun key={structureKey(settings)} settings={settings} />
      <div className="flex flex-col gap-4 lg:col-start-1 lg:row-start-1">
        <DataControls settings={settings} update={update} />
        <NetworkControls settings={settings} update={update} />
        <TrainingControls settings={settings} update={update} />
      </div>
    </div>
  );
}

function PlaygroundRun({ settings }: { settings: PlaygroundSettings }) {
  const loop = useTrainingLoop(settings);
  const { state } = loop;
  return (
    <div className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-start-1">
      <RunControls
        state={state}
        running={loop.running}
        onPlay={loop.play}
        onPause={loop.pause}
        onStep={loop.step}
        onReset={loop.reset}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <DecisionCanvas net={state.net} data={loop.data} />
        <LossChart history={state.history} />
      </div>
      <section aria-labelledby="network-heading" className="flex flex-col gap-2">
        <h2 id="network-heading" className="text-lg font-semibold">
          Network
        </h2>
        <LiveNetwork net={loop.diagramState.net} grads={loop.diagramState.grads} />
      </section>
    </div>
  );
}
