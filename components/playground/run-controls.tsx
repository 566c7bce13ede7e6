import type { TrainerState } from "@/lib/playground/trainer";

const button =
  "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Four decimals, or three significant figures once the loss is below 0.001 (so it never reads 0.0000). */
const fmtLoss = (v: number) =>
  !Number.isFinite(v) ? String(v) : v === 0 || v >= 1e-3 ? v.toFixed(4) : v.toExponential(2);

/** Play / Pause / Step / Reset, the epoch and losses, and the divergence message. */
export function RunControls({
  state,
  running,
  onPlay,
  onPause,
  onStep,
  onReset,
}: {
  state: TrainerState;
  running: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
}) {
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={onPlay} disabled={running || state.diverged}>
          ▶ Play
        </button>
        <button type="button" className={button} onClick={onPause} disabled={!running}>
          <svg viewBox="0 0 10 10" className="mr-1 inline size-3 fill-current align-[-1px]" aria-hidden>
            <rect x="1.5" y="1" width="2.5" height="8" />
            <rect x="6" y="1" width="2.5" height="8" />
          </svg>
          Pause
        </button>
        <button type="button" className={button} onClick={onStep} disabled={state.diverged}>
          Step one epoch
        </button>
        <button type="button" className={button} onClick={onReset}>
          ↺ Reset
        </button>
      </div>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">Epoch</dt>
          <dd className="font-mono" data-testid="epoch">
            {state.epoch}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">Train loss</dt>
          <dd className="font-mono" data-testid="train-loss">
            {fmtLoss(state.trainLoss)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">Test loss</dt>
          <dd className="font-mono" data-testid="test-loss">
            {fmtLoss(state.testLoss)}
          </dd>
        </div>
      </dl>
      {state.diverged && (
        <p
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
        >
          <strong>Training diverged at epoch {state.epoch}:</strong> the loss went to NaN/infinity (or past a million).
          The learning rate is too large for this setup. Lower the learning rate, then press Reset.
        </p>
      )}
    </div>
  );
}
