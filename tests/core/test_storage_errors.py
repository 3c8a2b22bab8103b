"""The engine sorts database errors once (core/storage/errors.py): a workspace out of reach is a
plain message naming the reason, and any other database error stays a bug with its traceback."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from atoz_desktop.core.storage.database import make_engine, open_workspace
from atoz_desktop.core.storage.errors import WorkspaceBusy, WorkspaceUnavailable, sorted_error


def test_a_read_only_workspace_file_is_a_plain_message(tmp_path):
    file = tmp_path / "ws.sqlite3"
    open_workspace(str(file)).close()
    engine = make_engine(f"sqlite:///file:{file}?mode=ro&uri=true")
    try:
        with pytest.raises(WorkspaceUnavailable, match="read-only") as caught:
            with engine.begin() as connection:
                connection.execute(text("INSERT INTO workspace_settings VALUES ('k', 'v')"))
    finally:
        engine.dispose()
    assert isinstance(caught.value.original, sqlite3.OperationalError)


def test_a_server_that_does_not_answer_is_a_plain_message_without_the_password():
    pytest.importorskip("psycopg")
    engine = make_engine("postgresql+psycopg://seller:s3cret@127.0.0.1:1/atoz?connect_timeout=2")
    try:
        with pytest.raises(WorkspaceUnavailable) as caught:
            with engine.connect():
                pass
    finally:
        engine.dispose()
    assert "does not answer" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_any_other_database_error_stays_a_bug(tmp_path):
    workspace = open_workspace(str(tmp_path / "ws.sqlite3"))
    try:
        workspace.set_setting("k", "v")
        with pytest.raises(IntegrityError):
            with workspace.begin() as connection:
                connection.execute(text("INSERT INTO workspace_settings VALUES ('k', 'w')"))
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("database is locked", WorkspaceBusy, "busy"),
        ("canceling statement due to lock timeout", WorkspaceBusy, "busy"),
        ("database or disk is full", WorkspaceUnavailable, "disk is full"),
        ("database disk image is malformed", WorkspaceUnavailable, "damaged"),
        ("unable to open database file", WorkspaceUnavailable, "cannot be opened"),
    ],
)
def test_known_driver_messages_are_sorted(message, kind, words):
    sorted_ = sorted_error(sqlite3.OperationalError(message))
    assert isinstance(sorted_, kind)
    assert words in str(sorted_)


def test_an_unknown_message_is_not_sorted():
    assert sorted_error(sqlite3.OperationalError("no such column: foo")) is None
    assert isinstance(sorted_error(RuntimeError("x"), is_disconnect=True), WorkspaceUnavailable)
