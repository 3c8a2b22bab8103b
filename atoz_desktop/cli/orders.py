"""Commands on orders: demo data, importing Amazon order reports, listing and showing orders."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _open, _print_json, warn
from atoz_desktop.core.i18n import _, language
from atoz_desktop.core.rules.carriers import carrier_name


def add_commands(commands: Any) -> None:
    """Register `demo`, `import orders` and `orders list|show`."""
    demo = commands.add_parser(
        "demo",
        help=_(
            "make the demo workspace: a file of its own (the window's File › Open Demo), or "
            "the empty workspace given with --db"
        ),
    )
    _add_db(demo, argparse.SUPPRESS)
    demo.add_argument("--orders", type=int, default=300, help=_("how many orders (default 300)"))

    imp = commands.add_parser("import", help=_("import files into the workspace"))
    imp_kinds = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_orders = imp_kinds.add_parser("orders", help=_("Amazon order reports (tab-separated)"))
    _add_db(imp_orders, argparse.SUPPRESS)
    imp_orders.add_argument("files", nargs="+", metavar="FILE")
    imp_orders.add_argument(
        "--skip-bad", action="store_true", help=_("import the good rows and list the bad ones")
    )
    imp_orders.add_argument("--json", action="store_true", help=_("print the summary as JSON"))

    orders = commands.add_parser("orders", help=_("list or show orders"))
    order_cmds = orders.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = order_cmds.add_parser("list", help=_("orders, newest first"))
    _add_db(listing, argparse.SUPPRESS)
    listing.add_argument(
        "--search", default="", metavar="TEXT", help=_("filter as in the window")
    )
    listing.add_argument("--limit", type=int, default=None, metavar="N", help=_("at most N"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    show = order_cmds.add_parser("show", help=_("one order with its lines and shipments"))
    _add_db(show, argparse.SUPPRESS)
    show.add_argument("order_id", metavar="ORDER_ID")
    show.add_argument("--json", action="store_true", help=_("print JSON"))


def cmd_demo(args: argparse.Namespace) -> int:
    """Demo data goes into the demo's own file unless --db names another workspace, and only
    ever into an empty one: never $ATOZ_DB_URL, which names the seller's real workspace."""
    from atoz_desktop.core.demo import NotAnEmptyWorkspaceError, create_demo_workspace
    from atoz_desktop.core.storage.database import default_demo_path

    if args.orders < 0:
        raise BadInput(_("{option} must be 0 or more").format(option="--orders"))
    args.db = args.db or str(default_demo_path())
    workspace = _open(args)
    try:
        if workspace.is_demo:
            print(
                _("{location} is already the demo workspace; nothing was written.").format(
                    location=workspace.location
                )
            )
            return EXIT_OK
        try:
            create_demo_workspace(workspace, orders=args.orders)
        except NotAnEmptyWorkspaceError:
            raise BadInput(
                _(
                    "{location} already holds orders or claims; demo data goes only into an "
                    "empty workspace, nothing was written (without --db the demo has a file of "
                    "its own)"
                ).format(location=workspace.location)
            ) from None
        print(_("Demo workspace created at {location}").format(location=workspace.location))
        return EXIT_OK
    finally:
        workspace.close()


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
            more = len(exc.problems) - 1
            text = (
                _("{problem} (and {more} more bad rows); nothing was imported")
                if more > 1
                else _("{problem} (and 1 more bad row); nothing was imported")
                if more
                else _("{problem}; nothing was imported")
            )
            raise BadInput(text.format(problem=first, more=more)) from None
        raise BadInput("; ".join(line for line in lines[1:] or lines)) from None
    if args.json:
        _print_json(summary.as_json())
    else:
        print(summary.message())
        for warning in summary.warnings:
            warn(str(warning))
        for problem in summary.skipped:
            print(_("skipped: {problem}").format(problem=problem), file=sys.stderr)
    return EXIT_OK


def cmd_orders_list(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.orders import list_orders, row_json

    if args.limit is not None and args.limit < 0:
        raise BadInput(_("{option} must be 0 or more").format(option="--limit"))
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
        raise BadInput(_("no order {order} in the workspace").format(order=args.order_id))
    data = detail_json(detail)
    if args.json:
        _print_json(data)
        return EXIT_OK
    for key, value in data.items():
        if key not in ("lines", "shipments", "extra"):
            print(f"{key}: {value if value is not None else ''}")
    for line in data["lines"]:
        item = f"{line['quantity']} × {line['sku'] or ''} {line['product_name'] or ''} "
        print(_("line: {item}").format(item=item + f"{line['item_price'] or ''}"))
    for shipment in data["shipments"]:
        print(
            _("shipment: {carrier} {number} shipped {when}").format(
                carrier=carrier_name(shipment["carrier"], language()),
                number=shipment["tracking_number"],
                when=shipment["shipped_at"] or "?",
            )
        )
    return EXIT_OK
