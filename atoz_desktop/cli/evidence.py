"""Commands on evidence: files and e-mails attached to a claim, and the integrity check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _open, _print_json

FORCE_HELP = "also attach a mail that names another order than the claim's"


def _held(held: Any, as_json: bool) -> None:
    """Mails about another order were held back: each on its line (stderr), then exit 2."""
    from atoz_desktop.core.i18n import _

    if not held:
        return
    if not as_json:
        for mail in held:
            reason = _("the mail is about order {orders}, not this claim's order {order}").format(
                orders=", ".join(mail.order_ids), order=mail.claim_order
            )
            print(f"held: {mail.file}: {reason}", file=sys.stderr)
    raise BadInput(
        f"{len(held)} mail(s) about another order not attached; check them, then add "
        "--force to attach them anyway"
        if len(held) > 1
        else f"{held[0].file} is about another order than the claim's ({held[0].claim_order}); "
        "not attached; check it, then add --force to attach it anyway"
    )


def _held_json(held: Any) -> list[dict[str, Any]]:
    return [{"file": h.file, "order_ids": list(h.order_ids), "claim_order": h.claim_order}
            for h in held]  # fmt: skip


def add_commands(commands: Any) -> None:
    """Register `evidence add|list|show|read`, `message add` and `check`."""
    from atoz_desktop.core.evidence.kinds import EVIDENCE_KINDS

    evidence = commands.add_parser("evidence", help="files attached to a claim")
    evidence_cmds = evidence.add_subparsers(dest="what", metavar="WHAT", required=True)
    add = evidence_cmds.add_parser(
        "add", help="attach files (or folders of files) to a claim; bad files are listed"
    )
    _add_db(add, argparse.SUPPRESS)
    add.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--kind", choices=EVIDENCE_KINDS, help="default: guessed for each file")
    add.add_argument("--event", type=int, metavar="EVENT_ID", help="attach to this event")
    add.add_argument("--force", action="store_true", help=FORCE_HELP)
    add.add_argument("--json", action="store_true")
    listing = evidence_cmds.add_parser("list", help="a claim's evidence with SHA-256 hashes")
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    listing.add_argument("--json", action="store_true")
    show = evidence_cmds.add_parser("show", help="one evidence item; --save writes its file")
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    show.add_argument("--save", metavar="PATH", help="write the stored file to PATH")
    show.add_argument("--json", action="store_true")

    read = evidence_cmds.add_parser(
        "read",
        help="what carrier receipts, labels and tracking screenshots say (carrier, tracking "
        "number, dates, signature); the workspace is not touched",
    )
    read.add_argument("files", nargs="+", metavar="FILE")
    read.add_argument("--json", action="store_true")

    message = commands.add_parser("message", help="e-mails (.eml, .msg) on a claim's timeline")
    message_cmds = message.add_subparsers(dest="what", metavar="WHAT", required=True)
    madd = message_cmds.add_parser(
        "add", help="one message event per mail, attachments as evidence"
    )
    _add_db(madd, argparse.SUPPRESS)
    madd.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    madd.add_argument("files", nargs="+", metavar="FILE")
    madd.add_argument("--force", action="store_true", help=FORCE_HELP)
    madd.add_argument("--json", action="store_true")

    check = commands.add_parser(
        "check", help="verify every stored file's SHA-256 and the database; exit 0 only if sound"
    )
    _add_db(check, argparse.SUPPRESS)
    check.add_argument("--json", action="store_true")


def cmd_evidence(args: argparse.Namespace) -> int:
    """`evidence add` exits 2 only when nothing at all was added (every file refused); files
    already attached count as there, not as failures. A mail among the files becomes a message
    event (its file and attachments evidence of it), as when it is dropped in the window."""
    from pathlib import Path

    from atoz_desktop.core.services import evidence
    from atoz_desktop.core.services.intake import take_in

    if args.what == "read":
        return cmd_read(args)
    workspace = _open(args)
    try:
        if args.what == "add":
            for name in args.files:
                if not Path(name).exists():
                    raise BadInput(f"{name}: no such file or folder")
            intake = take_in(
                workspace, args.claim_id, args.files, kind=args.kind, event_pk=args.event,
                hold_other_orders=not args.force,
            )  # fmt: skip
            result = intake.as_add_result()
            if args.json:
                _print_json({**intake.as_json(), "held": _held_json(intake.held)})
            else:
                for added in result.added:
                    print(f"added\t{added.evidence_id}\t{added.type}\t{added.sha256}\t{added.file}")
                for dup in result.duplicates:
                    print(f"duplicate\t{dup.evidence_id}\t\t{dup.sha256}\t{dup.file}")
                for m in intake.messages.added:
                    print(f"message\t{m.event_id}\t{m.kind}\t\t{m.subject}\t{m.file}")
                for d in intake.messages.duplicates:
                    print(f"duplicate message\t{d.event_id}\t\t\t\t{d.file}")
                for added in result.added:
                    if added.warning:
                        print(f"warning: {added.file}: {added.warning}", file=sys.stderr)
                for m in intake.messages.added:
                    for warning in m.warnings:
                        print(f"warning: {m.file}: {warning}", file=sys.stderr)
                for refused in result.refused:
                    print(f"refused: {refused}", file=sys.stderr)
            _held(intake.held, args.json)
            nothing = not (result.added or result.duplicates or intake.messages.duplicates)
            if nothing:
                first = result.refused[0] if result.refused else "no files found"
                more = f" (and {len(result.refused) - 1} more)" if len(result.refused) > 1 else ""
                raise BadInput(f"{first}{more}; nothing was added")
        elif args.what == "list":
            items = evidence.list_evidence(workspace, args.claim_id)
            if args.json:
                _print_json([evidence.item_json(i) for i in items])
            for i in items if not args.json else ():
                print(f"{i.pk}\t{i.kind}\t{i.mime}\t{i.size}\t{i.sha256}\t{i.file_name}")
        else:
            item = evidence.evidence_item(workspace, args.evidence_id)
            if args.save:
                Path(args.save).write_bytes(evidence.evidence_bytes(workspace, item.pk))
            data = evidence.item_json(item)
            if args.json:
                _print_json(data)
            else:
                for key, value in data.items():
                    print(f"{key}: {value if value is not None else ''}")
    except evidence.EvidenceError as exc:
        raise BadInput(str(exc)) from None
    return EXIT_OK


def cmd_read(args: argparse.Namespace) -> int:
    """`evidence read FILE...`: one line per file (the file, a tab, what was read), or a JSON
    list. A file with nothing recognisable is a reading without a number (exit 0); a file that
    cannot be read at all (missing, damaged, not a document) exits 2 with one line on stderr,
    after the others are printed."""
    from pathlib import Path

    from atoz_desktop.core.receipts import ReceiptError, read_receipt

    readings: list[dict[str, Any]] = []
    problems: list[str] = []
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
            reading = read_receipt(data)
        except FileNotFoundError:
            problems.append(f"{name}: no such file")
            continue
        except IsADirectoryError:
            problems.append(f"{name}: is a folder, not a file")
            continue
        except OSError as exc:
            problems.append(f"{name}: cannot be read ({exc.strerror or exc})")
            continue
        except ReceiptError as exc:
            problems.append(f"{name}: {exc}")
            continue
        if args.json:
            readings.append({"file": name, **reading.as_json()})
        else:
            print(f"{name}\t{reading.summary()}")
    if args.json:
        _print_json(readings)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BadInput(f"{problems[0]}{more}")
    return EXIT_OK


def cmd_message(args: argparse.Namespace) -> int:
    """Like `evidence add`: exit 2 only when no mail at all was added or already there."""
    from pathlib import Path

    from atoz_desktop.core.services.evidence import EvidenceError
    from atoz_desktop.core.services.intake import take_in

    workspace = _open(args)
    for name in args.files:
        if not Path(name).exists():
            raise BadInput(f"{name}: no such file or folder")
    try:
        result = take_in(workspace, args.claim_id, args.files, mails_only=True,
                         hold_other_orders=not args.force).messages  # fmt: skip
    except EvidenceError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json({**result.as_json(), "held": _held_json(result.held)})
    else:
        for m in result.added:
            print(f"added\t{m.event_id}\t{m.kind}\t{len(m.attachments.added)} attachments\t"
                  f"{m.subject}\t{m.file}")  # fmt: skip
            for warning in m.warnings:
                print(f"warning: {m.file}: {warning}", file=sys.stderr)
            for refused in m.attachments.refused:
                print(f"refused attachment: {m.file}: {refused}", file=sys.stderr)
        for d in result.duplicates:
            print(f"duplicate\t{d.event_id}\t\t\t\t{d.file}")
        for refused in result.refused:
            print(f"refused: {refused}", file=sys.stderr)
    _held(result.held, args.json)
    if not result.added and not result.duplicates:
        first = result.refused[0] if result.refused else "no files found"
        more = f" (and {len(result.refused) - 1} more)" if len(result.refused) > 1 else ""
        raise BadInput(f"{first}{more}; nothing was added")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when all is well; 2 (as for bad input: the user has something to fix) when a
    problem is found, each problem on its own line on stdout."""
    from atoz_desktop.core.services.integrity import check_workspace

    report = check_workspace(_open(args))
    if args.json:
        _print_json({"ok": report.ok, "files_checked": report.files_checked,
                     "problems": list(report.problems)})  # fmt: skip
    else:
        for problem in report.problems:
            print(problem)
        if report.ok:
            print(f"All is well: {report.files_checked} stored files match their SHA-256.")
    if not report.ok:
        raise BadInput(f"{len(report.problems)} problem(s) found in the workspace")
    return EXIT_OK
