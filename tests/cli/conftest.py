"""Command-line fixtures. `main()` picks the core's language from $ATOZ_LANG and the locale
variables; the tests here assert English messages, so they pin English whatever the machine's
locale, and leave the process-wide language as they found it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from atoz_desktop.core import i18n


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ATOZ_LANG", "en")
    before = i18n.language()
    yield
    i18n.set_language(before)
