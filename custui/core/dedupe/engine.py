"""Per-record features and the vectorised pair score (one implementation for scans, drafts and pairs).

A :class:`Features` table holds, for a list of records, the name keys as
numpy object arrays (for ``rapidfuzz.process.cpdist``) and every other field
as an integer code (-1 missing, -2 "present but unseen" for a draft), so a
million candidate pairs are scored with a handful of C-level passes.
:func:`evaluate` returns the score and every piece of evidence per pair; the
reasons are written only for the pairs that are shown.

How evidence adds up (see :class:`Weights`): name similarity gives up to 85
points (85 when the keys are identical); a shared phone, e-mail, web site,
contact or address adds; a different city, branch, number or Jr/Sr caps or
subtracts.  People need more than a name: a different phone or e-mail weighs
three times as much as for a company, which has many phones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from custui.core.dedupe.keys import (
    address_key,
    email_domain,
    email_key,
    name_key,
    nfkc,
    person_key,
    phone_key,
    place_in_address,
    place_key,
    website_key,
)
from custui.core.dedupe.model import NameKey, Record, ScanCancelled
from custui.core.dedupe.places import CITY_PROVINCE, place_of
from custui.core.text import has_cjk, to_simplified

KINDS = {"company": 0, "person": 1}


@dataclass(frozen=True)
class Weights:
    """Points of each piece of evidence (0–100 scale)."""

    #: name similarity (0–100) → points, by linear interpolation between these knots
    name_knots: tuple[float, ...] = (0, 50, 60, 70, 80, 90, 95, 99.99, 100)
    name_points: tuple[float, ...] = (0, 0, 10, 25, 40, 60, 72, 80, 85)
    #: similarity given to two names that read the same in pinyin (华创 / 华闯, 张伟 / Zhang Wei)
    pinyin_similarity: float = 90.0
    #: similarity given to two short Chinese names with the same characters in another order
    #: (王海燕 / 王燕海: one transposition, which edit distances count as a third of the name)
    anagram_similarity: float = 85.0
    same_phone: float = 30.0
    #: a phone or e-mail one customer's person shares with the other customer or its people
    same_person_point: float = 25.0
    same_email: float = 25.0
    same_website: float = 15.0
    different_website: float = 10.0
    same_domain: float = 5.0
    same_contact: float = 10.0
    different_contact: float = 3.0
    same_city: float = 5.0
    different_city: float = 30.0
    different_province: float = 20.0
    same_address: float = 10.0
    different_address: float = 10.0
    #: a company has many phones and mailboxes: a different one is weak evidence …
    different_phone: float = 3.0
    different_email: float = 3.0
    #: … a person has few: namesakes are told apart by them
    person_different_phone: float = 15.0
    person_different_email: float = 15.0
    #: two people who both left a phone or e-mail, but none the other could compare with
    person_nothing_in_common: float = 15.0
    different_kind: float = 20.0
    different_legal_form: float = 10.0
    different_qualifier: float = 25.0
    branch_and_head_office: float = 15.0
    #: most a pair may score with a different branch, store number or generation (Jr/Sr)
    conflict_cap: float = 60.0
    #: most a pair may score when the names are unrelated (< 50 % alike)
    unrelated_names_cap: float = 70.0


WEIGHTS = Weights()


class Codes:
    """Value → small integer, per field, shared by an index and the drafts checked against it."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[Any, int]] = {}

    def encode(self, name: str, values: Sequence[Any], grow: bool) -> np.ndarray:
        table = self.tables.setdefault(name, {})
        out = np.empty(len(values), dtype=np.int32)
        for i, value in enumerate(values):
            if value is None or value == "" or value == ():
                out[i] = -1
                continue
            code = table.get(value)
            if code is None:
                if grow:
                    code = table[value] = len(table)
                else:
                    code = -2
            out[i] = code
        return out


