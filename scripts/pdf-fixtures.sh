#!/usr/bin/env bash
# Rebuilds the committed LibreOffice PDFs of the sample plans (Tests/Fixtures/Plans/LibreOffice/): the tests' Word
# copies (WordBuilder: numbered and bulleted lists, a bordered table, a running header and page numbers) printed by
# LibreOffice headless. Needs soffice (apt-get install libreoffice-writer-nogui) and a built Tests project (Release).
# The tests never run LibreOffice: they read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DEADLINEBOT_WRITE_WORD_COPIES="$work" dotnet test Tests/Tests.csproj -c Release --no-build -- --filter "FullyQualifiedName~WordCopiesWriter" >/dev/null
soffice --headless --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null
mkdir -p Tests/Fixtures/Plans/LibreOffice
cp "$work"/*.pdf Tests/Fixtures/Plans/LibreOffice/
soffice --version | tee Tests/Fixtures/Plans/LibreOffice/producer.txt
