"""A BERT encoder in plain PyTorch whose weights are read from the base model's ONNX file, with a tagging head."""
import math

import onnx
import torch
from onnx import numpy_helper
from torch import nn

HIDDEN, HEADS, INTERMEDIATE, EPS = 384, 12, 1536, 1e-12
ROLE_COUNT, TAG_COUNT = 3, 3


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attention_output = nn.Linear(HIDDEN, HIDDEN)
        self.attention_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.intermediate = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, additive_mask):
        b, s, _ = x.shape
        head = HIDDEN // HEADS

        def split(t):
            return t.view(b, s, HEADS, head).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(head) + additive_mask
        probs = self.dropout(torch.softmax(scores, dim=-1))
        context = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, HIDDEN)
        x = self.attention_norm(x + self.dropout(self.attention_output(context)))
        h = self.output(nn.functional.gelu(self.intermediate(x)))
        return self.output_norm(x + self.dropout(h))


class Tagger(nn.Module):
    """Encoder + linear head: logits [batch, seq, ROLE_COUNT * TAG_COUNT] (cue O/B/I, source O/B/I, content O/B/I)."""

    def __init__(self, layers):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.position = nn.Embedding(512, HIDDEN)
        self.token_type = nn.Embedding(2, HIDDEN)
        self.embedding_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, ROLE_COUNT * TAG_COUNT)

    def forward(self, input_ids, attention_mask):
        seq = input_ids.shape[1]
        positions = torch.arange(seq, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.position(positions) + self.token_type.weight[0]
        x = self.dropout(self.embedding_norm(x))
        additive = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, additive)
        return self.head(self.dropout(x))

    def load_base(self, onnx_path):
        """Copies the first len(self.layers) layers of the base model (MatMul weights are [in, out] there)."""
        model = onnx.load(onnx_path)
        init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
        matmuls = [n.input[1] for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in init]
        with torch.no_grad():
            self.word.weight.copy_(torch.from_numpy(init["embeddings.word_embeddings.weight"]))
            self.position.weight.copy_(torch.from_numpy(init["embeddings.position_embeddings.weight"]))
            self.token_type.weight.copy_(torch.from_numpy(init["embeddings.token_type_embeddings.weight"]))
            self.embedding_norm.weight.copy_(torch.from_numpy(init["embeddings.LayerNorm.weight"]))
            self.embedding_norm.bias.copy_(torch.from_numpy(init["embeddings.LayerNorm.bias"]))
            for i, layer in enumerate(self.layers):
                p = f"encoder.layer.{i}."
                weights = matmuls[6 * i: 6 * i + 6]
                pairs = [(layer.query, weights[0], "attention.self.query.bias"),
                         (layer.key, weights[1], "attention.self.key.bias"),
                         (layer.value, weights[2], "attention.self.value.bias"),
                         (layer.attention_output, weights[3], "attention.output.dense.bias"),
                         (layer.intermediate, weights[4], "intermediate.dense.bias"),
                         (layer.output, weights[5], "output.dense.bias")]
                for linear, weight, bias in pairs:
                    linear.weight.copy_(torch.from_numpy(init[weight]).t())
                    linear.bias.copy_(torch.from_numpy(init[p + bias]))
                layer.attention_norm.weight.copy_(torch.from_numpy(init[p + "attention.output.LayerNorm.weight"]))
                layer.attention_norm.bias.copy_(torch.from_numpy(init[p + "attention.output.LayerNorm.bias"]))
                layer.output_norm.weight.copy_(torch.from_numpy(init[p + "output.LayerNorm.weight"]))
                layer.output_norm.bias.copy_(torch.from_numpy(init[p + "output.LayerNorm.bias"]))
