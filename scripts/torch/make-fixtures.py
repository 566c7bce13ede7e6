#!/usr/bin/env python3
"""Reference values for lib/engine's backprop, computed by PyTorch autograd in float64.

Run with Debian's torch (apt-get install python3-torch):

    /usr/bin/python3 scripts/torch/make-fixtures.py

Writes tests/engine/fixtures/torch-backprop.json, which the engine tests read; the tests
never need torch. The specs are drawn from a fixed seed, so re-running reproduces the file
(up to torch's own floating-point changes between versions).
"""

import json
import random
from pathlib import Path

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

OUT = Path(__file__).resolve().parents[2] / "tests" / "engine" / "fixtures" / "torch-backprop.json"

ACTIVATIONS = {
    "identity": lambda t: t.clone(),  # clone: a1 must be its own graph node for da1
    "relu": torch.relu,  # relu's backward at exactly 0 is 0, as in the engine
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
}

# (output, loss) pairs the engine accepts.
HEADS = [
    ("identity", "mse"),
    ("relu", "mse"),
    ("sigmoid", "mse"),
    ("tanh", "mse"),
    ("sigmoid", "bce"),
    ("identity", "softmax_ce"),
]


def run(spec):
    t = lambda k: torch.tensor(spec[k], dtype=torch.float64, requires_grad=k != "y")
    x, y, W1, b1, W2, b2 = (t(k) for k in ("x", "y", "W1", "b1", "W2", "b2"))
    z1 = x @ W1 + b1
    z1.retain_grad()
    a1 = ACTIVATIONS[spec["hidden"]](z1)
    a1.retain_grad()
    z2 = a1 @ W2 + b2
    z2.retain_grad()
    loss_name = spec["loss"]
    if loss_name == "mse":
        a2 = ACTIVATIONS[spec["output"]](z2)
        loss = ((a2 - y) ** 2).mean()
    elif loss_name == "bce":
        a2 = torch.sigmoid(z2)
        loss = F.binary_cross_entropy_with_logits(z2, y)  # mean over all entries
    else:
        a2 = torch.softmax(z2, dim=1)
        loss = -(y * torch.log_softmax(z2, dim=1)).sum(dim=1).mean()
    loss.backward()
    L = lambda v: v.detach().tolist()
    return {
        "z1": L(z1), "a1": L(a1), "z2": L(z2), "a2": L(a2), "loss": loss.item(),
        "dz2": L(z2.grad), "dW2": L(W2.grad), "db2": L(b2.grad), "da1": L(a1.grad),
        "dz1": L(z1.grad), "dW1": L(W1.grad), "db1": L(b1.grad), "dx": L(x.grad),
    }


def matrix(rng, rows, cols, lo=-2.0, hi=2.0, decimals=None):
    def draw():
        v = rng.uniform(lo, hi)
        return round(v, decimals) if decimals is not None else v
    return [[draw() for _ in range(cols)] for _ in range(rows)]


def targets(rng, loss, output, n, d_out):
    if loss == "bce":
        return [[float(rng.randint(0, 1)) for _ in range(d_out)] for _ in range(n)]
    if loss == "softmax_ce":
        rows = []
        for _ in range(n):
            hot = rng.randrange(d_out)
            rows.append([1.0 if j == hot else 0.0 for j in range(d_out)])
        return rows
    lo, hi = {"sigmoid": (0, 1), "relu": (0, 1), "tanh": (-1, 1)}.get(output, (-2, 2))
    return matrix(rng, n, d_out, lo, hi)


def random_spec(rng, name, hidden, output, loss, decimals=None):
    d_in, h, n = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 4)
    d_out = rng.randint(2, 5) if loss == "softmax_ce" else rng.randint(1, 5)
    return {
        "name": name,
        "x": matrix(rng, n, d_in, decimals=decimals),
        "y": targets(rng, loss, output, n, d_out),
        "W1": matrix(rng, d_in, h, decimals=decimals),
        "b1": matrix(rng, 1, h, -1, 1, decimals=decimals)[0],
        "W2": matrix(rng, h, d_out, decimals=decimals),
        "b2": matrix(rng, 1, d_out, -1, 1, decimals=decimals)[0],
        "hidden": hidden, "output": output, "loss": loss,
    }


