import "server-only";
import type { z } from "zod";
import { parseInput } from "@/lib/server/errors";
import { readJson } from "@/lib/server/http-json";
import { respond } from "@/lib/server/respond";
import { signedInUser } from "./session";

/**
 * A signed-in JSON route: the session is checked before a byte of the body is read (a signed-out client may not
 * make the server read, let alone parse, anything), then the body is parsed with `schema` and handed to `run`.
 * Refusals and coded errors become HTTP answers in `respond`, the one mapping.
 */
export function signedInJson<S extends z.ZodType, R>(
  request: Request,
  spec: { signedOut: string; schema: S; paths?: boolean },
  run: (input: z.output<S>) => Promise<R>,
): Promise<Response> {
  return respond(async () => {
    await signedInUser(spec.signedOut);
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return run(parseInput(spec.schema, body.value, { paths: spec.paths }));
  });
}
