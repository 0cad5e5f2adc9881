#!/usr/bin/env bash
# Dumps the CLI's jsonl for the seeds, the PolNeAR dev and train texts and the Readability pages into one folder, so
# that a change can be checked to leave every result byte-identical:
#   tests/StatementKit.Benchmarks/dump-results.sh /tmp/before [fast|accurate]   # change, rebuild, dump again, diff -r
# The mode defaults to fast (the rules alone); accurate is the rules with the learnt tagger (StatementKit.Neural), the
# CLI's own default. Run from the repository root; needs ../shared (evaluation data, never copied into the repository).
set -euo pipefail
out=${1:?usage: dump-results.sh OUTPUT-FOLDER [fast|accurate]}
requested=${2:-fast}
case $requested in
  fast|accurate) ;;
  *) echo "dump-results.sh: mode must be fast or accurate, not '$requested'" >&2; exit 2 ;;
esac
mkdir -p "$out"
dotnet build samples/StatementKit.Cli -c Release -v q -nologo >/dev/null
# The CLI is built for the SDK's runtime identifier (its output folder names it).
dll=
for candidate in samples/StatementKit.Cli/bin/Release/net10.0/*/StatementKit.Cli.dll samples/StatementKit.Cli/bin/Release/net10.0/StatementKit.Cli.dll; do
  if [[ -f $candidate ]]; then dll=$candidate; break; fi
done
mode=()
if dotnet "$dll" analyze --help 2>/dev/null | grep -q -- '--mode'; then
  mode=(--mode "$requested")
elif [[ $requested != fast ]]; then
  echo "dump-results.sh: this CLI has no --mode option" >&2; exit 2
fi
cli=(dotnet "$dll" analyze "${mode[@]}" --format jsonl)
"${cli[@]}" samples/articles/*.txt >"$out/seeds.jsonl"
for split in dev train; do
  "${cli[@]}" ../shared/eval/polnear/$split/text >"$out/polnear-$split.jsonl"
done
"${cli[@]}" ../shared/html/readability-test-pages/*/source.html >"$out/readability.jsonl"
wc -l "$out"/*.jsonl | tail -1
