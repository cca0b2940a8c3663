#!/usr/bin/env bash
# One `search` process, start to exit: the JIT build (baseline), ReadyToRun and the native (AOT) build
# that `./agreements` runs, interleaved over the same store in one run. Usage:
#   bench/startup.sh [ROUNDS] [DB]   (default 10 rounds over a fresh store of corpus/ and seeds/)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "building the three kinds into $out ..." >&2
dotnet build src/Cli -c Release -nologo -o "$out/jit" >/dev/null
dotnet publish src/Cli -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -nologo -o "$out/r2r" >/dev/null
dotnet publish src/Cli -c Release --use-current-runtime -p:PublishAot=true -nologo -o "$out/native" >/dev/null
db="${2:-$out/store.db}"
if [ -z "${2:-}" ]; then
  "$out/native/Extraction.Cli" ingest corpus seeds --db "$db" -q
fi
declare -A cmd=([jit]="dotnet $out/jit/Extraction.Cli.dll" [r2r]="dotnet $out/r2r/Extraction.Cli.dll" [native]="$out/native/Extraction.Cli")
kinds=(jit r2r native)
for k in "${kinds[@]}"; do ${cmd[$k]} search --db "$db" "giam ngheo" >/dev/null; done  # warm the file cache
for ((i = 0; i < rounds; i++)); do
  for k in "${kinds[@]}"; do
    /usr/bin/time -f "$k %e %U %S" -a -o "$out/times" ${cmd[$k]} search --db "$db" "giam ngheo" >/dev/null
  done
done
python3 - "$out/times" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    k, wall, user, sys_ = line.split()
    rows.setdefault(k, []).append((float(wall), float(user) + float(sys_)))
base = statistics.mean(w for w, _ in rows["jit"])
print(f"{'build':8} {'wall mean':>10} {'wall min':>9} {'CPU mean':>9} {'vs JIT':>7}")
for k in ("jit", "r2r", "native"):
    walls = [w for w, _ in rows[k]]; cpus = [c for _, c in rows[k]]
    print(f"{k:8} {statistics.mean(walls):9.3f}s {min(walls):8.3f}s {statistics.mean(cpus):8.3f}s {statistics.mean(walls) / base:6.2f}x")
PY
