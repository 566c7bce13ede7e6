import { jsonResponse } from "@/lib/server/http-json";
import { exportMyReviewCsv } from "@/lib/review/transfer";
import { exportFileName } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

export async function GET() {
  const csv = await exportMyReviewCsv();
  if (csv === null) return jsonResponse({ error: "sign in to export your reviews" }, 401);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName("gradwise-revlog", "csv", new Date())}"`,
      "Cache-Control": "no-store",
    },
  });
}
