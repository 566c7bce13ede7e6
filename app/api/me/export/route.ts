import { jsonResponse } from "@/lib/http-json";
import { exportMyData } from "@/lib/review/transfer";
import { exportFileName } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

export async function GET() {
  // One clock reading: the file's name and its exportedAt carry the same date.
  const now = new Date();
  const data = await exportMyData(now);
  if (!data) return jsonResponse({ error: "sign in to export your data" }, 401);
  // Compact, not indented: indentation made a review cost about 440 bytes instead of 310 against the import limit.
  return new Response(JSON.stringify(data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName("gradwise-export", "json", now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
