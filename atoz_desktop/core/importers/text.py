"""Turn a report file into rows of fields, whatever program last saved it, as a stream.

Amazon writes UTF-8 tab-separated text; a spreadsheet program may have re-saved it as
Windows-1252 or UTF-16, with `;` or `,` separators and quotes, CRLF line ends, no final newline.

A report can be larger than memory allows, so it is never read whole: `inspect` reads the file
once a block at a time to choose its encoding and count its lines, and `ReportText.rows` reads
it again a line at a time. No line may be longer than `MAX_LINE` characters, so even a file
without a single line break is read in bounded memory (and refused at its line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from atoz_desktop.core.i18n import _

#: The longest line read, in characters: the csv module's own limit for one value. An Amazon
#: order row is a few hundred characters; nothing in an order report comes near this.
MAX_LINE = 131_072
_BLOCK = 1 << 20
# Bytes Windows-1252 leaves undefined; a file with one of them is read as ISO-8859-1.
_CP1252_HOLES = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


class UnreadableFileError(ValueError):
    """The file is not text we can read; the message says why."""


class UnreadableLineError(UnreadableFileError):
    """One line of the file cannot be read; `line` is its number (the first line is 1)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class ReportText:
    path: Path
    encoding: str
    newline: str  # what ends a line: "\n" (a "\r" before it is dropped) or, in old Mac files, "\r"
    total_lines: int

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Yield (line number, fields) for every non-blank line; line 1 is the first line.

        Tab-separated text is split by hand: Amazon does not quote, and product names such as
        `Poster 24" x 36"` would confuse the csv module's quote handling. Other separators come
        from spreadsheet programs, which quote, so the csv module reads those.
        Raises UnreadableLineError for a line longer than MAX_LINE, OSError if reading fails.
        """
        for number, row in self.unsplit_rows():
            yield number, split_tab_line(row) if isinstance(row, str) else row

    def unsplit_rows(self) -> Iterator[tuple[int, str | list[str]]]:
        """As rows(), but a line of a tab-separated file comes as its text, line end dropped
        (`split_tab_line` splits it): it is one object where its fields are dozens, so a
        batch of them held a while stays in the processor's caches (importers/amazon.py)."""
        with (
            self.path.open("rb") as raw,
            io.TextIOWrapper(raw, encoding=self.encoding, newline=self.newline) as stream,
        ):
            first = stream.readline(MAX_LINE + 3)  # room for "\r\n", and one more to tell
            if not first:
                return
            header = _strip_end(first, self.newline)
            if len(header) > MAX_LINE:
                raise _too_long(1)
            if sniff_delimiter(header) == "\t":
                yield from _tab_lines(_chain(header, _lines(stream, self.newline, 2, False)))
            else:
                rest = _lines(stream, self.newline, 2, True)
                yield from _quoted_rows(_chain(first, rest), sniff_delimiter(header))


def inspect(path: Path) -> ReportText:
    """Choose the encoding (by BOM, else UTF-8, else Windows-1252, else ISO-8859-1, which maps
    every byte) and count the lines, reading `path` a block at a time.

    Raises UnreadableFileError for an empty or binary file, OSError if it cannot be read.
    """
    with path.open("rb") as f:
        head = f.read(_BLOCK)
        for bom, encoding in (
            (codecs.BOM_UTF8, "utf-8-sig"),
            (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"),
        ):
            if head.startswith(bom):
                return _inspect_decoded(path, f, head, encoding)
        if b"\x00" in head[:4096]:
            raise UnreadableFileError(_("the file is binary, not a text report"))
        utf8: codecs.IncrementalDecoder | None = codecs.getincrementaldecoder("utf-8")()
        cp1252 = True
        blank = True
        line_feeds = returns = 0
        block = head
        while block:
            blank = blank and not block.strip()
            line_feeds += block.count(b"\n")
            returns += block.count(b"\r")
            if utf8 is not None:
                try:
                    utf8.decode(block)
                except UnicodeDecodeError:
                    utf8 = None
            if utf8 is None and cp1252:
                cp1252 = not any(hole in block for hole in _CP1252_HOLES)
            block = f.read(_BLOCK)
    if blank:
        raise UnreadableFileError(_("the file is empty"))
    if utf8 is not None:
        try:
            utf8.decode(b"", final=True)
            encoding = "utf-8"
        except UnicodeDecodeError:  # cut inside the last character
            encoding = "windows-1252" if cp1252 else "iso-8859-1"
    else:
        encoding = "windows-1252" if cp1252 else "iso-8859-1"
    return _report_text(path, encoding, line_feeds, returns)


def _inspect_decoded(path: Path, f: io.BufferedReader, head: bytes, encoding: str) -> ReportText:
    """Check every character of a file that starts with a byte-order mark, counting lines."""
    decoder = codecs.getincrementaldecoder(encoding)()
    blank = True
    line_feeds = returns = 0
    block = head
    try:
        while True:
            final = not block
            text = decoder.decode(block, final=final)
            blank = blank and not text.strip()
            line_feeds += text.count("\n")
            returns += text.count("\r")
            if final:
                break
            block = f.read(_BLOCK)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            _("the file is not valid {encoding} text ({error})").format(
                encoding=encoding, error=exc
            )
        ) from None
    if blank:
        raise UnreadableFileError(_("the file is empty"))
    return _report_text(path, encoding, line_feeds, returns)


