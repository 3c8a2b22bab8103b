from pathlib import Path

import pytest

from atoz_desktop.core.storage.database import Workspace, open_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = open_workspace(str(tmp_path / "workspace.sqlite3"))
    yield ws
    ws.close()
