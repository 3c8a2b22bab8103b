"""Pillow and pillow-heif are imported at the first image (core/evidence/images.py), not with the
module: the window imports it at start. The HEIF opener must then still be registered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures_evidence import heic

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
from atoz_desktop.core.evidence import images
from atoz_desktop.core.evidence.sniff import HEIC
assert "PIL" not in sys.modules and "pillow_heif" not in sys.modules, "imported with the module"
data = open(sys.argv[1], "rb").read()
facts = images.check_image(data, HEIC)
thumb = images.thumbnail_bytes(data, 64)
from PIL import Image
print(facts.width, facts.height, facts.from_camera, thumb[:2] == b"\\xff\\xd8",
      Image.MAX_IMAGE_PIXELS == images.MAX_IMAGE_PIXELS)
"""


def test_a_heic_photo_is_read_though_pillow_comes_in_at_the_first_image(tmp_path: Path) -> None:
    photo = tmp_path / "photo.heic"
    photo.write_bytes(heic())
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(photo)],
        capture_output=True, text=True, timeout=60, cwd=str(ROOT),
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    width, height, from_camera, jpeg, limit = done.stdout.split()
    assert int(width) > 0 and int(height) > 0
    assert (from_camera, jpeg, limit) == ("True", "True", "True")


WARMED = """
import sys
from atoz_desktop.core.evidence import images
from atoz_desktop.gui.app import warm_up
assert "pillow_heif" not in sys.modules
warm_up().join()
from PIL import Image
print("pillow_heif" in sys.modules, Image.MAX_IMAGE_PIXELS == images.MAX_IMAGE_PIXELS)
"""


def test_the_windows_warm_up_sets_the_image_stack_up_before_the_first_drop() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WARMED],
        capture_output=True, text=True, timeout=120, cwd=str(ROOT),
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
