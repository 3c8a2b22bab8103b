"""The response and appeal dossiers, read back from the PDF: pages, sections in both languages,
outline, exhibits (photos upright, PDFs appended with their band, protected and damaged files
listed with a note), hostile text printed as typed, metadata."""

from __future__ import annotations

from decimal import Decimal

import pytest

from atoz_desktop.core.dossier import renditions
from atoz_desktop.core.dossier.builder import DossierCancelled
from atoz_desktop.core.dossier.content import DossierOptions
from atoz_desktop.core.services.dossiers import DossierError, build_claim_dossier
from tests import fixtures_evidence as fx
from tests.dossier_case import (
    HOSTILE,
    NOW,
    ORDER_ID,
    ORIENTATIONS,
    TRACKING,
    make_case,
    outline,
    page_image,
    page_texts,
    read,
)

SECTIONS = {
    "en": ["Summary", "Findings", "Timeline", "Delivery proof", "Exhibit index", "Exhibits"],
    "fr": [
        "Synthèse",
        "Constats",
        "Chronologie",
        "Preuve de livraison",
        "Liste des pièces",
        "Pièces",
    ],
}
EXHIBIT = {"en": "Exhibit", "fr": "Pièce"}


@pytest.fixture
def case(workspace):
    return make_case(workspace)


def build(workspace, claim_pk, **options):
    return build_claim_dossier(workspace, claim_pk, DossierOptions(**options), now=NOW)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_response_dossier_sections_outline_and_metadata(workspace, case, lang) -> None:
    result = build(workspace, case.claim_pk, lang=lang)
    reader = read(result.pdf)
    assert result.pages == len(reader.pages) > 10
    marks = outline(result.pdf)
    top = [title for title, _page, depth in marks if depth == 0]
    assert top == SECTIONS[lang]
    # A bookmark per exhibit with pages, under "Exhibits", in number order.
    children = [(title, page) for title, page, depth in marks if depth == 1]
    numbers = [int(title.split(" ")[1]) for title, _page in children]
    # Not the password-protected PDF, the damaged one, nor the mail's own file (reponse.eml,
    # kept as evidence of its message: listed with a note, its text is on the timeline).
    assert numbers == sorted(numbers) and len(numbers) == len(result.exhibits) - 3
    assert [p for _t, p in children] == sorted(p for _t, p in children)
    meta = reader.metadata
    assert ORDER_ID in meta.title
    assert meta.author == "La Théière Bleue — SARL Fonte & Cie"
    assert ORDER_ID in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == ("fr-FR" if lang == "fr" else "en-GB")
    texts = page_texts(result.pdf)
    total = len(texts)
    for number, text in enumerate(texts, 1):
        footer = f"page {number} of {total}" if lang == "en" else f"page {number} sur {total}"
        assert footer in text, f"page {number} has no footer"
    cover = _flat(texts[0])
    assert "La Théière Bleue" in cover and "25000 Besançon" in cover
    assert ORDER_ID in cover and "Amazon.de" in cover and "Théière en fonte" in cover
    assert ("59.90" if lang == "en" else "59,90") in cover  # the order total
    assert (
        "Amazon marketplace default policy"
        if lang == "en"
        else "Politique marketplace Amazon par défaut"
    ) in cover
    assert "72" in cover  # the policy's numbers: 72 hours to respond
    # The delivery proof is on the summary page, with its exhibits.
    assert TRACKING in cover and EXHIBIT[lang] in cover


