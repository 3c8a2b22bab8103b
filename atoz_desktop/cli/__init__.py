"""The command line, on the same core as the GUI. It imports no Qt unless it opens the window.

Exit status: 0 success; 2 bad input (one line on stderr naming the file and the problem, and
nothing written); 1 only for a bug. Each family of commands (orders, claims, evidence, dossiers)
has its module here, which registers its subcommands and runs them.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from collections.abc import Sequence

from atoz_desktop import APP_NAME, __version__
from atoz_desktop.cli import backups, claims, dossiers, evidence, orders
from atoz_desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_BUG,
    EXIT_OK,
    BadInput,
    _add_db,
    _print_json,
)
from atoz_desktop.cli.texts import localise_argparse
from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.errors import StaleEdit, WorkspaceBusy, WorkspaceUnavailable

__all__ = ["build_parser", "dispatch", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atoz-desktop",
        description=_(
            "{app}: defend Amazon A-to-z Guarantee claims. Without a command, opens the window."
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the program's version number and exit"),
    )
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help=_("open the window (the default)"))
    _add_db(gui, argparse.SUPPRESS)

    check = commands.add_parser(
        "self-check", help=_("check that this copy of the program is complete (offscreen)")
    )
    check.add_argument("--json", action="store_true", help=_("print the checks as JSON"))
    _add_db(check, argparse.SUPPRESS)

    orders.add_commands(commands)
    claims.add_commands(commands)
    evidence.add_commands(commands)
    dossiers.add_commands(commands)
    backups.add_commands(commands)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    # No garbage collection while the window's 500 modules are imported and it is built: a
    # start makes hundreds of thousands of objects and no garbage, and the collector walked them
    # over and over (about 12% of the start, 2026-12-02). gui.app turns it on again after the
    # first frame, those objects frozen first.
    gc.disable()
    from atoz_desktop.gui.app import run

    return run(args.db, sys.argv[:1])


def cmd_self_check(args: argparse.Namespace) -> int:
    """Exit 0 when every check passed, 2 when one failed (each named on its line)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing to show a seller
    from atoz_desktop.gui.selfcheck import run_checks

    checks = run_checks(args.db)
    if args.json:
        _print_json([check.as_json() for check in checks])
    else:
        for check in checks:
            print(f"{'ok  ' if check.ok else 'FAIL'}  {check.key:<12}  {check.detail}")
    return EXIT_OK if all(check.ok for check in checks) else EXIT_BAD_INPUT


def dispatch(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command == "gui":
        return cmd_gui(args)
    if command == "self-check":
        return cmd_self_check(args)
    if command == "demo":
        return orders.cmd_demo(args)
    if command == "import":
        return orders.cmd_import_orders(args)
    if command == "claim":
        return claims.cmd_claim(args)
    if command == "evidence":
        return evidence.cmd_evidence(args)
    if command == "message":
        return evidence.cmd_message(args)
    if command == "check":
        return evidence.cmd_check(args)
    if command == "dossier":
        return dossiers.cmd_dossier(args)
    if command == "seller":
        return dossiers.cmd_seller(args)
    if command == "backup":
        return backups.cmd_backup(args)
    if command == "restore":
        return backups.cmd_restore(args)
    if command == "orders" and args.what == "list":
        return orders.cmd_orders_list(args)
    return orders.cmd_orders_show(args)


def main(argv: Sequence[str] | None = None) -> int:
    from atoz_desktop.core.i18n import env_language, set_language

    set_language(env_language())  # the core's messages: French if $ATOZ_LANG or the locale says
    localise_argparse()  # argparse's own words ("usage:", "error:") in the same language
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except BadInput as exc:
        print(f"atoz-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (WorkspaceBusy, WorkspaceUnavailable, StaleEdit) as exc:  # nothing was done
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
