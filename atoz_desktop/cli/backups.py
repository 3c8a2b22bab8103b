"""`backup FILE` and `restore FILE [--yes]`: the whole workspace in one checked file, and back.

`restore` replaces the workspace, so without `--yes` it asks on the terminal, and refuses (exit
2, nothing changed) when there is no terminal to ask on. `--json` prints what was written and
how it was checked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from atoz_desktop.cli.common import EXIT_OK, BadInput, _add_db, _print_json
from atoz_desktop.core.i18n import _, language


def add_commands(commands: Any) -> None:
    """Register `backup` and `restore`."""
    backup = commands.add_parser(
        "backup",
        help=_("write the whole workspace, evidence included, into one file, and check the copy"),
    )
    _add_db(backup, argparse.SUPPRESS)
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    backup.add_argument(
        "--json", action="store_true", help=_("print what was written and checked as JSON")
    )

    restore = commands.add_parser(
        "restore",
        help=_("replace the workspace by a backup file, after backing the workspace up first"),
    )
    _add_db(restore, argparse.SUPPRESS)
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    restore.add_argument(
        "--json", action="store_true", help=_("print what was restored and backed up as JSON")
    )


def size_text(size: int) -> str:
    """`12.3 MB` / `12,3 Mo`."""
    number = f"{size / 1_000_000:.1f}"
    if language() == "fr":
        number = number.replace(".", ",")
    return _("{number} MB").format(number=number)


def _backup_json(result: Any) -> dict[str, Any]:
    return {
        "file": str(result.file),
        "bytes": result.bytes,
        "source": result.source,
        "schema": result.revision,
        "orders": result.orders,
        "claims": result.claims,
        "evidence": result.evidence,
        "verified": True,
        "files_checked": result.files_checked,
    }


def _checked_text(result: Any) -> str:
    return _(
        "Checked: the copy's database is sound and its {files} stored files match their SHA-256."
    ).format(files=result.files_checked)


def cmd_backup(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.backups import BackupError, backup_workspace
    from atoz_desktop.core.storage.database import WorkspaceError, open_workspace

    try:  # never a new, empty workspace made only to be backed up
        workspace = open_workspace(args.db, create=False)
    except WorkspaceError as exc:
        raise BadInput(str(exc)) from None
    try:
        result = backup_workspace(workspace, Path(args.file), overwrite=args.force)
    except BackupError as exc:
        raise BadInput(str(exc)) from None
    finally:
        workspace.close()
    if args.json:
        _print_json(_backup_json(result))
        return EXIT_OK
    print(
        _(
            "Backed up {source} to {file} ({size}; orders: {orders}, claims: {claims}, "
            "evidence files: {evidence})."
        ).format(
            source=result.source,
            file=result.file,
            size=size_text(result.bytes),
            orders=result.orders,
            claims=result.claims,
            evidence=result.evidence,
        )
    )
    print(_checked_text(result))
    return EXIT_OK


def _confirm(target: str, info: Any) -> bool:
    """Ask on the terminal; BadInput when there is none to ask on."""
    if not sys.stdin.isatty():
        raise BadInput(
            _(
                "restoring replaces the workspace {target}; there is no terminal to confirm it "
                "on: add --yes to restore anyway"
            ).format(target=target)
        )
    print(
        _(
            "This replaces the workspace {target} by the backup {file} (orders: {orders}, "
            "claims: {claims}, evidence files: {evidence}). The workspace is backed up first."
        ).format(
            target=target,
            file=info.file,
            orders=info.orders,
            claims=info.claims,
            evidence=info.evidence,
        ),
        file=sys.stderr,
    )
    try:
        answer = input(_("Restore? [y/N] "))
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", _("y"), _("yes")}


def cmd_restore(args: argparse.Namespace) -> int:
    from atoz_desktop.core.services.backups import restore_workspace
    from atoz_desktop.core.storage.backup import inspect_backup
    from atoz_desktop.core.storage.database import WorkspaceError, redacted, resolve_url

    file = Path(args.file)
    target = resolve_url(args.db)
    try:
        info = inspect_backup(file.expanduser().absolute())
    except WorkspaceError as exc:
        raise BadInput(str(exc)) from None
    if not args.yes and not _confirm(redacted(target), info):
        raise BadInput(_("not restored: nothing was changed"))
    try:
        result = restore_workspace(target, file)
    except WorkspaceError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json(
            {
                "restored": result.target,
                "file": str(result.file),
                "orders": result.orders,
                "claims": result.claims,
                "evidence": result.evidence,
                "migrated_from": result.migrated_from,
                "previous": None if result.previous is None else _backup_json(result.previous),
            }
        )
        return EXIT_OK
    if result.previous is not None:
        print(
            _("The workspace as it was is backed up in {file}.").format(file=result.previous.file)
        )
    print(
        _(
            "Restored {target} from {file} (orders: {orders}, claims: {claims}, evidence "
            "files: {evidence})."
        ).format(
            target=result.target,
            file=result.file,
            orders=result.orders,
            claims=result.claims,
            evidence=result.evidence,
        )
    )
    return EXIT_OK
