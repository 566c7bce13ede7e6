// The bench's "trivial route" (npm run bench, bench/http-check.ts): a constant JSON body with no database, content or
// parsing work, so its throughput is the server's own ceiling. /api/health is not trivial: it runs three queries.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
