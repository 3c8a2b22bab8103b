"""Commands on orders: demo data, importing Amazon order reports, listing and showing orders."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _open, _print_json
from atoz_desktop.core.i18n import language
from atoz_desktop.core.rules.carriers import carrier_name


def add_commands(commands: Any) -> None:
    """Register `demo`, `import orders` and `orders list|show`."""
    demo = commands.add_parser(
        "demo",
        help="make the demo workspace: a file of its own (the window's File › Open Demo), or the "
        "empty workspace given with --db",
    )
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


def cmd_demo(args: argparse.Namespace) -> int:
    """Demo data goes into the demo's own file unless --db names another workspace, and only
    ever into an empty one: never $ATOZ_DB_URL, which names the seller's real workspace."""
    from atoz_desktop.core.demo import NotAnEmptyWorkspaceError, create_demo_workspace
    from atoz_desktop.core.storage.database import default_demo_path

    if args.orders < 0:
        raise BadInput("--orders must be 0 or more")
    args.db = args.db or str(default_demo_path())
    workspace = _open(args)
    try:
        if workspace.is_demo:
            print(f"{workspace.location} is already the demo workspace; nothing was written.")
            return EXIT_OK
        try:
            create_demo_workspace(workspace, orders=args.orders)
        except NotAnEmptyWorkspaceError:
            raise BadInput(
                f"{workspace.location} already holds orders or claims; demo data goes only into "
                "an empty workspace, nothing was written (without --db the demo has a file of "
                "its own)"
            ) from None
        print(f"Demo workspace created at {workspace.location}")
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
            f"shipment: {carrier_name(shipment['carrier'], language())} "
            f"{shipment['tracking_number']} "
            f"shipped {shipment['shipped_at'] or '?'}"
        )
    return EXIT_OK
