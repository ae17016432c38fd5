#!/usr/bin/env python3
"""Trains a Training Run Lab run on from where the browser left it, with PyTorch.

    torchrun --nproc_per_node=2 train.py            # two workers (gloo on CPU, nccl on GPUs)
    python3 train.py                                # one process, no DistributedDataParallel

Options: --steps N (optimizer steps to take at most in this call), --log FILE (one JSON line
per step and evaluation), --amp (bf16 autocast on a GPU; the browser trains in fp32),
--out FILE (the checkpoint written at the end, default checkpoint.pt), --resume FILE (go on
from a checkpoint this script wrote instead of from the browser's state).

Everything the run needs sits beside this file: config.json (settings, where the run stands,
the tensors' files), data/ (the training and validation examples, the data order) and
state/ (the weights and the optimizer's state). See README.md.
"""
import argparse
import json
import math
import os
import time

import torch
import torch.distributed as dist
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = 0xFFFFFFFF


# ---- the browser's random generator: mulberry32 (src/engine/rng.ts) ----------------------


def imul(a, b):
    """Math.imul: the low 32 bits of a * b."""
    return (a * b) & MASK


class Mulberry32:
    """The browser's shuffle generator, bit for bit: its whole state is one 32-bit integer."""

    def __init__(self, state):
        self.state = state & MASK

    def next(self):
        """A float in [0, 1)."""
        self.state = (self.state + 0x6D2B79F5) & MASK
        t = self.state
        t = imul(t ^ (t >> 15), t | 1)
        t = (t ^ ((t + imul(t ^ (t >> 7), t | 61)) & MASK)) & MASK
        return ((t ^ (t >> 14)) & MASK) / 4294967296

    def shuffle(self, a):
        """Fisher-Yates in place, as Rng.shuffle does."""
        for i in range(len(a) - 1, 0, -1):
            j = math.floor(self.next() * (i + 1))
            a[i], a[j] = a[j], a[i]


# ---- files -----------------------------------------------------------------------------

DTYPES = {"float32": torch.float32, "int32": torch.int32}


def load_tensor(entry):
    """A tensor from its raw little-endian file, shaped as config.json says."""
    with open(os.path.join(HERE, entry["file"]), "rb") as f:
        raw = bytearray(f.read())
    dtype = DTYPES[entry["dtype"]]
    flat = torch.frombuffer(raw, dtype=dtype).clone() if raw else torch.empty(0, dtype=dtype)
    return flat.reshape(entry["shape"])


# ---- the model -------------------------------------------------------------------------

ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid, "linear": lambda x: x}


class MLP(nn.Module):
    """h = act(h W^T + b) per hidden layer, then the output layer: the browser's MLP. With
    `standardize` (your own data) the inputs are standardized first, x' = (x - mean) * inv_std,
    and a regression predicts y = out * y_std + y_mean, as the browser's model does."""

    def __init__(self, sizes, activation, standardize=None, files=None):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.act = ACTIVATIONS[activation]
        self.standardize = standardize is not None
        self.target = standardize is not None and standardize["target"] is not None
        if self.standardize:
            self.register_buffer("mean", load_tensor(files["standardize_mean"]))
            self.register_buffer("inv_std", load_tensor(files["standardize_inv_std"]))
        if self.target:
            self.register_buffer("y_mean", torch.tensor(standardize["target"]["mean"], dtype=torch.float32))
            self.register_buffer("y_std", torch.tensor(standardize["target"]["std"], dtype=torch.float32))

    def forward(self, x):
        if self.standardize:
            x = (x - self.mean) * self.inv_std
        for layer in self.layers[:-1]:
            x = self.act(layer(x))
        out = self.layers[-1](x)
        return out * self.y_std + self.y_mean if self.target else out


