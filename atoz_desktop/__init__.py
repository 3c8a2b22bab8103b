"""A-to-Z Desk: a desktop case manager for Amazon A-to-z Guarantee claims."""

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "A-to-Z Desk"
APP_ID = "atoz-desktop"


def resources_dir() -> Path:
    """The folder of icons, fonts, translations, help pages: `atoz_desktop/resources/`.

    In the repository that is a symbolic link to the top-level `resources/`; a wheel and the
    PyInstaller bundle carry the real files there. A checkout where Git wrote the link as a
    plain file (Windows without symlinks) still finds the folder beside the package."""
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"