@dataclass
class Prepared:
    """What one record looks like to the matcher (kept for the reason text)."""

    record: Record
    kind: int
    key: NameKey
    order: str              # name words in typed order (persons), else the key
    phone: str | None
    email: str | None
    website: str | None
    mail_domain: str | None
    province: str | None    # from the city/region fields, else from the name
    city: str | None
    name_province: str | None
    name_city: str | None
    contact: str
    address: str
    address_number: str
    #: Every phone and e-mail of the customer and its people → whose it is ("" for the customer's own).
    points: dict[str, str] = field(default_factory=dict)


def _points(record: Record, phone: str | None, email: str | None) -> dict[str, str]:
    points = {k: "" for k in (phone, email) if k}
    for value, who in record.people:
        key = phone_key(value) if value.startswith("+") else email_key(value)
        if key:
            points.setdefault(key, who)
    return points


def prepare(record: Record) -> Prepared:
    kind = KINDS.get((record.kind or "company").strip().casefold(), 2)
    key = name_key(record.name, "person" if kind == 1 else "company")
    order = key.key
    if kind == 1 and not has_cjk(record.name or ""):
        order = " ".join(w for w in nfkc(record.name).casefold().replace(".", " ").replace(",", " ").split())
    email = email_key(record.email)
    website = website_key(record.website)
    province, city = place_key(record.city, record.region)
    if city is None and record.address:
        address_province, city = place_in_address(record.address)
        province = province or address_province
    name_province, name_city = place_of(key.region) if key.region else (None, None)
    if province is None and city in CITY_PROVINCE:
        province = CITY_PROVINCE[city]
    contact = person_key(record.contact_name).compact if record.contact_name else ""
    address, number = address_key(record.address)
    phone = phone_key(record.phone_e164)
    return Prepared(
        record=record, kind=kind, key=key, order=order, phone=phone, email=email,
        website=website, mail_domain=email_domain(email), province=province or name_province,
        city=city or name_city, name_province=name_province, name_city=name_city, contact=contact,
        address=address, address_number=number, points=_points(record, phone, email),
    )


def shared_point(pa: Prepared, pb: Prepared) -> tuple[str, str, str] | None:
    """A phone or e-mail the two share through their people (not customer to customer: that is "same
    phone"): (the value, whose at a, whose at b); None when none."""
    if not (pa.record.people or pb.record.people) or not pa.points or not pb.points:
        return None
    for value, who in pa.points.items():
        other = pb.points.get(value)
        if other is not None and (who or other):
            return value, who, other
    return None


@dataclass
class Features:
    """Column-wise features of a list of records (see module docstring)."""

    prepared: list[Prepared]
    ids: np.ndarray
    kind: np.ndarray
    key: np.ndarray
    compact: np.ndarray
    order: np.ndarray
    contact: np.ndarray
    address: np.ndarray
    spaced: np.ndarray      # the key has several words (token order matters)
    ordered: np.ndarray     # the typed word order differs from the key (people)
    codes: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.prepared)


def _anagram(compact: str) -> str:
    """The sorted characters of a short Chinese key ("" otherwise)."""
    return "".join(sorted(compact)) if 2 < len(compact) <= 8 and has_cjk(compact) else ""


_CODED = ("compact", "pinyin", "anagram", "phone", "email", "domain_web", "domain_mail", "city", "province", "name_city", "name_province",
          "branch", "numbers", "generation", "legal", "qualifier", "address_number", "contact", "address")


