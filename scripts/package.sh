#!/usr/bin/env bash
# Builds the zip-deployable Function app package: artifacts/deadlinebot-functions.zip
#
#   scripts/package.sh [OUTPUT.zip]
#
# The package is `dotnet publish` of Functions/, a .NET isolated worker app, in the layout zip deploy and
# `func azure functionapp publish` expect: host.json, functions.metadata (every function and its bindings,
# generated from the [Function] attributes), worker.config.json (how the host starts the worker),
# extensions.json with .azurefunctions/ (the host's binding extensions), and the app's assemblies.
# Framework-dependent for linux-x64: the dotnet-isolated 10.0 runtime of Flex Consumption supplies .NET; the
# assemblies are ReadyToRun, so a cold start compiles less. local.settings.json is never packaged.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/deadlinebot-functions.zip}
project=${DEADLINEBOT_FUNCTIONS_PROJECT:-Functions/Functions.csproj}
build=artifacts/package-build

die() { echo "package: $*" >&2; exit 1; }

[ -f "$project" ] || die "$project is missing"
stage=$(mktemp -d "${TMPDIR:-/tmp}/deadlinebot-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$(dirname "$out")"

echo "package: publishing $project (Release, linux-x64, framework-dependent, ReadyToRun)" >&2
# Own artifacts path (kept for incremental builds): publishing for linux-x64 must not disturb the checkout's bin/ and obj/.
# Workstation GC: a Flex instance is one small worker (512 MB by default).
dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$build" -p:ServerGarbageCollection=false \
  -o "$stage" -nologo -v quiet >&2 \
  || die "dotnet publish failed"
rm -f "$stage/local.settings.json"

# What the host reads first must be there, and name what is there.
for file in host.json functions.metadata worker.config.json extensions.json; do
  [ -s "$stage/$file" ] || die "the publish output has no $file: is $project an isolated worker app (Microsoft.Azure.Functions.Worker.Sdk)?"
done
[ -d "$stage/.azurefunctions" ] || die "the publish output has no .azurefunctions/ (the host's binding extensions)"
python3 - "$stage" <<'PY' || die "the publish output does not hold what its host files name"
import json, os, sys
root = sys.argv[1]
worker = json.load(open(os.path.join(root, "worker.config.json"), encoding="utf-8"))["description"]
assert worker.get("language") == "dotnet-isolated", f"worker.config.json: language {worker.get('language')!r}"
assert os.path.isfile(os.path.join(root, worker["defaultWorkerPath"])), f"no {worker['defaultWorkerPath']}"
functions = json.load(open(os.path.join(root, "functions.metadata"), encoding="utf-8"))
assert isinstance(functions, list) and functions, "functions.metadata lists no function"
host = json.load(open(os.path.join(root, "host.json"), encoding="utf-8"))
assert "customHandler" not in host, "host.json still configures a custom handler"
PY

# Zip with Unix modes kept (python3 -m zipfile drops them), entries sorted and dated alike so the
# same input gives the same bytes.
python3 - "$stage" "$out" <<'PY'
import os, stat, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
entries = []
for folder, _, files in os.walk(root):
    for name in files:
        path = os.path.join(folder, name)
        entries.append((os.path.relpath(path, root).replace(os.sep, "/"), path))
with zipfile.ZipFile(target + ".tmp", "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
    for name, path in sorted(entries):
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.create_system = 3  # Unix, so external_attr carries the mode
        info.external_attr = (stat.S_IFREG | stat.S_IMODE(os.stat(path).st_mode)) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(path, "rb") as source:
            archive.writestr(info, source.read())
os.replace(target + ".tmp", target)
PY

count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$stage/functions.metadata")
size=$(du -h "$out" | cut -f1)
echo "package: $out ($size, $count functions)" >&2
echo "$out"
