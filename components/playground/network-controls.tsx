import { memo } from "react";
import { MLP_HEADS, MLP_LIMITS, type HiddenLayerSpec } from "@/lib/engine";
import {
  ACTIVATION_CHOICES,
  HEAD_LABELS,
  type PlaygroundSettings,
  type SettingsUpdate,
} from "@/lib/playground/settings";
import { Panel, SelectField } from "./fields";

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/** Hidden layers (count, units, activation each) and the output head. Any change builds a new network. */
export const NetworkControls = memo(function NetworkControls({
  settings,
  update,
}: {
  settings: PlaygroundSettings;
  update: SettingsUpdate;
}) {
  const { hidden } = settings;
  // From the latest layers, not this render's: a count and a layer changed in one batch must not undo each other.
  const setLayer = (i: number, patch: Partial<HiddenLayerSpec>) =>
    update((latest) => ({ hidden: latest.hidden.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const setCount = (n: number) =>
    update(({ hidden: layers }) => ({
      hidden: range(1, n).map((k) => layers[k - 1] ?? { units: 3, activation: layers[0]?.activation ?? "tanh" }),
    }));
  return (
    <Panel title="Network">
      <SelectField
        id="layers"
        label="Hidden layers"
        value={hidden.length}
        options={range(MLP_LIMITS.minHidden, MLP_LIMITS.maxHidden).map((n) => ({ value: n, label: String(n) }))}
        onChange={setCount}
      />
      {hidden.map((layer, i) => (
        <div key={i} className="grid grid-cols-2 gap-2">
          <SelectField
            id={`units-${i}`}
            label={`Layer ${i + 1} units`}
            value={layer.units}
            options={range(MLP_LIMITS.minUnits, MLP_LIMITS.maxUnits).map((n) => ({ value: n, label: String(n) }))}
            onChange={(units) => setLayer(i, { units })}
          />
          <SelectField
            id={`activation-${i}`}
            label={`Layer ${i + 1} activation`}
            value={layer.activation}
            options={ACTIVATION_CHOICES.map((a) => ({ value: a, label: a }))}
            onChange={(activation) => setLayer(i, { activation })}
          />
        </div>
      ))}
      <SelectField
        id="head"
        label="Output and loss"
        value={settings.head}
        options={MLP_HEADS.map((h) => ({ value: h, label: HEAD_LABELS[h] }))}
        onChange={(head) => update({ head })}
      />
    </Panel>
  );
});
