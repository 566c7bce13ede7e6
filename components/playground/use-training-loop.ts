"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { generateDataset, type Dataset } from "@/lib/playground/datasets";
import { datasetOptionsOf, mlpConfigOf, trainSettingsOf, type PlaygroundSettings } from "@/lib/playground/settings";
import { createTrainer, trainEpoch, type TrainerState } from "@/lib/playground/trainer";

/**
 * Training runs on the main thread in time slices: each animation frame trains whole
 * epochs until FRAME_BUDGET_MS of work is spent, then yields so React can paint. On the
 * playground's sizes (≤ 200 points, ≤ 3 × 8 units) one epoch takes well under a
 * millisecond, so the page stays responsive and the picture updates every frame without
 * shipping a worker bundle.
 */
const FRAME_BUDGET_MS = 6;
/** Cap per frame so a fast machine still shows the boundary moving rather than jumping. */
const MAX_EPOCHS_PER_FRAME = 4;
/**
 * The network diagram is hundreds of SVG elements; re-laying it out every frame cost more
 * than the training. While running it refreshes at 10 Hz, the heatmap and chart every frame.
 */
const DIAGRAM_INTERVAL_MS = 100;

export interface TrainingLoop {
  data: Dataset;
  state: TrainerState;
  /** `state`, refreshed at most every DIAGRAM_INTERVAL_MS while running (exact when stopped) */
  diagramState: TrainerState;
  running: boolean;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

/** The loop for one network shape and dataset; the caller remounts (via `key`) when those change. */
export function useTrainingLoop(settings: PlaygroundSettings): TrainingLoop {
  const [data] = useState(() => generateDataset(datasetOptionsOf(settings)));
  const [state, setState] = useState<TrainerState>(() =>
    createTrainer(mlpConfigOf(settings), data, trainSettingsOf(settings), settings.seed),
  );
  const [diagramState, setDiagramState] = useState(state);
  const [running, setRunning] = useState(false);
  const stateRef = useRef(state);
  // Read by a frame already queued when Pause is pressed, so it does not train one more slice.
  const runningRef = useRef(false);
  const diagramAt = useRef(0);
  // Optimiser, learning rate, batch mode and L2 apply live, read by the next frame.
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  /** `now` is given by animation frames only; every other commit refreshes the diagram at once. */
  const commit = useCallback((s: TrainerState, now?: number) => {
    stateRef.current = s;
    setState(s);
    if (now === undefined || s.diverged || now - diagramAt.current >= DIAGRAM_INTERVAL_MS) {
      diagramAt.current = now ?? 0;
      setDiagramState(s);
    }
  }, []);

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      if (!runningRef.current) return;
      const start = performance.now();
      const ts = trainSettingsOf(settingsRef.current);
      let s = stateRef.current;
      for (let i = 0; i < MAX_EPOCHS_PER_FRAME && !s.diverged && performance.now() - start < FRAME_BUDGET_MS; i++) {
        s = trainEpoch(s, data, ts);
      }
      commit(s, start);
      if (s.diverged) {
        runningRef.current = false;
        setRunning(false);
      } else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, data, commit]);

  return {
    data,
    state,
    diagramState,
    running,
    play: () => {
      if (stateRef.current.diverged) return;
      runningRef.current = true;
      setRunning(true);
    },
    pause: () => {
      runningRef.current = false;
      setRunning(false);
      commit(stateRef.current);
    },
    step: () => {
      runningRef.current = false;
      setRunning(false);
      commit(trainEpoch(stateRef.current, data, trainSettingsOf(settingsRef.current)));
    },
    reset: () => {
      runningRef.current = false;
      setRunning(false);
      const s = settingsRef.current;
      commit(createTrainer(mlpConfigOf(s), data, trainSettingsOf(s), s.seed));
    },
  };
}

/** Settings that need a new network or new points: a change remounts the run. */
export function structureKey(s: PlaygroundSettings): string {
  return JSON.stringify([s.hidden, s.head, s.seed, s.dataset, s.noise, s.testPercent]);
}
