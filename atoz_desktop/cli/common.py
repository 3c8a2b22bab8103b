"""What every command family shares: exit codes, the error for input the user can correct,
the --db option, opening the workspace, JSON output, and reading date-times and amounts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from atoz_desktop.core.i18n import _

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user can correct; the message is printed as one line on stderr."""


def _add_db(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=_(
            "workspace database: a file path or a SQLAlchemy URL such as "
            "postgresql+psycopg://user@host/atoz (default: $ATOZ_DB_URL, else the user data "
            "folder)"
        ),
    )


def _open(args: argparse.Namespace) -> Any:
    from atoz_desktop.core.storage.database import WorkspaceError, open_workspace

    try:
        return open_workspace(args.db)
    except WorkspaceError as exc:
        raise BadInput(str(exc)) from None


def warn(message: str) -> None:
    """'warning: …' on stderr, in the user's language."""
    print(_("warning: {message}").format(message=message), file=sys.stderr)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _when(text: str | None, workspace: Any, what: str) -> Any:
    """An ISO date-time; a time without offset is the seller's local time."""
    from datetime import datetime

    from atoz_desktop.core.services.policies import workspace_timezone

    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            _("{option}: {text!r} is not a date-time (e.g. 2026-11-20T14:05)").format(
                option=what, text=text
            )
        ) from None
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
        raise BadInput(_("{text!r} is not an amount").format(text=text)) from None
