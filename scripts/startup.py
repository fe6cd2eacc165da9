#!/usr/bin/env python3
"""Time from spawn to the first drawn frame, and peak resident memory, in an 80x24 pseudo-terminal.

Each run spawns the program on a fresh pseudo-terminal of 80x24 and timestamps from just before the
spawn until the output holds the whole first frame: for redflag, the menu from "Play a round" down
to the key line's "q quit" on the last row; for the peer (ttyper), its "Prompt" box down to the
box's bottom border. With `--lang ar` (or another right-to-left catalog) the same two landmarks are
looked for as redflag draws them: in visual order, the first entry's words reversed and the key line
ending, at the right, with its first key. Then it sends the quit key and waits for the exit. redflag gets a fresh data
folder each run (--data-dir, --profile bench: no first-run question; the new profile is created
and saved, as on a real first start).

Peak resident memory is the child's VmHWM from /proc/PID/status, sampled after the first frame and
until it exits. (os.wait4's ru_maxrss is not used: on Linux it carries over the high-water mark of
the forking Python process across exec, about 10 MiB more than the program itself ever used;
`/usr/bin/time -f %M` agrees with VmHWM to within its own few hundred KiB.)

Usage:
  scripts/startup.py                       # redflag: target/release/redflag (or $CARGO_TARGET_DIR)
  scripts/startup.py --bin PATH            # another redflag binary
  scripts/startup.py --peer PATH           # also measure the peer game (ttyper) the same way
  scripts/startup.py --runs 50 --budget-ms 5 --budget-mib 12
  scripts/startup.py --lang ar             # redflag in Arabic (its catalog and its built-in pack)

Prints median and p90 of the time to first frame and the largest peak RSS, for each program, and
whether the budgets are met (exit code 1 if not).
"""

import argparse
import fcntl
import os
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
import unicodedata

COLS, ROWS = 80, 24
# Cursor moves and styles stand between words on screen; strip them to find the marker text.
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def visible(data: bytes) -> bytes:
    """The text drawn, without escape sequences or blanks (cells equal to the blank screen are
    skipped by a cursor move, so spaces may or may not be written)."""
    return ESCAPES.sub(b"", data).replace(b" ", b"")


def high_water_kib(pid):
    """VmHWM of a live process, in KiB, or None once it has exited."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def one_run(argv, marker, quit_keys, env, timeout=10.0):
    """Returns (seconds to the whole first frame, peak RSS in KiB, exit status)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    start = time.perf_counter()
    child = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    seen = b""
    first = None
    deadline = start + timeout
    try:
        while first is None:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no {marker!r} within {timeout}s; got {seen[-400:]!r}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                raise RuntimeError(f"exited before {marker!r}; got {seen[-400:]!r}")
            seen += chunk
            if marker.search(visible(seen)):
                first = time.perf_counter() - start
        peak = high_water_kib(child.pid) or 0
        os.write(master, quit_keys)
        # Keep draining so the child never blocks on a full pty while quitting.
        status = None
        end = time.perf_counter() + timeout
        while status is None and time.perf_counter() < end:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    os.read(master, 65536)
                except OSError:
                    pass
            peak = max(peak, high_water_kib(child.pid) or 0)
            pid, status_raw, _ = os.wait4(child.pid, os.WNOHANG)
            if pid == child.pid:
                status = status_raw
        if status is None:
            child.kill()
            _, status, _ = os.wait4(child.pid, 0)
        child.returncode = 0  # reaped above; keep Popen from waiting again
    finally:
        os.close(master)
    return first, peak, os.waitstatus_to_exitcode(status)


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


class Case:
    """One program started one way; collects its runs."""

    def __init__(self, name, argv, marker, quit_keys, env, fresh_data=False):
        self.name, self.argv, self.marker = name, argv, marker
        self.quit_keys, self.env, self.fresh_data = quit_keys, env, fresh_data
        self.times, self.peaks = [], []

    def run(self, keep=True):
        if self.fresh_data:
            with tempfile.TemporaryDirectory() as data:
                t, rss, code = one_run(self.argv(data), self.marker, self.quit_keys, self.env)
        else:
            t, rss, code = one_run(self.argv(None), self.marker, self.quit_keys, self.env)
        if code != 0:
            raise RuntimeError(f"{self.name} exited with {code}")
        if keep:
            self.times.append(t * 1000)
            self.peaks.append(rss / 1024)

    def figures(self):
        return {
            "median_ms": statistics.median(self.times),
            "p90_ms": percentile(self.times, 90),
            "min_ms": min(self.times),
            "peak_mib": max(self.peaks),
        }


def play_rounds(binary, data, rounds, env, lang_args=()):
    """A returning player's profile: `rounds` finished rounds of three, through plain mode."""
    for seed in range(rounds):
        subprocess.run(
            [binary, *lang_args, "play", "--plain", "--data-dir", data, "--profile", "bench",
             "--count", "3", "--seed", str(seed)],
            input=b"d\ns\nd\n", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=env, check=True,
        )


