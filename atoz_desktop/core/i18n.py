"""The language of the messages the core writes for users: import problems, refusals, errors.

The GUI is translated by Qt, but the core must not import Qt, and its messages (a bad row of a
report, a refused evidence file, a claim action that cannot be done) reach the user as they are.
So the core writes them through `_`, gettext-style, with the English template as the key::

    raise FieldError(_("unreadable date {text!r}").format(text=text))

Translate the *template*, then format it: the translator sees the `{placeholders}`, and the
French catalogue (`locale_fr.py`) keeps exactly the same field names (a conversion such as
`!r` may differ: French quotes with « » rather than Python's '…'). A template missing from the
catalogue comes out in English, never as an error.

Text kept in a constant (a table of labels, a warning stored in the database) is marked with
`N_` where it is written, so the catalogue test finds it, and translated with `_` where it is
shown. A message stored in the database is stored in English and translated when read, so it
follows the language of whoever reads it.

Machine-readable values never go through `_`: column names, status and reason codes, JSON keys.
Neither do log messages and exceptions that only a bug can raise.

Thread safety: the language is one process-wide value, set once at start-up (the GUI from the
system locale, the command line from $ATOZ_LANG or the locale variables) before any worker
thread runs; `_` only reads it. Tests that change it restore it (see tests/core/test_i18n.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from atoz_desktop.core.rules.texts import LANGS, Lang, lang_of

__all__ = ["N_", "_", "english", "env_language", "language", "set_language"]

_language: Lang = "en"


def set_language(lang: str) -> None:
    """Write the core's messages in `lang` from now on: 'en' or 'fr' (or a locale name such as
    'fr_FR'; see `lang_of`). Raises ValueError for a language there is no catalogue for."""
    global _language
    _language = lang_of(lang)


def language() -> Lang:
    """The language the core's messages are written in ('en' unless `set_language` said)."""
    return _language


def language_or_english(name: str) -> Lang:
    """'fr_FR' -> 'fr'; any language without a catalogue ('de_DE', 'C', '') -> 'en'."""
    return lang_of(name) if name[:2].lower() in LANGS else "en"


def env_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The command line's language: $ATOZ_LANG when set, else the first of LC_ALL, LC_MESSAGES
    and LANG that is set, as POSIX programs do; French only if it says so, else English."""
    env = os.environ if environ is None else environ
    for name in ("ATOZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return language_or_english(value)
    return "en"


def _catalogue() -> Mapping[str, str]:
    from atoz_desktop.core.locale_fr import FR  # loaded on the first French message only

    return FR


def _(template: str) -> str:
    """`template` (English) in the current language; English when no translation is known."""
    if _language == "en" or not template:
        return template
    return _catalogue().get(template, template)


def N_(template: str) -> str:
    """Mark a template for the catalogue without translating it yet (it is translated by `_`
    where it is shown)."""
    return template


def english(text: str) -> str:
    """The English template of a translated message (the text itself when it is not one): to
    store a message that was read back translated, so the database keeps English."""
    if not text:
        return text
    for key, value in _catalogue().items():
        if value == text:
            return key
    return text
