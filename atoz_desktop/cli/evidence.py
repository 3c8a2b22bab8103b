"""Commands on evidence: files and e-mails attached to a claim, and the integrity check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _open, _print_json, warn
from atoz_desktop.core.i18n import N_, _

FORCE_HELP = N_("also attach a mail that names another order than the claim's")
JSON_HELP = N_("print JSON")


def _held(held: Any, as_json: bool) -> None:
    """Mails about another order were held back: each on its line (stderr), then exit 2."""
    if not held:
        return
    if not as_json:
        for mail in held:
            reason = _("the mail is about order {orders}, not this claim's order {order}").format(
                orders=", ".join(mail.order_ids), order=mail.claim_order
            )
            held_line = _("held: {file}: {reason}").format(file=mail.file, reason=reason)
            print(held_line, file=sys.stderr)
    if len(held) > 1:
        raise BadInput(
            _(
                "{count} mails about another order not attached; check them, then add --force "
                "to attach them anyway"
            ).format(count=len(held))
        )
    raise BadInput(
        _(
            "{file} is about another order than the claim's ({order}); not attached; check it, "
            "then add --force to attach it anyway"
        ).format(file=held[0].file, order=held[0].claim_order)
    )


def _held_json(held: Any) -> list[dict[str, Any]]:
    return [{"file": h.file, "order_ids": list(h.order_ids), "claim_order": h.claim_order}
            for h in held]  # fmt: skip


def add_commands(commands: Any) -> None:
    """Register `evidence add|list|show|read`, `message add` and `check`."""
    from atoz_desktop.core.evidence.kinds import EVIDENCE_KINDS

    evidence = commands.add_parser("evidence", help=_("files attached to a claim"))
    evidence_cmds = evidence.add_subparsers(dest="what", metavar="WHAT", required=True)
    add = evidence_cmds.add_parser(
        "add", help=_("attach files (or folders of files) to a claim; bad files are listed")
    )
    _add_db(add, argparse.SUPPRESS)
    add.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--kind", choices=EVIDENCE_KINDS, help=_("default: guessed for each file"))
    add.add_argument("--event", type=int, metavar="EVENT_ID", help=_("attach to this event"))
    add.add_argument("--force", action="store_true", help=_(FORCE_HELP))
    add.add_argument(
        "--record-shipment",
        action="store_true",
        help=_(
            "record the shipment a carrier receipt among the files proves, when its tracking "
            "number is certain (on the claim's order, with its timeline entries)"
        ),
    )
    add.add_argument("--json", action="store_true", help=_(JSON_HELP))
    listing = evidence_cmds.add_parser("list", help=_("a claim's evidence with SHA-256 hashes"))
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    listing.add_argument("--json", action="store_true", help=_(JSON_HELP))
    show = evidence_cmds.add_parser("show", help=_("one evidence item; --save writes its file"))
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    show.add_argument("--save", metavar="PATH", help=_("write the stored file to PATH"))
    show.add_argument("--json", action="store_true", help=_(JSON_HELP))

    read = evidence_cmds.add_parser(
        "read",
        help=_(
            "what carrier receipts, labels and tracking screenshots say (carrier, tracking "
            "number, dates, signature); the workspace is not touched"
        ),
    )
    read.add_argument("files", nargs="+", metavar="FILE")
    read.add_argument("--json", action="store_true", help=_(JSON_HELP))

    message = commands.add_parser(
        "message", help=_("e-mails (.eml, .msg) on a claim's timeline")
    )
    message_cmds = message.add_subparsers(dest="what", metavar="WHAT", required=True)
    madd = message_cmds.add_parser(
        "add", help=_("one message event per mail, attachments as evidence")
    )
    _add_db(madd, argparse.SUPPRESS)
    madd.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    madd.add_argument("files", nargs="+", metavar="FILE")
    madd.add_argument("--force", action="store_true", help=_(FORCE_HELP))
    madd.add_argument("--json", action="store_true", help=_(JSON_HELP))

    check = commands.add_parser(
        "check",
        help=_("verify every stored file's SHA-256 and the database; exit 0 only if sound"),
    )
    _add_db(check, argparse.SUPPRESS)
    check.add_argument("--json", action="store_true", help=_(JSON_HELP))


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
                    raise BadInput(_("{file}: no such file or folder").format(file=name))
            intake = take_in(
                workspace, args.claim_id, args.files, kind=args.kind, event_pk=args.event,
                hold_other_orders=not args.force, read_receipts=True,
            )  # fmt: skip
            result = intake.as_add_result()
            shipments = _record_shipments(workspace, result) if args.record_shipment else None
            if args.json:
                data = {**intake.as_json(), "held": _held_json(intake.held)}
                if shipments is not None:
                    data["shipments"] = shipments
                _print_json(data)
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
                        warn(f"{added.file}: {added.warning}")
                for m in intake.messages.added:
                    for warning in m.warnings:
                        warn(f"{m.file}: {warning}")
                for refused in result.refused:
                    print(_("refused: {problem}").format(problem=refused), file=sys.stderr)
                for shipment in shipments or ():
                    if shipment["recorded"]:
                        print(f"shipment\t{shipment['shipment_id'] or ''}\t{shipment['done']}")
                    else:
                        line = _("not recorded: {file}: {reason}").format(
                            file=shipment["file"], reason=shipment["reason"]
                        )
                        print(line, file=sys.stderr)
            _held(intake.held, args.json)
            nothing = not (result.added or result.duplicates or intake.messages.duplicates)
            if nothing:
                raise BadInput(_nothing_added(result.refused))
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


def _record_shipments(workspace: Any, result: Any) -> list[dict[str, Any]]:
    """`--record-shipment`: each file added (or already there) that reads as a carrier
    receipt with a certain tracking number is recorded (services/receipts.py); for each, what
    was done or why not."""
    from atoz_desktop.core.services import receipts

    done: list[dict[str, Any]] = []
    for item in (*result.added, *result.duplicates):
        proposal = receipts.propose(workspace, item.evidence_id)
        entry: dict[str, Any] = {"file": item.file, "evidence_id": item.evidence_id}
        if proposal is None:
            done.append({**entry, "recorded": False,
                         "reason": _("no tracking number was read from this document")})
            continue  # fmt: skip
        entry.update(proposal.as_json())
        entry["file"] = item.file
        if not proposal.certain:
            done.append({**entry, "recorded": False, "reason": proposal.doubt()})
            continue
        try:
            recorded = receipts.record_receipt(workspace, proposal)
        except receipts.ReceiptServiceError as exc:
            done.append({**entry, "recorded": False, "reason": str(exc)})
            continue
        done.append({**entry, **recorded.as_json(), "file": item.file,
                     "recorded": recorded.changed, "done": recorded.describe(),
                     "reason": "" if recorded.changed else recorded.describe()})  # fmt: skip
    return done


def cmd_read(args: argparse.Namespace) -> int:
    """`evidence read FILE...`: one line per file (the file, a tab, what was read), or a JSON
    list. A file with nothing recognisable is a reading without a number (exit 0); a file that
    cannot be read at all (missing, damaged, not a document) exits 2 with one line on stderr,
    after the others are printed."""
    from pathlib import Path

    from atoz_desktop.core.receipts import ReceiptError, read_receipt

    readings: list[dict[str, Any]] = []
    problems: list[str] = []
    unrecognised = 0  # pictures read without their text: Tesseract is missing
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
            reading = read_receipt(data)
        except FileNotFoundError:
            problems.append(_("{file}: no such file").format(file=name))
            continue
        except IsADirectoryError:
            problems.append(_("{file}: is a folder, not a file").format(file=name))
            continue
        except OSError as exc:
            error = exc.strerror or exc
            problems.append(_("{file}: cannot be read ({error})").format(file=name, error=error))
            continue
        except ReceiptError as exc:
            problems.append(f"{name}: {exc}")
            continue
        if args.json:
            readings.append({"file": name, **reading.as_json()})
        else:
            print(f"{name}\t{reading.summary()}")
        unrecognised += reading.recognition_missing
        if reading.recognition == "timed-out":
            warn(_("{file}: text recognition took too long and was stopped").format(file=name))
    if args.json:
        _print_json(readings)
    if unrecognised:  # said once, not per file
        warn(_("text recognition (Tesseract) is not installed: pictures were read from their "
               "barcodes only"))  # fmt: skip
    if problems:
        raise BadInput(_and_more(problems[0], len(problems) - 1))
    return EXIT_OK


def _and_more(first: str, more: int) -> str:
    if not more:
        return first
    return _("{problem} (and {more} more)").format(problem=first, more=more)


def _nothing_added(refused: Any) -> str:
    first = str(refused[0]) if refused else _("no files found")
    more = max(len(refused) - 1, 0)
    return _("{problem}; nothing was added").format(problem=_and_more(first, more))


def cmd_message(args: argparse.Namespace) -> int:
    """Like `evidence add`: exit 2 only when no mail at all was added or already there."""
    from pathlib import Path

    from atoz_desktop.core.services.evidence import EvidenceError
    from atoz_desktop.core.services.intake import take_in

    workspace = _open(args)
    for name in args.files:
        if not Path(name).exists():
            raise BadInput(_("{file}: no such file or folder").format(file=name))
    try:
        result = take_in(workspace, args.claim_id, args.files, mails_only=True,
                         hold_other_orders=not args.force).messages  # fmt: skip
    except EvidenceError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json({**result.as_json(), "held": _held_json(result.held)})
    else:
        for m in result.added:
            count = len(m.attachments.added)
            attachments = (
                _("1 attachment") if count == 1 else _("{count} attachments").format(count=count)
            )
            print(f"added\t{m.event_id}\t{m.kind}\t{attachments}\t{m.subject}\t{m.file}")
            for warning in m.warnings:
                warn(f"{m.file}: {warning}")
            for refused in m.attachments.refused:
                print(
                    _("refused attachment: {file}: {problem}").format(file=m.file, problem=refused),
                    file=sys.stderr,
                )
        for d in result.duplicates:
            print(f"duplicate\t{d.event_id}\t\t\t\t{d.file}")
        for refused in result.refused:
            print(_("refused: {problem}").format(problem=refused), file=sys.stderr)
    _held(result.held, args.json)
    if not result.added and not result.duplicates:
        raise BadInput(_nothing_added(result.refused))
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
            print(
                _("All is well: {count} stored files match their SHA-256.").format(
                    count=report.files_checked
                )
            )
    if not report.ok:
        count = len(report.problems)
        raise BadInput(
            _("1 problem found in the workspace")
            if count == 1
            else _("{count} problems found in the workspace").format(count=count)
        )
    return EXIT_OK
