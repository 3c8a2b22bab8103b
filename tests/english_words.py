"""Words that give away English left in a French interface: common English words that are not
French words as well (so "date", "message", "note", "total", "options", "type", "close" — a
closed claim is "close" in French — are not here).
A heuristic: it catches a forgotten tr(), a missing catalogue entry, a Qt dialog without
qtbase_fr.qm; `english_words` returns the ones found in a text."""

from __future__ import annotations

import re

ENGLISH = frozenset(
    """
    the and of with without for from into onto this that these those is are was were be been
    has have had not no yes all any none each every other more less than then when where which
    who what why how here there it its you your we our they their my

    file files folder open opened save saved closed cancel cancelled delete deleted remove
    removed add added edit new copy paste cut undo redo print printed export exported import
    imported show hide help settings view window quit exit about error warning apply reset
    back next finish select find search replace browse look name size modified kind details
    discard retry ignore abort choose drop drag load loading please wait done try again

    claim claims order orders buyer seller shipped delivered received refund refunds pending
    due overdue today yesterday tomorrow deadline deadlines evidence status amount reason
    tracking carrier language system policies policy rules timeline event events
    findings finding risk risks appeal response text file's rows row skipped bad
    workspace recent start own first last keyboard shortcuts shortcut user
    """.split()
)

#: Proper nouns and codes that stay as they are in French.
ALLOWED = frozenset(
    """
    amazon a-to-z a-to-z desk colissimo chronopost dhl ups gls dpd fedex sku asin pdf sha-256 fba
    seller central pay english
    """.split()
)

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")  # letters, accented ones included
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
_PATHS = re.compile(r"\S*[/\\]\S*")  # file paths, URLs, time zones (Europe/Isle_of_Man)


def english_words(text: str) -> list[str]:
    """The English giveaway words in `text` (markup and accelerators taken out)."""
    plain = _PATHS.sub(" ", _TAGS.sub(" ", text)).replace("&", "")
    found = []
    for word in _WORD.findall(plain):
        lower = word.lower().strip("'’-")
        if lower in ENGLISH and lower not in ALLOWED:
            found.append(word)
    return found
