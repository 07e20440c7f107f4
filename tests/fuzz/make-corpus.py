#!/usr/bin/env python3
"""Makes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/) from the fixtures.

Starts a private redis-server (a free port, never 6379), loads each fixture seed into it, asks it what
Relay Key Admin asks, and writes the raw RESP bytes of the real replies, the key hashes, records,
users and accounts in the input format of each target (see the comment at the top of each
fuzz_<target>.cpp), plus a few hand-written edge cases. The command lists mirror KeyStatsQuery and
RangeStatsReader; a seed that drifts from them only loses some coverage, never correctness.

Usage: tests/fuzz/make-corpus.py [--redis-server PATH]   (rewrites the corpus/*/seed-* files)
"""

import argparse
import hashlib
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
CORPUS = HERE / "corpus"
SEEDS = [("1.1.235", "seed.redis"), ("1.1.314", "seed.redis"), ("1.1.314", "seed-indexed.redis")]

# AccountTypes::all() order, with the key prefixes of AccountDirectory.
ACCOUNT_TYPES = [
    "claude:account:", "claude_console_account:", "openai:account:", "openai_responses_account:",
    "azure_openai:account:", "gemini_account:", "gemini_api_account:", "droid:account:", "ccr_account:",
    "bedrock_account:", "account_group:",
]
DISPLAY_FIELDS = ["name", "displayName", "email", "username", "description", "platform", "accountType",
                  "isActive", "schedulable", "status", "priority", "createdAt", "region"]
# UsageSeriesReader::usageFields() and modelFields().
SERIES_FIELDS = ["requests", "inputTokens", "outputTokens", "cacheCreateTokens", "cacheReadTokens", "allTokens",
                 "tokens"]
MODEL_FIELDS = ["requests", "inputTokens", "outputTokens", "cacheCreateTokens", "cacheReadTokens", "allTokens",
                "ratedCostMicro"]
DAILY_FIELDS = ["requests", "allTokens", "inputTokens", "outputTokens", "cacheCreateTokens",
                "cacheReadTokens", "tokens"]
# Names under apikey: that are no key (KeySchema::isReservedApiKeyName).
RESERVED = [b"apikey:hash_map", b"apikey:idx:", b"apikey:set:", b"apikey:tags:", b"apikey:index:",
            b"apikey:tag:", b"apikey:tmp:"]
# The view instant of the fixtures is 2026-02-02T10:00Z; TIMEZONE_OFFSET=8.
DATE, MONTH = "2026-02-02", "2026-02"
LAST7 = ["2026-01-27", "2026-01-28", "2026-01-29", "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"]


