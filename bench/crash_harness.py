"""Crash safety, proved: kill (SIGKILL) the command line at random moments of an order import,
an evidence add, a mail add and a dossier export, and check after each kill that
`atoz-desktop check` passes and that the workspace holds exactly the state before or after the
operation, never a half.

    PYTHONPATH=. .venv/bin/python bench/crash_harness.py [--kills 20] [--seed 1] [--rows 20000]

Each operation first runs once to the end, on a copy of the same starting workspace, which
gives the "after" state and how long the operation takes; then each trial copies the starting
workspace, starts the command and kills it: a quarter of the kills at a random moment from its
start, the others at a random moment after it has opened the workspace (SQLite then creates its
write-ahead log), uniform over the time the operation works, so they land in the reading, the
transaction and the commit whatever the machine's load. A run that ends before its kill is not
counted. A state is a fingerprint of every table, ignoring only what differs between two
complete runs (when a file was added, when a dossier was recorded and the PDF's SHA-256,
which embeds its creation time) and the print renditions (a cache the dossier builder stores
on its own before recording; derived data, rebuilt when missing). For the dossier the output
file is checked too: absent, or complete, and when the export is recorded it matches the
SHA-256 the record names. It runs for minutes, not seconds, so it is a script and not a test;
its figures are in the README's "Reliability" section. Exit status 0 only if every trial ends
before or after.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from atoz_desktop.cli import main as cli_main
from atoz_desktop.core.sample_reports import write_all_orders
from atoz_desktop.core.storage.database import open_workspace
from tests import fixtures_evidence as fx
from tests.dossier_case import make_case, receipt_pdf

#: Columns that differ between two complete runs of the same operation.
VOLATILE = {"evidence": {"added_at"}}
#: Derived data, and the tables SQLite keeps for the search index's own use.
SKIPPED = {"renditions", "alembic_version"}
FTS_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


def fingerprint(db: Path) -> str:
    """Every row of every table as text, sorted, hashed (see VOLATILE and SKIPPED), with the
    indexes and triggers; the search index must pass its own check."""
    connection = sqlite3.connect(db)
    try:
        digest = hashlib.sha256()
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in SKIPPED
            and not name.startswith("sqlite_")
            and not name.endswith(FTS_SHADOW)
        ]
        for table in tables:
            cursor = connection.execute(f'SELECT rowid, * FROM "{table}"')
            names = ["rowid", *(d[0] for d in cursor.description[1:])]
            rows = []
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                for column in VOLATILE.get(table, ()):
                    values.pop(column, None)
                if table == "blobs":
                    values.pop("data")  # its SHA-256 is the key; `check` verifies the bytes
                if table == "claim_events" and values.get("kind") == "dossier":
                    values.pop("at")
                    values.pop("details")
                rows.append(repr(sorted(values.items())))
            digest.update(f"{table}:{len(rows)}\n".encode())
            for line in sorted(rows):
                digest.update(line.encode() + b"\n")
        # The schema too: a first import drops and rebuilds the order indexes (importing/bulk.py),
        # and a kill must leave every one of them.
        for kind, name, sql in connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY type, name"
        ):
            digest.update(f"{kind} {name} {sql}\n".encode())
        # The search index itself, which `check` does not read: FTS5's own check.
        connection.execute("INSERT INTO order_search(order_search) VALUES ('integrity-check')")
        return digest.hexdigest()
    finally:
        connection.close()


def dossier_records(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        import json

        return [
            json.loads(details)["sha256"]
            for (details,) in connection.execute(
                "SELECT details FROM claim_events WHERE kind = 'dossier' ORDER BY id"
            )
        ]
    finally:
        connection.close()


@dataclass
class Operation:
    name: str
    args: list[str]  # the command's arguments; {out} is the trial's output folder
    output: str | None = None  # a file the command writes, checked for completeness
    duration: float = 0.0  # from opening the workspace to the end, when left to finish
    before: str = ""
    after: str = ""
    outcomes: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def make_template(folder: Path, rows: int) -> tuple[Path, list[Operation]]:
    """The starting workspace (a claim with photos, PDFs and mails, as the dossier tests use)
    and the inputs of the four operations."""
    db = folder / "start.sqlite3"
    workspace = open_workspace(str(db))
    case = make_case(workspace)
    workspace.close()
    report = folder / "orders.txt"
    write_all_orders(report, rows, seed=7)
    photo = folder / "IMG_2040.jpg"  # a 12-megapixel phone photo: hashing, EXIF, checks
    picture = fx.upright_picture(4000, 3000)
    photo.write_bytes(fx.jpeg(picture, orientation=6, camera=True, taken="2026:11:21 09:30:00"))
    mail = folder / "buyer.eml"
    mail.write_bytes(
        fx.eml(
            subject="Toujours rien reçu",
            message_id="<crash-harness@example.fr>",
            attachments=(
                ("photo-colis.jpg", fx.jpeg(fx.upright_picture(2000, 1500)), "image/jpeg"),
                ("bordereau.pdf", receipt_pdf(3), "application/pdf"),
                ("capture.png", fx.png((200, 30, 30), (800, 600)), "image/png"),
            ),
        )
    )
    claim = str(case.claim_pk)
    operations = [
        Operation("order import", ["import", "orders", str(report)]),
        Operation("evidence add", ["evidence", "add", claim, str(photo)]),
        Operation("mail add", ["message", "add", claim, str(mail)]),
        Operation("dossier export", ["dossier", claim, "-o", "{out}/dossier.pdf"], "dossier.pdf"),
    ]
    return db, operations


def copy_workspace(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "workspace.sqlite3"
    shutil.copyfile(template, db)
    return db


def command(operation: Operation, db: Path, out: Path) -> list[str]:
    args = [a.replace("{out}", str(out)) for a in operation.args]
    return [sys.executable, "-m", "atoz_desktop", *args[:2], "--db", str(db), *args[2:]]


def run(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check_passes(db: Path) -> bool:
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return cli_main(["check", "--db", str(db)]) == 0


def opened(process: subprocess.Popen[bytes], db: Path) -> bool:
    """Wait until the command has opened the workspace (SQLite creates its write-ahead log
    then: start-up, imports and argument parsing are over) or has ended; True if opened."""
    wal = db.with_name(db.name + "-wal")
    while not wal.exists():
        if process.poll() is not None:
            return False
        time.sleep(0.002)
    return True


def reference(operation: Operation, template: Path, folder: Path) -> None:
    trial = folder / "reference"
    db = copy_workspace(template, trial)
    operation.before = fingerprint(db)
    process = run(command(operation, db, trial))
    opened(process, db)
    started = time.monotonic()
    if process.wait() != 0:
        raise SystemExit(f"{operation.name}: the command failed when left to finish")
    operation.duration = time.monotonic() - started
    operation.after = fingerprint(db)
    if operation.after == operation.before:
        raise SystemExit(f"{operation.name}: the command changed nothing")


def trial(operation: Operation, template: Path, folder: Path, rng: random.Random,
          anywhere: bool) -> bool:  # fmt: skip
    """One kill: `anywhere` from the command's start, else once it has opened the workspace,
    at a random moment of its work. False if it had finished before (not counted)."""
    shutil.rmtree(folder, ignore_errors=True)
    db = copy_workspace(template, folder)
    process = run(command(operation, db, folder))
    if anywhere:
        delay = rng.uniform(0, operation.duration * 2)
    else:
        opened(process, db)
        delay = rng.uniform(0, operation.duration * 1.05)
    time.sleep(delay)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    when = ("from start " if anywhere else "into its work ") + f"{delay:.2f} s"
    if not check_passes(db):
        operation.problems.append(f"kill {when}: `check` fails")
    state = fingerprint(db)
    if state == operation.before:
        outcome = "before"
    elif state == operation.after:
        outcome = "after"
    else:
        operation.problems.append(f"kill {when}: neither before nor after")
        outcome = "HALF"
    if operation.output is not None:
        outcome += _check_output(operation, db, folder / operation.output, when)
    operation.outcomes[outcome] += 1
    return True


def _check_output(operation: Operation, db: Path, path: Path, when: str) -> str:
    records = dossier_records(db)
    if not path.exists():
        if records:
            operation.problems.append(f"kill {when}: recorded, but no file")
        return ", no file"
    data = path.read_bytes()
    if not data.rstrip().endswith(b"%%EOF"):
        operation.problems.append(f"kill {when}: a truncated PDF")
    if records and records[-1] != hashlib.sha256(data).hexdigest():
        operation.problems.append(f"kill {when}: the file is not the one recorded")
    leftovers = list(path.parent.glob(".atoz-*.part"))
    return ", file complete" + (f", {len(leftovers)} temporary file left" if leftovers else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="kills per operation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int, default=20000, help="rows of the order report")
    parser.add_argument("--only", help="run only the operation whose name contains this")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="atoz-crash-") as tmp:
        root = Path(tmp)
        template, operations = make_template(root, args.rows)
        if args.only:
            operations = [op for op in operations if args.only in op.name]
        for operation in operations:
            reference(operation, template, root / "ref")
            kills = attempts = 0
            while kills < args.kills and attempts < args.kills * 4:
                # A quarter of the kills anywhere from the start, the rest during the work.
                anywhere = attempts % 4 == 0
                kills += trial(operation, template, root / "trial", rng, anywhere)
                attempts += 1
            outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(operation.outcomes.items()))
            print(f"{operation.name}: works {operation.duration:.1f} s once the workspace is "
                  f"open; {kills} kills ({attempts - kills} runs finished first) -> {outcomes}",
                  flush=True)  # fmt: skip
            if kills < args.kills:
                operation.problems.append(f"only {kills} kills")
            for problem in operation.problems:
                print(f"  PROBLEM {problem}", flush=True)
    print(f"total {time.monotonic() - started:.0f} s")
    return 1 if any(op.problems for op in operations) else 0


if __name__ == "__main__":
    sys.exit(main())
