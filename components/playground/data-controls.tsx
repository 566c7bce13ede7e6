import { memo } from "react";
import { DATASET_KINDS, DATASET_LABELS } from "@/lib/playground/datasets";
import type { PlaygroundSettings, SettingsUpdate } from "@/lib/playground/settings";
import { NumberField, Panel, RangeField, SelectField } from "./fields";

/** Dataset, noise, train/test split and the seed behind both the points and the initial weights. */
export const DataControls = memo(function DataControls({
  settings,
  update,
}: {
  settings: PlaygroundSettings;
  update: SettingsUpdate;
}) {
  return (
    <Panel title="Data">
      <SelectField
        id="dataset"
        label="Dataset"
        value={settings.dataset}
        options={DATASET_KINDS.map((k) => ({ value: k, label: DATASET_LABELS[k] }))}
        onChange={(dataset) => update({ dataset })}
      />
      <RangeField
        id="noise"
        label="Noise"
        min={0}
        max={0.5}
        step={0.05}
        value={settings.noise}
        valueText={settings.noise.toFixed(2)}
        onChange={(noise) => update({ noise })}
      />
      <RangeField
        id="test-split"
        label="Test share"
        min={10}
        max={50}
        step={10}
        value={settings.testPercent}
        valueText={`${settings.testPercent}%`}
        onChange={(testPercent) => update({ testPercent })}
      />
      <NumberField
        id="seed"
        label="Seed"
        min={0}
        max={999999}
        value={settings.seed}
        onChange={(seed) => update({ seed })}
      />
    </Panel>
  );
});
