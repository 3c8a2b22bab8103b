"""A built wheel carries everything the program needs: built from a copy of the sources,
installed into a fresh environment (the dependencies taken from this one, nothing downloaded),
the installed program makes a demo workspace and passes `self-check` in French: its own and
Qt's catalogues, the icons, the help pages, the fonts, the migrations, PDFium and zxing-cpp."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import atoz_desktop

ROOT = Path(atoz_desktop.__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # about 20 s: one build, one install, two runs of the program


def _copy_sources(into: Path) -> Path:
    """What `pip wheel` needs, copied (links kept) so the build never writes into the tree."""
    into.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, into / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "update.sh")
    shutil.copytree(ROOT / "atoz_desktop", into / "atoz_desktop", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "resources", into / "resources", ignore=ignore)
    assert (into / "atoz_desktop" / "resources").is_symlink()
    return into


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ATOZ_", "LC_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        **extra,
    )
    return env


def test_the_wheel_installs_and_runs_in_french(tmp_path: Path) -> None:
    sources = _copy_sources(tmp_path / "src")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(dist), str(sources)],
        check=True, cwd=tmp_path, env=_clean_env(tmp_path),
    )  # fmt: skip
    (wheel,) = dist.glob("atoz_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "atoz_desktop/resources/translations/atoz_desktop_fr.qm",
        "atoz_desktop/resources/icons/app.svg",
        "atoz_desktop/resources/fonts/DejaVuSans.ttf",
        "atoz_desktop/resources/fonts/LICENSE-DejaVu.txt",
        "atoz_desktop/resources/help/guide_fr.html",
        "atoz_desktop/core/storage/migrations/env.py",
        "atoz_desktop/core/storage/migrations/script.py.mako",
        "atoz_desktop/core/storage/migrations/versions/0001_initial.py",
    ):
        assert needed in names, needed
    assert not any(name.endswith((".ts", ".sh")) for name in names)  # sources stay home

    # A fresh environment whose only atoz_desktop is the wheel's; the dependencies come from
    # this environment's site-packages through a .pth line (no download, and no .pth of this
    # environment runs there: the editable install's finder stays out).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        check=True, cwd=tmp_path, env=_clean_env(tmp_path),
    )  # fmt: skip

    env = _clean_env(tmp_path / "home", LANG="fr_FR.UTF-8")
    code = "import atoz_desktop as a; print(a.__file__); print(a.resources_dir())"
    where = subprocess.run(
        [str(python), "-c", code],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=env,
    ).stdout.split()  # fmt: skip
    assert all(path.startswith(str(site)) for path in where), where
    assert not Path(where[1]).is_symlink()

    program = str(venv / "bin" / "atoz-desktop")
    demo = tmp_path / "demo.sqlite3"
    made = subprocess.run(
        [program, "demo", "--orders", "20", "--db", str(demo)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr  # the migrations came along
    check = subprocess.run(
        [program, "self-check", "--json", "--db", str(demo)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    checks = {c["check"]: c for c in json.loads(check.stdout)}
    assert check.returncode == 0, (checks, check.stderr)
    assert all(c["ok"] for c in checks.values()), checks
    assert "qtbase_fr.qm" in checks["translations"]["detail"]
    assert "atoz_desktop_fr.qm" in checks["translations"]["detail"]
    assert "20 commandes" in checks["window"]["detail"]  # the window, in French
