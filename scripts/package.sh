#!/usr/bin/env bash
# Builds the zip-deployable Function app package: artifacts/deadlinebot-functions.zip
#
#   scripts/package.sh [OUTPUT.zip]
#
# Layout of the zip (what the Functions host expects of a custom handler):
#   host.json                   from Functions/FunctionApp/
#   <Function>/function.json    one folder per function, from Functions/FunctionApp/
#   <dir of the executable>/    `dotnet publish` of Functions/, self-contained for linux-x64: the Flex
#                               Consumption image has no .NET runtime for custom handlers, so the app
#                               carries its own (the runtime packs restore from the package feed).
# The executable is host.json's customHandler.description.defaultExecutablePath; its execute bit is
# kept in the zip. local.settings.json is never packaged.
#
# DEADLINEBOT_FUNCTION_APP_DIR overrides Functions/FunctionApp (to check another layout).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/deadlinebot-functions.zip}
app_dir=${DEADLINEBOT_FUNCTION_APP_DIR:-Functions/FunctionApp}
build=artifacts/package-build

die() { echo "package: $*" >&2; exit 1; }

[ -d "$app_dir" ] || die "$app_dir is missing: it holds host.json and one folder per function"
[ -f "$app_dir/host.json" ] || die "$app_dir/host.json is missing"

# The executable host.json names, relative to the package root (checked again after publishing).
exe=$(python3 - "$app_dir/host.json" <<'PY'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        host = json.load(f)
    path = host["customHandler"]["description"]["defaultExecutablePath"]
except (ValueError, KeyError, TypeError) as error:
    sys.exit(f"host.json: no customHandler.description.defaultExecutablePath ({error!r})")
if not isinstance(path, str) or not path or path.startswith("/") or ".." in path.split("/"):
    sys.exit(f"host.json: defaultExecutablePath must be a relative path inside the package, not {path!r}")
print(path)
PY
) || die "host.json does not name the custom handler executable"

functions=$(find "$app_dir" -mindepth 2 -maxdepth 2 -name function.json | sort)
[ -n "$functions" ] || die "$app_dir has no <Function>/function.json"

stage=$(mktemp -d "${TMPDIR:-/tmp}/deadlinebot-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$(dirname "$out")"

# Host files and function folders; never local settings.
cp -R "$app_dir/." "$stage/"
find "$stage" -name local.settings.json -delete

exe_dir=$(dirname "$exe")
echo "package: publishing Functions/ (Release, linux-x64, self-contained) into $exe_dir/" >&2
# Own artifacts path (kept for incremental builds): publishing for linux-x64 must not disturb the
# checkout's bin/ and obj/.
# Workstation GC: a Flex instance is one small worker (512 MB by default).
dotnet publish Functions/Functions.csproj -c Release -r linux-x64 --self-contained \
  --artifacts-path "$build" -p:ServerGarbageCollection=false \
  -o "$stage/$exe_dir" -nologo -v quiet >&2 \
  || die "dotnet publish failed"

[ -f "$stage/$exe" ] || die "host.json names '$exe' but the publish output has no such file"
chmod 755 "$stage/$exe"
rm -f "$stage/$exe_dir/local.settings.json"

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

count=$(printf '%s\n' "$functions" | wc -l)
size=$(du -h "$out" | cut -f1)
echo "package: $out ($size, $count functions, executable $exe)" >&2
echo "$out"
