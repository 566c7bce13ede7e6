/**
 * Hands a request body's pieces to `take` as they arrive, giving up as soon as they pass `maxBytes` (a declared
 * length over it is refused before anything is read), so an oversized upload is refused without being buffered
 * whole. Returns false when the body is too large.
 */
export async function readChunksLimited(
  request: Request,
  maxBytes: number,
  take: (chunk: Uint8Array) => void,
): Promise<boolean> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return false;
  if (!request.body) return true;
  const reader = request.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return false;
    }
    take(value);
  }
}

/** A request body as text, read with readChunksLimited's limit; null when the body is too large. */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  if (!(await readChunksLimited(request, maxBytes, (chunk) => chunks.push(chunk)))) return null;
  return new TextDecoder().decode(Buffer.concat(chunks));
}
