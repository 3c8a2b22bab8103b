"""The French catalogue holds every visible string of the window's sources, translated, and the
compiled .qm is the .ts as committed: a tr() added without running update.sh, or a .qm not
rebuilt, fails here (the window would show that text in English)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import atoz_desktop
from atoz_desktop.gui.common.resources import translations_dir

ROOT = Path(atoz_desktop.__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed beside {sys.executable}")
    return str(path)


def _sources() -> list[str]:
    gui = ROOT / "atoz_desktop" / "gui"
    return sorted(str(p.relative_to(ROOT)) for p in gui.rglob("*.py"))


def test_every_visible_string_is_in_the_french_catalogue(tmp_path: Path) -> None:
    """lupdate over the sources, into a copy of the catalogue, adds nothing to translate."""
    ts = tmp_path / "atoz_desktop_fr.ts"
    shutil.copy(translations_dir() / "atoz_desktop_fr.ts", ts)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "relative", *_sources(), "-ts", str(ts)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                missing.append((context.findtext("name"), message.findtext("source")))
    assert not missing, f"run resources/translations/update.sh and translate: {missing}"


def test_the_compiled_catalogues_are_the_committed_sources(tmp_path: Path) -> None:
    for name in ("atoz_desktop_fr", "atoz_desktop_en", "qt_missing_fr"):
        qm = tmp_path / f"{name}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(translations_dir() / f"{name}.ts"), "-qm", str(qm)],
            check=True, capture_output=True,
        )  # fmt: skip
        committed = (translations_dir() / f"{name}.qm").read_bytes()
        assert qm.read_bytes() == committed, f"{name}.qm is stale: run update.sh"
