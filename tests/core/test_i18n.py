"""The core's messages in French: every marked template has a translation with the same
placeholders, nothing in the catalogue is stale, and the messages really come out in French."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import atoz_desktop.core
from atoz_desktop import cli
from atoz_desktop.core import i18n
from atoz_desktop.core.evidence.pdf import PASSWORD_WARNING
from atoz_desktop.core.locale_fr import FR
from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services.claims import ClaimError, change_status, create_claim
from atoz_desktop.core.services.importing import ImportRejected, import_order_files
from tests import fixtures_evidence as fx
from tests.reports import order_row, write_report

CORE = Path(atoz_desktop.core.__file__).parent
CLI = Path(cli.__file__).parent
#: Templates whose French is the same words.
SAME_IN_FRENCH = {"{count} pages"}
FILED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def french() -> Iterator[None]:
    """French messages for one test; English again afterwards, whatever happens."""
    before = i18n.language()
    i18n.set_language("fr")
    yield
    i18n.set_language(before)


def marked_templates() -> dict[str, str]:
    """Every literal passed to `_` or `N_` in the core's and the command line's sources ->
    where it is."""
    found: dict[str, str] = {}
    for path in [*sorted(CORE.rglob("*.py")), *sorted(CLI.rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.name}:{node.lineno}")
    return found


def fields(template: str) -> list[str]:
    """The placeholder names of a template, in order, each once."""
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    return list(dict.fromkeys(names))


def test_the_scan_finds_the_messages():
    templates = marked_templates()
    assert len(templates) > 100
    assert "unreadable date {text!r}" in templates
    assert PASSWORD_WARNING in templates  # marked with N_ where the constant is written


def test_every_marked_message_has_a_french_translation():
    missing = {t: where for t, where in marked_templates().items() if t not in FR}
    assert not missing, f"add these to core/locale_fr.py: {missing}"


def test_the_catalogue_holds_no_stale_entry():
    stale = set(FR) - set(marked_templates())
    assert not stale, f"no longer used by the core: {sorted(stale)}"


def test_french_templates_keep_the_english_placeholders():
    for english, french in FR.items():
        assert sorted(fields(english)) == sorted(fields(french)), english
        assert french != english or english in SAME_IN_FRENCH, f"untranslated: {english}"
        # Formatting with every field must work in both languages.
        values = dict.fromkeys(fields(english), "x")
        english.format(**values)
        french.format(**values)


def test_french_typography_no_break_spaces():
    french = FR["{file}, line {line}: {problem}"]
    assert french == "{file}, ligne {line}\u00a0: {problem}"
    assert FR["unreadable date {text!r}"] == "date illisible «\u00a0{text}\u00a0»"


def test_language_defaults_to_english_and_unknown_templates_pass_through(french):
    assert i18n.language() == "fr"
    assert i18n._("no order id") == "numéro de commande manquant"
    assert i18n._("not in the catalogue {x}") == "not in the catalogue {x}"
    assert i18n._("") == ""
    i18n.set_language("en")
    assert i18n._("no order id") == "no order id"
    i18n.set_language("fr_FR")
    assert i18n.language() == "fr"
    with pytest.raises(ValueError):
        i18n.set_language("de")


def test_english_gives_back_the_template_of_a_translation(french):
    assert i18n.english(i18n._(PASSWORD_WARNING)) == PASSWORD_WARNING
    assert i18n.english("anything else") == "anything else"
    assert i18n.english("") == ""


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"ATOZ_LANG": "fr", "LANG": "C.UTF-8"}, "fr"),
        ({"ATOZ_LANG": "en", "LC_ALL": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_the_command_line_language_comes_from_the_environment(environ, lang):
    assert i18n.env_language(environ) == lang


def test_a_bad_report_gives_french_problems(french, workspace, tmp_path):
    rows = [order_row(purchase_date="le 3 octobre"), order_row("", item_price="abc")]
    with pytest.raises(ImportRejected) as caught:
        import_order_files(workspace, [write_report(tmp_path / "a.txt", rows)])
    problems = caught.value.problems
    assert problems[0].problem == "date illisible «\u00a0le 3 octobre\u00a0»"
    assert problems[0].column == "purchase-date"  # machine-readable: never translated
    assert [p.problem for p in problems[1:]] == [
        "numéro de commande manquant",
        "montant illisible «\u00a0abc\u00a0»",
    ]
    message = str(caught.value)
    assert message.startswith("Rien n’a été importé\u00a0: 3 ligne(s) erronée(s) dans a.txt.")
    assert "a.txt, ligne 2, colonne purchase-date\u00a0: date illisible" in message


def test_a_file_that_is_not_an_order_report_is_refused_in_french(french, workspace, tmp_path):
    listings = tmp_path / "Inventory.txt"
    listings.write_text("sku\tasin\tprice\tquantity\nA\tB0\t1.00\t3\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="rapport d’offres .inventaire."):
        import_order_files(workspace, [listings])


def test_a_successful_import_summary_in_french(french, workspace, tmp_path):
    summary = import_order_files(workspace, [write_report(tmp_path / "a.txt", [order_row()])])
    assert summary.message() == (
        "1 commande(s) importée(s) (1 nouvelle(s), 0 mise(s) à jour, 0 inchangée(s)) depuis a.txt"
    )


def test_claim_errors_in_french(french, workspace):
    with pytest.raises(ClaimError, match="^une réclamation doit indiquer un numéro de commande$"):
        create_claim(workspace, order_id=" ", reason="not-received", filed_at=FILED)
    with pytest.raises(ClaimError, match="^la date de dépôt doit indiquer un fuseau horaire"):
        create_claim(
            workspace, order_id="P01", reason="not-received", filed_at=datetime(2026, 11, 2)
        )
    pk = create_claim(
        workspace, order_id="P01-1234567-1234567", reason="not-received", filed_at=FILED,
        channel="amazon-pay", amount=Decimal("10"), currency="EUR",
    )  # fmt: skip
    change_status(workspace, pk, "denied", at=FILED)
    with pytest.raises(ClaimError) as caught:
        change_status(workspace, pk, "under-review")
    assert str(caught.value) == (
        "«\u00a0denied\u00a0» ne peut pas devenir «\u00a0under-review\u00a0»\u00a0; "
        "«\u00a0denied\u00a0» est un statut final"
    )


def test_evidence_refusals_and_warnings_in_french_stored_in_english(french, workspace, tmp_path):
    pk = create_claim(
        workspace, order_id="P01-1234567-1234567", reason="not-received", filed_at=FILED,
        channel="amazon-pay", amount=Decimal("10"), currency="EUR",
    )  # fmt: skip
    (tmp_path / "vide.pdf").write_bytes(b"")
    (tmp_path / "doc.pdf").write_bytes(fx.zip_file())
    (tmp_path / "locked.pdf").write_bytes(fx.pdf(user_password="secret"))
    result = ev.add_evidence(workspace, pk, sorted(tmp_path.iterdir()))
    reasons = {Path(r.file).name: r.reason for r in result.refused}
    assert reasons["vide.pdf"] == "le fichier est vide"
    assert reasons["doc.pdf"].startswith("type non pris en charge (")
    warning = result.added[0].warning
    assert warning.startswith("ce PDF est protégé par un mot de passe")
    [item] = ev.list_evidence(workspace, pk)
    assert item.warning == warning
    # The database keeps English, so the warning follows whoever reads it.
    i18n.set_language("en")
    assert ev.list_evidence(workspace, pk)[0].warning == PASSWORD_WARNING
    i18n.set_language("fr")
    ev.remove_evidence(workspace, item.pk)
    ev.restore_evidence(workspace, item)
    i18n.set_language("en")
    assert ev.list_evidence(workspace, pk)[0].warning == PASSWORD_WARNING


def test_the_command_line_follows_atoz_lang(monkeypatch, capsys, tmp_path):
    before = i18n.language()
    db = str(tmp_path / "w.sqlite3")
    bad = write_report(tmp_path / "a.txt", [order_row(purchase_date="hier")])
    try:
        monkeypatch.setenv("ATOZ_LANG", "fr")
        assert cli.main(["import", "orders", "--db", db, str(bad)]) == 2
        assert "date illisible «\u00a0hier\u00a0»" in capsys.readouterr().err
        monkeypatch.setenv("ATOZ_LANG", "en")
        assert cli.main(["import", "orders", "--db", db, str(bad)]) == 2
        assert "unreadable date 'hier'" in capsys.readouterr().err
    finally:
        i18n.set_language(before)
