/**
 * Whether JSON text nests deeper than `max` (brackets inside strings do not count). Self-contained on purpose: the
 * JSON worker (parse-off-thread.ts) runs this very function from its source text, so it may use nothing from
 * outside its own body.
 */
export function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c)
        escaped = true; // backslash
      else if (c === 0x22) inString = false; // quote
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true; // [ {
    } else if (c === 0x5d || c === 0x7d) depth -= 1; // ] }
  }
  return false;
}
