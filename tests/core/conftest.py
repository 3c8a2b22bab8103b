"""Core fixtures. `workspace` runs each test on SQLite and, when $ATOZ_TEST_PG_URL names a
PostgreSQL server (CI starts one), on a fresh PostgreSQL database too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from atoz_desktop.core.storage.database import Workspace, open_workspace

PG_URL = os.environ.get("ATOZ_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    if request.param == "sqlite":
        ws = open_workspace(str(tmp_path / "workspace.sqlite3"))
        yield ws
        ws.close()
        return
    if not PG_URL:
        pytest.skip("set ATOZ_TEST_PG_URL to a PostgreSQL server to run this on PostgreSQL")
    name = f"atoz_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    ws = open_workspace(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    try:
        yield ws
    finally:
        ws.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}"'))
        admin.dispose()
