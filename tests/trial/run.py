"""The trial: drives the real `roxy` REPL through a pseudo-terminal as a new user would, from an
empty working directory with a fresh HOME and data directory, and classifies each answer as
useful, sensible refusal, wrong or confusing (README.md beside this file says how).

Usage: python3 tests/trial/run.py [--roxy PATH] [--work DIR] [--json FILE] [--show]

The venv of Roxy's built-in Python servers is built once by `roxy setup` (from a wheelhouse
made of the repository's .venv, no network, as tests/install.rs does) and kept in DIR/venv
across runs; everything else (home, data, working directory) is new on every run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROMPT = "roxy> "
ANSWER_TIMEOUT = 90.0

# Files a person has in their home; the hidden and dependency copies must not be found.
HOME_FILES = [
    "Documents/report-q3.pdf",
    "Documents/budget-2026.xlsx",
    "Work/report-annual.docx",
    "Pictures/holiday-beach.jpg",
    "Music/song.mp3",
    ".cache/budget-old.xlsx",
    "code/app/node_modules/left-pad/report-q3.pdf",
]

# An answer that declines or asks back, without pretending.
REFUSAL = re.compile(
    r"I don't know how to help|I can't|I cannot|I don't know|not sure|did you mean|which (one|did you)"
    r"|haven't told me|no battery|I couldn't|isn't something I|can't do that|don't have",
    re.IGNORECASE,
)
# Signs of an answer a person cannot use: program text, tool names, unfilled templates.
CONFUSING = re.compile(
    r"Traceback|\berror\b|\bexception\b|\bNone\b|\bnull\b|[{}]|\b[a-z]+_[a-z_]+\b|mcp|server `",
    re.IGNORECASE,
)
# A line of the capability list ("- time: tells the time ... (e.g. "what time is it")").
CAPABILITY_LINE = re.compile(r'^- \w+: .*\(e\.g\. "', re.MULTILINE)
# REPL status lines, not part of an answer: the spinner, servers starting on first use.
SPINNER = re.compile(r"^.*working\.\.\.")
STARTED = re.compile(r"^\u2713 .* started \(\d+ tools?\)$")


def classify(expect: str, pattern: str, answer: str) -> str:
    if not answer.strip():
        return "confusing"
    capability_dump = (
        len(CAPABILITY_LINE.findall(answer)) >= 3
        and expect != "help/capabilities"
        and not expect.startswith("smalltalk/repeat")
    )
    confusing = bool(CONFUSING.search(answer)) or capability_dump
    if expect == "refusal":
        if REFUSAL.search(answer) and not confusing or capability_dump:
            return "sensible refusal"
        return "confusing" if confusing else "wrong"
    if re.search(pattern, answer, re.IGNORECASE | re.DOTALL) and not confusing:
        return "useful"
    if capability_dump or (REFUSAL.search(answer) and not confusing):
        return "sensible refusal"
    return "confusing" if confusing else "wrong"


class Repl:
    """One `roxy` REPL in a pseudo-terminal."""

    def __init__(self, roxy: Path, cwd: Path, env: dict[str, str]):
        import pty

        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [str(roxy)], cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave,
            start_new_session=True,
        )
        os.close(slave)
        self.buffer = ""
        self.read_until_prompt()

    def read_until_prompt(self) -> str:
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while PROMPT not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no prompt within {ANSWER_TIMEOUT:.0f}s; got {self.buffer[-500:]!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                raise EOFError(f"roxy exited; last output {self.buffer[-500:]!r}")
            self.buffer += chunk.decode("utf-8", "replace")
        before, _, after = self.buffer.partition(PROMPT)
        self.buffer = after
        return before

    def ask(self, line: str) -> str:
        os.write(self.master, line.encode() + b"\r")
        raw = self.read_until_prompt()
        return clean(raw, line)

    def close(self) -> None:
        try:
            os.write(self.master, b"/quit\r")
            self.process.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        os.close(self.master)


def clean(raw: str, line: str) -> str:
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw)
    lines = []
    for row in text.replace("\r\n", "\n").split("\n"):
        row = row.split("\r")[-1]  # a spinner redraws the line with \r
        row = STARTED.sub("", SPINNER.sub("", row))
        lines.append(row.rstrip())
    lines = [l for l in lines if l.strip()]
    if lines and lines[0].strip() == line.strip():
        lines = lines[1:]  # the terminal's echo of what was typed
    return "\n".join(l for l in lines if l.strip()).strip()


def prepare(work: Path, roxy: Path) -> tuple[Path, dict[str, str]]:
    data = work / "data"
    venv = work / "venv"
    for name in ("home", "empty"):
        shutil.rmtree(work / name, ignore_errors=True)
        (work / name).mkdir(parents=True)
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    for relative in HOME_FILES:
        path = work / "home" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("trial file\n")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(work / "home"),
        "ROXY_DATA_DIR": str(data),
        "NO_COLOR": "1",
        "TERM": "xterm",
        "COLUMNS": "200",
    }
    if not venv.exists():
        build_venv(work, roxy, env)
    (data / "venv").symlink_to(venv)
    return work / "empty", env


def build_venv(work: Path, roxy: Path, env: dict[str, str]) -> None:
    """`roxy setup` into a scratch data directory, then kept as WORK/venv."""
    python = ROOT / ".venv" / "bin" / "python"
    wheels = work / "wheels"
    print("building the Python servers' venv once (roxy setup from a local wheelhouse)...", file=sys.stderr)
    subprocess.run(
        [str(python), str(ROOT / "tests/fixtures/wheelhouse.py"), str(wheels),
         str(ROOT / "python_servers/requirements.txt")],
        check=True,
    )
    scratch = work / "setup-data"
    shutil.rmtree(scratch, ignore_errors=True)
    setup_env = dict(env, ROXY_DATA_DIR=str(scratch), PIP_NO_INDEX="1",
                     PIP_FIND_LINKS=str(wheels), PIP_NO_CACHE_DIR="1")
    subprocess.run([str(roxy), "setup"], cwd=work / "empty", env=setup_env, check=True)
    # A venv records its own path; it is built in place, then the data dir links to it.
    (scratch / "venv").rename(work / "venv")
    shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roxy", type=Path, default=ROOT / "target/debug/roxy")
    parser.add_argument("--work", type=Path, default=ROOT / "target/trial")
    parser.add_argument("--json", type=Path, help="write every request, answer and class here")
    parser.add_argument("--show", action="store_true", help="print each answer that was not useful")
    parser.add_argument("--reclassify", type=Path,
                        help="classify the answers of an earlier --json file again instead of running")
    args = parser.parse_args()
    if args.reclassify:
        earlier = json.loads(args.reclassify.read_text())["results"]
        results = [dict(r, answer=clean(r["answer"], r["request"]),
                        verdict=classify(r["expect"], r["pattern"], clean(r["answer"], r["request"])))
                   for r in earlier]
        report(results, args)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    cwd, env = prepare(args.work.resolve(), args.roxy.resolve())
    with open(Path(__file__).with_name("requests.tsv"), newline="") as f:
        rows = [r for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")]
    results = []
    sessions: dict[str, Repl] = {}
    current = None
    for row in rows:
        if row["seq"] != current:
            if current is not None:
                sessions.pop(current).close()
            current = row["seq"]
            sessions[current] = Repl(args.roxy.resolve(), cwd, env)
        try:
            answer = sessions[current].ask(row["request"])
        except (TimeoutError, EOFError) as error:
            answer = f"(no answer: {error})"
            sessions.pop(current).close()
            sessions[current] = Repl(args.roxy.resolve(), cwd, env)
        verdict = classify(row["expect"], row["pattern"], answer)
        results.append(dict(row, answer=answer, verdict=verdict))
        if args.show and shown(row, verdict):
            print(f"[{verdict}] #{row['id']} {row['request']!r} (expected {row['expect']} /{row['pattern']}/)\n    "
                  + answer.replace("\n", "\n    "))
    for repl in sessions.values():
        repl.close()
    report(results, args)
    return 0


def shown(row: dict, verdict: str) -> bool:
    return verdict != "useful" and not (row["expect"] == "refusal" and verdict == "sensible refusal")


def report(results: list[dict], args: argparse.Namespace) -> None:
    if args.reclassify and args.show:
        for r in results:
            if shown(r, r["verdict"]):
                print(f"[{r['verdict']}] #{r['id']} {r['request']!r} (expected {r['expect']})\n    "
                      + r["answer"].replace("\n", "\n    "))
    summary: dict[str, dict[str, int]] = {}
    for r in results:
        for key in (r["category"], "all"):
            summary.setdefault(key, {"useful": 0, "sensible refusal": 0, "wrong": 0, "confusing": 0})[r["verdict"]] += 1
    print(f"{'category':<11} {'requests':>8} {'useful':>7} {'refusal':>8} {'wrong':>6} {'confusing':>10}")
    for key, counts in summary.items():
        print(f"{key:<11} {sum(counts.values()):>8} {counts['useful']:>7} {counts['sensible refusal']:>8} "
              f"{counts['wrong']:>6} {counts['confusing']:>10}")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "results": results}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