def per_example_loss(spec, model, out, y):
    """Softmax cross-entropy of the logits, or the squared error of the one output (of the
    standardized target, ((y_pred - y) / y_std)^2, for your own data's regression)."""
    if spec["loss"] == "cross_entropy":
        return F.cross_entropy(out, y.long(), reduction="none")
    miss = out.reshape(-1) - y
    return (miss / model.y_std) ** 2 if model.target else miss**2


# ---- the optimizer ---------------------------------------------------------------------


class TfjsRMSprop(torch.optim.Optimizer):
    """tfjs's RMSprop: v = a v + (1 - a) g^2; m = mu m + lr g / sqrt(v + eps); p -= m.
    torch.optim.RMSprop divides by sqrt(v) + eps instead; this keeps the browser's rule."""

    def __init__(self, params, lr, alpha, eps, momentum, weight_decay):
        super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, momentum=momentum, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                if group["weight_decay"] != 0:
                    g = g.add(p, alpha=group["weight_decay"])
                state = self.state[p]
                if "square_avg" not in state:
                    state["square_avg"] = torch.zeros_like(p)
                if "momentum" not in state:
                    state["momentum"] = torch.zeros_like(p)
                v, m = state["square_avg"], state["momentum"]
                v.mul_(group["alpha"]).add_(g * g * (1 - group["alpha"]))
                m.mul_(group["momentum"]).add_(g * group["lr"] / torch.sqrt(v + group["eps"]))
                p.sub_(m)


def make_optimizer(spec, params, lr):
    o = spec["optimizer"]
    if o["kind"] == "sgd":
        return torch.optim.SGD(params, lr=lr, weight_decay=o["weightDecay"])
    if o["kind"] == "momentum":
        return torch.optim.SGD(
            params, lr=lr, momentum=o["momentum"], nesterov=o["nesterov"], weight_decay=o["weightDecay"]
        )
    if o["kind"] == "rmsprop":
        return TfjsRMSprop(params, lr, o["alpha"], o["eps"], o["momentum"], o["weightDecay"])
    cls = torch.optim.Adam if o["kind"] == "adam" else torch.optim.AdamW
    return cls(params, lr=lr, betas=tuple(o["betas"]), eps=o["eps"], weight_decay=o["weightDecay"])


def load_optimizer_state(spec, optimizer, params, device):
    """The browser optimizer's slots (already in PyTorch's layout), and Adam's step count."""
    step = spec["start"]["optimizerStep"]
    for i, p in enumerate(params):
        slots = {}
        for name, entry in spec["files"].items():
            prefix = "slot:%d:" % i
            if name.startswith(prefix):
                slots[name[len(prefix):]] = load_tensor(entry).to(device)
        if not slots:
            continue
        if spec["optimizer"]["kind"] in ("adam", "adamw"):
            slots["step"] = torch.tensor(float(step))
        optimizer.state[p] = slots


# ---- the learning-rate schedule (src/config/schedules.ts) -------------------------------


def anneal_cos(start, end, pct):
    return end + (start - end) / 2 * (math.cos(math.pi * pct) + 1)


def lr_at(spec, step, plateau):
    """The learning rate of the optimizer step taken after `step` steps."""
    s, base, total = spec["schedule"], spec["learningRate"], spec["totalSteps"]
    kind = s["kind"]
    if kind == "constant":
        return base
    if kind == "step":
        return base * s["gamma"] ** math.floor(step / s["stepSize"])
    if kind == "exponential":
        p = step / s["decaySteps"]
        return base * s["decayRate"] ** (math.floor(p) if s["staircase"] else p)
    if kind == "cosine":
        return anneal_cos(base, s["minLr"], min(step, total) / total)
    if kind == "warmupCosine":
        warmup, end = s["warmupSteps"], s["decaySteps"] or total
        if step < warmup:
            return base * (step + 1) / (warmup + 1)
        if step > end:
            return s["minLr"]
        return anneal_cos(base, s["minLr"], (step - warmup) / (end - warmup))
    if kind == "oneCycle":
        initial = base / s["divFactor"]
        final = initial / s["finalDivFactor"]
        end0, end1 = s["pctStart"] * total - 1, total - 1
        t = min(step, end1)
        if t <= end0:
            return anneal_cos(initial, base, t / end0 if end0 > 0 else 1)
        return anneal_cos(base, final, (t - end0) / (end1 - end0) if end1 > end0 else 1)
    if kind == "plateau":
        return plateau["lr"]
    raise ValueError("unknown learning-rate schedule " + kind)


