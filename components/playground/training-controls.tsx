import { memo } from "react";
import {
  BATCH_LABELS,
  BATCH_MODES,
  L2_CHOICES,
  LR_STEPS,
  OPTIMIZER_LABELS,
  PLAYGROUND_OPTIMIZERS,
  formatLr,
  lrFromStep,
  type PlaygroundSettings,
  type SettingsUpdate,
} from "@/lib/playground/settings";
import { NumberField, Panel, RangeField, SelectField } from "./fields";

/** Optimiser, learning rate, batch mode and L2: these apply to the next epoch without a reset. */
export const TrainingControls = memo(function TrainingControls({
  settings,
  update,
}: {
  settings: PlaygroundSettings;
  update: SettingsUpdate;
}) {
  return (
    <Panel title="Training">
      <SelectField
        id="optimizer"
        label="Optimizer"
        value={settings.optimizer}
        options={PLAYGROUND_OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))}
        onChange={(optimizer) => update({ optimizer })}
      />
      <RangeField
        id="lr"
        label="Learning rate"
        min={0}
        max={LR_STEPS}
        step={1}
        value={settings.lrStep}
        valueText={formatLr(lrFromStep(settings.lrStep))}
        onChange={(lrStep) => update({ lrStep })}
      />
      <SelectField
        id="batch"
        label="Batch"
        value={settings.batch}
        options={BATCH_MODES.map((b) => ({ value: b, label: BATCH_LABELS[b] }))}
        onChange={(batch) => update({ batch })}
      />
      {settings.batch === "mini" && (
        <NumberField
          id="batch-size"
          label="Batch size"
          min={1}
          max={200}
          value={settings.batchSize}
          onChange={(batchSize) => update({ batchSize })}
        />
      )}
      <SelectField
        id="l2"
        label="L2 weight decay (λ)"
        value={settings.l2}
        options={L2_CHOICES.map((v) => ({ value: v, label: v === 0 ? "none" : String(v) }))}
        onChange={(l2) => update({ l2 })}
      />
    </Panel>
  );
});
