"""custui.store.dupes on a real file: records, scan, groups, dismissed pairs, export rows."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from custui.core.dedupe import Match, ScanCancelled
from custui.core.merge import default_plan
from custui.core.validate import validate_customer
from custui.store import dupes, repo
from custui.store.db import Store
from custui.store.merge import mark_not_duplicates, merge


def add(store: Store, **values: str) -> int:
    clean, problems = validate_customer(values)
    assert not problems
    return repo.insert_customer(store, clean)


@pytest.fixture
def messy(store: Store) -> dict[str, int]:
    """Three spellings of one company, a namesake in another city, two unrelated customers."""
    return {
        "huachuang": add(store, name="广州华创科技有限公司", phone="020 3811 2233", city="广州"),
        "huachuang_tw": add(
            store, name="廣州華創科技有限公司", phone="+86 20 3811 2233", city="广州"
        ),
        "huachuang_short": add(
            store, name="华创科技（广州）", email="sales@huachuang.cn", phone="02038112233"
        ),
        "acme": add(store, name="Acme Trading Co., Ltd.", email="Info@Acme.com", city="Shanghai"),
        "acme_ltd": add(store, name="ACME Trading Ltd", email="info@acme.com", city="Shanghai"),
        "other": add(store, name="Blue Ridge Outfitters", city="Denver"),
    }


def test_load_records_reads_active_customers_only(store: Store, messy: dict[str, int]) -> None:
    repo.delete_customer(store, messy["other"])
    records = dupes.load_records(store)
    assert [r.id for r in records] == sorted(set(messy.values()) - {messy["other"]})
    acme = next(r for r in records if r.id == messy["acme"])
    assert (acme.name, acme.email, acme.city) == (
        "Acme Trading Co., Ltd.",
        "info@acme.com",
        "Shanghai",
    )


def test_book_records_read_in_chunks_match_the_whole_read(
    store: Store, messy: dict[str, int]
) -> None:
    """The index reads the file a chunk at a time and re-reads by id only what it words: the same
    records, the same matches and reasons as from one list in memory."""
    from custui.core.dedupe import Index

    repo.delete_customer(store, messy["other"])
    source = dupes.BookRecords(store)
    chunks = list(source.chunks(2))
    assert [len(c) for c in chunks] == [2, 2, 1] and len(source) == 5
    assert [r for c in chunks for r in c] == dupes.load_records(store)
    assert {r.id for r in source.get([messy["acme"], messy["other"], 10_000])} == {
        messy["acme"],
        messy["other"],
    }
    streamed, listed = Index(source).scan(), Index(dupes.load_records(store)).scan()
    assert streamed == listed and streamed
    index = Index(source)
    assert index.position(messy["acme_ltd"]) == 4  # the fifth, in id order
    with pytest.raises(KeyError):
        index.position(messy["other"])


def test_groups_join_every_spelling_and_come_strongest_first(
    store: Store, messy: dict[str, int]
) -> None:
    groups = dupes.find_groups(store)
    as_sets = [set(g.ids) for g in groups]
    assert {messy["huachuang"], messy["huachuang_tw"], messy["huachuang_short"]} in as_sets
    assert {messy["acme"], messy["acme_ltd"]} in as_sets
    assert all(messy["other"] not in s for s in as_sets)
    assert [g.score for g in groups] == sorted((g.score for g in groups), reverse=True)
    for group in groups:
        assert all({m.a, m.b} <= set(group.ids) for m in group.matches)
        assert group.reasons == max(group.matches, key=lambda m: m.score).reasons


def test_dismissed_pairs_never_come_back(store: Store, messy: dict[str, int]) -> None:
    mark_not_duplicates(store, messy["acme_ltd"], messy["acme"])
    pairs = {(m.a, m.b) for m in dupes.scan(store)}
    assert (messy["acme"], messy["acme_ltd"]) not in pairs
    assert any(messy["huachuang"] in p for p in pairs)


def test_merged_customers_leave_the_queue(store: Store, messy: dict[str, int]) -> None:
    rows = [repo.get_customer(store, messy[k]) for k in ("acme", "acme_ltd")]
    merge(store, default_plan(rows))
    assert all(
        messy["acme_ltd"] not in g.ids and messy["acme"] not in g.ids
        for g in dupes.find_groups(store)
    )


def test_threshold_and_cancel(store: Store, messy: dict[str, int]) -> None:
    strict = dupes.scan(store, threshold=100.0)
    loose = dupes.scan(store, threshold=50.0)
    assert {(m.a, m.b) for m in strict} <= {(m.a, m.b) for m in loose}
    assert all(m.score >= 100.0 for m in strict)
    seen: list[float] = []
    dupes.scan(store, progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(ScanCancelled):
        dupes.scan(store, cancelled=lambda: True)


def test_the_queue_labels_its_customers_by_code_and_name(
    store: Store, messy: dict[str, int]
) -> None:
    """The queue reads only the code and name of the customers it lists (a list row each held ~25 MB
    for a 100k book's queue); one gone from the file is simply not labelled."""
    ids = [messy["huachuang_tw"], messy["acme"], 999_999]
    labels = repo.codes_and_names(store, ids)
    assert set(labels) == {messy["huachuang_tw"], messy["acme"]}
    code, name = labels[messy["huachuang_tw"]]
    assert (
        name == "廣州華創科技有限公司"
        and code == repo.get_customer(store, messy["huachuang_tw"])["code"]
    )
    assert repo.codes_and_names(store, []) == {}
    assert repo.labels(store, ids) == {cid: f"{c} {n}" for cid, (c, n) in labels.items()}


def test_group_matches_merges_chains() -> None:
    matches = [Match(1, 2, 90.0, ("a",)), Match(2, 3, 85.0, ("b",)), Match(7, 9, 99.0, ("c",))]
    groups = dupes.group_matches(matches)
    assert [g.ids for g in groups] == [(7, 9), (1, 2, 3)]
    assert groups[1].score == 90.0 and groups[1].reasons == ("a",)
    assert dupes.group_matches([]) == []


def test_pair_rows_name_both_sides(store: Store, messy: dict[str, int], tmp_path: Path) -> None:
    rows = dupes.pair_rows(store, dupes.scan(store))
    assert list(rows.columns) == list(dupes.EXPORT_COLUMNS)
    acme = rows[rows["name_a"] == "Acme Trading Co., Ltd."].iloc[0]
    assert acme["code_b"] == repo.get_customer(store, messy["acme_ltd"])["code"]
    assert "same e-mail" in acme["reasons"] and 0 <= acme["score"] <= 100
    assert list(dupes.pair_rows(store, []).columns) == list(dupes.EXPORT_COLUMNS)


def test_a_scan_apart_finds_what_a_scan_here_finds_and_leaves_its_work_there(
    store: Store, messy: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large book is scanned in a process of its own (its working memory goes with it): the same
    matches, and an index that answers the form's hints and words pairs as the scan's own would."""
    from custui.core.dedupe import Index, Record

    here, here_index = dupes.scan_with_index(store)

    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("scanned in this process")

    monkeypatch.setattr(
        Index, "scan", not_here
    )  # this process's Index; the scan's process has its own
    seen: list[float] = []
    apart, index = dupes.scan_apart(store, apart_from=0, progress=seen.append)
    assert apart == here and apart
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert index.fitted and index.model.prior == here_index.model.prior
    for name, levels in here_index.model.m.items():
        assert (index.model.m[name] == levels).all() and (
            index.model.u[name] == here_index.model.u[name]
        ).all()
    for name in ("廣州華創科技", "ACME Trading", "Blue Ridge"):
        draft = Record(0, name, city="Shanghai")
        assert index.candidates_for(draft, same_name=True) == here_index.candidates_for(
            draft, same_name=True
        )
    assert index.pair(messy["acme"], messy["acme_ltd"]) == here_index.pair(
        messy["acme"], messy["acme_ltd"]
    )


def test_a_small_book_is_scanned_here(
    store: Store, messy: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting a process costs more than scanning a few thousand customers."""
    from custui.core import parallel

    def no_process(*args: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(parallel, "start_apart", no_process)
    assert dupes.scan_apart(store)[0] == dupes.scan(store)


def test_an_encrypted_book_is_scanned_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The passphrase never leaves the app's process: an encrypted book is not scanned apart."""
    from custui.core import parallel
    from custui.store import cipher
    from custui.store.db import Key, open_store

    if not cipher.available():
        pytest.skip("no encryption here")

    def no_process(*args: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(parallel, "start_apart", no_process)
    store = open_store(tmp_path / "locked.db", key=Key("dupes 口令"))
    try:
        add(store, name="Acme Trading Co., Ltd.", email="info@acme.com", city="Shanghai")
        add(store, name="ACME Trading Ltd", email="info@acme.com", city="Shanghai")
        assert len(dupes.scan_apart(store, apart_from=0)[0]) == 1
    finally:
        store.close()


def test_a_cancelled_scan_apart_ends_its_process(store: Store, messy: dict[str, int]) -> None:
    with pytest.raises(ScanCancelled):
        dupes.scan_apart(store, apart_from=0, cancelled=lambda: True)
    assert multiprocessing.active_children() == []


def test_a_scan_apart_leaves_no_file_behind(store: Store, messy: dict[str, int]) -> None:
    """The index's large arrays come back through a file of the user's cache folder, kept while the index
    is (it may send the index on as places in it) and deleted with it; one that a killed app left
    there goes at the next scan."""
    import gc
    import os

    import platformdirs

    folder = platformdirs.user_cache_path("custui", appauthor=False) / "scans"
    folder.mkdir(parents=True)
    left = folder / "index-4194305-left.bin"  # above Linux's largest process id: nobody's
    left.write_bytes(b"x" * 10)
    mine = folder / f"index-{os.getpid()}-mine.bin"  # a live app's (this one's)
    mine.write_bytes(b"")
    matches, index = dupes.scan_apart(store, apart_from=0)
    assert matches and index.candidates_for(dupes.load_records(store, [messy["acme"]])[0])
    assert left.name not in {p.name for p in folder.iterdir()} and len(list(folder.iterdir())) == 2
    del index
    gc.collect()
    assert sorted(p.name for p in folder.iterdir()) == [mine.name]


def test_an_index_built_apart_is_the_one_built_here(
    store: Store, messy: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form's hints and the import's check build their index apart in a large book, as a scan does."""
    from custui.core.dedupe import Index, Record

    here = dupes.build_index(store)

    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("built in this process")

    monkeypatch.setattr(Index, "fit", not_here)
    apart = dupes.build_index_apart(store, apart_from=0)
    monkeypatch.undo()
    assert apart.fitted and apart.model.prior == here.model.prior
    for name in ("廣州華創科技", "ACME Trading", "Blue Ridge"):
        draft = Record(0, name, city="Shanghai")
        assert apart.candidates_for(draft, same_name=True) == here.candidates_for(
            draft, same_name=True
        )


def test_without_a_cache_folder_the_index_comes_back_whole(
    store: Store, messy: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def unwritable() -> None:
        raise PermissionError("read-only home")

    monkeypatch.setattr(dupes, "_spill_file", unwritable)
    matches, index = dupes.scan_apart(store, apart_from=0)
    assert matches == dupes.scan(store)
    assert index.pair(messy["acme"], messy["acme_ltd"]).score > 50


def test_a_scan_apart_that_cannot_send_its_index_says_why(
    store: Store, messy: dict[str, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The matches come first, then the index: a failure in between is raised with the process's own
    words, not as a pipe that ran dry."""
    monkeypatch.setattr(dupes, "_spill_file", lambda: tmp_path / "gone" / "index.bin")
    with pytest.raises(RuntimeError, match="the duplicate scan failed: FileNotFoundError"):
        dupes.scan_apart(store, apart_from=0)
    assert multiprocessing.active_children() == []


def test_where_no_process_can_start_the_scan_and_the_index_are_made_here(
    store: Store, messy: dict[str, int], no_process: list[str]
) -> None:
    """A limit on processes reached: the same matches and index, made here, and no spill file left."""
    import platformdirs

    matches, index = dupes.scan_apart(store, apart_from=0)
    assert no_process and matches == dupes.scan(store)
    assert index.pair(messy["acme"], messy["acme_ltd"]).score > 50
    assert dupes.build_index_apart(store, apart_from=0).fitted
    scans = platformdirs.user_cache_path("custui", appauthor=False) / "scans"
    assert not scans.exists() or list(scans.iterdir()) == []