def _report_text(path: Path, encoding: str, line_feeds: int, returns: int) -> ReportText:
    if line_feeds or not returns:
        return ReportText(path, encoding, "\n", line_feeds + 1)
    return ReportText(path, encoding, "\r", returns + 1)  # old Mac line ends


def sniff_delimiter(header_line: str) -> str:
    if "\t" in header_line:
        return "\t"
    return ";" if header_line.count(";") > header_line.count(",") else ","


def unquote(field: str) -> str:
    """Undo a spreadsheet's quoting ("a ""b"" c"), but leave Amazon's unquoted `24" x 36"`."""
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        inner = field[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return field


def _too_long(line: int) -> UnreadableLineError:
    return UnreadableLineError(
        line,
        _(
            "the line is longer than {limit} characters, which no order report holds: "
            "this is not an order report row"
        ).format(limit=MAX_LINE),
    )


def _strip_end(line: str, newline: str) -> str:
    if line.endswith(newline):
        line = line[:-1]
    if newline == "\n" and line.endswith("\r"):
        line = line[:-1]
    return line


def _lines(
    stream: io.TextIOWrapper, newline: str, first_number: int, keep_ends: bool
) -> Iterator[str]:
    """The lines of `stream` from where it stands, without their line ends (with them if
    `keep_ends`), read a block at a time; a line longer than MAX_LINE characters raises
    UnreadableLineError before more of it is read. `first_number` is the first one's number."""
    number = first_number - 1
    cr = newline == "\n"
    rest = ""
    while block := stream.read(_BLOCK):
        text = rest + block if rest else block
        # One split of the block in C rather than a find and a slice per line in Python.
        lines = text.split(newline)
        rest = lines.pop()  # after the block's last line end: the start of the next line
        for line in lines:
            number += 1
            if keep_ends:
                line += newline
            elif cr and line.endswith("\r"):
                line = line[:-1]
            if len(line) > MAX_LINE and len(_strip_end(line, newline)) > MAX_LINE:
                raise _too_long(number)
            yield line
        if len(rest) > MAX_LINE + 1:
            raise _too_long(number + 1)
    if rest:
        if len(_strip_end(rest, newline)) > MAX_LINE:
            raise _too_long(number + 1)
        yield rest if keep_ends or not (cr and rest.endswith("\r")) else rest[:-1]


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _tab_lines(lines: Iterator[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(lines, start=1):
        if line and not line.isspace():  # line.strip(), without copying the line
            yield number, line


def split_tab_line(line: str) -> list[str]:
    """The fields of a line of a tab-separated file."""
    fields = line.split("\t")
    return [unquote(f) for f in fields] if '"' in line else fields


def _quoted_rows(lines: Iterator[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(lines, delimiter=delimiter)
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):
                message = _(
                    "a quoted value runs on for more than {limit} characters: a quote that is "
                    "never closed?"
                ).format(limit=MAX_LINE)
            else:
                message = _("the line cannot be read as separated values ({error})").format(
                    error=exc
                )
            raise UnreadableLineError(start, message) from None
        if any(f.strip() for f in fields):
            yield start, fields
        start = reader.line_num + 1
