import { checkHealth } from "@/lib/review/health";
import { jsonResponse } from "@/lib/server/http-json";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return jsonResponse(health, health.status === "ok" ? 200 : 503);
}