def build_features(
    records: Sequence[Record],
    codes: Codes,
    *,
    grow: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Features:
    prepared: list[Prepared] = []
    n = len(records)
    step = 2000
    for start in range(0, n, step):
        if cancelled is not None and cancelled():
            raise ScanCancelled
        prepared.extend(prepare(r) for r in records[start : start + step])
        if progress is not None:
            progress(min(1.0, (start + step) / max(n, 1)))

    def column(values: list[Any]) -> np.ndarray:
        arr = np.empty(len(values), dtype=object)
        arr[:] = values
        return arr

    features = Features(
        prepared=prepared,
        ids=np.array([p.record.id for p in prepared], dtype=np.int64),
        kind=np.array([p.kind for p in prepared], dtype=np.int8),
        key=column([p.key.key for p in prepared]),
        compact=column([p.key.compact for p in prepared]),
        order=column([p.order for p in prepared]),
        contact=column([p.contact for p in prepared]),
        address=column([p.address for p in prepared]),
        spaced=np.array([" " in p.key.key for p in prepared], dtype=bool),
        ordered=np.array([p.order != p.key.key for p in prepared], dtype=bool),
    )
    raw = {
        "compact": [p.key.compact for p in prepared],
        "pinyin": [p.key.pinyin for p in prepared],
        "anagram": [_anagram(p.key.compact) for p in prepared],
        "phone": [p.phone for p in prepared],
        "email": [p.email for p in prepared],
        # web sites and mail domains share one table so acme.com ↔ sales@acme.com compare
        "domain_web": [p.website for p in prepared],
        "domain_mail": [p.mail_domain for p in prepared],
        "city": [p.city for p in prepared],
        "province": [p.province for p in prepared],
        "name_city": [p.name_city for p in prepared],
        "name_province": [p.name_province for p in prepared],
        "branch": [p.key.branch for p in prepared],
        "numbers": [p.key.numbers for p in prepared],
        "generation": [p.key.generation for p in prepared],
        "legal": [p.key.legal for p in prepared],
        "qualifier": [p.key.qualifier for p in prepared],
        "address_number": [p.address_number for p in prepared],
        "contact": [p.contact for p in prepared],
        "address": [p.address for p in prepared],
    }
    table_of = {"domain_web": "domain", "domain_mail": "domain", "name_city": "city", "name_province": "province"}
    for name in _CODED:
        features.codes[name] = codes.encode(table_of.get(name, name), raw[name], grow)
    return features


# --------------------------------------------------------------------------- scoring


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a == b) & (a >= 0)


def _differ(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a != b) & (a != -1) & (b != -1)


def _sim(a: np.ndarray, b: np.ndarray, scorer, workers: int) -> np.ndarray:
    if len(a) == 0:
        return np.zeros(0, dtype=np.float32)
    return process.cpdist(a, b, scorer=scorer, workers=workers)


