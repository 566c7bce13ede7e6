// Module hooks for bench/due-queue-child.ts. lib/review/data.ts imports lib/auth/session.ts for its request-bound
// functions (recordRating and the like); that module pulls in next-auth and next/navigation, which only load inside
// Next's own runtime. So it is swapped for a stub: getReviewSession, the function timed, asks signedInUser for the
// learner, and the stub answers the bench's (the child sets BENCH_USER_ID); everything else throws.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\\/lib\\/auth\\/session\\.ts$/.test(new URL(resolved.url).pathname)) {
    const stub =
      "export function getCurrentUser(){throw new Error('not available in the bench')}" +
      "export function requireUser(){throw new Error('not available in the bench')}" +
      "export async function signedInUser(){return {id:process.env.BENCH_USER_ID,email:'bench@example.com',name:null}}";
    return { url: "data:text/javascript," + encodeURIComponent(stub), shortCircuit: true };
  }
  return resolved;
}`),
);
