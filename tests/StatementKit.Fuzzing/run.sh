#!/usr/bin/env bash
# Coverage-guided fuzzing of StatementKit's text and HTML entry points (issue #13) with AFL++ and SharpFuzz.
#
#   tests/StatementKit.Fuzzing/run.sh text|html [SECONDS] [WORK_DIR]
#
# Installs AFL++ (Debian's afl++) and the SharpFuzz.CommandLine tool when missing, publishes this project, instruments
# StatementKit.dll, seeds AFL with samples/articles (text) or corpus/html (hand-written hostile pages) plus corpus/text,
# and fuzzes for SECONDS (default 600) at low priority. Findings land in WORK_DIR/findings-TARGET/default/{crashes,hangs};
# replay one on an uninstrumented build with:  dotnet run --project tests/StatementKit.Fuzzing -c Release -- TARGET --repro FILE
set -euo pipefail
target=${1:-text}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${3:-$here/out}
case "$target" in text|html) ;; *) echo "usage: $0 text|html [SECONDS] [WORK_DIR]" >&2; exit 2 ;; esac
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: installing afl++ from Debian's packages" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

# A fresh publish each run: sharpfuzz rewrites the assembly in place and must not instrument it twice.
if [ ! -f "$work/bin/.instrumented" ]; then
  rm -rf "$work/bin"
  dotnet publish "$here/StatementKit.Fuzzing.csproj" -c Release -o "$work/bin" >/dev/null
  "$work/tools/sharpfuzz" "$work/bin/StatementKit.dll"
  touch "$work/bin/.instrumented"
fi

inputs="$work/inputs-$target"
rm -rf "$inputs" && mkdir -p "$inputs"
cp "$here/corpus/text/"* "$inputs/"
if [ "$target" = text ]; then cp "$root/samples/articles/"*.txt "$inputs/"; else cp "$here/corpus/html/"* "$inputs/"; fi

# The .NET host is no AFL-compiled binary (SharpFuzz speaks AFL's fork-server protocol itself), memory is the
# runtime's own business (-m none), and the machine is shared: no core pinning, low priority. A resumed run keeps
# its queue (-i -).
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
findings="$work/findings-$target"
input_arg="$inputs"; [ -d "$findings/default/queue" ] && input_arg=-
exec nice -n 10 afl-fuzz -i "$input_arg" -o "$findings" -t 5000 -m none -V "$seconds" \
  -- dotnet "$work/bin/StatementKit.Fuzzing.dll" "$target"
