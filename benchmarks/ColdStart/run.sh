#!/usr/bin/env bash
# Cold start: the time from constructing a client to the first item, for the SDK and the raw HttpClient + STJ loop,
# JIT (framework-dependent) and Native AOT, against a page server that is already running (the benchmark program's
# `serve` mode, started here). Each combination runs RUNS times, SDK and raw interleaved; medians are reported.
#
#   benchmarks/ColdStart/run.sh                # publish both builds, then measure
#   RUNS=31 benchmarks/ColdStart/run.sh --no-publish
#
# Prints a Markdown table and writes the SDK/raw ratios to artifacts/coldstart/ratios.json (the format `compare` reads).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-15}
out=artifacts/coldstart
bench=benchmarks/IdentityProviders.Benchmarks

if [[ "${1:-}" != "--no-publish" ]]; then
  dotnet publish benchmarks/ColdStart -c Release -p:PublishAot=false -o "$out/jit" >/dev/null
  dotnet publish benchmarks/ColdStart -c Release -r linux-x64 -o "$out/native" >/dev/null
  dotnet build "$bench" -c Release >/dev/null
fi

# The page server: a separate process, started once, serving 10,000 providers per vendor.
server_log=$(mktemp)
"$bench/bin/Release/net10.0/IdentityProviders.Benchmarks" serve --port 0 --totals 10000 >"$server_log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$server_log"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$server_log" && break; sleep 0.1; done
root="$(sed -n 's/.*listening on //p' "$server_log")n10000/"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# run <binary...> <vendor> <path>: prints "<first-item ms> <whole process ms>"
run() {
  local start end line
  start=$(date +%s%N)
  line=$("$@")
  end=$(date +%s%N)
  echo "$(sed -n 's/.*first-item-ms=\([0-9.]*\).*/\1/p' <<<"$line") $(( (end - start) / 1000 ))" | awk '{ printf "%s %.2f\n", $1, $2 / 1000 }'
}

echo "// Cold start, $runs runs each (medians), server $root; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| vendor | runtime | raw: client → first item | SDK: client → first item | ratio | raw: whole process | SDK: whole process | ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
json="[]"
for vendor in keycard cloudflare zitadel waldur; do
  for runtime in jit native; do
    if [[ $runtime == jit ]]; then bin=(dotnet "$out/jit/ColdStart.dll"); else bin=("$out/native/ColdStart"); fi
    "${bin[@]}" "$vendor" sdk "$root" >/dev/null   # warm the file cache
    raw_first=(); raw_proc=(); sdk_first=(); sdk_proc=()
    for _ in $(seq "$runs"); do
      read -r f p < <(run "${bin[@]}" "$vendor" raw "$root"); raw_first+=("$f"); raw_proc+=("$p")
      read -r f p < <(run "${bin[@]}" "$vendor" sdk "$root"); sdk_first+=("$f"); sdk_proc+=("$p")
    done
    rf=$(printf '%s\n' "${raw_first[@]}" | median); sf=$(printf '%s\n' "${sdk_first[@]}" | median)
    rp=$(printf '%s\n' "${raw_proc[@]}" | median); sp=$(printf '%s\n' "${sdk_proc[@]}" | median)
    fr=$(awk -v a="$sf" -v b="$rf" 'BEGIN { printf "%.2f", a / b }'); pr=$(awk -v a="$sp" -v b="$rp" 'BEGIN { printf "%.2f", a / b }')
    echo "| $vendor | $runtime | $rf ms | $sf ms | **$fr** | $rp ms | $sp ms | $pr |"
    name="ColdStart/Vendor=${vendor^}/${runtime}"
    json=$(jq -c --arg n "$name" --argjson fr "$fr" --argjson pr "$pr" --argjson rf "$rf" --argjson sf "$sf" --argjson rp "$rp" --argjson sp "$sp" \
      '. + [{name: $n, metric: "first-item", ratio: $fr, error: 0, baseline: $rf, value: $sf, unit: "ms"},
            {name: $n, metric: "process", ratio: $pr, error: 0, baseline: $rp, value: $sp, unit: "ms"}]' <<<"$json")
  done
done
jq -n --arg m "$(uname -sr), $(nproc) cores" --arg d "$(date -u +%FT%TZ)" --argjson e "$json" '{machine: $m, date: $d, entries: $e}' >"$out/ratios.json"
echo
echo "// Ratios written to $out/ratios.json"
