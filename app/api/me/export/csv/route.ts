import { respond } from "@/lib/server/respond";
import { exportMyReviewCsv } from "@/lib/review/transfer";
import { exportFileName } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(
    async () =>
      new Response(await exportMyReviewCsv(), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${exportFileName("gradwise-revlog", "csv", new Date())}"`,
          "Cache-Control": "no-store",
        },
      }),
  );
}
