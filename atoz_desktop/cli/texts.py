"""argparse's own words ("usage:", "options", "error:", "invalid choice") in the user's language.

argparse writes them through `gettext`, for which Python ships no French catalogue; the command
line translates them with the core's `_` instead (French in core/locale_fr_cli.py). They are
marked here with `N_` so the catalogue test sees them.
"""

from __future__ import annotations

import argparse

from atoz_desktop.core.i18n import N_, _

#: The messages of argparse (Python 3.11 to 3.13) a user can meet.
ARGPARSE_TEMPLATES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unexpected option string: %s"),
)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _(singular if count == 1 else plural)


def localise_argparse() -> None:
    """Route argparse's messages through `_` (call after the language is set)."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
