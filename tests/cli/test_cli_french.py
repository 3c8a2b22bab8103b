"""The command line in French, all of it: every command's --help (argparse's own words too),
the errors and the warnings; and no message in its sources is written outside `_()`."""

from __future__ import annotations

import argparse
import ast
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from atoz_desktop import cli
from atoz_desktop.core import i18n
from tests.english_words import english_words

CLI_DIR = Path(cli.__file__).parent


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ATOZ_LANG", "fr")
    before = i18n.language()
    yield
    i18n.set_language(before)
    cli.localise_argparse()  # argparse reads `_` when it writes: back to the test's language


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # --help and argparse's errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _command_paths(sub, (*prefix, name))


def test_every_help_page_is_in_french(french) -> None:
    paths = list(_command_paths(cli.build_parser()))
    assert len(paths) > 20 and ("claim", "new") in paths
    from atoz_desktop.core.services.claims import OFFER_KINDS

    # Values the user types: command names, offer kinds, authors (as `claim event` takes them).
    commands = {name for path in paths for name in path} | set(OFFER_KINDS)
    commands |= {"buyer", "seller", "amazon", "response", "appeal"}
    for path in paths:
        code, out, err = _run([*path, "--help"])
        assert code == 0, (path, err)
        assert out.startswith("utilisation\u00a0:"), (path, out[:80])
        # Command and option names, metavars, choices and URLs are the program's vocabulary.
        prose = " ".join(
            word
            for word in out.split()
            if not word.startswith(("-", "[", "{", "'")) and not word.isupper()
            and word.strip(",;.") not in commands and "://" not in word
            and not word.startswith("FILE.")
        )  # fmt: skip
        assert not english_words(prose), (path, english_words(prose))


def test_errors_and_warnings_are_in_french(french, tmp_path) -> None:
    code, _, err = _run(["claim", "nope"])
    assert code == 2 and "erreur\u00a0: argument WHAT\u00a0: choix invalide" in err
    code, _, err = _run(["orders", "list", "--limit", "x", "--db", str(tmp_path / "w.sqlite3")])
    assert code == 2 and "valeur int invalide" in err
    code, _, err = _run(["claim", "new"])
    assert code == 2 and "ces arguments sont obligatoires" in err
    db = str(tmp_path / "w.sqlite3")
    code, _, err = _run(["orders", "show", "X", "--db", db])
    assert code == 2 and err.strip() == "atoz-desktop: aucune commande X dans l’espace de travail"
    code, _, err = _run(["claim", "new", "A", "--reason", "not-received", "--filed", "hier",
                         "--db", db])  # fmt: skip
    assert code == 2 and "n’est pas une date et heure" in err
    code, _, err = _run(["evidence", "read", str(tmp_path / "missing.pdf")])
    assert code == 2 and "fichier introuvable" in err
    code, _, err = _run(["dossier", "--db", db, "-o", str(tmp_path / "x.pdf")])
    assert code == 2 and "donnez un CLAIM_ID" in err


def test_a_warning_says_avertissement(french, tmp_path, capsys) -> None:
    from atoz_desktop.cli.common import warn

    i18n.set_language("fr")
    warn("x")
    assert capsys.readouterr().err == "avertissement\u00a0: x\n"


def _is_text(node: ast.AST) -> bool:
    """A literal with words in it (an f-string's literal parts included)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(v) for v in node.values if isinstance(v, ast.Constant))
    return False


def test_no_message_is_written_outside_the_catalogue() -> None:
    """help=, description=, BadInput(...) and warn(...) always get `_()` (or a name)."""
    found = []
    for path in sorted(CLI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            values = [k.value for k in node.keywords if k.arg in ("help", "description")]
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name in ("BadInput", "warn"):
                values += node.args[:1]
            found += [f"{path.name}:{v.lineno}" for v in values if _is_text(v)]
    assert not found, found
