import { jsonResponse } from "@/lib/server/http-json";

// The bench's "trivial route" (npm run bench, bench/http-check.ts): a constant JSON body with no database, content or
// parsing work, so its throughput is the server's own ceiling. /api/health is not trivial: it runs three queries.
export const dynamic = "force-dynamic";

// Answered like every other API route (jsonResponse: with its length, so no gzip stream), so the baseline is fair.
export function GET() {
  return jsonResponse({ ok: true }, 200);
}