def default_bin():
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "target"
    )
    return os.path.join(target, "release", "redflag")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=default_bin(), help="the redflag binary (release build)")
    parser.add_argument("--peer", help="the peer game's binary (ttyper), measured the same way")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--history", type=int, default=60,
                        help="rounds the returning player has played (default 60)")
    parser.add_argument("--budget-ms", type=float, default=5.0)
    parser.add_argument("--budget-mib", type=float, default=12.0)
    parser.add_argument("--lang", default="en",
                        help="redflag's language: a catalog in src/i18n (default en)")
    args = parser.parse_args()
    lang_args = [] if args.lang == "en" else ["--lang", args.lang]
    frame = redflag_frame(args.lang)

    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first, or give --bin")
    if args.peer and not os.access(args.peer, os.X_OK):
        sys.exit(f"{args.peer} not found")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    env.pop("REDFLAG_DATA_DIR", None)

    returning = tempfile.mkdtemp(prefix="redflag-returning-")
    play_rounds(args.bin, returning, args.history, env, lang_args)
    cases = [
        Case("redflag, first start",
             lambda data: [args.bin, *lang_args, "--data-dir", data, "--profile", "bench"],
             frame, b"q", env, fresh_data=True),
        Case(f"redflag, returning ({args.history} rounds)",
             lambda _: [args.bin, *lang_args, "--data-dir", returning, "--profile", "bench"],
             frame, b"q", env),
    ]
    if args.peer:
        # ttyper's first frame: an Input box, then the Prompt box with the words. Ctrl-C quits it.
        # HOME points at an empty folder so no user configuration changes what it draws.
        peer_env = dict(env, HOME=tempfile.mkdtemp(prefix="peer-home-"))
        cases.append(Case("peer (" + os.path.basename(args.peer) + ")", lambda _: [args.peer],
                          PEER_FRAME, b"\x03", peer_env))
    # A warm-up run each, so every binary is in the page cache as it is for a player; then the
    # cases take turns, so that a busy moment on the machine falls on all of them alike.
    for case in cases:
        case.run(keep=False)
    # The order rotates every round, so each case follows each other one equally often: what a run
    # leaves behind (a first start fsyncs its new profile, then its data folder is deleted, and the
    # disk's journal catches up during the next run) falls on every case alike, not on the one
    # that happens to come next.
    for i in range(args.runs):
        for case in cases[i % len(cases):] + cases[:i % len(cases)]:
            case.run()
    shutil.rmtree(returning, ignore_errors=True)

    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"machine: {os.cpu_count()} cores, {cpu}; {COLS}x{ROWS} pseudo-terminal, "
          f"redflag in {args.lang}, "
          f"{args.runs} runs each, taking turns in a rotating order")
    figures = [(case.name, case.figures()) for case in cases]
    for name, f in figures:
        print(f"{name:<30} first frame: median {f['median_ms']:.2f} ms, p90 {f['p90_ms']:.2f} ms,"
              f" min {f['min_ms']:.2f} ms; peak RSS {f['peak_mib']:.1f} MiB")
    verdicts = []
    for name, f in figures[:2]:
        verdicts.append((f"{name}: median <= {args.budget_ms:g} ms", f["median_ms"] <= args.budget_ms))
        verdicts.append((f"{name}: peak RSS <= {args.budget_mib:g} MiB", f["peak_mib"] <= args.budget_mib))
        if args.peer:
            peer = figures[2][1]
            verdicts.append((f"{name}: median no slower than the peer's "
                             f"({f['median_ms']:.2f} vs {peer['median_ms']:.2f} ms)",
                             f["median_ms"] <= peer["median_ms"]))
    ok = True
    for what, met in verdicts:
        print(f"budget {what}: {'met' if met else 'NOT MET'}")
        ok &= met
    sys.exit(0 if ok else 1)


# The whole first frame: the menu's first entry down to the last row's end, "L language" (blanks
# dropped).
REDFLAG_FRAME = re.compile(rb"Playaround.*Llanguage", re.DOTALL)


def catalog_message(lang, message_id):
    """A message's text in src/i18n/LANG.ftl (a simple one-line message)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "src", "i18n", f"{lang}.ftl")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(f"{message_id} = "):
                return line.split(" = ", 1)[1].strip()
    sys.exit(f"{path} has no message {message_id}")


def drawn_reversed(text):
    """Right-to-left text as redflag sends it, cell by cell from the left: its characters in
    reverse order, each combining mark still after its letter."""
    clusters = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def redflag_frame(lang):
    """The first-frame landmarks for redflag in `lang`."""
    if lang == "en":
        return REDFLAG_FRAME
    if catalog_message(lang, "language-direction") != "rtl":
        first = catalog_message(lang, "menu-item-play")
        last = "L" + catalog_message(lang, "menu-key-language")
        return re.compile(re.escape(visible(first.encode())) + rb".*"
                          + re.escape(visible(last.encode())), re.DOTALL)
    # Mirrored: the key line's first key, "↑↓ choose", ends the row at the right.
    first = drawn_reversed(catalog_message(lang, "menu-item-play"))
    last = drawn_reversed("↑↓ " + catalog_message(lang, "menu-key-choose"))
    return re.compile(re.escape(visible(first.encode())) + rb".*"
                      + re.escape(visible(last.encode())), re.DOTALL)
# ttyper: the Prompt box title down to that box's bottom-right corner.
PEER_FRAME = re.compile(rb"Prompt.*\xe2\x95\xb0(?:\xe2\x94\x80)+\xe2\x95\xaf", re.DOTALL)

if __name__ == "__main__":
    main()
