"""Pillow and pillow-heif are imported at the first image (core/evidence/images.py), not with the
module: the window imports it at start. The HEIF opener must then still be registered."""

from __future__ import annotations

from pathlib import Path

from tests.fixtures_evidence import heic
from tests.fresh_python import run_fresh

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
    width, height, from_camera, jpeg, limit = run_fresh(CHECK, str(photo), timeout=60).split()
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
    assert run_fresh(WARMED).split() == ["True", "True"]
