"""Text recognition (OCR) of a picture with Tesseract, a system program run as a subprocess.

Tesseract 5 (Apache-2.0) is what a seller can install on Windows (the UB-Mannheim installer,
`winget install UB-Mannheim.TesseractOCR`), macOS (`brew install tesseract tesseract-lang`) and
Linux (`tesseract-ocr`, `tesseract-ocr-fra`, `tesseract-ocr-deu`); it is not bundled with the
program. It read a generated 12-megapixel receipt photo right in 0.5-0.7 s; RapidOCR (ONNX
models in its wheels) read it as well but in 15-33 s under load, plus 4.4 s to load and 170 MB
(README, Benchmark). Without Tesseract a picture is read from its barcodes only, and the
reading says so (`UNAVAILABLE`).

The program is called directly (no shell, no pytesseract): the picture goes in on stdin as a
PGM (no encoding cost, no temporary file), the text comes back on stdout; a call is killed
after its timeout (a hostile picture cannot hang the reading), runs one OpenMP thread (with
two, Tesseract 5 took 12-15 s instead of 1.2-1.6 s on a loaded machine: its threads spin
waiting for each other) and, on Linux and macOS, at a lower priority than the window.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)

#: The languages of carrier documents, in the order Tesseract tries them.
LANGUAGES = ("fra", "eng", "deu")
#: A picture is recognised at most this big (a 12 MP photo is first decoded reduced to 3 MP,
#: which is read as it is; an A4 page rendered at 200 dpi is 3.9 MP).
OCR_PIXELS = 4_500_000
#: One call is stopped after this long (a 12 MP photo takes under a second when idle).
TIMEOUT_S = 20.0
#: Where the installers put it when it is not on the PATH (a GUI app started from the Dock or
#: the Start menu does not see the shell's PATH).
_PLACES = {
    "win32": (
        r"C:\Program Files\Tesseract-OCR\tesseract.exe",
        r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    ),
    "darwin": (
        "/opt/homebrew/bin/tesseract",
        "/usr/local/bin/tesseract",
        "/opt/local/bin/tesseract",
    ),
}
#: Overrides the search (a portable copy, support): the path of the tesseract program.
ENV_PATH = "ATOZ_TESSERACT"

DONE, UNAVAILABLE, TIMED_OUT, FAILED = "done", "unavailable", "timed-out", "failed"


#: Tesseract's "Rotate: N" (degrees clockwise that make the text upright) -> Pillow's transpose.
_ROTATIONS = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
#: Below this confidence Tesseract's orientation is a guess (a sideways page gives about 3).
_MIN_ORIENTATION_CONFIDENCE = 1.5


class _Failed(Exception):
    """Tesseract ran and said it failed (exit status and its last line on stderr)."""


@dataclass(frozen=True, slots=True)
class Engine:
    path: str
    version: str  # "5.3.0"
    languages: tuple[str, ...]  # those of LANGUAGES installed, in that order
    osd: bool = False  # orientation and script detection installed (osd.traineddata)


@dataclass(frozen=True, slots=True)
class Recognition:
    text: str
    status: str  # DONE, UNAVAILABLE, TIMED_OUT or FAILED


def find_tesseract() -> str | None:
    """The tesseract program: `$ATOZ_TESSERACT`, the PATH, or where its installers put it."""
    override = os.environ.get(ENV_PATH)
    if override:
        return override if Path(override).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return found
    for place in _PLACES.get(sys.platform, ()):
        if Path(place).is_file():
            return place
    return None


_engines: dict[str, Engine | None] = {}
_engines_lock = threading.Lock()


def engine() -> Engine | None:
    """Tesseract with at least one of LANGUAGES, or None; asked once per program path."""
    path = find_tesseract()
    if path is None:
        return None
    with _engines_lock:
        if path not in _engines:
            _engines[path] = _probe(path)
        return _engines[path]


def _probe(path: str) -> Engine | None:
    try:
        version = _run([path, "--version"], b"", 10.0)
        listed = _run([path, "--list-langs"], b"", 10.0)
    except (OSError, subprocess.SubprocessError, _Failed) as exc:
        log.info("tesseract at %s does not answer: %s", path, exc)
        return None
    words = version.decode("utf-8", "replace").split()
    number = words[1] if len(words) > 1 and words[0].lower() == "tesseract" else "?"
    names = set(listed.decode("utf-8", "replace").split())
    languages = tuple(lang for lang in LANGUAGES if lang in names)
    if not languages:
        log.info("tesseract at %s has none of the languages %s", path, LANGUAGES)
        return None
    return Engine(path, number.lstrip("v"), languages, "osd" in names)


def describe() -> str | None:
    """The engine as the self-check names it ("Tesseract 5.3.0 (fra, eng, deu)"), or None
    when text recognition is not available."""
    found = engine()
    if found is None:
        return None
    return f"Tesseract {found.version} ({', '.join(found.languages)})"


def prepared(picture: Image.Image) -> bytes:
    """The picture as Tesseract reads it: grayscale, at most OCR_PIXELS, as a binary PGM."""
    gray = picture if picture.mode == "L" else picture.convert("L")
    if gray.width * gray.height > OCR_PIXELS:
        ratio = (OCR_PIXELS / (gray.width * gray.height)) ** 0.5
        size = (max(1, int(gray.width * ratio)), max(1, int(gray.height * ratio)))
        gray = gray.resize(size, Image.Resampling.BOX)
    out = io.BytesIO()
    gray.save(out, "PPM")  # mode L: a binary PGM, which Leptonica reads from stdin
    return out.getvalue()


def recognise(picture: Image.Image, timeout: float = TIMEOUT_S) -> Recognition:
    """The text Tesseract reads on the picture (upright, as `reading` gives it)."""
    found = engine()
    if found is None:
        return Recognition("", UNAVAILABLE)
    command = [found.path, "stdin", "stdout", "-l", "+".join(found.languages), "--psm", "3"]
    try:
        out = _run(command, prepared(picture), timeout)
    except subprocess.TimeoutExpired:
        log.info("tesseract stopped after %.0f s", timeout)
        return Recognition("", TIMED_OUT)
    except (OSError, subprocess.SubprocessError, _Failed) as exc:
        log.info("tesseract failed: %s", exc)
        return Recognition("", FAILED)
    return Recognition(out.decode("utf-8", "replace"), DONE)


def upright(picture: Image.Image, timeout: float = TIMEOUT_S) -> Image.Image | None:
    """The picture turned the right way up when Tesseract's orientation detection says its
    text is sideways or upside down (a page scanned or photographed turned, without an EXIF
    orientation); None when it is upright, or that cannot be told."""
    found = engine()
    if found is None or not found.osd:
        return None
    try:
        out = _run([found.path, "stdin", "stdout", "--psm", "0"], prepared(picture), timeout)
    except (OSError, subprocess.SubprocessError, _Failed) as exc:
        log.info("tesseract could not tell the orientation: %s", exc)  # too few letters
        return None
    facts = dict(
        (key.strip(), value.strip())
        for key, _sep, value in (
            line.partition(":") for line in out.decode("utf-8", "replace").splitlines()
        )
    )
    try:
        rotate, confidence = (
            int(facts.get("Rotate", "0")),
            float(facts.get("Orientation confidence", "0")),
        )
    except ValueError:
        return None
    turn = _ROTATIONS.get(rotate)
    if turn is None or confidence < _MIN_ORIENTATION_CONFIDENCE:
        return None
    return picture.transpose(turn)


def _run(command: list[str], data: bytes, timeout: float) -> bytes:
    """Run `command` with `data` on stdin; its stdout. Killed (and reaped) after `timeout`."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    # Windows: no console window flashes, and it runs below the window (as `nice` does below).
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    flags |= getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    started = time.monotonic()
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        creationflags=flags,
    ) as process:
        if hasattr(os, "setpriority"):
            try:  # below the window (and its thumbnails): it only reads in the background
                os.setpriority(os.PRIO_PROCESS, process.pid, 10)
            except OSError:
                pass
        try:
            out, err = process.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
    if process.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        raise _Failed(f"exit {process.returncode}: {message[-1] if message else ''}")
    log.debug("%s took %.2f s", command[1], time.monotonic() - started)
    return out
