#!/usr/bin/env bash
# Retrains the accurate mode's tagger from scratch and installs it in the package (see README.md beside this file).
#   tools/training/retrain.sh WORK_DIR      (run from the repository root; PolNeAR at ../shared/eval/polnear)
# Steps: extract the base model from NuGet, fine-tune on PolNeAR train less its held-out tenth (one CPU thread,
# seed 17), export to ONNX and quantise to int8, copy into src/StatementKit.Neural/Model, score the held-out tenth.
set -euo pipefail
work=$(realpath -m "${1:?usage: retrain.sh WORK_DIR}")
here=$(dirname "$0")
python=/usr/bin/python3   # Debian's python3 with python3-torch, python3-onnx, python3-numpy and libopenblas0-openmp
mkdir -p "$work"
[ -f "$work/base/model.onnx" ] || "$here/extract-base-model.sh" "$work/base"
cmp -s "$work/base/vocab.txt" src/StatementKit.Neural/Model/vocab.txt || { echo "vocab.txt differs from the package's" >&2; exit 1; }
"$python" "$here/train.py" --base "$work/base/model.onnx" --vocab "$work/base/vocab.txt" --out "$work/run" --layers 3 --epochs 4 --seed 17
"$python" "$here/export.py" "$work/run/model-epoch4.pt" "$work/statement-tagger.onnx"
cp "$work/statement-tagger.onnx" src/StatementKit.Neural/Model/statement-tagger.onnx
dotnet run --project tests/StatementKit.Evaluation -c Release -- --mode accurate --split train --held-out-tenth
