// The review API's data functions called as its routes call them (app/api/**/route.ts): the session first, then the
// body parsed at the boundary, then the data function, and the answer made by the routes' own `outcome`. Tests that
// hold the data layer to account send raw payloads through these and read back the status and body a client gets.
import { signedInUser } from "@/lib/auth/session";
import { parseInput } from "@/lib/server/errors";
import { outcome } from "@/lib/server/respond";
import * as data from "@/lib/review/data";
import * as check from "@/lib/review/exercise-check";
import { cardRequestSchema, rateRequestSchema, undoRequestSchema } from "@/lib/review/schema";
import * as steer from "@/lib/review/steer";
import * as transfer from "@/lib/review/transfer";
import { parseImport } from "@/lib/review/transfer-schema";

export const recordRating = (payload: unknown, now?: Date) =>
  outcome(async () => {
    await signedInUser(data.SIGNED_OUT_RATING);
    return data.recordRating(parseInput(rateRequestSchema, payload), now);
  });

export const undoRating = (payload: unknown) =>
  outcome(async () => {
    await signedInUser(data.SIGNED_OUT_CHANGE);
    return data.undoRating(parseInput(undoRequestSchema, payload, { paths: false }));
  });

export const buryCard = (payload: unknown, now?: Date) =>
  outcome(async () => {
    await signedInUser(data.SIGNED_OUT_CHANGE);
    return steer.buryCard(parseInput(cardRequestSchema, payload), now);
  });

export const suspendCard = (payload: unknown, now?: Date) =>
  outcome(async () => {
    await signedInUser(data.SIGNED_OUT_CHANGE);
    return steer.suspendCard(parseInput(cardRequestSchema, payload), now);
  });

export const importMyData = (payload: unknown, now?: Date, options?: transfer.ImportOptions) =>
  outcome(async () => {
    await signedInUser(transfer.SIGNED_OUT_IMPORT);
    return transfer.importMyData(await parseImport(payload), now, options);
  });

export const checkExercise = (exerciseId: string, payload: unknown) =>
  outcome(async () => {
    const exercise = await check.exerciseOrThrow(exerciseId);
    return check.gradeExercise(exerciseId, exercise, check.parseCheckRequest(payload));
  });

export const exerciseSolution = (exerciseId: string, rawSeed: string | null, rawInstance: string | null = null) =>
  outcome(async () =>
    check.exerciseSolution(
      exerciseId,
      await check.exerciseOrThrow(exerciseId),
      check.parseSolutionQuery(rawSeed, rawInstance),
    ),
  );
