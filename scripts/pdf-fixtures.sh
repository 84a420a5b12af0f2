#!/usr/bin/env bash
# Rebuilds the committed copies of the sample plans: Tests/Fixtures/Plans/Samples/ (the Word and PdfPig PDF copies the
# tests build, which the benchmark reads) and Tests/Fixtures/Plans/LibreOffice/ (the Word copies printed to PDF by
# LibreOffice headless). Needs soffice (apt-get install libreoffice-writer-nogui) and a built Tests project (Release).
# The tests never run LibreOffice: they read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DEADLINEBOT_WRITE_SAMPLE_COPIES="$work" dotnet test Tests/Tests.csproj -c Release --no-build -- --filter "FullyQualifiedName~SampleCopiesWriter" >/dev/null
cp "$work"/*.docx "$work"/*.pdf Tests/Fixtures/Plans/Samples/
mkdir -p "$work/lo" Tests/Fixtures/Plans/LibreOffice
soffice --headless --convert-to pdf --outdir "$work/lo" "$work"/*.docx >/dev/null
cp "$work"/lo/*.pdf Tests/Fixtures/Plans/LibreOffice/
soffice --version | tee Tests/Fixtures/Plans/LibreOffice/producer.txt
