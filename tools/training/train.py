"""Fine-tunes the bottom layers of all-MiniLM-L6-v2 as a cue/source/content BIO tagger on PolNeAR train.

  /usr/bin/python3 tools/training/train.py --base BASE/model.onnx --vocab BASE/vocab.txt --out RUN_DIR
Trains on PolNeAR train less its held-out tenth (kept for tuning the decoder), one CPU thread, fixed seeds;
writes checkpoint.pt every --checkpoint-minutes and at the end of each epoch, and logs held-out token F1.
"""
import argparse
import json
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bert  # noqa: E402
import polnear  # noqa: E402
from wordpiece import WordPiece  # noqa: E402

SEQ = 256           # pieces per window, [CLS] and [SEP] included
STRIDE = 192        # window step in training (64 pieces of overlap)


def encode(tokenizer, articles):
    """Windows of (ids, labels[3]) for the given articles."""
    out = []
    for _, text, relations in articles:
        ids, starts, ends, word_of = tokenizer.tokenize(text)
        labels = polnear.piece_labels(relations, starts, ends, word_of)
        for s in polnear.windows(len(ids), SEQ - 2, STRIDE):
            e = min(len(ids), s + SEQ - 2)
            window_ids = [tokenizer.cls] + ids[s:e] + [tokenizer.sep]
            window_labels = [[-100] + labels[r][s:e] + [-100] for r in range(3)]
            out.append((window_ids, window_labels))
    return out


def batches(windows, size, pad):
    for i in range(0, len(windows), size):
        chunk = windows[i:i + size]
        length = max(len(w[0]) for w in chunk)
        ids = torch.full((len(chunk), length), pad, dtype=torch.long)
        mask = torch.zeros((len(chunk), length), dtype=torch.long)
        labels = torch.full((len(chunk), 3, length), -100, dtype=torch.long)
        for j, (w_ids, w_labels) in enumerate(chunk):
            ids[j, :len(w_ids)] = torch.tensor(w_ids)
            mask[j, :len(w_ids)] = 1
            for r in range(3):
                labels[j, r, :len(w_ids)] = torch.tensor(w_labels[r])
        yield ids, mask, labels


def loss_of(logits, labels):
    b, s, _ = logits.shape
    logits = logits.view(b, s, 3, 3).permute(0, 2, 3, 1)  # [b, role, tag, seq]
    return torch.nn.functional.cross_entropy(logits.reshape(b * 3, 3, s), labels.reshape(b * 3, s), ignore_index=-100)


def evaluate(model, windows, pad):
    """Token F1 per role on span tokens (B or I) of the held-out windows."""
    model.eval()
    tp, fp, fn = [0] * 3, [0] * 3, [0] * 3
    with torch.no_grad():
        for ids, mask, labels in batches(windows, 16, pad):
            tags = model(ids, mask).view(ids.shape[0], ids.shape[1], 3, 3).argmax(-1).permute(0, 2, 1)
            valid = labels >= 0
            for r in range(3):
                p = (tags[:, r] > 0) & valid[:, r]
                g = (labels[:, r] > 0) & valid[:, r]
                tp[r] += int((p & g).sum()); fp[r] += int((p & ~g).sum()); fn[r] += int((~p & g).sum())
    model.train()
    return {role: round(2 * tp[r] / max(1, 2 * tp[r] + fp[r] + fn[r]), 4) for r, role in enumerate(polnear.ROLES)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.path.join(here, "..", "..", "..", "shared", "eval", "polnear"))
    parser.add_argument("--base", required=True, help="the base model's model.onnx (extract-base-model.sh)")
    parser.add_argument("--vocab", required=True, help="its vocab.txt")
    parser.add_argument("--out", required=True)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--checkpoint-minutes", type=float, default=15)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    log = open(os.path.join(args.out, "train.log"), "a", encoding="utf-8")

    def say(message):
        line = f"{time.strftime('%H:%M:%S')} {message}"
        print(line, flush=True)
        log.write(line + "\n"); log.flush()

    tokenizer = WordPiece(args.vocab)
    articles = list(polnear.load(args.root, "train"))
    held_out = [a for i, a in enumerate(articles) if i % 10 == 0]
    training = [a for i, a in enumerate(articles) if i % 10 != 0]
    train_windows = encode(tokenizer, training)
    held_windows = encode(tokenizer, held_out)
    say(f"articles {len(training)} train / {len(held_out)} held out; windows {len(train_windows)} / {len(held_windows)}; "
        f"layers {args.layers}; args {vars(args)}")

    model = bert.Tagger(args.layers)
    model.load_base(args.base)
    model.word.weight.requires_grad_(False)  # the embedding table stays the base model's (and is quantised as is)
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(train_windows) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    warmup = max(1, total // 20)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))

    state_path = os.path.join(args.out, "checkpoint.pt")
    step, epoch = 0, 0
    if os.path.exists(state_path):
        state = torch.load(state_path)
        model.load_state_dict(state["model"]); optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"]); step, epoch = state["step"], state["epoch"]
        random.setstate(state["random"])
        if "torch_random" in state:
            torch.set_rng_state(state["torch_random"])
        say(f"resumed at step {step} (epoch {epoch})")

    def save(tag):
        state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                 "step": step, "epoch": epoch, "random": random.getstate(), "torch_random": torch.get_rng_state(),
                 "layers": args.layers}
        torch.save(state, state_path + ".tmp")
        os.replace(state_path + ".tmp", state_path)
        torch.save({"model": model.state_dict(), "layers": args.layers, "step": step}, os.path.join(args.out, f"model-{tag}.pt"))

    model.train()
    last_save = time.time()
    while epoch < args.epochs:
        order = list(range(len(train_windows)))
        random.Random(args.seed + epoch).shuffle(order)
        shuffled = [train_windows[i] for i in order]
        skip = step - epoch * steps_per_epoch
        started, tokens = time.time(), 0
        for b, (ids, mask, labels) in enumerate(batches(shuffled, args.batch, tokenizer.pad)):
            if b < skip:
                continue
            loss = loss_of(model(ids, mask), labels)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimizer.step(); scheduler.step()
            step += 1
            tokens += int(mask.sum())
            if step % 50 == 0:
                say(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} lr {scheduler.get_last_lr()[0]:.2e} "
                    f"{tokens / (time.time() - started):.0f} tokens/s")
            if time.time() - last_save > args.checkpoint_minutes * 60:
                save(f"step{step}")
                say(f"checkpoint at step {step}; held-out token F1 {json.dumps(evaluate(model, held_windows, tokenizer.pad))}")
                last_save = time.time()
        epoch += 1
        save(f"epoch{epoch}")
        say(f"epoch {epoch} done; held-out token F1 {json.dumps(evaluate(model, held_windows, tokenizer.pad))}")
        last_save = time.time()
    say("finished")


if __name__ == "__main__":
    main()
