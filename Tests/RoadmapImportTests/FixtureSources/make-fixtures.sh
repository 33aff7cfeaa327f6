#!/bin/sh
# Writes the .fods tables and has LibreOffice save each as .xlsx in ../Fixtures.
# Run by hand once (needs libreoffice-calc-nogui); the tests need only the .xlsx.
set -e
cd "$(dirname "$0")"
python3 make_fods.py
soffice --headless --convert-to xlsx --outdir ../Fixtures akimat-kk.fods akimat-ru.fods bad-rows.fods