def specs():
    rng = random.Random(20240611)
    out = []
    # Every hidden activation against every head: 24 cases, sizes 1–5, batches 1–4.
    for hidden in ACTIVATIONS:
        for output, loss in HEADS:
            decimals = 2 if rng.random() < 0.3 else None
            out.append(random_spec(rng, f"{hidden}-{output}-{loss}", hidden, output, loss, decimals))

    # Logits around ±50: σ and softmax saturate hard.
    for hidden, output, loss in [("tanh", "sigmoid", "bce"), ("relu", "identity", "softmax_ce"), ("sigmoid", "sigmoid", "mse")]:
        s = random_spec(rng, f"logits-50-{hidden}-{loss}", hidden, output, loss)
        s["b2"] = [50.0 if j % 2 == 0 else -50.0 for j in range(len(s["b2"]))]
        out.append(s)

    # Logits of ±1000: only a stable implementation stays finite.
    out.append({
        "name": "logits-1000-bce", "hidden": "tanh", "output": "sigmoid", "loss": "bce",
        "x": [[0.5, -1.0], [1.5, 0.25]], "W1": [[0.3, -0.2], [0.1, 0.4]], "b1": [0.0, 0.1],
        "W2": [[0.2, -0.1], [0.3, 0.05]], "b2": [1000.0, -1000.0],
        "y": [[0.0, 1.0], [1.0, 0.0]],
    })
    out.append({
        "name": "logits-1000-softmax", "hidden": "relu", "output": "identity", "loss": "softmax_ce",
        "x": [[0.5, -1.0], [1.5, 0.25], [-0.7, 0.9]], "W1": [[0.3, -0.2, 0.6], [0.1, 0.4, -0.5]], "b1": [0.2, 0.1, 0.3],
        "W2": [[0.2, -0.1, 0.0], [0.3, 0.05, -0.2], [0.1, 0.1, 0.1]], "b2": [1000.0, -1000.0, 0.0],
        "y": [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]],
    })
    out.append({
        "name": "logits-1000-mse-sigmoid", "hidden": "sigmoid", "output": "sigmoid", "loss": "mse",
        "x": [[0.5, -1.0]], "W1": [[0.3, -0.2], [0.1, 0.4]], "b1": [0.0, 0.1],
        "W2": [[0.2], [0.3]], "b2": [-1000.0], "y": [[1.0]],
    })

    # ReLU pre-activations at exactly 0 (a zero input row and a zero bias make z exactly 0
    # in any summation order): the slope there must be 0 on both sides.
    out.append({
        "name": "relu-exactly-zero-hidden", "hidden": "relu", "output": "identity", "loss": "mse",
        "x": [[0.0, 0.0], [1.0, -2.0], [0.5, 0.5]], "W1": [[1.0, -1.0, 0.5], [0.5, 0.5, 0.0]], "b1": [0.0, 0.0, 0.0],
        "W2": [[0.7], [-0.3], [1.1]], "b2": [0.2], "y": [[0.5], [-0.5], [1.0]],
    })
    out.append({
        "name": "relu-exactly-zero-output", "hidden": "tanh", "output": "relu", "loss": "mse",
        "x": [[0.3, -0.6], [1.2, 0.4]], "W1": [[0.5, -0.5], [0.25, 1.0]], "b1": [0.1, -0.1],
        "W2": [[0.0, 1.0], [0.0, -1.0]], "b2": [0.0, 0.5], "y": [[0.2, 0.1], [0.4, 0.3]],
    })
    return out


def main():
    cases = []
    for spec in specs():
        name = spec.pop("name")
        cases.append({"name": name, "spec": spec, "expected": run(spec)})
    doc = {
        "generator": "scripts/torch/make-fixtures.py",
        "torch": torch.__version__,
        "dtype": "float64",
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
