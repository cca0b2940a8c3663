#!/usr/bin/env bash
# Held-out politics news (100 VNTC politics articles, bench/heldout-politics/README.md). Usage: bench/heldout-politics.sh [JSONL] [eval options]
exec "$(dirname "$0")/heldout.sh" politics "$@"
