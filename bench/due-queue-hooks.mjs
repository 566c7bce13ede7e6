// Module hooks for bench/due-queue-child.ts. lib/review/data.ts imports lib/auth/session.ts for its request-bound
// functions (recordRating and the like); that module pulls in next-auth and next/navigation, which only load inside
// Next's own runtime. getReviewSession, the function timed, never calls it, so it is swapped for a stub that throws.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\\/lib\\/auth\\/session\\.ts$/.test(new URL(resolved.url).pathname)) {
    return { url: "data:text/javascript,export function getCurrentUser(){throw new Error('not available in the bench')}", shortCircuit: true };
  }
  return resolved;
}`),
);
