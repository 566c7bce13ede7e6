// Bytes of a script that ran, from V8's block coverage (Chromium's precise coverage, as Playwright reports it).
// Ranges nest; each byte counts under the innermost range that contains it, so a function that never ran inside
// one that did counts as not run, and vice versa.

export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

export function executedBytes(functions: Array<{ ranges: CoverageRange[] }>): number {
  const ranges = functions
    .flatMap((f) => f.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  const stack: CoverageRange[] = [];
  let pos = 0;
  let used = 0;
  // Attributes [pos, to) to the innermost open range.
  const advance = (to: number) => {
    const top = stack.at(-1);
    if (top && to > pos && top.count > 0) used += to - pos;
    pos = Math.max(pos, to);
  };
  for (const r of ranges) {
    while (stack.length > 0 && stack.at(-1)!.endOffset <= r.startOffset) {
      advance(stack.at(-1)!.endOffset);
      stack.pop();
    }
    advance(r.startOffset);
    stack.push(r);
  }
  while (stack.length > 0) {
    advance(stack.at(-1)!.endOffset);
    stack.pop();
  }
  return used;
}
