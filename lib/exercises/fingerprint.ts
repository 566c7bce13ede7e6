// Pure and browser-safe: the page and the server must derive the same key from the same numbers.
import type { TwoLayerSpec } from "@/lib/engine";

/**
 * A short key for the numbers of one exercise instance (FNV-1a over their JSON, 8 hex digits). The seed alone does not
 * name the numbers: a change of content or of how instances are drawn gives a seed new numbers. With this key the
 * server can tell that a page still shows numbers it no longer uses (an open tab from before an update), instead of
 * grading answers against numbers the learner never saw, and the browser caches a solution under its numbers.
 * Not a security measure: it only has to change when the numbers do.
 */
export function instanceFingerprint(spec: TwoLayerSpec): string {
  const { x, y, W1, b1, W2, b2, hidden, output, loss } = spec;
  // Listed fields in a fixed order, so extra properties (pinned overrides) or key order never change the key.
  const text = JSON.stringify([x, y, W1, b1, W2, b2, hidden, output, loss]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
