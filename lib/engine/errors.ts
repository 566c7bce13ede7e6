/**
 * Thrown for any input the engine refuses. `field` names what to fix, as a path into the
 * input: "W1" (the whole field: missing, wrong shape), "W1[2]" (a ragged row),
 * "W1[1][0]" (one bad entry), "loss". Callers wanting the top-level field can take
 * `field.split(/[.[]/)[0]`.
 */
export class EngineInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = "EngineInputError";
    this.field = field;
  }
}