def resp_command(args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        a = a if isinstance(a, bytes) else a.encode()
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    return out


class Redis:
    """A minimal client that returns each reply's raw bytes as well as its value."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.buf = b""

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise RuntimeError("redis closed the connection")
        self.buf += chunk

    def _line(self, pos):
        while True:
            end = self.buf.find(b"\r\n", pos)
            if end >= 0:
                return self.buf[pos:end], end + 2
            self._fill()

    def _parse(self, pos):
        line, pos = self._line(pos)
        kind, rest = line[:1], line[1:]
        if kind in (b"+", b"-"):
            return (kind, rest), pos
        if kind == b":":
            return int(rest), pos
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None, pos
            while len(self.buf) < pos + n + 2:
                self._fill()
            return self.buf[pos:pos + n], pos + n + 2
        if kind == b"*":
            n = int(rest)
            if n < 0:
                return None, pos
            items = []
            for _ in range(n):
                item, pos = self._parse(pos)
                items.append(item)
            return items, pos
        raise RuntimeError("bad reply %r" % line)

    def raw(self, *commands):
        """Sends the commands as one pipeline; returns (raw bytes of all replies, values)."""
        self.sock.sendall(b"".join(resp_command(c) for c in commands))
        values, pos = [], 0
        for _ in commands:
            value, pos = self._parse(pos)
            values.append(value)
        raw, self.buf = self.buf[:pos], self.buf[pos:]
        return raw, values

    def call(self, *args):
        value = self.raw(args)[1][0]
        return value[1] if isinstance(value, tuple) else value


def resp_encode(v):
    """A reply value (as Redis._parse gives it) back as RESP bytes."""
    if v is None:
        return b"$-1\r\n"
    if isinstance(v, int):
        return b":%d\r\n" % v
    if isinstance(v, tuple):
        return v[0] + v[1] + b"\r\n"
    if isinstance(v, bytes):
        return b"$%d\r\n%s\r\n" % (len(v), v)
    return b"*%d\r\n" % len(v) + b"".join(resp_encode(e) for e in v)


def free_port():
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port != 6379:
            return port


class Corpus:
    def __init__(self):
        self.counts = {}
        self.seen = set()

    def add(self, target, data):
        digest = hashlib.sha1(data).hexdigest()
        if (target, digest) in self.seen:
            return
        self.seen.add((target, digest))
        folder = CORPUS / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ("seed-" + digest[:16])).write_bytes(data)
        self.counts[target] = self.counts.get(target, 0) + 1


def flat(values):
    """Replies in the notation of fuzz::flatReply (FuzzSupport.h): NUL-separated tokens."""
    tokens = []

    def add(v):
        if v is None:
            tokens.append(b"_")
        elif isinstance(v, int):
            tokens.append(b":%d" % v)
        elif isinstance(v, tuple):
            tokens.append(v[0] + v[1])
        elif isinstance(v, bytes):
            tokens.append(b"$" + v)
        else:
            tokens.append(b"*%d" % len(v))
            for e in v:
                add(e)

    for v in values:
        add(v)
    return b"\0".join(tokens)


def nul_pairs(pairs):
    return b"\0".join(x for p in pairs for x in p)


def scan_all(r, pattern):
    cursor, keys = b"0", []
    while True:
        cursor, batch = r.call("SCAN", cursor, "MATCH", pattern, "COUNT", "1000")
        keys += batch
        if cursor == b"0":
            return sorted(set(keys))


def from_seed(r, corpus, release, seed):
    r.call("FLUSHALL")
    with open(FIXTURES / ("crs-" + release) / seed, "rb") as f:
        subprocess.run(["redis-cli", "-p", str(r.port)], stdin=f, stdout=subprocess.DEVNULL, check=True)

    key_names = [k for k in scan_all(r, "apikey:*") if r.call("TYPE", k) == b"hash"]
    for name in key_names:
        raw, (values,) = r.raw(("HGETALL", name))
        pairs = list(zip(values[0::2], values[1::2]))
        hashtable = r.call("OBJECT", "ENCODING", name) == b"hashtable"
        if hashtable:
            # A big hash comes back in an order that changes from server to server: sorted, the
            # seed stays the same.
            pairs.sort()
            raw = resp_encode([x for p in pairs for x in p])
        corpus.add("apikey", nul_pairs(pairs))
        corpus.add("resp", raw)
        if any(name.startswith(p) for p in RESERVED):
            continue
        key_id = name[len(b"apikey:"):]
        weekly = scan_all(r, b"usage:opus:weekly:" + key_id + b":*")
        weekly = weekly[0] if weekly else b"usage:opus:weekly:" + key_id + b":2026-W06"
        commands = [
            ("HGETALL", name),
            ("HGETALL", b"usage:" + key_id),
            ("HGETALL", b"usage:daily:" + key_id + b":" + DATE.encode()),
            ("HGETALL", b"usage:monthly:" + key_id + b":" + MONTH.encode()),
            ("MGET", b"usage:cost:daily:" + key_id + b":" + DATE.encode(),
             b"usage:cost:monthly:" + key_id + b":" + MONTH.encode(), b"usage:cost:total:" + key_id,
             weekly, weekly, b"rate_limit:window_start:" + key_id, b"rate_limit:requests:" + key_id,
             b"rate_limit:tokens:" + key_id, b"rate_limit:cost:" + key_id, b"usage:claude:total:" + key_id),
            ("ZCOUNT", b"concurrency:" + key_id, "(1770026400000", "+inf"),
            ("LRANGE", b"usage:records:" + key_id, "0", "0"),
        ]
        raw, values = r.raw(*commands)
        if hashtable:
            values[0] = [x for p in pairs for x in p]
            raw = b"".join(resp_encode(v) for v in values)
        corpus.add("records", b"\x03" + bytes([release != "1.1.235"]) + flat(values))
        corpus.add("resp", raw)
        last7 = [("MGET", *[b"usage:cost:daily:" + key_id + b":" + d.encode() for d in LAST7])]
        last7 += [("HMGET", b"usage:daily:" + key_id + b":" + d.encode(), *DAILY_FIELDS) for d in LAST7]
        raw, values = r.raw(*last7)
        corpus.add("records", b"\x04\x00" + flat(values))
        raw, values = r.raw(("GET", b"usage:cost:total:" + key_id), ("HGETALL", b"usage:" + key_id))
        corpus.add("records", b"\x04\x02" + flat(values))
        models = scan_all(r, b"usage:" + key_id + b":model:daily:*")
        series = [("HMGET", b"usage:daily:" + key_id + b":" + d.encode(), *SERIES_FIELDS) for d in LAST7[-3:]]
        series += [("HMGET", m, *MODEL_FIELDS) for m in models[:6]]
        raw, values = r.raw(*series)
        corpus.add("records", b"\x06" + flat(values + [models]))
        raw, records = r.raw(("LRANGE", b"usage:records:" + key_id, "0", "-1"))
        if records[0]:
            corpus.add("records", b"\x05" + flat(records))
            for record in records[0][:4]:
                corpus.add("records", b"\x00" + record)

    for name in scan_all(r, "user:*"):
        if r.call("TYPE", name) == b"string":
            corpus.add("records", b"\x01" + r.call("GET", name))

    for index, prefix in enumerate(ACCOUNT_TYPES):
        for name in scan_all(r, prefix + "*"):
            kind = r.call("TYPE", name)
            if prefix == "bedrock_account:":
                raw, values = r.raw(("GET", name))
            elif kind == b"hash":
                raw, values = r.raw(("HLEN", name), ("HMGET", name, *DISPLAY_FIELDS))
            else:
                continue
            corpus.add("records", bytes([2, index]) + flat(values))
            corpus.add("resp", raw)

    # Replies of other shapes: SCAN (nested), a stream (depth 3), errors, sets, scores. (Nothing that
    # changes from run to run, such as INFO, so that the seeds stay the same.)
    for commands in (
        [("SCAN", "0", "MATCH", "usage:*:model:monthly:*", "COUNT", "1000")],
        [("DBSIZE",), ("TYPE", "billing:events"), ("TTL", "apikey:hash_map")],
        [("XRANGE", "billing:events", "-", "+", "COUNT", "3")],
        [("HGETALL", "usage:records:nonexistent"), ("GET", "apikey:hash_map")],
        [("SMEMBERS", "user:index"), ("ZRANGE", "cost_rank:daily", "0", "-1", "WITHSCORES")],
        [("MULTI",), ("HSET", "fuzz:x", "a", "1"), ("EXEC",)],
    ):
        raw, values = r.raw(*commands)
        if commands[0][0] == "SCAN":
            # SCAN's order changes from server to server: sorted, the seed stays the same.
            values = [[values[0][0], sorted(values[0][1])]]
            raw = resp_encode(values[0])
            corpus.add("records", b"\x05" + flat(values))
        if commands[0][0] == "SMEMBERS":
            values[0] = sorted(values[0])
            raw = b"".join(resp_encode(v) for v in values)
        corpus.add("resp", raw)
    for k in scan_all(r, "*"):
        if r.call("TYPE", k) == b"zset":
            raw, _ = r.raw(("ZRANGE", k, "0", "-1", "WITHSCORES"))
            corpus.add("resp", raw)


def handwritten(corpus):
    for data in (b"+OK\r\n", b"-ERR unknown command\r\n", b":0\r\n", b":-9223372036854775808\r\n",
                 b"$0\r\n\r\n", b"$-1\r\n", b"*-1\r\n", b"*0\r\n", b"*2\r\n$1\r\na\r\n*1\r\n:1\r\n",
                 b"*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n:7\r\n", b"$5\r\nab\r\n", b"*3\r\n$3\r\nSET",
                 b"+a\rb\r\n", b"HSET\0apikey:x\0name\0value with \r\n inside", b"PING"):
        corpus.add("resp", data)

    # records: the account kinds the seeds lack (bedrock's JSON string, a group, a missing key).
    corpus.add("records", bytes([2, 9]) + flat([b'{"name":"Bedrock","isActive":true,"priority":50,'
                                                 b'"region":"us-east-1","credentials":{"x":1}}']))
    corpus.add("records", bytes([2, 10]) + flat([4, [b"Claude pool", None, None, None, b"team a", b"claude"]]))
    corpus.add("records", bytes([2, 0]) + flat([(b"-", b"WRONGTYPE Operation against a key"), None]))
    corpus.add("records", bytes([3, 1]) + flat([[b"rateLimitWindow", b"60", b"createdAt", b"2026-01-01"],
                                                [b"totalTokens", b"1e30"], [], [],
                                                [b"1", b"2", b"3", None, None, b"1770026000000", b"5",
                                                 b"900719925474099312345", b"0.5", None], 3, []]))

    # apikey: the fixtures' odd values in small keys.
    for pairs in (
        [(b"id", b"k"), (b"tokenLimit", b"1e21"), (b"dailyCostLimit", b"-0"), (b"rateLimitCost", b"0x1F")],
        [(b"permissions", b"claude,gemini"), (b"tags", b'["a","\\u00e9",""]'), (b"isActive", b"True")],
        [(b"expiresAt", b"2026-13-01T00:00:00Z"), (b"createdAt", b"+275760-09-13T00:00:00.000Z"),
         (b"activatedAt", b"2026-02-02")],
        [(b"serviceRates", b'{"claude":1.5,"gemini":"x"}'),
         (b"openaiResponsesPayloadRules", b'[{"path":"a.b","valueType":"json","value":"{}"}]')],
        [(b"apiKey", b"f1e39d9f826aa5c2257eaadfb6276c91036bf8d03f57b87467733cda7575e00f"),
         (b"name", b"\xff\xfe bad utf-8"), (b"icon", b"data:image/png;base64,AAAA")],
    ):
        corpus.add("apikey", nul_pairs(pairs))

    # text: numbers as stored, doubles by bits, time, .env, releases, pasted keys.
    for text in (b"12.75", b"0", b"", b"-0", b"1e21", b"1e-7", b" 42abc", b"0x1F", b"Infinity", b"-.5e-3",
                 b"9007199254740993", b"123456789012345678901234567890", b"5e-324"):
        corpus.add("text", b"\x00" + text)
    for value in (0.1, -0.0, 1e21, 5e-324, 1.7976931348623157e308, 123.456, float("nan")):
        corpus.add("text", b"\x01" + struct.pack(">d", value))
    for zone, day, hour, ms, offset in ((0, 0, 0, 1770026400000, b"8"), (1, 6, 23, 0, b"-5"),
                                        (3, 2, 5, 1711846800000, b"+05:30"), (4, 1, 0, 8640000000000000, b"0"),
                                        (5, 3, 12, 1700000000000, b"abc")):
        corpus.add("text", b"\x02" + bytes([zone, day, hour]) + struct.pack(">q", ms) + offset)
    corpus.add("text", b"\x03" + b"# claude-relay-service\nexport REDIS_HOST=127.0.0.1\nREDIS_PORT=6380 # c\n"
               b"REDIS_PASSWORD='p#w'\nENCRYPTION_KEY=\"CRS-SAMPLE-ENCRYPTION-KEY-32CHAR\"\n"
               b"API_KEY_PREFIX=cr_\nTIMEZONE_OFFSET=8\nBAD LINE\n1X=2\nQ=\"open\r\n")
    for flags, versions in ((3, b"1.1.314\x002"), (1, b"1.1.235\x00"), (7, b"v1.1.263-beta\x00x")):
        corpus.add("text", b"\x04" + bytes([flags]) + versions + b"\x00" + bytes([14, 2, 1, 0, 3]) +
                   b"apikey:weird\x00apikey:idx:x")
    for key in (b"cr_" + b"0" * 64, b"cr_" + bytes(hashlib.sha256(b"x").hexdigest(), "ascii"), b"sk-ant-123",
                b" cr_abc\n"):
        corpus.add("text", b"\x05" + key)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redis-server", default=shutil.which("redis-server") or "redis-server")
    args = parser.parse_args()

    # Only the generated seeds are replaced; regress-* files (inputs that found a bug) stay.
    for target in ("resp", "apikey", "records", "text"):
        for old in (CORPUS / target).glob("seed-*"):
            old.unlink()
    corpus = Corpus()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([args.redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                   "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    r = Redis(port)
                    r.port = port
                    r.call("PING")
                    break
                except OSError:
                    time.sleep(0.05)
            for release, seed in SEEDS:
                from_seed(r, corpus, release, seed)
        finally:
            server.terminate()
            server.wait()
    handwritten(corpus)
    for target, n in sorted(corpus.counts.items()):
        files = list((CORPUS / target).iterdir())
        print("%-8s %4d seeds, %4d files, %7d bytes" % (target, n, len(files), sum(f.stat().st_size for f in files)))


if __name__ == "__main__":
    main()