def evaluate(
    fa: Features, ia: np.ndarray, fb: Features, ib: np.ndarray, *, weights: Weights = WEIGHTS, workers: int = -1,
    typed_similarity: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Score the pairs (fa[ia[k]], fb[ib[k]]); returns "score" and every evidence column.

    *typed_similarity* (as-you-type only) is a name similarity for a half-typed
    name; where it beats the full comparison it is used and ``typed`` is set.
    """
    w = weights
    workers = workers if len(ia) > 20_000 else 1
    A = {k: v[ia] for k, v in fa.codes.items()}
    B = {k: v[ib] for k, v in fb.codes.items()}
    same_compact = _same(A["compact"], B["compact"])
    sim = _sim(fa.compact[ia], fb.compact[ib], fuzz.ratio, workers).astype(np.float64)
    # word order only matters for keys of several words; typed order only for people
    for mask, column, scorer in (
        (fa.spaced[ia] | fb.spaced[ib], "key", fuzz.token_sort_ratio),
        (fa.ordered[ia] | fb.ordered[ib], "order", fuzz.ratio),
    ):
        if mask.any():
            sub_a, sub_b = ia[mask], ib[mask]
            sim[mask] = np.maximum(sim[mask], _sim(getattr(fa, column)[sub_a], getattr(fb, column)[sub_b], scorer, workers))
    pinyin_same = _same(A["pinyin"], B["pinyin"]) & ~same_compact
    sim = np.where(pinyin_same, np.maximum(sim, w.pinyin_similarity), sim)
    anagram = _same(A["anagram"], B["anagram"]) & ~same_compact
    sim = np.where(anagram, np.maximum(sim, w.anagram_similarity), sim)
    typed = np.zeros(len(ia), dtype=bool)
    if typed_similarity is not None:
        typed = typed_similarity > sim
        sim = np.maximum(sim, typed_similarity)
    sim[(A["compact"] == -1) | (B["compact"] == -1)] = 0.0
    name_points = np.interp(sim, w.name_knots, w.name_points)

    A = {k: v[ia] for k, v in fa.codes.items()}
    B = {k: v[ib] for k, v in fb.codes.items()}
    kind_a, kind_b = fa.kind[ia], fb.kind[ib]
    person = (kind_a == 1) & (kind_b == 1)
    phone_same = _same(A["phone"], B["phone"])
    phone_diff = _differ(A["phone"], B["phone"])
    email_same = _same(A["email"], B["email"])
    web_same = _same(A["domain_web"], B["domain_web"])
    web_diff = _differ(A["domain_web"], B["domain_web"]) & ~person
    domain_same = (
        web_same | _same(A["domain_mail"], B["domain_mail"])
        | _same(A["domain_web"], B["domain_mail"]) | _same(A["domain_mail"], B["domain_web"])
    )
    email_diff = _differ(A["email"], B["email"]) & ~domain_same
    both_contacts = (A["contact"] != -1) & (B["contact"] != -1)
    contact_sim = np.zeros(len(ia))
    if both_contacts.any():
        contact_sim[both_contacts] = _sim(fa.contact[ia[both_contacts]], fb.contact[ib[both_contacts]], fuzz.ratio, workers)
    contact_same = both_contacts & (contact_sim >= 90)
    contact_diff = both_contacts & (contact_sim < 60)
    city_same = _same(A["city"], B["city"])
    name_region_diff = _differ(A["name_city"], B["name_city"]) | _differ(A["name_province"], B["name_province"])
    location_diff = _differ(A["city"], B["city"]) | name_region_diff
    province_diff = _differ(A["province"], B["province"]) & ~city_same & ~location_diff
    both_addresses = (A["address"] != -1) & (B["address"] != -1)
    addr_sim = np.zeros(len(ia))
    if both_addresses.any():
        sub_a, sub_b = fa.address[ia[both_addresses]], fb.address[ib[both_addresses]]
        addr_sim[both_addresses] = np.maximum(
            _sim(sub_a, sub_b, fuzz.ratio, workers), _sim(sub_a, sub_b, fuzz.token_set_ratio, workers)
        )
    number_clash = _differ(A["address_number"], B["address_number"])
    address_same = both_addresses & (addr_sim >= 85) & ~number_clash
    address_diff = both_addresses & ((addr_sim < 50) | number_clash)
    branch_diff = _differ(A["branch"], B["branch"])
    branch_one = (A["branch"] == -1) != (B["branch"] == -1)
    numbers_diff = _differ(A["numbers"], B["numbers"])
    generation_diff = _differ(A["generation"], B["generation"])
    qualifier_diff = _differ(A["qualifier"], B["qualifier"])
    legal_diff = _differ(A["legal"], B["legal"])
    kind_diff = kind_a != kind_b
    people_same = np.array(
        [shared_point(fa.prepared[i], fb.prepared[j]) is not None for i, j in zip(ia.tolist(), ib.tolist())], dtype=bool
    ) & ~phone_same & ~email_same if len(ia) else np.zeros(0, dtype=bool)
    has_a = (A["phone"] != -1) | (A["email"] != -1)
    has_b = (B["phone"] != -1) | (B["email"] != -1)
    nothing_in_common = person & has_a & has_b & ~phone_same & ~email_same & ~phone_diff & ~_differ(A["email"], B["email"])

    score = (
        name_points
        + w.same_phone * phone_same
        + w.same_email * email_same
        + w.same_person_point * people_same
        + w.same_website * web_same
        - w.different_website * web_diff
        + w.same_domain * (domain_same & ~web_same & ~email_same)
        + w.same_contact * contact_same
        - w.different_contact * contact_diff
        + w.same_city * city_same
        - w.different_city * location_diff
        - w.different_province * province_diff
        + w.same_address * address_same
        - w.different_address * address_diff
        - np.where(person, w.person_different_phone, w.different_phone) * phone_diff
        - np.where(person, w.person_different_email, w.different_email) * email_diff
        - w.person_nothing_in_common * nothing_in_common
        - w.different_kind * kind_diff
        - w.different_legal_form * legal_diff
        - w.different_qualifier * qualifier_diff
        - w.branch_and_head_office * branch_one
    )
    capped = branch_diff | numbers_diff | generation_diff
    score = np.where(capped, np.minimum(score, w.conflict_cap), score)
    score = np.where(sim < 50, np.minimum(score, w.unrelated_names_cap), score)
    score = np.round(np.clip(score, 0.0, 100.0), 1)
    return {
        "score": score, "name_similarity": sim, "name_points": name_points, "pinyin_same": pinyin_same,
        "person": person, "phone_same": phone_same, "people_same": people_same, "web_diff": web_diff, "typed": typed, "anagram": anagram, "phone_diff": phone_diff, "email_same": email_same,
        "email_diff": email_diff, "web_same": web_same, "domain_same": domain_same, "contact_same": contact_same,
        "contact_diff": contact_diff, "city_same": city_same, "location_diff": location_diff,
        "name_region_diff": name_region_diff, "province_diff": province_diff, "address_same": address_same,
        "address_diff": address_diff, "branch_diff": branch_diff, "branch_one": branch_one,
        "numbers_diff": numbers_diff, "generation_diff": generation_diff, "qualifier_diff": qualifier_diff,
        "legal_diff": legal_diff, "kind_diff": kind_diff, "nothing_in_common": nothing_in_common,
    }


# --------------------------------------------------------------------------- reasons


def _quote(pieces: Sequence[str]) -> str:
    return ", ".join(f"'{p}'" for p in pieces)


def _has_fullwidth(text: str) -> bool:
    """Full-width letters or digits (ＡＣＭＥ, １３８); full-width brackets are normal in Chinese."""
    return any("\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" for ch in text)


def name_reason(pa: Prepared, pb: Prepared, similarity: float, pinyin_same: bool, anagram: bool = False) -> str:
    """How the two names compare, in words: "name 93 % alike after removing 'Co., Ltd.'"."""
    a, b = pa.record.name or "", pb.record.name or ""
    if a == b:
        return "same name"
    ka, kb = pa.key, pb.key
    notes: list[str] = []
    if _has_fullwidth(a) != _has_fullwidth(b) or (_has_fullwidth(a) and nfkc(a) != nfkc(b)):
        notes.append("full-width ↔ half-width")
    if has_cjk(a + b) and (to_simplified(a) != a) != (to_simplified(b) != b):
        notes.append("traditional ↔ simplified")
    if nfkc(a).casefold() == nfkc(b).casefold() and nfkc(a) != nfkc(b) and not notes:
        notes.append("upper/lower case")
    removed = [p for p in ka.removed if p not in kb.removed] + [p for p in kb.removed if p not in ka.removed]
    expanded = list(dict.fromkeys(ka.expanded + kb.expanded))
    if pa.kind == 1 and pb.kind == 1 and ka.key == kb.key and pa.order != pb.order and " " in ka.key:
        if sorted(pa.order.split()) != pa.order.split() or sorted(pb.order.split()) != pb.order.split():
            notes.append("given and family name swapped")
    if ka.compact == kb.compact and ka.key != kb.key:
        notes.append("spacing")
    tail = ""
    if removed:
        tail += f" after removing {_quote(removed)}"
    if expanded:
        tail += (" and" if removed else "") + " reading " + ", ".join(e.replace(" → ", " as ") for e in expanded)
    if notes:
        tail += f" ({', '.join(notes)})"
    if ka.compact == kb.compact and ka.compact:
        return "same name" + tail
    if pinyin_same and similarity >= 90:
        return f"names read the same in pinyin ({ka.pinyin})" + tail
    if anagram and similarity <= 85 and sorted(ka.compact) == sorted(kb.compact):
        return "same characters in another order" + tail
    return f"name {similarity:.0f} % alike" + tail


def _place(p: Prepared, name_only: bool = False) -> str:
    if name_only:
        return p.name_city or p.name_province or "?"
    return p.city or p.province or p.name_city or p.name_province or "?"


def reasons_for(pa: Prepared, pb: Prepared, ev: dict[str, np.ndarray], k: int, weights: Weights = WEIGHTS) -> tuple[str, ...]:
    """The human reasons of pair *k* of an :func:`evaluate` result, strongest first."""
    w = weights
    flag = {name: bool(col[k]) for name, col in ev.items() if col.dtype == bool}
    sim = float(ev["name_similarity"][k])
    good: list[tuple[float, str]] = []
    bad: list[tuple[float, str]] = []
    if flag["phone_same"]:
        good.append((w.same_phone, "same phone"))
    if flag["email_same"]:
        good.append((w.same_email, "same e-mail"))
    if flag["people_same"]:
        value, who_a, who_b = shared_point(pa, pb) or ("", "", "")
        what = "e-mail" if "@" in value else "phone"
        whose = " / ".join(dict.fromkeys(w_ for w_ in (who_a, who_b) if w_))
        good.append((w.same_person_point, f"same {what} ({whose})"))
    if sim >= 50 and flag["typed"]:
        good.append((float(ev["name_points"][k]), f"name starts the same ({sim:.0f} % so far)"))
    elif sim >= 50:
        good.append((float(ev["name_points"][k]), name_reason(pa, pb, sim, flag["pinyin_same"], flag["anagram"])))
    else:
        bad.append((0.0, f"names differ ({sim:.0f} % alike)"))
    if flag["web_same"]:
        good.append((w.same_website, "same web site"))
    elif flag["domain_same"] and not flag["email_same"]:
        good.append((w.same_domain, "same e-mail domain"))
    if flag["contact_same"]:
        good.append((w.same_contact, f"same contact {pa.record.contact_name}"))
    if flag["address_same"]:
        good.append((w.same_address, "same address"))
    if flag["city_same"]:
        good.append((w.same_city, "same city"))
    if flag["branch_diff"]:
        bad.append((100.0, f"different branches ({pa.key.branch} / {pb.key.branch})"))
    if flag["numbers_diff"]:
        bad.append((100.0, f"different numbers ({' '.join(pa.key.numbers)} / {' '.join(pb.key.numbers)})"))
    if flag["generation_diff"]:
        bad.append((100.0, f"different generations ({pa.key.generation} / {pb.key.generation})"))
    if flag["location_diff"]:
        only_name = flag["name_region_diff"]
        bad.append((w.different_city, f"different cities ({_place(pa, only_name)} / {_place(pb, only_name)})"))
    if flag["province_diff"]:
        bad.append((w.different_province, f"different regions ({pa.province} / {pb.province})"))
    if flag["qualifier_diff"]:
        bad.append((w.different_qualifier, f"different qualifiers ({pa.key.qualifier} / {pb.key.qualifier})"))
    if flag["branch_one"]:
        bad.append((w.branch_and_head_office, f"only one is a branch ({pa.key.branch or pb.key.branch})"))
    if flag["kind_diff"]:
        bad.append((w.different_kind, "a company and a person"))
    if flag["phone_diff"] and flag["email_diff"]:
        weight = w.person_different_phone if flag["person"] else w.different_phone
        bad.append((weight * 2, "different phones and e-mails"))
    elif flag["phone_diff"]:
        bad.append((w.person_different_phone if flag["person"] else w.different_phone, "different phones"))
    elif flag["email_diff"]:
        bad.append((w.person_different_email if flag["person"] else w.different_email, "different e-mails"))
    if flag["nothing_in_common"]:
        bad.append((w.person_nothing_in_common, "no phone or e-mail to compare"))
    if flag["web_diff"]:
        bad.append((w.different_website, "different web sites"))
    if flag["address_diff"]:
        bad.append((w.different_address, "different addresses"))
    if flag["legal_diff"]:
        bad.append((w.different_legal_form, f"different legal forms ({pa.key.legal} / {pb.key.legal})"))
    if flag["contact_diff"]:
        bad.append((w.different_contact, "different contacts"))
    identifiers = ("same phone", "same e-mail", "same web site")
    good.sort(key=lambda t: (not t[1].startswith(identifiers), -t[0]))  # exact identifiers first, then by points
    bad.sort(key=lambda t: -t[0])
    return tuple(text for _, text in good) + tuple(text for _, text in bad)
