"""File names that come from outside (a mail's attachment, a pasted name) made safe to store,
show and write: a bare name, never a path, and an extension that matches the content.

A mail may name its attachment "../../../.config/autostart/x.desktop" or "/home/u/.bashrc", or
hide a right-to-left override (U+202E) in "facture<U+202E>fdp.exe" so that it reads
"factureexe.pdf". Nothing of a name is ever used as a path, and a text file never reaches a
viewer as ".js" or ".bat".
"""

from __future__ import annotations

import re

from atoz_desktop.core.evidence.sniff import EXTENSIONS, HEIC, JPEG, TEXT, TIFF

#: Control characters and the bidirectional overrides that make a name read backwards.
_INVISIBLE = re.compile("[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Characters Windows refuses in a file name (and "/" and "\\", which end a path's parts).
_RESERVED = re.compile(r'[<>:"|?*]+')
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
     *(f"lpt{n}" for n in range(1, 10))}
)  # fmt: skip
MAX_NAME_CHARS = 200

#: The other extensions a file of each type may rightly carry.
_ALSO = {JPEG: (".jpeg", ".jpe"), HEIC: (".heif", ".hif"), TIFF: (".tiff",), TEXT: (".text",)}


def safe_file_name(name: str, fallback: str) -> str:
    """The last part of `name` (after any "/" or "\\"), without control or bidi characters,
    leading dots (no hidden file) or Windows' reserved characters; `fallback` if nothing is
    left. At most MAX_NAME_CHARS characters, the extension kept."""
    base = re.split(r"[/\\]", _INVISIBLE.sub("", name))[-1]
    base = _RESERVED.sub("_", " ".join(base.split())).strip(" .")
    if not base or base.split(".")[0].lower() in _WINDOWS_DEVICES:
        return fallback
    if len(base) > MAX_NAME_CHARS:
        stem, dot, suffix = base.rpartition(".")
        if dot and stem and len(suffix) <= 10:
            base = stem[: MAX_NAME_CHARS - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            base = base[:MAX_NAME_CHARS].rstrip(" .")
    return base


def name_for_type(name: str, mime: str) -> str:
    """`name` with an extension that matches its content: a text file called "invoice.js" or
    "run.bat" is "invoice.txt" / "run.txt", so no program ever runs it when it is opened.
    `name` should be a bare file name already (see `safe_file_name`)."""
    extension = EXTENSIONS.get(mime)
    if extension is None:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        return name + extension
    if f".{suffix.lower()}" in (extension, *_ALSO.get(mime, ())):
        return name
    return stem + extension


def copy_name(name: str, mime: str, fallback: str = "evidence") -> str:
    """The name a copy of stored evidence is written under (Save a Copy, the system viewer's
    temporary copy): a bare name, even for one stored before names were made bare, with the
    extension of its content."""
    return name_for_type(safe_file_name(name, fallback), mime)
