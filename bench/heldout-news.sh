#!/usr/bin/env bash
# Held-out national news (82 VNTC other-topics articles, bench/heldout-news/README.md). Usage: bench/heldout-news.sh [JSONL] [eval options]
exec "$(dirname "$0")/heldout.sh" news "$@"
