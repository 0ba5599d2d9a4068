#!/usr/bin/env bash
# Runs `dyad extract` over a folder of articles and scores it against a gold file with the
# shared scorer. Usage: score_extraction.sh DYAD SCORER GOLD ARTICLES [scorer thresholds...]
# Exits 77 (skipped) when the scorer or the articles are absent.
set -u
dyad=$1 scorer=$2 gold=$3 articles=$4
shift 4
if [ ! -f "$scorer" ] || [ ! -e "$articles" ] || [ ! -f "$gold" ]; then
    echo "SKIP: the scorer, the gold file or the articles are absent (../shared is needed): $scorer $articles"
    exit 77
fi
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
"$dyad" extract "$articles" > "$out"
status=$?
if [ $status -ne 0 ]; then
    echo "dyad extract exited with status $status"
    exit 1
fi
python3 "$scorer" "$gold" "$out" --verbose "$@"
