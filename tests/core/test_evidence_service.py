"""Evidence on claims: adding files one unit of work each, duplicates, refusals, undo of a
removal, thumbnails, settings and the integrity check (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import contextlib
import io
import os
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update

from atoz_desktop.core.services import evidence as ev
from atoz_desktop.core.services.blobs import collect_orphan_blobs
from atoz_desktop.core.services.claims import add_event, create_claim
from atoz_desktop.core.services.integrity import check_workspace
from atoz_desktop.core.services.policies import set_workspace_timezone
from atoz_desktop.core.storage.models import Blob
from tests import fixtures_evidence as fx


@pytest.fixture
def claim(workspace):
    return create_claim(
        workspace, order_id="P01-1234567-1234567", reason="damaged-defective",
        filed_at=datetime(2026, 11, 2, 10, tzinfo=UTC), channel="amazon-pay",
        amount=Decimal("45.90"), currency="EUR",
    )  # fmt: skip


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_good_files_are_added_and_bad_ones_refused_one_by_one(workspace, claim, tmp_path):
    good = [
        write(tmp_path, "recu-colissimo.pdf", fx.pdf(2)),
        write(tmp_path, "IMG_0001.HEIC", fx.heic(taken="2026:10:30 18:02:11")),
        write(tmp_path, "scan.tif", fx.tiff(3)),
        write(tmp_path, "locked.pdf", fx.pdf(1, user_password="secret")),
    ]
    bad = {
        "empty.jpg": b"",
        "cut.jpg": fx.jpeg(fx.upright_picture(300, 200))[:900],
        "broken.pdf": b"%PDF-1.4\n" + os.urandom(3000).replace(b"obj", b"xxx"),
        "archive.pdf": fx.zip_file(),
        "bomb.gif": fx.gif_bomb(),
    }
    bad_paths = [write(tmp_path, name, data) for name, data in bad.items()]
    result = ev.add_evidence(workspace, claim, [*good, *bad_paths])

    assert [a.file for a in result.added] == [str(p) for p in good]
    assert {Path(r.file).name for r in result.refused} == set(bad)
    assert all(r.reason for r in result.refused) and not result.duplicates
    reasons = {Path(r.file).name: r.reason for r in result.refused}
    assert reasons["empty.jpg"] == "the file is empty"
    assert "truncated" in reasons["cut.jpg"]
    assert "Word document" in reasons["archive.pdf"]
    assert "decompression bomb" in reasons["bomb.gif"]
    assert str(ev.Refused("a.pdf", "why")) == "a.pdf: why"

    items = {i.file_name: i for i in ev.list_evidence(workspace, claim)}
    assert set(items) == {p.name for p in good}
    assert items["recu-colissimo.pdf"].kind == "carrier-receipt"
    assert items["recu-colissimo.pdf"].page_count == 2
    assert items["scan.tif"].page_count == 3 and items["scan.tif"].mime == "image/tiff"
    assert items["locked.pdf"].warning and items["locked.pdf"].page_count is None
    photo = items["IMG_0001.HEIC"]
    assert photo.kind == "photo" and photo.mime == "image/heic"
    # No offset in the EXIF: the workspace's time zone (Europe/Paris by default, UTC+1 then).
    assert photo.taken_at == datetime(2026, 10, 30, 17, 2, 11, tzinfo=UTC)
    assert photo.file_date is not None and photo.file_date.tzinfo is not None
    assert len(photo.sha256) == 64 and photo.size == good[1].stat().st_size
    assert ev.evidence_bytes(workspace, photo.pk) == good[1].read_bytes()


def test_exif_offset_wins_and_the_workspace_zone_fills_in(workspace, claim, tmp_path):
    set_workspace_timezone(workspace, "America/New_York")
    a = write(tmp_path, "a.jpg", fx.jpeg(taken="2026:07:01 12:00:00", camera=True))
    b = write(tmp_path, "b.jpg", fx.jpeg(taken="2026:07:01 12:00:00", offset="+02:00"))
    ev.add_evidence(workspace, claim, [a, b])
    taken = {i.file_name: i.taken_at for i in ev.list_evidence(workspace, claim)}
    assert taken["a.jpg"] == datetime(2026, 7, 1, 16, tzinfo=UTC)
    assert taken["b.jpg"] == datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(hours=2)))


def test_same_file_twice_is_stored_once_and_listed_once(workspace, claim, tmp_path):
    data = fx.pdf(1)
    first = ev.add_evidence(workspace, claim, [write(tmp_path, "a.pdf", data)])
    again = ev.add_evidence(workspace, claim, [write(tmp_path, "copy/renamed.pdf", data)])
    assert not again.added and not again.refused
    assert again.duplicates[0].evidence_id == first.added[0].evidence_id
    assert len(ev.list_evidence(workspace, claim)) == 1
    other = create_claim(workspace, order_id="P01-7654321-7654321", reason="not-received",
                         filed_at=datetime(2026, 11, 2, tzinfo=UTC), channel="amazon-pay",
                         amount=Decimal(10), currency="EUR")  # fmt: skip
    assert ev.add_evidence(workspace, other, [tmp_path / "a.pdf"]).added  # another claim: listed
    with workspace.session() as session:
        assert session.query(Blob).count() == 1  # ... but stored once


def test_folders_expand_recursively_sorted_skipping_bookkeeping(workspace, claim, tmp_path):
    write(tmp_path, "drop/b.png", fx.png((1, 2, 3)))
    write(tmp_path, "drop/a/z.png", fx.png((4, 5, 6)))
    write(tmp_path, "drop/Thumbs.db", b"junk")
    write(tmp_path, "drop/.hidden/x.png", fx.png((7, 8, 9)))
    result = ev.add_evidence(workspace, claim, [tmp_path / "drop"])
    assert [Path(a.file).relative_to(tmp_path).as_posix() for a in result.added] == [
        "drop/a/z.png", "drop/b.png",
    ]  # fmt: skip
    assert not result.refused


def test_three_hundred_small_files_in_one_call(workspace, claim, tmp_path):
    paths = [
        write(tmp_path, f"shot-{i:03}.png", fx.png((i % 256, i // 256, 7))) for i in range(300)
    ]
    calls = []
    # One call, every file in, progress to the end. How fast is bench_evidence.py's to measure:
    # a wall-clock bound here failed on a loaded machine (24 s against 8) with nothing wrong.
    result = ev.add_evidence(workspace, claim, paths, progress=lambda d, n, f: calls.append(d))
    assert len(result.added) == 300 and calls[-1] == 300
    assert len(ev.list_evidence(workspace, claim)) == 300


def test_cancelling_keeps_the_files_done(workspace, claim, tmp_path):
    paths = [write(tmp_path, f"{i}.png", fx.png((i, 0, 0))) for i in range(5)]
    seen = []
    result = ev.add_evidence(workspace, claim, paths, progress=lambda d, n, f: seen.append(d),
                             cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert result.cancelled and len(result.added) == 2
    assert len(ev.list_evidence(workspace, claim)) == 2


def test_size_limit_is_a_workspace_setting(workspace, claim, tmp_path):
    assert ev.max_file_mb(workspace) == 50
    ev.set_max_file_mb(workspace, 1)
    assert ev.max_file_mb(workspace) == 1
    big = write(tmp_path, "big.txt", b"a" * 1_500_000)
    result = ev.add_evidence(workspace, claim, [big])
    assert result.refused[0].reason == "the file is 1.5 MB, over the limit of 1 MB"
    with pytest.raises(ev.EvidenceError):
        ev.set_max_file_mb(workspace, 0)


def test_kind_event_and_wrong_targets(workspace, claim, tmp_path):
    event = add_event(workspace, claim, kind="delivered", at=datetime(2026, 11, 1, tzinfo=UTC))
    path = write(tmp_path, "pod.pdf", fx.pdf())
    added = ev.add_evidence(workspace, claim, [path], kind="proof-of-delivery", event_pk=event)
    item = ev.evidence_item(workspace, added.added[0].evidence_id)
    assert (item.kind, item.event_pk) == ("proof-of-delivery", event)
    assert ev.list_evidence(workspace, claim, event_pk=event) == [item]
    assert ev.set_evidence_kind(workspace, item.pk, "carrier-receipt") == "proof-of-delivery"
    assert ev.evidence_counts(workspace, claim) == {"carrier-receipt": 1}
    assert ev.set_evidence_event(workspace, item.pk, None) == event
    for bad in (
        lambda: ev.add_evidence(workspace, 999, [path]),
        lambda: ev.add_evidence(workspace, claim, [path], kind="selfie"),
        lambda: ev.add_evidence(workspace, claim, [path], event_pk=999),
        lambda: ev.set_evidence_kind(workspace, item.pk, "selfie"),
        lambda: ev.evidence_item(workspace, 999),
    ):
        with pytest.raises(ev.EvidenceError):
            bad()


def test_pasted_clipboard_image(workspace, claim):
    out = io.BytesIO()
    Image.new("RGB", (50, 30), "white").save(out, "PNG")
    result = ev.add_evidence_bytes(workspace, claim, out.getvalue(), "capture suivi.png")
    assert result.added[0].type == "image/png"
    item = ev.evidence_item(workspace, result.added[0].evidence_id)
    assert item.kind == "tracking-screenshot" and item.file_date is None


def test_remove_and_restore_for_undo_then_collect_orphans(workspace, claim, tmp_path):
    event = add_event(workspace, claim, kind="message-in", at=datetime(2026, 11, 1, tzinfo=UTC))
    path = write(tmp_path, "photo.jpg", fx.jpeg(camera=True))
    pk = ev.add_evidence(workspace, claim, [path], event_pk=event).added[0].evidence_id
    before = ev.evidence_item(workspace, pk)
    snapshot = ev.remove_evidence(workspace, pk)
    assert ev.list_evidence(workspace, claim) == []
    assert ev.restore_evidence(workspace, snapshot) == pk
    assert ev.evidence_item(workspace, pk) == before
    ev.remove_evidence(workspace, pk)
    assert collect_orphan_blobs(workspace, grace=timedelta(0)) == 1
    with pytest.raises(ev.EvidenceError, match="no longer stored"):
        ev.restore_evidence(workspace, snapshot)
    assert check_workspace(workspace).ok


def test_thumbnail_service(workspace, claim, tmp_path):
    added = ev.add_evidence(workspace, claim, [
        write(tmp_path, "p.jpg", fx.jpeg(orientation=6)),
        write(tmp_path, "r.pdf", fx.pdf()),
        write(tmp_path, "t.txt", b"colis remis en main propre"),
    ]).added  # fmt: skip
    thumb = ev.thumbnail(workspace, added[0].evidence_id, size=40)
    assert thumb is not None and Image.open(io.BytesIO(thumb)).size == (40, 20)
    assert ev.thumbnail(workspace, added[1].evidence_id) is None  # the GUI renders PDFs
    assert ev.thumbnail(workspace, added[2].evidence_id) is None


def test_integrity_check_passes_then_catches_a_tampered_blob(workspace, claim, tmp_path):
    ev.add_evidence(workspace, claim, [write(tmp_path, "a.pdf", fx.pdf()),
                                       write(tmp_path, "b.png", fx.png())])  # fmt: skip
    report = check_workspace(workspace)
    assert report.ok and report.files_checked == 2 and report.problems == ()
    sha = ev.list_evidence(workspace, claim)[0].sha256
    with workspace.session() as session:
        session.execute(update(Blob).where(Blob.sha256 == sha).values(data=b"%PDF-tampered"))
    report = check_workspace(workspace)
    assert not report.ok
    assert any(sha in p and "damaged" in p for p in report.problems)


def test_integrity_check_lists_evidence_whose_content_is_missing(tmp_path):
    from atoz_desktop.core.storage.database import open_workspace

    workspace = open_workspace(str(tmp_path / "w.sqlite3"))
    claim_pk = create_claim(workspace, order_id="P01-1234567-1234567", reason="not-received",
                            filed_at=datetime(2026, 11, 2, tzinfo=UTC), channel="amazon-pay",
                            amount=Decimal(5), currency="EUR")  # fmt: skip
    ev.add_evidence(workspace, claim_pk, [write(tmp_path, "a.png", fx.png())])
    # What a crash or a hand edit could leave: another program, without foreign keys.
    import sqlite3

    with contextlib.closing(sqlite3.connect(tmp_path / "w.sqlite3")) as connection:
        connection.execute("DELETE FROM blobs")
        connection.commit()
    problems = check_workspace(workspace).problems
    assert any("a.png" in p and "missing" in p for p in problems)
    assert any(p.startswith("database:") for p in problems)  # SQLite's foreign_key_check
    workspace.close()
