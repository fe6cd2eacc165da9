#!/usr/bin/env python3
"""Writes link-order.txt: the functions a start of the game runs, for the linker to place together.

The game's start-up is mostly cold: each 64 KiB of the binary's code that a start touches for the
first time costs a page fault (some 3 microseconds on the reference machine), and the functions a
start runs lie scattered over the whole 3.6 MB of code. build.rs hands this list to the linker
(`--symbol-ordering-file`), which puts these functions first, next to each other.

How: the release binary is started under valgrind's callgrind in an 80x24 pseudo-terminal, the way
scripts/startup.py starts it (a first start, a returning player, the same in Arabic), until its
first frame is drawn and it has quit; every function of the binary that ran is listed, in address
order. Symbol names stay the same from build to build as long as the toolchain and the dependencies
do; a name that no longer exists is skipped by the linker, so an old list only loses its effect.
Run it again after a toolchain or dependency update, and commit the new list.

Usage:
  cargo build --release && scripts/link_order.py     # writes link-order.txt
  scripts/link_order.py --bin PATH --out FILE
Needs valgrind and nm (binutils).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import startup  # noqa: E402  (the same pseudo-terminal runs and first-frame landmarks)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUNCTION = re.compile(r"^c?fn=\(\d+\) (.+)$")


def functions_run(callgrind_out):
    """Every function name (mangled) in a callgrind output file."""
    names = set()
    with open(callgrind_out, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = FUNCTION.match(line.strip())
            if m:
                names.add(m.group(1))
    return names


def code_symbols(binary):
    """The binary's functions: name -> address."""
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True,
                         check=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            symbols.setdefault(parts[2], int(parts[0], 16))
    return symbols


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=startup.default_bin(), help="the release binary")
    parser.add_argument("--out", default=os.path.join(ROOT, "link-order.txt"))
    args = parser.parse_args()
    for tool in ("valgrind", "nm"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed")
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first, or give --bin")

    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    env.pop("REDFLAG_DATA_DIR", None)
    ran = set()
    with tempfile.TemporaryDirectory() as work:
        for lang in ("en", "ar"):
            lang_args = [] if lang == "en" else ["--lang", lang]
            returning = os.path.join(work, f"returning-{lang}")
            os.mkdir(returning)
            startup.play_rounds(args.bin, returning, 20, env, lang_args)
            for case, data in (("first", None), ("returning", returning)):
                if data is None:
                    data = os.path.join(work, f"first-{lang}")
                out = os.path.join(work, f"callgrind-{lang}-{case}.out")
                argv = ["valgrind", "--tool=callgrind", "--demangle=no",
                        f"--callgrind-out-file={out}", args.bin, *lang_args,
                        "--data-dir", data, "--profile", "bench"]
                _, _, code = startup.one_run(argv, startup.redflag_frame(lang), b"q", env,
                                             timeout=120.0)
                if code != 0:
                    sys.exit(f"the {lang} {case} start exited with {code}")
                found = functions_run(out)
                print(f"{lang} {case} start: {len(found)} functions")
                ran |= found

    symbols = code_symbols(args.bin)
    listed = sorted((symbols[name], name) for name in ran if name in symbols)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Functions run by a start of the game, placed first by the linker (build.rs).\n")
        f.write("# Written by scripts/link_order.py; run it again after a toolchain or\n")
        f.write("# dependency update.\n")
        for _, name in listed:
            f.write(name + "\n")
    print(f"{args.out}: {len(listed)} functions of {len(symbols)} in {args.bin}")


if __name__ == "__main__":
    main()
