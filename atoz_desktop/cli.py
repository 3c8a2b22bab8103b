"""The command line, on the same core as the GUI. It imports no Qt unless it opens the window.

Exit status: 0 success; 2 bad input (one line on stderr naming the file and the problem, and
nothing written); 1 only for a bug.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from atoz_desktop import APP_NAME, __version__

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user can correct; the message is printed as one line on stderr."""


def _add_db(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="workspace database: a file path or a SQLAlchemy URL such as "
        "postgresql+psycopg://user@host/atoz (default: $ATOZ_DB_URL, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atoz-desktop",
        description=f"{APP_NAME}: defend Amazon A-to-z Guarantee claims. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    _add_db(gui, argparse.SUPPRESS)

    demo = commands.add_parser("demo", help="fill an empty workspace with demo orders and claims")
    _add_db(demo, argparse.SUPPRESS)
    demo.add_argument("--orders", type=int, default=300, help="how many orders (default 300)")

    imp = commands.add_parser("import", help="import files into the workspace")
    imp_kinds = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_orders = imp_kinds.add_parser("orders", help="Amazon order reports (tab-separated)")
    _add_db(imp_orders, argparse.SUPPRESS)
    imp_orders.add_argument("files", nargs="+", metavar="FILE")
    imp_orders.add_argument(
        "--skip-bad", action="store_true", help="import the good rows and list the bad ones"
    )
    imp_orders.add_argument("--json", action="store_true", help="print the summary as JSON")

    orders = commands.add_parser("orders", help="list or show orders")
    order_cmds = orders.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = order_cmds.add_parser("list", help="orders, newest first")
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument("--search", default="", metavar="TEXT", help="filter as in the window")
    listing.add_argument("--limit", type=int, default=None, metavar="N")
    listing.add_argument("--json", action="store_true")
    show = order_cmds.add_parser("show", help="one order with its lines and shipments")
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("order_id", metavar="ORDER_ID")
    show.add_argument("--json", action="store_true")
    _add_claim_commands(commands)
    _add_evidence_commands(commands)
    return parser


def _add_evidence_commands(commands: Any) -> None:
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

    message = commands.add_parser("message", help="e-mails (.eml, .msg) on a claim's timeline")
    message_cmds = message.add_subparsers(dest="what", metavar="WHAT", required=True)
    madd = message_cmds.add_parser(
        "add", help="one message event per mail, attachments as evidence"
    )
    _add_db(madd, argparse.SUPPRESS)
    madd.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    madd.add_argument("files", nargs="+", metavar="FILE")
    madd.add_argument("--json", action="store_true")

    check = commands.add_parser(
        "check", help="verify every stored file's SHA-256 and the database; exit 0 only if sound"
    )
    _add_db(check, argparse.SUPPRESS)
    check.add_argument("--json", action="store_true")


def _add_claim_commands(commands: Any) -> None:
    from atoz_desktop.core.rules.claims import CHANNELS, REASONS, STATUSES

    claim = commands.add_parser("claim", help="open, follow and show claims")
    claim_cmds = claim.add_subparsers(dest="what", metavar="WHAT", required=True)
    when = "an ISO date-time; without an offset it is the seller's local time"

    new = claim_cmds.add_parser("new", help="open a claim on an order")
    _add_db(new, argparse.SUPPRESS)
    new.add_argument("order_id", metavar="ORDER_ID")
    new.add_argument("--reason", required=True, choices=REASONS)
    new.add_argument("--filed", required=True, metavar="DATETIME", help=f"when filed: {when}")
    new.add_argument("--channel", choices=CHANNELS, default="marketplace")
    new.add_argument("--amount", metavar="AMOUNT", help="claimed amount (default: order total)")
    new.add_argument("--currency", metavar="CODE", help="for an order not in the workspace")
    new.add_argument("--buyer", metavar="NAME", help="for an order not in the workspace")
    new.add_argument("--latest-delivery", metavar="DATETIME", help="latest estimated delivery")
    new.add_argument("--purchased", metavar="DATETIME", help="for an order not in the workspace")
    new.add_argument("--json", action="store_true")

    status = claim_cmds.add_parser("status", help="move a claim to a new status")
    _add_db(status, argparse.SUPPRESS)
    status.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    status.add_argument("new_status", choices=STATUSES, metavar="NEW_STATUS")
    status.add_argument("--at", metavar="DATETIME", help=f"when (default now): {when}")
    status.add_argument("--note", default="", metavar="TEXT")
    status.add_argument("--json", action="store_true")

    event = claim_cmds.add_parser("event", help="add an entry to a claim's timeline")
    _add_db(event, argparse.SUPPRESS)
    event.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    event.add_argument("--kind", required=True, metavar="KIND")
    event.add_argument("--at", required=True, metavar="DATETIME", help=when)
    event.add_argument("--text", default="")
    event.add_argument("--author", default="")
    event.add_argument("--amount", metavar="AMOUNT")
    event.add_argument("--offer-kind", metavar="KIND", help="refund, partial-refund, replacement")
    event.add_argument("--json", action="store_true")

    show = claim_cmds.add_parser("show", help="a claim with its deadlines, findings and events")
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    show.add_argument(
        "--lang", choices=("en", "fr"), help="findings' language (default: as $ATOZ_LANG or $LANG)"
    )
    show.add_argument("--json", action="store_true")

    listing = claim_cmds.add_parser("list", help="claims, nearest deadline first")
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument("--open", action="store_true", help="only claims still open")
    listing.add_argument("--json", action="store_true")


def _open(args: argparse.Namespace) -> Any:
    from atoz_desktop.core.storage.database import WorkspaceError, open_workspace

    try:
        return open_workspace(args.db)
    except WorkspaceError as exc:
        raise BadInput(str(exc)) from None


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from atoz_desktop.core.demo import create_demo_workspace
    from atoz_desktop.core.services.orders import order_count

    workspace = _open(args)
    if order_count(workspace):
        if workspace.is_demo:
            print(f"The demo workspace is already at {workspace.display_name}.")
            return EXIT_OK
        raise BadInput(
            f"{workspace.display_name} already holds orders; demo data goes only into an empty "
            "workspace (choose another with --db)"
        )
    create_demo_workspace(workspace, orders=args.orders)
    print(f"Demo workspace created at {workspace.url}")
    return EXIT_OK


def cmd_import_orders(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.importing import ImportRejected, import_order_files

    workspace = _open(args)
    try:
        summary = import_order_files(workspace, args.files, skip_bad=args.skip_bad)
    except ImportRejected as exc:
        if args.json:
            _print_json(
                {
                    "error": str(exc).splitlines()[0],
                    "problems": [p.as_json() for p in exc.problems],
                }
            )
        lines = str(exc).splitlines()
        if exc.problems:
            first = exc.problems[0]
            more = f" (and {len(exc.problems) - 1} more bad rows)" if len(exc.problems) > 1 else ""
            raise BadInput(f"{first}{more}; nothing was imported") from None
        raise BadInput("; ".join(line for line in lines[1:] or lines)) from None
    if args.json:
        _print_json(summary.as_json())
    else:
        print(summary.message())
        for warning in summary.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for problem in summary.skipped:
            print(f"skipped: {problem}", file=sys.stderr)
    return EXIT_OK


def cmd_orders_list(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.orders import list_orders, row_json

    if args.limit is not None and args.limit < 0:
        raise BadInput("--limit must be 0 or more")
    rows = list_orders(_open(args), search=args.search, limit=args.limit)
    if args.json:
        _print_json([row_json(r) for r in rows])
        return EXIT_OK
    for r in rows:
        date = r.purchase_date.strftime("%Y-%m-%d %H:%M") if r.purchase_date else ""
        buyer = r.buyer or ""
        print(
            f"{r.order_id}\t{date}\t{r.status}\t{r.total:.2f} {r.currency}\t{buyer}\t{r.city or ''}"
        )
    return EXIT_OK


def cmd_orders_show(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.orders import detail_json, order_detail

    detail = order_detail(_open(args), order_id=args.order_id)
    if detail is None:
        raise BadInput(f"no order {args.order_id} in the workspace")
    data = detail_json(detail)
    if args.json:
        _print_json(data)
        return EXIT_OK
    for key, value in data.items():
        if key not in ("lines", "shipments", "extra"):
            print(f"{key}: {value if value is not None else ''}")
    for line in data["lines"]:
        print(
            f"line: {line['quantity']} × {line['sku'] or ''} {line['product_name'] or ''} "
            f"{line['item_price'] or ''}"
        )
    for shipment in data["shipments"]:
        print(
            f"shipment: {shipment['carrier']} {shipment['tracking_number']} "
            f"shipped {shipment['shipped_at'] or '?'}"
        )
    return EXIT_OK


def _when(text: str | None, workspace: Any, what: str) -> Any:
    """An ISO date-time; a time without offset is the seller's local time."""
    from datetime import datetime

    from atoz_desktop.core.services.policies import workspace_timezone

    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"{what}: {text!r} is not a date-time (e.g. 2026-11-20T14:05)") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=workspace_timezone(workspace))
    return value


def _amount(text: str | None) -> Any:
    from atoz_desktop.core.money import AmountError, parse_amount

    if text is None:
        return None
    try:
        return parse_amount(text)
    except AmountError:
        raise BadInput(f"{text!r} is not an amount") from None


def cmd_claim(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services import claims

    workspace = _open(args)
    try:
        if args.what == "new":
            claim_pk = claims.create_claim(
                workspace,
                order_id=args.order_id,
                reason=args.reason,
                filed_at=_when(args.filed, workspace, "--filed"),
                channel=args.channel,
                amount=_amount(args.amount),
                currency=args.currency,
                buyer_name=args.buyer,
                latest_delivery=_when(args.latest_delivery, workspace, "--latest-delivery"),
                purchase_date=_when(args.purchased, workspace, "--purchased"),
            )
            _print_json({"claim_id": claim_pk}) if args.json else print(claim_pk)
        elif args.what == "status":
            event_pk = claims.change_status(
                workspace, args.claim_id, args.new_status, _when(args.at, workspace, "--at"),
                args.note,
            )  # fmt: skip
            if args.json:
                _print_json({"claim_id": args.claim_id, "status": args.new_status,
                             "event_id": event_pk})  # fmt: skip
        elif args.what == "event":
            details = {"offer_kind": args.offer_kind} if args.offer_kind else {}
            if args.offer_kind and args.offer_kind not in claims.OFFER_KINDS:
                raise BadInput(f"--offer-kind is one of {', '.join(claims.OFFER_KINDS)}")
            event_pk = claims.add_event(
                workspace, args.claim_id, kind=args.kind, at=_when(args.at, workspace, "--at"),
                text=args.text, author=args.author, amount=_amount(args.amount), details=details,
            )  # fmt: skip
            _print_json({"event_id": event_pk}) if args.json else print(event_pk)
        elif args.what == "show":
            from atoz_desktop.core.i18n import language

            view = claims.claim_view(workspace, args.claim_id, lang=args.lang or language())
            _print_claim(claims.claim_json(view), args.json)
        else:
            rows = claims.list_claims(workspace, open_only=args.open)
            if args.json:
                _print_json([claims.row_json(r) for r in rows])
            for r in rows if not args.json else ():
                due = r.response_due.strftime("%Y-%m-%d %H:%M") if r.response_due else ""
                print(f"{r.pk}\t{r.order_id}\t{r.status}\t{r.reason}\t"
                      f"{r.amount:.2f} {r.currency}\t{due}")  # fmt: skip
    except claims.ClaimError as exc:
        raise BadInput(str(exc)) from None
    return EXIT_OK


def _print_claim(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json(data)
        return
    for key, value in data.items():
        if key not in ("findings", "events", "allowed_moves"):
            print(f"{key}: {value if value is not None else ''}")
    print("possible moves: " + (", ".join(data["allowed_moves"]) or "none (final)"))
    for finding in data["findings"]:
        print(f"[{finding['severity']}] {finding['text']}")
    for event in data["events"]:
        amount = f" {event['amount']} {event['currency']}" if event["amount"] else ""
        print(f"{event['at']}  {event['kind']}{amount}  {event['text']}")


def cmd_evidence(args: argparse.Namespace) -> int:
    """`evidence add` exits 2 only when nothing at all was added (every file refused); files
    already attached count as there, not as failures."""
    from pathlib import Path

    from atoz_desktop.core.services import evidence

    workspace = _open(args)
    try:
        if args.what == "add":
            for name in args.files:
                if not Path(name).exists():
                    raise BadInput(f"{name}: no such file or folder")
            result = evidence.add_evidence(
                workspace, args.claim_id, args.files, kind=args.kind, event_pk=args.event
            )
            if args.json:
                _print_json(result.as_json())
            else:
                for added in result.added:
                    print(f"added\t{added.evidence_id}\t{added.type}\t{added.sha256}\t{added.file}")
                for dup in result.duplicates:
                    print(f"duplicate\t{dup.evidence_id}\t\t{dup.sha256}\t{dup.file}")
                for added in result.added:
                    if added.warning:
                        print(f"warning: {added.file}: {added.warning}", file=sys.stderr)
                for refused in result.refused:
                    print(f"refused: {refused}", file=sys.stderr)
            if not result.added and not result.duplicates:
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


def cmd_message(args: argparse.Namespace) -> int:
    """Like `evidence add`: exit 2 only when no mail at all was added or already there."""
    from pathlib import Path

    from atoz_desktop.core.services.evidence import EvidenceError
    from atoz_desktop.core.services.messages import add_messages

    workspace = _open(args)
    for name in args.files:
        if not Path(name).exists():
            raise BadInput(f"{name}: no such file or folder")
    try:
        result = add_messages(workspace, args.claim_id, args.files)
    except EvidenceError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json(result.as_json())
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


def cmd_gui(args: argparse.Namespace) -> int:
    from atoz_desktop.gui.app import run

    return run(args.db, sys.argv[:1])


def dispatch(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command == "gui":
        return cmd_gui(args)
    if command == "demo":
        return cmd_demo(args)
    if command == "import":
        return cmd_import_orders(args)
    if command == "claim":
        return cmd_claim(args)
    if command == "evidence":
        return cmd_evidence(args)
    if command == "message":
        return cmd_message(args)
    if command == "check":
        return cmd_check(args)
    if command == "orders" and args.what == "list":
        return cmd_orders_list(args)
    return cmd_orders_show(args)


def main(argv: Sequence[str] | None = None) -> int:
    from atoz_desktop.core.i18n import env_language, set_language

    set_language(env_language())  # the core's messages: French if $ATOZ_LANG or the locale says
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except BadInput as exc:
        print(f"atoz-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `atoz-desktop orders list | head`: the reader has had enough
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        traceback.print_exc()
        return EXIT_BUG