def plateau_after(config, state, metric):
    """Keras's ReduceLROnPlateau after one evaluation (src/config/plateau.ts)."""
    state = dict(state)
    maximise = config["mode"] == "max" or (config["mode"] == "auto" and "acc" in config["monitor"])
    if state["cooldownCounter"] > 0:
        state["cooldownCounter"] -= 1
        state["wait"] = 0
    best = state["best"] if state["best"] is not None else (-math.inf if maximise else math.inf)
    improved = metric > best + config["minDelta"] if maximise else metric < best - config["minDelta"]
    if improved:
        state["best"], state["wait"] = metric, 0
        return state
    if state["cooldownCounter"] > 0:
        return state
    state["wait"] += 1
    if state["wait"] >= config["patience"] and state["lr"] > config["minLr"]:
        state["lr"] = max(state["lr"] * config["factor"], config["minLr"])
        state["cooldownCounter"], state["wait"] = config["cooldown"], 0
    return state


# ---- the data order (src/engine/phases/data.ts) ----------------------------------------


class DataOrder:
    """The browser's batches: the epoch's order reshuffled at its first batch, batches in turn."""

    def __init__(self, spec, order):
        start = spec["start"]
        self.order = order
        self.rng = Mulberry32(start["shuffleState"])
        self.cursor, self.epoch = start["cursor"], start["epoch"]
        self.batch_size = spec["batchSize"]
        self.batches_per_epoch = math.ceil(len(order) / self.batch_size)

    def next_indices(self):
        if self.cursor == 0:
            self.rng.shuffle(self.order)
        first = self.cursor * self.batch_size
        return self.order[first : first + self.batch_size]

    def advance(self):
        self.cursor += 1
        if self.cursor >= self.batches_per_epoch:
            self.cursor, self.epoch = 0, self.epoch + 1

    def more_micro_batches(self, taken, k):
        """Another micro-batch in this step: fewer than k so far, and not the epoch's last batch."""
        return taken < k and self.cursor + 1 < self.batches_per_epoch


