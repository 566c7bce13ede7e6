import { respond } from "@/lib/server/respond";
import { exportMyData } from "@/lib/review/transfer";
import { exportFileName } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => download(new Date()));
}

async function download(now: Date): Promise<Response> {
  // One clock reading: the file's name and its exportedAt carry the same date.
  const pieces = await exportMyData(now);
  const encoder = new TextEncoder();
  // Pulled as the download drains, one slice of reviews at a time; the server answers others between slices.
  // Compact, not indented: indentation made a review cost about 440 bytes instead of 310 against the import limit.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName("gradwise-export", "json", now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
