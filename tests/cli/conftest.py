"""Command-line fixtures. `main()` picks the core's language from $ATOZ_LANG and the locale
variables; the tests here assert English messages, so they pin English whatever the machine's
locale, and leave the process-wide language as they found it.

`db` is a workspace file holding one imported order (tests/reports.order_row's); a module that
needs another starting point (an empty file, a claim, a dossier case) defines its own `db`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from atoz_desktop.cli import main
from atoz_desktop.core import i18n
from tests.reports import order_row, write_report


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ATOZ_LANG", "en")
    before = i18n.language()
    yield
    i18n.set_language(before)


@pytest.fixture
def db(tmp_path, monkeypatch, capsys) -> str:
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    path = str(tmp_path / "cli.sqlite3")
    assert main(["import", "orders", str(write_report(tmp_path / "a.txt", [order_row()])),
                 "--db", path]) == 0  # fmt: skip
    capsys.readouterr()
    return path
