import { AppError, type ErrorDetails } from "./errors";
import { jsonResponse } from "./http-json";

/** A refusal's JSON body: its message, then whatever details it carries (`issues`, `cells`). */
export type ErrorBody = { error: string } & ErrorDetails;

export type Outcome<T> = { status: 200; body: T } | { status: AppError["status"]; body: ErrorBody };

/**
 * Runs one request's work and says what it answers: 200 with its result, or an AppError's status with its body.
 * Anything else thrown is not a refusal but a bug, and goes on up (Next answers 500 and logs it).
 */
export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { status: 200, body: await work() };
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, body: { error: error.message, ...error.details } };
    throw error;
  }
}

/**
 * The one place a route handler's work becomes its HTTP answer (see outcome). Work may return a Response of its
 * own, passed through as it is: a download, or one of readJson's refusals of the body (type, size, syntax), which
 * keep the headers and texts they have always had. `cacheControl` applies to a 200 only; a refusal is never kept.
 */
export async function respond<T>(
  work: () => Promise<T | Response>,
  { cacheControl = "no-store" }: { cacheControl?: string } = {},
): Promise<Response> {
  let passed: Response | null = null;
  const answer = await outcome(async () => {
    const result = await work();
    if (result instanceof Response) passed = result;
    return result;
  });
  if (passed) return passed;
  return jsonResponse(answer.body, answer.status, answer.status === 200 ? cacheControl : "no-store");
}

/**
 * The action counterpart of respond: a server action's work, with an AppError turned into the state `refused`
 * makes of it (a form's message) instead of an exception Next would show as an error page.
 */
export async function actionState<S>(work: () => Promise<S>, refused: (error: AppError) => S): Promise<S> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return refused(error);
    throw error;
  }
}
