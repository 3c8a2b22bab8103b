"""The paste-ready answer (under the seller's limit, shortened by whole parts, never mid-
sentence) and the markup guard (hostile text printed as typed, every glyph in the font)."""

from __future__ import annotations

import re

import pytest

from atoz_desktop.core.dossier.content import DossierOptions
from atoz_desktop.core.dossier.fonts import covered_codepoints
from atoz_desktop.core.dossier.markup import para, plain, printable
from atoz_desktop.core.services.dossiers import build_claim_dossier
from tests.dossier_case import NOW, ORDER_ID, TRACKING, make_case

#: A sentence ends with one of these (or is a bullet / a heading line ending with ":").
_WHOLE = re.compile(r"[.!?:…)]$|—")


def text_of(workspace, claim_pk, **options):
    return build_claim_dossier(workspace, claim_pk, DossierOptions(**options), now=NOW).text


@pytest.fixture
def case(workspace):
    return make_case(workspace)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_full_text_says_facts_findings_and_how_the_proof_was_sent(workspace, case, lang):
    paste = text_of(workspace, case.claim_pk, lang=lang)
    assert len(paste.text) <= 2000 and paste.limit == 2000
    text = paste.text
    assert ORDER_ID in text and TRACKING in text
    if lang == "en":
        assert "Proof sent to the buyer through Buyer-Seller Messaging on 28 Nov 2026:" in text
        assert "Exhibit 1 (proof of delivery, scan-bordereau.tif)" in text
        assert "We ask Amazon to deny this claim." in text
        assert "cite" not in text  # statements for Amazon, not advice to the seller
    else:
        assert (
            "Pièces envoyées à l'acheteur par la messagerie acheteur-vendeur le 28/11/2026" in text
        )
        assert "Nous demandons à Amazon de rejeter cette réclamation." in text
    assert text.endswith("La Théière Bleue — SARL Fonte & Cie")
    assert "Risk" not in text and "Order Defect Rate" not in text.split("Policy applied")[0]


@pytest.mark.parametrize("limit", [300, 500, 800, 1200, 2000])
def test_shortened_text_stays_under_the_limit_in_whole_sentences(workspace, case, limit):
    full = text_of(workspace, case.claim_pk, text_limit=20000)
    paste = text_of(workspace, case.claim_pk, text_limit=limit)
    assert len(paste.text) <= limit
    assert paste.full_chars == len(full.text)
    assert paste.shortened == (len(full.text) > limit)
    full_lines = set(full.text.splitlines())
    shortened_proof = [line for line in paste.text.splitlines() if line.startswith("Proof")]
    for line in paste.text.splitlines():
        if not line or line.startswith("Proof"):
            continue
        assert line in full_lines, f"{line!r} was cut"  # every kept line is whole
        assert _WHOLE.search(line) or line == "La Théière Bleue — SARL Fonte & Cie", line
    for line in shortened_proof:
        assert line.endswith(".")
    # What matters most stays: the claim, the request to Amazon.
    assert paste.text.startswith("Response to the A-to-z Guarantee claim")
    assert "We ask Amazon to deny this claim." in paste.text


def test_the_least_important_parts_go_first(workspace, case):
    full = text_of(workspace, case.claim_pk, text_limit=20000).text
    limit = len(full) - len(full.split("Policy applied")[1]) + 10
    paste = text_of(workspace, case.claim_pk, text_limit=min(limit, 20000))
    assert paste.dropped[0] == "policy"
    assert "Policy applied" not in paste.text and TRACKING in paste.text
    tight = text_of(workspace, case.claim_pk, text_limit=400)
    assert tight.dropped.index("policy") < tight.dropped.index("exhibit-list")
    # The exhibit list is shortened to its numbers before it goes.
    medium = text_of(workspace, case.claim_pk, text_limit=900)
    proof = [line for line in medium.text.splitlines() if line.startswith("Proof")]
    if proof:
        assert "(" not in proof[0]


def test_appeal_text_has_the_decision_the_sellers_words_and_the_proposal(workspace):
    case = make_case(workspace, decided=True)
    words = "The parcel was signed for. " * 3 + "The carrier confirms it."
    paste = text_of(
        workspace,
        case.claim_pk,
        kind="appeal",
        unfair=words,
        proposal="Reverse the decision and remove it from my ODR.",
    )
    assert paste.text.startswith("Appeal of the decision")
    assert "We acknowledge Amazon's decision of" in paste.text
    assert "granted, funded by the seller" in paste.text
    assert "The carrier confirms it." in paste.text
    assert "Proof uploaded with this appeal:" in paste.text
    assert "Proposed resolution: Reverse the decision and remove it from my ODR." in paste.text
    tight = text_of(workspace, case.claim_pk, kind="appeal", unfair=words * 20, text_limit=700)
    assert len(tight.text) <= 700 and "seller-words" in tight.dropped
    assert "The parcel was signed for." in tight.text  # whole sentences kept, the last ones go


# Markup and fonts -------------------------------------------------------------------------------

SAMPLES = {
    "fr": "Œuvre où l'élève déçu mangea à Noël ; « Ça va ? » — 1 234,50 €",
    "de": "Größe, Übermäßig, Straße, Jürgen Müller",
    "pl": "Zażółć gęślą jaźń, Łódź, Wrocław",
    "cs": "Příliš žluťoučký kůň úpěl ďábelské ódy, Brno",
    "it": "Perché così città, più già",
    "es": "¿Qué tal, señor Núñez? ¡Olé! cigüeña",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_the_embedded_font_has_every_character_of_the_sellers_languages(lang):
    covered = covered_codepoints()
    missing = [c for c in SAMPLES[lang] if ord(c) not in covered]
    assert missing == []
    assert printable(SAMPLES[lang]) == SAMPLES[lang]


def test_markup_prints_as_typed():
    hostile = '<b>x</b> &amp; <img src="y"/> </font><para>'
    assert para(hostile) == (
        '&lt;b&gt;x&lt;/b&gt; &amp;amp; &lt;img src="y"/&gt; &lt;/font&gt;&lt;para&gt;'
    )
    assert para("a\nb") == "a<br/>b"
    assert para("a  b") == "a \u00a0b"  # runs of spaces kept
    assert plain("A\nB\tC") == "A B C"


def test_invisible_and_unknown_characters_never_print_as_boxes():
    assert printable("a\x00b\x07c\u200bd\u202ee") == "abcde"
    assert printable("a\tb") == "a    b"
    assert printable("\ud800") in ("\ufffd", "?")
    assert printable("中") == "[U+4E2D]"
