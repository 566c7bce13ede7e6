"use client";

import { useEffect } from "react";
import type { AskedQuantity } from "@/lib/exercises/instance";

/**
 * Once on mount, takes in what the answer boxes hold but the state does not: numbers typed while the workspace's
 * code was still loading (the server's boxes accept typing), or values the browser restored on going back. React
 * keeps such a value on screen without reporting it, so a check read the boxes as empty and asked for numbers that
 * were plainly there.
 */
export function useEarlyAnswers(
  asked: readonly AskedQuantity[],
  values: Record<string, string[][]>,
  change: (ask: string, row: number, col: number, value: string) => void,
) {
  useEffect(() => {
    for (const q of asked) {
      for (let i = 0; i < q.rows; i++) {
        for (let j = 0; j < q.cols; j++) {
          const box = document.getElementById(`${q.ask}|${i}|${j}`);
          if (box instanceof HTMLInputElement && box.value !== values[q.ask]?.[i]?.[j]) change(q.ask, i, j, box.value);
        }
      }
    }
    // Mount only: afterwards every edit reaches the state through the box's own onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
