import type { AskedQuantity } from "@/lib/exercises/instance";

/** An answer box's id (`ask|row|col`, answer-grid.tsx) split into its quantity, row and column. */
export function boxOf(id: string): [ask: string, row: number, col: number] {
  const [col, row, ...ask] = id.split("|").reverse();
  return [ask.reverse().join("|"), Number(row), Number(col)];
}

/** What the state holds for the box with this id, or undefined when it is no asked box. */
export function boxValue(
  asked: readonly AskedQuantity[],
  values: Record<string, string[][]>,
  id: string,
): string | undefined {
  const [ask, row, col] = boxOf(id);
  const q = asked.find((a) => a.ask === ask);
  if (!q || !(row >= 0 && row < q.rows && col >= 0 && col < q.cols)) return undefined;
  return values[ask]?.[row]?.[col] ?? "";
}
