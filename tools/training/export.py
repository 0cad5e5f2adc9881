"""Exports a trained tagger checkpoint to ONNX and writes an int8 copy (dynamic quantisation, with python3-onnx only).

  /usr/bin/python3 tools/training/export.py CHECKPOINT.pt OUT.onnx
Graph: inputs input_ids, attention_mask (int64 [batch, seq]); output logits (float [batch, seq, 9]: cue O/B/I,
source O/B/I, content O/B/I). Quantisation:
  - every MatMul with a constant weight becomes com.microsoft DynamicQuantizeMatMul (the activation quantised to
    uint8 per tensor at run time, the weight int8 symmetric per output column);
  - the word-embedding table is stored int8 with a scale per row (Gather int8 rows, Cast, Mul by the row scales).
"""
import os
import sys

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bert  # noqa: E402


def export_fp32(checkpoint, path):
    state = torch.load(checkpoint)
    model = bert.Tagger(state["layers"])
    model.load_state_dict(state["model"])
    model.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    torch.onnx.export(model, (ids, mask), path, input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}},
                      opset_version=13, do_constant_folding=True)
    return model


def quantise(source, target):
    model = onnx.load(source)
    graph = model.graph
    init = {t.name: t for t in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    new_nodes, dropped = [], set()
    new_inits = []
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in init and len(init[node.input[1]].dims) == 2:
            weight = numpy_helper.to_array(init[node.input[1]]).astype(np.float32)
            scale = np.maximum(np.abs(weight).max(axis=0), 1e-8) / 127.0
            quantised = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
            base = node.input[1]
            new_inits += [numpy_helper.from_array(quantised, base + "_int8"),
                          numpy_helper.from_array(scale.astype(np.float32), base + "_scale")]
            dropped.add(base)
            new_nodes.append(helper.make_node("DynamicQuantizeMatMul", [node.input[0], base + "_int8", base + "_scale"],
                                              list(node.output), name=(node.name or base) + "_quant", domain="com.microsoft"))
        elif node.op_type == "Gather" and node.input[0] in init and len(init[node.input[0]].dims) == 2 \
                and init[node.input[0]].dims[0] > 10000:
            table = numpy_helper.to_array(init[node.input[0]]).astype(np.float32)
            scale = np.maximum(np.abs(table).max(axis=1), 1e-8) / 127.0
            quantised = np.clip(np.round(table / scale[:, None]), -127, 127).astype(np.int8)
            base = node.input[0]
            new_inits += [numpy_helper.from_array(quantised, base + "_int8"),
                          numpy_helper.from_array(scale.astype(np.float32)[:, None], base + "_scale")]
            dropped.add(base)
            rows, row_scales, rows_float = base + "_rows", base + "_row_scales", base + "_rows_float"
            new_nodes += [helper.make_node("Gather", [base + "_int8", node.input[1]], [rows], axis=0),
                          helper.make_node("Gather", [base + "_scale", node.input[1]], [row_scales], axis=0),
                          helper.make_node("Cast", [rows], [rows_float], to=TensorProto.FLOAT),
                          helper.make_node("Mul", [rows_float, row_scales], list(node.output))]
        else:
            new_nodes.append(node)
    kept = [t for t in graph.initializer if t.name not in dropped]
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    del graph.node[:]
    graph.node.extend(new_nodes)
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.checker.check_model(model)
    onnx.save(model, target)


def main():
    torch.set_num_threads(1)
    checkpoint, target = sys.argv[1], sys.argv[2]
    fp32 = target.replace(".onnx", ".fp32.onnx")
    export_fp32(checkpoint, fp32)
    quantise(fp32, target)
    print(f"{fp32}: {os.path.getsize(fp32)} bytes; {target}: {os.path.getsize(target)} bytes")


if __name__ == "__main__":
    main()
