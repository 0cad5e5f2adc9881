#!/usr/bin/env bash
# Dumps the CLI's jsonl for the seeds, the PolNeAR dev and train texts and the Readability pages into one folder, so
# that an optimisation can be checked to leave every result byte-identical:
#   tests/StatementKit.Benchmarks/dump-results.sh /tmp/before   # then change, rebuild, dump to /tmp/after, diff -r
# Run from the repository root; needs ../shared (evaluation data, never copied into the repository).
set -euo pipefail
out=${1:?usage: dump-results.sh OUTPUT-FOLDER}
mkdir -p "$out"
dotnet build samples/StatementKit.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet samples/StatementKit.Cli/bin/Release/net10.0/StatementKit.Cli.dll analyze --format jsonl)
"${cli[@]}" samples/articles/*.txt >"$out/seeds.jsonl"
for split in dev train; do
  "${cli[@]}" ../shared/eval/polnear/$split/text >"$out/polnear-$split.jsonl"
done
"${cli[@]}" ../shared/html/readability-test-pages/*/source.html >"$out/readability.jsonl"
wc -l "$out"/*.jsonl | tail -1