# ---- training --------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=None, help="optimizer steps to take at most")
    parser.add_argument("--log", default=None, help="write one JSON line per step and evaluation")
    parser.add_argument("--amp", action="store_true", help="bf16 autocast on a GPU")
    parser.add_argument("--out", default="checkpoint.pt", help="checkpoint written at the end")
    parser.add_argument("--resume", default=None, help="go on from a checkpoint this script wrote")
    args = parser.parse_args()

    with open(os.path.join(HERE, "config.json")) as f:
        spec = json.load(f)

    distributed = "RANK" in os.environ
    use_cuda = torch.cuda.is_available()
    if distributed:
        dist.init_process_group("nccl" if use_cuda else "gloo")
        rank, world = dist.get_rank(), dist.get_world_size()
    else:
        rank, world = 0, 1
    local_rank = int(os.environ.get("LOCAL_RANK", 0))
    device = torch.device("cuda", local_rank) if use_cuda else torch.device("cpu")
    if use_cuda:
        torch.cuda.set_device(device)
        torch.backends.cuda.matmul.allow_tf32 = False  # fp32 as in the browser
        torch.backends.cudnn.allow_tf32 = False

    files = spec["files"]
    train_x, train_y = load_tensor(files["train_x"]).to(device), load_tensor(files["train_y"]).to(device)
    val_x, val_y = load_tensor(files["val_x"]).to(device), load_tensor(files["val_y"]).to(device)
    if spec["loss"] == "mse":
        train_y, val_y = train_y.float(), val_y.float()
    data = DataOrder(spec, load_tensor(files["order"]).tolist())

    model = MLP(spec["model"]["sizes"], spec["model"]["activation"], spec["model"]["standardize"], files).to(device)
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(load_tensor(files["param:" + name]))
    params = list(model.parameters())
    step, plateau = spec["start"]["step"], dict(spec["start"]["plateau"])
    optimizer = make_optimizer(spec, params, lr_at(spec, step, plateau))
    load_optimizer_state(spec, optimizer, params, device)
    if args.resume:
        saved = torch.load(args.resume, map_location=device)
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        step, plateau = saved["step"], saved["plateau"]
        data.order, data.rng.state = saved["order"], saved["shuffleState"]
        data.cursor, data.epoch = saved["cursor"], saved["epoch"]
    ddp = nn.parallel.DistributedDataParallel(model) if distributed else model

    k, clip = spec["accumulation"], spec["clip"]
    amp = args.amp and use_cuda
    limit = spec["maxSteps"] if args.steps is None else min(spec["maxSteps"], step + args.steps)
    log = open(args.log, "w") if (args.log and rank == 0) else None

    def emit(record):
        if rank == 0:
            line = json.dumps(record)
            print(line, flush=True)
            if log:
                log.write(line + "\n")
                log.flush()

    def batch_loss(indices, last):
        """This worker's share of one micro-batch: loss and gradients of (sum over its examples) / B / k x N.
        DDP averages the gradients over the N workers, which leaves the gradient of the batch's mean
        loss / k, as the browser computes it, however the batch splits between workers."""
        mine = torch.tensor(indices[rank::world], dtype=torch.long, device=device)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
            losses = per_example_loss(spec, model, ddp(train_x[mine]), train_y[mine]).float()
        total = losses.sum()
        scale = world / (len(indices) * k)
        if distributed and not last:
            with ddp.no_sync():  # gradients are summed locally until the step's last micro-batch
                (total * scale).backward()
        else:
            (total * scale).backward()
        return total.detach()

    def evaluate():
        with torch.no_grad():
            out = model(val_x)
            loss = per_example_loss(spec, model, out, val_y).mean().item()
            acc = (out.argmax(1) == val_y).float().mean().item() if spec["loss"] == "cross_entropy" else None
        return loss, acc

    started = time.time()
    while step < limit and data.epoch < spec["maxEpochs"]:
        lr = lr_at(spec, step, plateau)
        for g in optimizer.param_groups:
            g["lr"] = lr
        loss, taken = torch.zeros((), device=device), 0
        while True:
            indices = data.next_indices()
            last = not data.more_micro_batches(taken + 1, k)
            loss += batch_loss(indices, last) / (len(indices) * k)
            taken += 1
            if last:
                break
            data.advance()
        if distributed:
            dist.all_reduce(loss)  # the sum over workers of their shares: the batch's mean loss
        if clip is not None and clip["kind"] == "norm":
            nn.utils.clip_grad_norm_(params, clip["max"])
        elif clip is not None:
            nn.utils.clip_grad_value_(params, clip["max"])
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        data.advance()
        emit({"step": step, "loss": loss.item(), "lr": lr, "epoch": data.epoch})
        if step % spec["evalInterval"] == 0:
            val_loss, val_acc = evaluate()
            if spec["plateau"] is not None:
                plateau = plateau_after(spec["plateau"], plateau, val_loss)
            emit({"step": step, "valLoss": val_loss, "valAccuracy": val_acc})

    if rank == 0:
        torch.save(
            {
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "step": step,
                "epoch": data.epoch,
                "cursor": data.cursor,
                "order": data.order,
                "shuffleState": data.rng.state,
                "plateau": plateau,
            },
            os.path.join(os.getcwd(), args.out),
        )
        print("trained to step %d in %.1f s on %d worker(s); wrote %s" % (step, time.time() - started, world, args.out))
    if log:
        log.close()
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
