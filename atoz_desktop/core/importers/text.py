"""Turn a report file's bytes into rows of fields, whatever program last saved it.

Amazon writes UTF-8 tab-separated text; a spreadsheet program may have re-saved it as
Windows-1252 or UTF-16, with `;` or `,` separators and quotes, CRLF line ends, no final newline.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from atoz_desktop.core.i18n import _

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class UnreadableFileError(ValueError):
    """The file is not text we can read; the message says why."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def decode(data: bytes) -> DecodedText:
    """Decode by BOM, else UTF-8, else Windows-1252 (a superset of ISO-8859-1's letters)."""
    if not data.strip():
        raise UnreadableFileError(_("the file is empty"))
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFileError(
                    _("the file is not valid {encoding} text ({error})").format(
                        encoding=encoding, error=exc
                    )
                ) from None
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(_("the file is binary, not a text report"))
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined (0x81, 0x8D...): ISO-8859-1 maps every byte.
        return DecodedText(data.decode("latin-1"), "iso-8859-1")


def sniff_delimiter(header_line: str) -> str:
    if "\t" in header_line:
        return "\t"
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _unquote(field: str) -> str:
    """Undo a spreadsheet's quoting ("a ""b"" c"), but leave Amazon's unquoted `24" x 36"`."""
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        inner = field[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return field


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time, without a copy of the whole text (a StringIO holds
    4 bytes a character: 100 MB for a 100k-row report)."""
    if "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends
    start = 0
    end = len(text)
    while start < end:
        stop = text.find("\n", start)
        if stop < 0:
            stop = end
        line = text[start:stop]
        yield line[:-1] if line.endswith("\r") else line
        start = stop + 1


def iter_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for every non-blank line; line 1 is the first line.

    Tab-separated text is split by hand: Amazon does not quote, and product names such as
    `Poster 24" x 36"` would confuse the csv module's quote handling. Other separators come from
    spreadsheet programs, which quote, so the csv module reads those.
    """
    first_line = _LINE_BREAK.split(text, maxsplit=1)[0]
    delimiter = sniff_delimiter(first_line)
    if delimiter == "\t":
        for number, line in enumerate(_lines(text), start=1):
            if line.strip():
                fields = line.split("\t")
                yield number, [_unquote(f) for f in fields] if '"' in line else fields
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for fields in reader:
        if any(f.strip() for f in fields):
            yield start, fields
        start = reader.line_num + 1
