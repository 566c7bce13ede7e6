import { jsonResponse } from "@/lib/http-json";
import { exportMyData } from "@/lib/review/transfer";

export const dynamic = "force-dynamic";

export async function GET() {
  const data = await exportMyData();
  if (!data) return jsonResponse({ error: "sign in to export your data" }, 401);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="gradwise-export.json"',
      "Cache-Control": "no-store",
    },
  });
}