def test_findings_strongest_first_then_risks(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    findings_page = next(t for t in page_texts(result.pdf) if "For the seller" in t)
    text = _flat(findings_page)
    assert text.index("Strong point") < text.index("Risk —")
    assert "signed for" in text and "see Exhibit" in text
    without = build(workspace, case.claim_pk, lang="en", include_risks=False)
    assert not any("Risks (for the seller" in t for t in page_texts(without.pdf))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_timeline_prints_communications_in_full(workspace, case, lang) -> None:
    result = build(workspace, case.claim_pk, lang=lang)
    text = "".join(page_texts(result.pdf))
    flat = _flat(text)
    # Markup a buyer typed prints as typed; control characters are dropped.
    printable = HOSTILE.replace("\x07", "").replace("\x00", "")
    assert _flat(printable) in flat
    # 5,000 letters without a space are wrapped onto lines, never cut.
    assert text.count("Z") >= 5000
    assert "Toujours rien reçu." in flat  # the mail's body
    silence = (
        "No reply from the buyer since"
        if lang == "en"
        else "Aucune réponse de l'acheteur depuis le"
    )
    assert silence in flat
    assert (
        "Partial refund of €12.50" if lang == "en" else "Remboursement partiel de 12,50 €"
    ) in flat
    assert ("€20.00" if lang == "en" else "20,00 €") in flat  # the counter-offer


def test_exhibits_numbered_delivery_first_and_indexed(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    kinds = [e.kind for e in result.exhibits]
    assert kinds[:3] == ["proof-of-delivery", "carrier-receipt", "tracking-screenshot"]
    assert [e.number for e in result.exhibits] == list(range(1, len(kinds) + 1))
    index = _flat(
        next(t for t in page_texts(result.pdf) if "Exhibit index" in t and "SHA-256" in t)
    )
    for exhibit in result.exhibits[:6]:
        assert exhibit.sha256[:32] in index.replace(" ", "")
    assert "taken" in index  # a photo's EXIF date


def test_photos_are_embedded_upright_and_downscaled(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    starts = {
        title.split(" · ")[1]: page for title, page, depth in outline(result.pdf) if depth == 1
    }
    for orientation in ORIENTATIONS:
        image = page_image(result.pdf, starts[f"colis-{orientation}.jpg"])
        assert image.size == (400, 200), orientation
        w, h = image.size
        # Red top-left, green top-right, blue bottom-left, white bottom-right (upright).
        assert image.getpixel((w // 4, h // 4))[0] > 200, orientation
        assert image.getpixel((3 * w // 4, h // 4))[1] > 150, orientation
        assert image.getpixel((w // 4, 3 * h // 4))[2] > 200, orientation
    # Every image page is in the document: 8 photos, HEIC, 3 TIFF pages, the mail's PNG, logo.
    images = sum(len(page.images) for page in read(result.pdf).pages)
    assert images == 8 + 1 + 3 + 1 + 1


def test_large_photo_is_downscaled_to_print_size(workspace) -> None:
    from atoz_desktop.core.services.claims import create_claim
    from atoz_desktop.core.services.evidence import add_evidence_bytes

    claim = create_claim(
        workspace,
        order_id="402-0000000-0000001",
        reason="damaged-defective",
        filed_at=NOW,
        amount=Decimal("10"),
        currency="EUR",
    )
    big = fx.jpeg(fx.upright_picture(4000, 3000), orientation=6, quality=80)
    add_evidence_bytes(workspace, claim, big, "big.jpg", kind="photo")
    result = build(workspace, claim, lang="en")
    image = page_image(result.pdf, next(p for t, p, d in outline(result.pdf) if d == 1))
    assert image.size == (renditions.MAX_SIDE, renditions.MAX_SIDE * 3 // 4)  # upright: landscape
    assert result.size < 1_000_000


def test_pdf_exhibits_are_appended_with_their_band(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="fr")
    receipt = next(e for e in result.exhibits if e.evidence_id == case.receipt_pk)
    assert receipt.pages == 2
    start = next(p for t, p, d in outline(result.pdf) if d == 1 and TRACKING in t)
    texts = page_texts(result.pdf)
    for k in (0, 1):
        text = texts[start + k]
        assert f"Pièce {receipt.number} · preuve_depot_{TRACKING}.pdf" in text
        assert f"page {k + 1} sur 2" in text
        assert f"Colissimo - preuve de depot {TRACKING} - page {k + 1}" in text  # its own text
    page = read(result.pdf).pages[start]
    assert float(page.mediabox.height) > 842  # a strip was added for the band, nothing covered


def test_protected_and_damaged_pdfs_are_listed_not_appended(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    locked = next(e for e in result.exhibits if e.evidence_id == case.locked_pk)
    broken = next(e for e in result.exhibits if e.evidence_id == case.broken_pk)
    assert locked.pages == 0 and "password" in locked.note
    assert broken.pages == 0 and "Could not be read" in broken.note
    index = _flat("".join(page_texts(result.pdf)))
    assert "Protected by a password: listed here, not appended." in index
    titles = [t for t, _p, _d in outline(result.pdf)]
    assert not any("facture-protegee" in t or "abîmé" in t for t in titles)
    assert len(result.notes) == 3  # and reponse.eml, the mail's own file: listed, not appended
    mail = next(e for e in result.exhibits if e.file == "reponse.eml")
    assert mail.note.startswith("The original e-mail: its text is on the timeline")


def test_multi_page_tiff_and_text_exhibits(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    tiff = next(e for e in result.exhibits if e.evidence_id == case.tiff_pk)
    text = next(e for e in result.exhibits if e.evidence_id == case.text_pk)
    assert tiff.pages == 3 and text.pages == 1
    start = next(p for t, p, d in outline(result.pdf) if d == 1 and "suivi.txt" in t)
    assert "Suivi : livré" in page_texts(result.pdf)[start]


def test_mail_attachment_is_cited_on_its_message(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    png = next(e for e in result.exhibits if e.file == "photo-boite.png")
    mail = next(e for e in result.exhibits if e.file == "reponse.eml")  # the mail's own file
    text = _flat("".join(page_texts(result.pdf)))
    assert f"Attached: Exhibits {png.number}, {mail.number}" in text


def test_every_exhibit_is_cited_in_the_summary(workspace, case) -> None:
    result = build(workspace, case.claim_pk, lang="en")
    cover = _flat(page_texts(result.pdf)[0] + page_texts(result.pdf)[1])
    assert "Evidence attached" in cover
    assert "Exhibits 1–" in cover or "Exhibit 1" in cover


def test_appeal_dossier_has_the_four_parts(workspace) -> None:
    case = make_case(workspace, decided=True)
    result = build(
        workspace,
        case.claim_pk,
        lang="fr",
        kind="appeal",
        unfair="Le colis a été remis contre signature. Le transporteur le confirme.",
        proposal="Annuler la décision.",
    )
    titles = [t for t, _p, d in outline(result.pdf) if d == 0]
    assert titles[:5] == [
        "Synthèse",
        "1. Prise en compte de la décision",
        "2. Preuve des échanges avec l'acheteur",
        "3. Pourquoi la décision est injuste",
        "4. Solution équitable proposée",
    ]
    text = _flat("".join(page_texts(result.pdf)))
    assert "accordée, à la charge du vendeur, pour un montant de 59,90 €" in text
    assert "Le colis a été remis contre signature." in text
    assert "Annuler la décision." in text
    assert "Recours contre la décision" in read(result.pdf).metadata.title


def test_appeal_of_a_claim_never_decided_is_refused(workspace, case) -> None:
    with pytest.raises(DossierError, match="never decided"):
        build(workspace, case.claim_pk, kind="appeal")


def test_unknown_claim_is_refused(workspace) -> None:
    with pytest.raises(DossierError, match="no claim 999"):
        build(workspace, 999)


def test_renditions_are_kept_for_the_next_build(workspace, case, monkeypatch) -> None:
    build(workspace, case.claim_pk, lang="en")
    calls = []
    original = renditions.print_frames
    monkeypatch.setattr(
        renditions, "print_frames", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    again = build(workspace, case.claim_pk, lang="en")
    assert calls == [] and again.pages > 10


def test_progress_and_cancel(workspace, case) -> None:
    seen = []
    build_claim_dossier(
        workspace,
        case.claim_pk,
        DossierOptions(),
        now=NOW,
        progress=lambda done, total, _what: seen.append((done, total)),
    )
    assert seen[-1][0] == seen[-1][1] and len(seen) > 5
    with pytest.raises(DossierCancelled):
        build_claim_dossier(
            workspace, case.claim_pk, DossierOptions(), now=NOW, cancelled=lambda: True
        )


def test_json_shape(workspace, case) -> None:
    result = build(workspace, case.claim_pk)
    data = result.as_json("out.pdf")
    assert set(data) == {"file", "pages", "bytes", "sha256", "exhibits", "text_chars"}
    assert data["bytes"] == len(result.pdf) and len(data["sha256"]) == 64
    assert set(data["exhibits"][0]) == {"number", "file", "sha256", "pages"}
    assert data["text_chars"] == len(result.text.text) <= 2000


def test_a_bare_claim_without_order_or_evidence_still_makes_a_dossier(workspace) -> None:
    from atoz_desktop.core.services.claims import create_claim

    claim = create_claim(workspace, order_id="S02-0000000-0000001", reason="overcharged",
                         channel="amazon-pay", filed_at=NOW, amount=Decimal("9.99"),
                         currency="GBP")  # fmt: skip
    for lang in ("en", "fr"):
        result = build(workspace, claim, lang=lang)
        texts = " ".join(page_texts(result.pdf).pop(0).split())
        assert "S02-0000000-0000001" in texts
        assert ("£9.99" if lang == "en" else "9,99 £") in texts
        assert result.exhibits == () and result.pages >= 1
        assert ("No document is attached" if lang == "en" else "Aucun document") in " ".join(
            "".join(page_texts(result.pdf)).split()
        )
        assert len(result.text.text) <= 2000 and "S02-0000000-0000001" in result.text.text


#: (delivery line on the receipt, how the delivery prints in French and in English)
DELIVERIES = [
    ("Livré le 26/11/2026", "26/11/2026", "26 Nov 2026"),
    ("Livré le 26/11/2026 à 10h12", "26/11/2026 10:12", "26 Nov 2026 10:12"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("line", "fr", "en"), DELIVERIES)
def test_a_date_printed_without_its_time_shows_as_the_day_alone(workspace, lang, line, fr, en):
    """The receipt printed the deposit day alone (kept at 12:00): the cover, the findings,
    the delivery proof and the timeline show the day, as the window's timeline does; a time
    the receipt printed shows with it."""
    from tests.dossier_case import recorded_receipt_case

    claim = recorded_receipt_case(workspace, line)
    result = build(workspace, claim, lang=lang)
    text = _flat(" ".join(page_texts(result.pdf)))
    shipped, delivered = ("24/11/2026", fr) if lang == "fr" else ("24 Nov 2026", en)
    assert f"{shipped} 12:00" not in text and "12:00" not in text
    # Cover facts, the delivery table and the timeline entry.
    assert text.count(shipped) >= 3, text
    assert text.count(delivered) >= 3, text
    # The finding, as the dossier words it for Amazon.
    if lang == "fr":
        assert f"indique une livraison le {delivered}" in text
    else:
        assert f"shows delivery on {delivered}" in text
    paste = result.text.text
    assert "12:00" not in paste
    said = f"indique une livraison le {delivered}" if lang == "fr" else f"delivery on {delivered}"
    assert said in paste
