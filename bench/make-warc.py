#!/usr/bin/env python3
"""Writes a WARC of N response records (text/plain, UTF-8) from the VNTC JSON Lines, cycling through the
articles (a cycle past the first gets its own URL and a numbered first line, so no two records are one page).
Usage: bench/make-warc.py OUT.warc [N] [JSONL]   (default N 10000, the VNTC politics file)"""
import json, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
src = sys.argv[3] if len(sys.argv) > 3 else "../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl"
texts = [json.loads(line)["text"] for line in open(src, encoding="utf-8") if line.strip()]
with open(out, "wb") as w:
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):
            text = f"Bản {i // len(texts) + 1}: {text}"
        body = text.encode("utf-8")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:012d}>\r\n"
                f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: http://vntc.example/{i}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
        w.write(head + http + b"\r\n\r\n")
