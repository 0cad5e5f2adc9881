#!/usr/bin/env bash
# Dumps the CLI's jsonl for the seeds, the PolNeAR dev and train texts and the Readability pages into one folder, so
# that an optimisation can be checked to leave every result byte-identical:
#   tests/StatementKit.Benchmarks/dump-results.sh /tmp/before   # then change, rebuild, dump to /tmp/after, diff -r
# Run from the repository root; needs ../shared (evaluation data, never copied into the repository).
set -euo pipefail
out=${1:?usage: dump-results.sh OUTPUT-FOLDER}
mkdir -p "$out"
dotnet build samples/StatementKit.Cli -c Release -v q -nologo >/dev/null
# The CLI is built for the SDK's runtime identifier (its output folder names it) and reads in the accurate mode by
# default: the rules' (fast) mode is the one optimised here, so it is asked for.
dll=
for candidate in samples/StatementKit.Cli/bin/Release/net10.0/*/StatementKit.Cli.dll samples/StatementKit.Cli/bin/Release/net10.0/StatementKit.Cli.dll; do
  if [[ -f $candidate ]]; then dll=$candidate; break; fi
done
mode=()
if dotnet "$dll" analyze --help 2>/dev/null | grep -q -- '--mode'; then mode=(--mode fast); fi
cli=(dotnet "$dll" analyze "${mode[@]}" --format jsonl)
"${cli[@]}" samples/articles/*.txt >"$out/seeds.jsonl"
for split in dev train; do
  "${cli[@]}" ../shared/eval/polnear/$split/text >"$out/polnear-$split.jsonl"
done
"${cli[@]}" ../shared/html/readability-test-pages/*/source.html >"$out/readability.jsonl"
wc -l "$out"/*.jsonl | tail -1
