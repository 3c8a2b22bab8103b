"""Commands on claims: open one, move it, add to its timeline, show and list them."""

from __future__ import annotations

import argparse
from typing import Any

from atoz_desktop.cli.common import (
    EXIT_OK,
    BadInput,
    _add_db,
    _amount,
    _open,
    _print_json,
    _when,
    warn,
)
from atoz_desktop.core.i18n import _


def add_commands(commands: Any) -> None:
    """Register `claim new|status|event|show|list`."""
    from atoz_desktop.core.rules.claims import CHANNELS, REASONS, STATUSES

    claim = commands.add_parser("claim", help=_("open, follow and show claims"))
    claim_cmds = claim.add_subparsers(dest="what", metavar="WHAT", required=True)
    when = _("an ISO date-time; without an offset it is the seller's local time")
    json_help = _("print JSON")

    new = claim_cmds.add_parser("new", help=_("open a claim on an order"))
    _add_db(new, argparse.SUPPRESS)
    new.add_argument("order_id", metavar="ORDER_ID")
    new.add_argument("--reason", required=True, choices=REASONS, help=_("the buyer's reason"))
    filed = _("when filed: {when}").format(when=when)
    new.add_argument("--filed", required=True, metavar="DATETIME", help=filed)
    new.add_argument(
        "--channel", choices=CHANNELS, default="marketplace", help=_("default: marketplace")
    )
    new.add_argument("--amount", metavar="AMOUNT", help=_("claimed amount (default: order total)"))
    unknown_order = _("for an order not in the workspace")
    new.add_argument("--currency", metavar="CODE", help=unknown_order)
    new.add_argument("--buyer", metavar="NAME", help=unknown_order)
    new.add_argument("--latest-delivery", metavar="DATETIME", help=_("latest estimated delivery"))
    new.add_argument("--purchased", metavar="DATETIME", help=unknown_order)
    new.add_argument("--json", action="store_true", help=json_help)

    status = claim_cmds.add_parser("status", help=_("move a claim to a new status"))
    _add_db(status, argparse.SUPPRESS)
    status.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    status.add_argument(
        "new_status", choices=STATUSES, metavar="NEW_STATUS", help=", ".join(STATUSES)
    )
    at = _("when (default now): {when}").format(when=when)
    status.add_argument("--at", metavar="DATETIME", help=at)
    status.add_argument("--note", default="", metavar="TEXT", help=_("a note on the change"))
    status.add_argument("--json", action="store_true", help=json_help)

    event = claim_cmds.add_parser("event", help=_("add an entry to a claim's timeline"))
    _add_db(event, argparse.SUPPRESS)
    event.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    event.add_argument(
        "--kind", required=True, metavar="KIND", help=_("the entry's kind, e.g. message-in, note")
    )
    event.add_argument("--at", required=True, metavar="DATETIME", help=when)
    event.add_argument("--text", default="", help=_("what was said or done"))
    event.add_argument("--author", default="", help=_("buyer, seller or amazon"))
    event.add_argument("--amount", metavar="AMOUNT", help=_("an offer's or a refund's amount"))
    event.add_argument(
        "--offer-kind", metavar="KIND", help=_("refund, partial-refund, replacement")
    )
    event.add_argument("--json", action="store_true", help=json_help)

    show = claim_cmds.add_parser(
        "show", help=_("a claim with its deadlines, findings and events")
    )
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    show.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=_("findings' language (default: as $ATOZ_LANG or $LANG)"),
    )
    show.add_argument("--json", action="store_true", help=json_help)

    listing = claim_cmds.add_parser("list", help=_("claims, nearest deadline first"))
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument("--open", action="store_true", help=_("only claims still open"))
    listing.add_argument("--order", metavar="ORDER_ID", help=_("only the claims on this order"))
    listing.add_argument("--json", action="store_true", help=json_help)


def cmd_claim(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services import claims

    workspace = _open(args)
    try:
        if args.what == "new":
            already = claims.open_claim_of_order(workspace, args.order_id)
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
            if already is not None:
                warn(
                    _(
                        "order {order} already has open claim {claim} ({status}); this is "
                        "another one"
                    ).format(order=already.order_id, claim=already.pk, status=already.status)
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
                raise BadInput(
                    _("{option} is one of {choices}").format(
                        option="--offer-kind", choices=", ".join(claims.OFFER_KINDS)
                    )
                )
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
            rows = claims.list_claims(workspace, open_only=args.open, order_id=args.order)
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
    moves = ", ".join(data["allowed_moves"]) or _("none (final)")
    print(_("possible moves: {moves}").format(moves=moves))
    for finding in data["findings"]:
        print(f"[{finding['severity']}] {finding['text']}")
    for event in data["events"]:
        amount = f" {event['amount']} {event['currency']}" if event["amount"] else ""
        print(f"{event['at']}  {event['kind']}{amount}  {event['text']}")
