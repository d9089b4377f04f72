#!/usr/bin/env bash
# Fuzzes NegotiationModel with AFL++ through SharpFuzz, time-boxed. Not run in CI.
#
#   tests/NegotiationModel.Fuzz/run-fuzz.sh [seconds]     (default 1800)
#
# Installs what it needs (afl++ via apt when missing; the SharpFuzz.CommandLine dotnet tool into
# $FUZZ_WORK/tools), publishes the harness, instruments NegotiationModel.dll, seeds the corpus from
# docs/samples, the test fixtures and the hostile corpus, runs one afl-fuzz process and prints findings.
# Environment: FUZZ_WORK (default /tmp/negotiation-fuzz), FUZZ_TIMEOUT_MS (default 10000).
set -euo pipefail

seconds="${1:-1800}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${FUZZ_WORK:-/tmp/negotiation-fuzz}"
timeout_ms="${FUZZ_TIMEOUT_MS:-10000}"
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null; then
  echo "Installing afl++..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y afl++; else sudo apt-get install -y afl++; fi
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  echo "Installing SharpFuzz.CommandLine..."
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
fi

echo "Publishing the harness..."
rm -rf "$work/bin"
dotnet publish "$here/NegotiationModel.Fuzz.csproj" -c Release -o "$work/bin" -nologo -v quiet
echo "Instrumenting NegotiationModel.dll..."
"$work/tools/sharpfuzz" "$work/bin/NegotiationModel.dll"

echo "Seeding the corpus..."
rm -rf "$work/in"
mkdir -p "$work/in"
i=0
while IFS= read -r -d '' f; do
  # AFL++ wants small seeds; the large samples still go in (about 110 kB) so the fuzzer sees every entity kind.
  [ "$(stat -c %s "$f")" -le 1048576 ] || continue
  cp "$f" "$work/in/seed-$i-$(basename "$f")"
  i=$((i + 1))
done < <(find "$root/docs/samples" "$root/tests/NegotiationModel.Tests/Fixtures" "$root/tests/NegotiationModel.Tests/Robustness/Corpus" -type f -name '*.json' -print0 2>/dev/null)
echo "$i seed files."

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
out="$work/out"
input="$work/in"
# FUZZ_RESUME=1 continues an earlier run in $out instead of starting from the seeds.
if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$out/default/queue" ]; then input=-; fi
echo "Running afl-fuzz for $seconds s (output in $out)..."
afl-fuzz -i "$input" -o "$out" -x "$here/negotiation.dict" -t "$timeout_ms" -m none -V "$seconds" \
  -- dotnet "$work/bin/NegotiationModel.Fuzz.dll" || true

echo
echo "== afl-fuzz statistics =="
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability)' "$out/default/fuzzer_stats" || true
shopt -s nullglob
crashes=("$out"/default/crashes/id:*)
hangs=("$out"/default/hangs/id:*)
echo "== findings: ${#crashes[@]} crash file(s), ${#hangs[@]} hang file(s) in $out/default =="
if [ ${#crashes[@]} -gt 0 ]; then
  dotnet "$work/bin/NegotiationModel.Fuzz.dll" --replay "${crashes[@]}" | grep -E '^(ok|CRASH)' | cut -c1-400 || true
fi
