"""The command line: sub-commands, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from custui import cli


def test_sample_writes_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.db"
    assert cli.main(["sample", "--out", str(out), "--customers", "40", "--seed", "7"]) == 0
    assert "Wrote" in capsys.readouterr().out
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] >= 40
    conn.close()


def test_sample_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.db"
    out.write_text("precious")
    assert cli.main(["sample", "--out", str(out), "--customers", "30"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("custui: ") and "exists" in err and len(err.splitlines()) == 1
    assert out.read_text() == "precious"


def test_sample_force_replaces(tmp_path: Path) -> None:
    out = tmp_path / "s.db"
    out.write_text("old")
    assert cli.main(["sample", "--out", str(out), "--customers", "30", "--force"]) == 0
    assert out.read_bytes().startswith(b"SQLite format 3")


def test_bad_sample_size_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["sample", "--customers", "0"])
    assert exit_info.value.code == 2
    assert "positive" in capsys.readouterr().err


def test_db_given_twice_differently_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["a.db", "--db", "b.db"]) == cli.EXIT_USAGE
    assert "not both" in capsys.readouterr().err


def test_split_command_finds_the_command_after_global_options() -> None:
    assert cli._split_command(["--db", "x.db", "sample", "--out", "y"]) == (
        ["--db", "x.db"],
        "sample",
        ["--out", "y"],
    )
    assert cli._split_command(["x.db"]) == (["x.db"], None, [])
    assert cli._split_command(["--read-only", "x.db"]) == (["--read-only", "x.db"], None, [])


def test_default_db_comes_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CUSTUI_DB", str(tmp_path / "mine.db"))
    assert cli.default_db_path() == tmp_path / "mine.db"
    monkeypatch.delenv("CUSTUI_DB")
    assert cli.default_db_path().name == "custui.db"
    assert str(tmp_path / "xdg-data") in str(cli.default_db_path())


# -- score and export ---------------------------------------------------------


@pytest.fixture(scope="module")
def scored_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from custui import sample

    path = tmp_path_factory.mktemp("cli-scores") / "book.db"
    sample.generate(path, customers=40)
    return path


def one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("custui: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_score_prints_the_ranked_top(scored_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from custui.store import scores
    from custui.store.db import open_store

    assert cli.main(["--db", str(scored_db), "score", "--as-of", "2026-11-20", "--top", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Top 5 of ") and lines[0].endswith("scored as of 2026-11-20")
    assert lines[1].split()[:4] == ["#", "Code", "Name", "Score"]
    assert len(lines) == 2 + 5
    store = open_store(scored_db)
    try:
        best = scores.score_book(store, date(2026, 11, 20)).frame.index[0]
        code = store.query("SELECT code FROM customers WHERE id = ?", (int(best),))[0][0]
    finally:
        store.close()
    assert lines[2].split()[:2] == ["1", code]
    # columns line up although names mix Chinese (2 cells a character) and Latin
    import re

    from custui.core.text import cell_width

    ends = set()
    for line in lines[2:]:
        match = re.search(r" (\d+\.\d)  (Strategic|Core|Potential|Basic) ", line)
        assert match, line
        ends.add(cell_width(line[: match.end(1)]))
    assert len(ends) == 1


def test_score_refuses_a_bad_date_in_one_line(
    scored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(scored_db), "score", "--as-of", "2026-02-30"]) == cli.EXIT_USAGE
    one_line_error(capsys.readouterr().err, "--as-of", "2026-02-30", "YYYY-MM-DD")


def test_score_of_a_missing_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    assert cli.main(["--db", str(missing), "score"]) == cli.EXIT_ERROR
    one_line_error(capsys.readouterr().err, "does not exist")
    assert not missing.exists()


def test_export_writes_the_scored_list(
    scored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    from custui.store.call_list import COLUMNS

    out = tmp_path / "list.csv"
    assert cli.main(["--db", str(scored_db), "export", str(out), "--as-of", "2026-11-20"]) == 0
    printed = capsys.readouterr().out.strip()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(COLUMNS)
    assert printed == f"Exported {len(rows) - 1} customers to {out}"
    scores_column = [float(r[COLUMNS.index("score")]) for r in rows[1:]]
    assert scores_column == sorted(scores_column, reverse=True)


def test_export_with_a_filter(
    scored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    everything, subset = tmp_path / "all.csv", tmp_path / "subset.xlsx"
    assert (
        cli.main(["--db", str(scored_db), "export", str(everything), "--as-of", "2026-11-20"]) == 0
    )
    with everything.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    capsys.readouterr()
    assert (
        cli.main(
            [
                "--db",
                str(scored_db),
                "export",
                str(subset),
                "--as-of",
                "2026-11-20",
                "--filter",
                "tier:core,strategic,potential",
            ]
        )
        == 0
    )
    expected = sum(r["tier"] in ("Core", "Strategic", "Potential") for r in rows)
    assert capsys.readouterr().out.strip() == f"Exported {expected} customers to {subset}"

    # a free word goes through the full-text index: a customer's code finds exactly that customer
    one = tmp_path / "one.csv"
    assert cli.main(["--db", str(scored_db), "export", str(one), "--filter", rows[-1]["code"]]) == 0
    with one.open(encoding="utf-8-sig", newline="") as fh:
        found = list(csv.DictReader(fh))
    assert [r["code"] for r in found] == [rows[-1]["code"]]


def test_export_refusals_are_one_line(
    scored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(scored_db), "export"]
    assert cli.main([*db, str(tmp_path / "x.csv"), "--filter", "teir:core"]) == cli.EXIT_USAGE
    one_line_error(capsys.readouterr().err, "--filter", 'Unknown field "teir"', "tier")
    assert cli.main([*db, str(tmp_path / "x.txt")]) == cli.EXIT_ERROR
    one_line_error(capsys.readouterr().err, "Export to .csv, .xlsx or .vcf (got .txt).")
    assert cli.main([*db, str(tmp_path / "no" / "x.csv")]) == cli.EXIT_ERROR
    one_line_error(capsys.readouterr().err, "does not exist")
    assert cli.main([*db, str(tmp_path / "x.csv"), "--as-of", "tomorrow-ish"]) == cli.EXIT_USAGE
    one_line_error(capsys.readouterr().err, "--as-of")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# -- dupes --------------------------------------------------------------------


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    import shutil

    path = tmp_path / "sample.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "sample.db", path)
    return path


def test_dupes_prints_pairs_strongest_first(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(sample_copy), "dupes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("pairs at least 50 % likely to be duplicates:")
    assert lines[1].split()[:2] == ["Code", "A"]
    pairs = lines[2:]
    assert len(pairs) == int(lines[0].split()[0]) >= 10  # the sample plants 16 near-duplicates
    scores_shown = [
        float(next(t for t in line.split() if t.replace(".", "").isdigit() and "." in t))
        for line in pairs
    ]
    assert scores_shown == sorted(scores_shown, reverse=True)
    assert all(" ×" in line for line in pairs)  # each reason with its factor


def test_dupes_export_and_threshold(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    out = tmp_path / "pairs.csv"
    assert (
        cli.main(["--db", str(sample_copy), "dupes", "--threshold", "95", "--export", str(out)])
        == 0
    )
    assert "duplicate pairs to" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:6] == ["code_a", "name_a", "code_b", "name_b", "score", "reasons"]
    assert rows and all(float(r["score"]) >= 95 for r in rows)
    assert all(
        r["code_a"].startswith("C") and r["code_b"].startswith("C") and r["reasons"] for r in rows
    )
    assert any("traditional ↔ simplified" in r["reasons"] for r in rows)


def test_dupes_refusals(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli.main(["--db", str(sample_copy), "dupes", "--export", str(tmp_path / "pairs.txt")])
        == cli.EXIT_ERROR
    )
    one_line_error(capsys.readouterr().err, ".csv or .xlsx")
    assert not (tmp_path / "pairs.txt").exists()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--db", str(sample_copy), "dupes", "--threshold", "101"])
    assert exit_info.value.code == cli.EXIT_USAGE
    assert "0 to 100" in capsys.readouterr().err
    assert cli.main(["--db", str(tmp_path / "missing.db"), "dupes"]) == cli.EXIT_ERROR
    one_line_error(capsys.readouterr().err)


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


IMPORT_CSV = "客户编号,日期,方式,内容,态度\nC00001,2026-11-01,电话,报价,积极\nC00002,2026-11-02,拜访,演示,\nNOPE,2026-11-03,call,x,\n"


def test_import_interactions_reports_columns_imports_and_rejections(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "calls.csv"
    source.write_bytes(IMPORT_CSV.encode("gb18030"))
    before = _count(sample_copy, "SELECT count(*) FROM interactions")
    rejects = tmp_path / "rejects.csv"
    code = cli.main(
        [
            "--db",
            str(sample_copy),
            "import",
            str(source),
            "--kind",
            "interactions",
            "--rejects",
            str(rejects),
        ]
    )
    out = capsys.readouterr().out
    assert code == 1  # some rows were rejected
    assert "Read 3 rows from" in out and "(GB18030 CSV, comma-separated)" in out
    assert "客户编号 → customer code" in out and "Imported 2 interactions." in out
    assert "Rejected 1 row:" in out and "No customer has code NOPE." in out
    assert _count(sample_copy, "SELECT count(*) FROM interactions") == before + 2
    written = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert written[0] == "row,客户编号,日期,方式,内容,态度,problem"
    assert written[1].startswith(
        "4,NOPE,2026-11-03,call,x,,customer code: No customer has code NOPE."
    )


def test_import_dry_run_and_strict_write_nothing(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "calls.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    before = _count(sample_copy, "SELECT count(*) FROM interactions")
    for flag, words in (("--dry-run", "Dry run: 2 interactions would be imported"),
                        ("--strict", "Nothing was imported: 1 row rejected and --strict is on.")):  # fmt: skip
        assert (
            cli.main(
                ["--db", str(sample_copy), "import", str(source), "--kind", "interactions", flag]
            )
            == 1
        )
        assert words in capsys.readouterr().out
    assert _count(sample_copy, "SELECT count(*) FROM interactions") == before


def test_import_clean_customers_exits_zero(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "new.csv"
    source.write_text(
        "客户名称,所属行业,电话\n新锐材料有限公司,制造,13800138000\n", encoding="utf-8-sig"
    )
    before = _count(sample_copy, "SELECT count(*) FROM customers")
    assert cli.main(["--db", str(sample_copy), "import", str(source)]) == 0
    assert "Imported 1 customer." in capsys.readouterr().out
    assert _count(sample_copy, "SELECT count(*) FROM customers") == before + 1


def test_import_refusals_are_one_line(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert cli.main(["--db", str(sample_copy), "import", str(binary)]) == 1
    one_line_error(capsys.readouterr().err, "binary file")
    no_code = tmp_path / "orders.csv"
    no_code.write_text("date,amount\n2026-01-01,5\n")
    assert cli.main(["--db", str(sample_copy), "import", str(no_code), "--kind", "orders"]) == 2
    one_line_error(capsys.readouterr().err, "no column for: customer code")
    assert (
        cli.main(
            ["--db", str(sample_copy), "import", str(no_code), "--rejects", str(tmp_path / "r.txt")]
        )
        == 1
    )
    one_line_error(capsys.readouterr().err, ".csv or .xlsx")


def test_export_filters_by_tag_category_and_exclusion(scored_db: Path, tmp_path: Path) -> None:
    import csv

    conn = sqlite3.connect(scored_db)
    members = lambda sql: {r[0] for r in conn.execute(sql)}  # noqa: E731
    risky = members("SELECT c.code FROM customers c JOIN customer_tags ct ON ct.customer_id = c.id "
                    "JOIN tags t ON t.id = ct.tag_id WHERE t.category = 'risk' AND c.deleted_at IS NULL "
                    "AND c.merged_into IS NULL")  # fmt: skip
    active = members("SELECT code FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL")
    conn.close()
    assert risky and risky != active
    for expr, expected in (("tag:risk/*", risky), ("-tag:risk/*", active - risky)):
        out = tmp_path / "t.csv"
        assert cli.main(["--db", str(scored_db), "export", str(out), f"--filter={expr}"]) == 0
        with out.open(encoding="utf-8-sig", newline="") as fh:
            assert {r["code"] for r in csv.DictReader(fh)} == expected, expr


def test_export_leaves_out_deleted_and_merged_unless_asked(
    sample_copy: Path, tmp_path: Path
) -> None:
    import csv

    conn = sqlite3.connect(sample_copy)
    conn.execute(
        "UPDATE customers SET deleted_at = '2026-11-01T00:00:00+00:00' WHERE code = 'C00002'"
    )
    conn.execute(
        "UPDATE customers SET merged_into = (SELECT id FROM customers WHERE code = 'C00001') WHERE code = 'C00003'"
    )
    conn.commit()
    active = conn.execute(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    ).fetchone()[0]
    removed = conn.execute("SELECT count(*) FROM customers").fetchone()[0] - active
    conn.close()
    plain, everything = tmp_path / "plain.csv", tmp_path / "all.csv"
    assert cli.main(["--db", str(sample_copy), "export", str(plain)]) == 0
    assert cli.main(["--db", str(sample_copy), "export", str(everything), "--include-removed"]) == 0
    with plain.open(encoding="utf-8-sig", newline="") as fh:
        codes = [r["code"] for r in csv.DictReader(fh)]
    assert len(codes) == active and "C00002" not in codes and "C00003" not in codes
    with everything.open(encoding="utf-8-sig", newline="") as fh:
        status = {r["code"]: r["status"] for r in csv.DictReader(fh)}
    assert len(status) == active + removed
    assert status["C00002"] == "deleted 2026-11-01" and status["C00003"] == "merged into C00001"
    assert status["C00001"] == "active"
    assert (
        cli.main(
            [
                "--db",
                str(sample_copy),
                "export",
                str(plain),
                "--include-removed",
                "--filter",
                "tier:core",
            ]
        )
        == 2
    )
    contacts = tmp_path / "contacts.vcf"
    assert cli.main(["--db", str(sample_copy), "export", str(contacts), "--include-removed"]) == 2
    assert not contacts.exists()


def test_import_into_a_new_file_creates_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacts.vcf"
    source.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nORG:华创科技\r\nTEL:13800138000\r\nEND:VCARD\r\n"
    )
    db = tmp_path / "fresh.db"
    assert cli.main(["--db", str(db), "import", str(source)]) == 0
    assert "Imported 1 customer." in capsys.readouterr().out
    assert _count(db, "SELECT count(*) FROM customers") == 1


def test_imports_are_listed_and_reverted_as_a_whole(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "new.csv"
    source.write_text(
        "客户名称,电话,标签\n新锐材料有限公司,13800138000,重点\n新锐二号,,\n", encoding="utf-8"
    )
    calls = tmp_path / "calls.csv"
    calls.write_text(IMPORT_CSV, encoding="utf-8")
    before = _count(sample_copy, "SELECT count(*) FROM customers WHERE deleted_at IS NULL")
    calls_before = _count(sample_copy, "SELECT count(*) FROM interactions WHERE deleted_at IS NULL")
    assert cli.main(["--db", str(sample_copy), "import", str(source)]) == 0
    assert (
        cli.main(["--db", str(sample_copy), "import", str(calls), "--kind", "interactions"]) == 1
    )  # one bad row
    capsys.readouterr()
    assert cli.main(["--db", str(sample_copy), "imports"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert (
        "interactions" in listing[1]
        and "calls.csv" in listing[1]
        and "customers" in listing[2]
        and "new.csv" in listing[2]
    )
    assert cli.main(["--db", str(sample_copy), "revert-import", "1"]) == 0
    assert "Reverted import 1: 2 rows taken out" in capsys.readouterr().out
    assert _count(sample_copy, "SELECT count(*) FROM customers WHERE deleted_at IS NULL") == before
    assert (
        _count(sample_copy, "SELECT count(*) FROM interactions WHERE deleted_at IS NULL")
        == calls_before + 2
    )
    assert cli.main(["--db", str(sample_copy), "revert-import", "1"]) == 1
    assert "already reverted" in capsys.readouterr().err
    assert cli.main(["--db", str(sample_copy), "revert-import", "1", "--undo"]) == 0
    assert (
        _count(sample_copy, "SELECT count(*) FROM customers WHERE deleted_at IS NULL") == before + 2
    )
    assert cli.main(["--db", str(sample_copy), "revert-import", "9"]) == 1
    one_line_error(capsys.readouterr().err, "no import number 9")


def test_reimporting_an_export_merges_or_skips_what_is_already_there(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "book.csv"
    assert cli.main(["--db", str(sample_copy), "export", str(exported)]) == 0
    active = "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    before = _count(sample_copy, active)
    capsys.readouterr()
    assert cli.main(["--db", str(sample_copy), "import", str(exported)]) == 0  # skip is the default
    out = capsys.readouterr().out
    assert (
        f"Already in the book, skipped ({before:,} rows; --existing add adds them anyway):" in out
    )
    assert "Imported 0 customers." in out
    assert cli.main(["--db", str(sample_copy), "import", str(exported), "--existing", "merge"]) == 0
    assert (
        f"Already in the book, merged into their customer ({before:,} rows"
        in capsys.readouterr().out
    )
    assert _count(sample_copy, active) == before
    # without codes, the duplicate check alone finds them; --existing add adds them on purpose
    people = tmp_path / "people.csv"
    assert (
        cli.main(
            [
                "--db",
                str(sample_copy),
                "export",
                str(people),
                "--columns",
                "name,contact,phone,email,city",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["--db", str(sample_copy), "import", str(people)]) == 0
    found = int(
        capsys.readouterr()
        .out.split("Already in the book, skipped (")[1]
        .split(" ")[0]
        .replace(",", "")
    )
    assert found >= 0.95 * before
    assert cli.main(["--db", str(sample_copy), "import", str(people), "--existing", "add"]) == 0
    assert f"Imported {before:,} customers." in capsys.readouterr().out
    assert _count(sample_copy, active) == 2 * before
