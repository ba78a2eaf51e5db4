"""A mixed-country list written by Faker (other people's formats) through `custui import`: nothing lost,
every number libphonenumber reads for the row's country stored as its E.164."""

from __future__ import annotations

from pathlib import Path

from tests.bench import mixed_countries


def test_a_mixed_country_list_imports_whole_and_reads_each_phone_for_its_country(
    tmp_path: Path,
) -> None:
    result = mixed_countries.run(400, tmp_path)
    assert (result["exit"], result["imported"], result["rejected"]) == (0, 400, 0)
    assert result["valid_for_their_country"] > 200  # the comparison has material
    assert result["agreement"] == 1.0
    assert (
        result["kept_as_typed"] > 0
    )  # Faker writes some numbers no numbering plan has: kept, flagged
