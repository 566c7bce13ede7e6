/**
 * Every calculator's inputs and their defaults, as strings (the form of query parameters and MDX
 * props). Kept out of the "use client" files so server pages can read the keys as plain values.
 */
export const CALCULATOR_DEFAULTS = {
  activation: { fn: "sigmoid", x: "5", layers: "10", alpha: "0.01" },
  softmax: { logits: "2, 1, 0.1", target: "0" },
  optimizer: {
    opt: "adam",
    surface: "ravine",
    lr: "0.1",
    steps: "30",
    start: "-4, 1.5",
    beta: "0.9",
    beta1: "0.9",
    beta2: "0.999",
    wd: "0.01",
  },
  schedule: {
    kind: "warmup_cosine",
    lr: "0.001",
    total: "1000",
    warmup: "100",
    minlr: "0",
    stepsize: "300",
    gamma: "0.1",
    at: "100",
  },
  normalization: {
    kind: "batch",
    x: "1,2;3,4;5,6",
    gamma: "1, 1",
    beta: "0, 0",
    mode: "train",
    runmean: "0, 0",
    runvar: "1, 1",
  },
  initialization: { fanin: "256", fanout: "256", act: "tanh", depth: "10", width: "128", seed: "1" },
  "gradient-check": { seed: "1", eps: "1e-5", hidden: "tanh" },
  memory: { kind: "mlp", batch: "64", width: "4096", depth: "32", bytes: "4", seq: "1024", heads: "16", every: "sqrt" },
  "backprop-step": {
    din: "2",
    h: "2",
    dout: "1",
    n: "1",
    x: "1, 0.5",
    W1: "0.1, -0.2; 0.3, 0.4",
    b1: "0, 0.1",
    W2: "0.5; -0.6",
    b2: "0.2",
    y: "1",
    hidden: "sigmoid",
    output: "sigmoid",
    loss: "mse",
    seed: "1",
    step: "0",
  },
} as const satisfies Record<string, Record<string, string>>;

export type CalculatorSlug = keyof typeof CALCULATOR_DEFAULTS;
/** The string-valued state of one calculator. */
export type StateOf<S extends CalculatorSlug> = { [K in keyof (typeof CALCULATOR_DEFAULTS)[S]]: string };
/** Props every calculator takes: any of its inputs as an initial string, and whether to mirror them into the URL. */
export type PropsOf<S extends CalculatorSlug> = Partial<StateOf<S>> & { syncUrl?: boolean };
