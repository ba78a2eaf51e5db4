"""A labelled, seeded benchmark for duplicate detection (``python -m tests.core.dedupe_benchmark``).

:func:`build` makes ~2,000 base customers — Chinese and English-speaking
companies and people, from the vocabularies of :mod:`custui.sample` and
Faker — then plants

* **duplicates** of every kind the matcher must see through (``KINDS``):
  legal-suffix variants, traditional characters, region prefix ↔ region in
  brackets ↔ none, spacing and punctuation, full-width letters, upper case,
  abbreviations (Intl, Mfg, Tech, &), typos (swap, drop, homophone),
  swapped person names, nicknames and titles, pinyin spellings of Chinese
  names, a re-entry with a new contact (other phone and e-mail), two
  alterations at once, and "sparse" re-entries that kept only name and city;
  each duplicate keeps the other fields only with some probability, like a
  rep re-typing a business card;
* **hard non-duplicates** (``HARD_KINDS``): branches of one chain (shared web
  site, other city or district), namesake people, sister companies sharing a
  brand (华为技术 / 华为终端, "Northwind Trading" / "Northwind Traders
  Logistics"), names one character apart in one city, one brand in two cities,
  numbered stores, unrelated customers sharing a phone, father and son
  (Jr / Sr) sharing phone and address.

Records are shuffled before ids are given, so nothing leaks through id order.
:func:`measure` turns a list of matches into precision, recall and F1, per
pair and after clustering, with the confusion by kind.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from custui.core.dedupe import DEFAULT_THRESHOLD, Match, Record, clusters
from custui.core.dedupe.keys import pinyin_of
from custui.sample import (
    BRAND_CHARS,
    CHINA,
    CN_MOBILE_PREFIXES,
    DE_STREETS,
    EN_BRANDS,
    EN_SUFFIXES,
    GB_STREETS,
    GERMANY,
    INDUSTRIES,
    SUFFIX_VARIANTS,
    UK,
    USA,
    ZH_ROADS,
    ZH_SUFFIXES,
    Country,
    Place,
)

SEED = 20251105
DEFAULT_BASE = 2000

#: Duplicate kinds (a planted duplicate is labelled with one of these).
KINDS = (
    "suffix",
    "traditional",
    "region",
    "spacing",
    "fullwidth",
    "case",
    "abbreviation",
    "typo",
    "swap",
    "nickname",
    "title",
    "pinyin",
    "new_contact",
    "combo",
    "sparse",
)
HARD_KINDS = (
    "chain_branch",
    "namesake_person",
    "shared_brand",
    "similar_name",
    "region_namesake",
    "numbered",
    "shared_phone",
    "generation",
)

#: Share of base customers that get a duplicate, and of those that get a second one.
DUPLICATE_SHARE = 0.30
SECOND_DUPLICATE_SHARE = 0.20
#: Of the duplicates: two alterations at once, and re-entries that kept only name and city.
COMBO_SHARE = 0.15
SPARSE_SHARE = 0.08
#: Hard non-duplicate pairs (or chains) per 1,000 base customers.
HARD_PER_1000 = {
    "chain_branch": 20,
    "namesake_person": 30,
    "shared_brand": 30,
    "similar_name": 30,
    "region_namesake": 20,
    "numbered": 12,
    "shared_phone": 20,
    "generation": 8,
}
#: Kinds that apply to few customers are drawn more often, so each is measured on enough pairs.
KIND_WEIGHT = {"abbreviation": 4.0, "nickname": 4.0, "swap": 3.0, "pinyin": 2.5, "region": 1.5}
#: A duplicate keeps each other field with this probability.
KEEP = {
    "phone": 0.85,
    "email": 0.8,
    "contact_name": 0.85,
    "address": 0.7,
    "website": 0.8,
    "city": 0.95,
}

EN_PHRASES = (
    ("International", "Intl"),
    ("Manufacturing", "Mfg"),
    ("Technologies", "Tech"),
    ("Technology", "Tech"),
    ("Engineering", "Eng"),
    ("Systems", "Sys"),
    ("Services", "Svcs"),
    ("Brothers", "Bros"),
    ("Management", "Mgmt"),
    ("Distribution", "Dist"),
    ("Laboratories", "Labs"),
    ("Associates", "Assoc"),
    ("Pharmaceuticals", "Pharma"),
    ("Corporation", "Corp"),
)
NICKNAME_OF = {
    "Robert": "Bob",
    "William": "Bill",
    "James": "Jim",
    "Michael": "Mike",
    "Thomas": "Tom",
    "David": "Dave",
    "Christopher": "Chris",
    "Elizabeth": "Liz",
    "Jennifer": "Jenny",
    "Daniel": "Dan",
    "Joseph": "Joe",
    "Richard": "Rick",
    "Matthew": "Matt",
    "Anthony": "Tony",
    "Steven": "Steve",
    "Andrew": "Andy",
    "Katherine": "Kate",
    "Margaret": "Maggie",
    "Edward": "Ed",
    "Jeffrey": "Jeff",
    "Jonathan": "Jon",
    "Kenneth": "Ken",
    "Nicholas": "Nick",
    "Benjamin": "Ben",
    "Samuel": "Sam",
    "Patrick": "Pat",
    "Susan": "Sue",
    "Timothy": "Tim",
    "Gregory": "Greg",
    "Ronald": "Ron",
    "Peter": "Pete",
    "Charles": "Charlie",
    "Henry": "Harry",
}
CHAIN_WORDS_ZH = ("连锁超市", "大药房", "便利店", "餐饮", "眼镜", "烘焙")
CHAIN_WORDS_EN = ("Coffee", "Hardware", "Pharmacy", "Bakery", "Fitness", "Books")
#: Common characters for homophone typos (a rep picks the wrong character of the same sound).
HOMOPHONE_POOL = (
    BRAND_CHARS
    + "化划画话桦铧闯窗床传船串衡横痕狠心新欣辛鑫馨薪芯远元园源原圆缘援达大答搭瑞锐睿蕊芮"
    "泰太态汰钛康抗炕亢盛胜圣晟剩宏洪红鸿弘虹伟维为威卫韦玮嘉家佳加甲和合河荷禾联连莲廉天田甜添海"
    "凯恺铠楷智志至治质致德得正政证整昌长常场畅宇雨语羽玉星兴型形行美梅每媒永勇涌咏利力立丽理鼎顶定"
    "汇会慧惠辉晖挥灰腾藤疼飞非菲妃越跃月悦邦帮梆银寅引尹锦金今津捷杰洁节迅讯逊训航杭行宸晨辰尘陈"
)


@dataclass
class Benchmark:
    records: list[Record]
    entity: dict[int, int]  # id → entity (true duplicates share one)
    kind_of: dict[int, str] = field(default_factory=dict)  # id of a planted duplicate → its kind
    hard: dict[tuple[int, int], str] = field(
        default_factory=dict
    )  # planted hard non-duplicate pairs

    def true_pairs(self) -> set[tuple[int, int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for rid, ent in self.entity.items():
            groups[ent].append(rid)
        return {
            (a, b)
            for members in groups.values()
            for a, b in itertools.combinations(sorted(members), 2)
        }

    def pair_kind(self, a: int, b: int) -> str:
        ka, kb = self.kind_of.get(a), self.kind_of.get(b)
        if ka and kb:
            return "dup+dup"
        return ka or kb or "?"


# =============================================================================
# generation
# =============================================================================


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def _slug(text: str) -> str:
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.casefold().replace(umlaut, spelt)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def _pinyin(text: str) -> str:
    return "".join(pinyin_of(text))


def _weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


@dataclass
class Entity:
    """A customer as parts, so a duplicate can be re-rendered with one or two things changed."""

    lang: str  # zh | en | pinyin (a Chinese company with an English name)
    kind: str  # company | person
    country: Country
    place: Place
    brand: str = ""
    word: str = ""
    suffix: str = ""
    style: str = "plain"  # companies: prefix | paren | plain | province; people: given_first | family_first | comma
    family: str = ""
    given: str = ""
    extra: str = ""  # a phrase (International…) or a branch text
    post: tuple[str, ...] = ()  # text-level alterations applied after rendering
    fields: dict = field(default_factory=dict)

    def core(self) -> str:
        if self.kind == "person":
            if self.lang == "zh":
                return self.family + self.given
            if self.style == "family_first":
                return f"{self.family} {self.given}"
            if self.style == "comma":
                return f"{self.family}, {self.given}"
            return f"{self.given} {self.family}"
        if self.lang == "zh":
            core = f"{self.brand}{self.word}"
            city = self.place.city
            if self.style == "prefix":
                return f"{city}市{core}{self.suffix}{self.extra}"
            if self.style == "province":
                province = "" if self.place.region == city else f"{self.place.region}省"
                return f"{province}{city}市{core}{self.suffix}{self.extra}"
            if self.style == "paren":
                return f"{core}（{city}）{self.suffix.removeprefix('实业')}{self.extra}"
            return f"{core}{self.suffix}{self.extra}"
        if self.lang == "pinyin":
            city = _pinyin(self.place.city).title()
            core = " ".join(p for p in (self.brand, self.extra, self.word) if p)
            if self.style in ("prefix", "province"):
                return f"{city} {core} {self.suffix}".strip()
            if self.style == "paren":
                return f"{core} ({city}) {self.suffix}".strip()
            return f"{core} {self.suffix}".strip()
        return " ".join(p for p in (self.brand, self.extra, self.word, self.suffix) if p)

    def name(self) -> str:
        text = self.core()
        for way in self.post:
            text = _POST[way](self, text)
        return text


def _spacing(e: Entity, text: str) -> str:
    if e.kind == "person":
        return (
            text.replace(e.family, e.family + " ", 1) if e.lang == "zh" else text.replace(" ", "  ")
        )
    if e.lang == "zh":
        return text.replace(e.brand, e.brand + " ", 1).replace("（", "(").replace("）", ")")
    if " " in e.brand:
        return text.replace(e.brand, e.brand.replace(" ", ""), 1)
    if e.word and len(text) % 2:
        return text.replace(f"{e.brand} {e.word}", f"{e.brand}-{e.word}", 1)
    if e.word:
        return text.replace(f"{e.brand} {e.word}", f"{e.brand}{e.word}", 1)
    squeezed = text.replace(", ", ",").replace(".", "")
    return squeezed if squeezed != text else text.replace(" ", "  ")


_POST = {
    "traditional": lambda e, t: _s2t().convert(t),
    "case": lambda e, t: t.upper(),
    "fullwidth": lambda e, t: (
        _fullwidth(t) if len(t) % 2 else t.replace(e.brand, _fullwidth(e.brand), 1)
    ),
    "spacing": _spacing,
    "title": lambda e, t: (
        t + ("先生" if len(t) % 2 else "女士")
        if e.lang == "zh"
        else ("Mr. ", "Ms. ", "Dr ")[len(t) % 3] + t
    ),
}


class Generator:
    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fakers = {}
        for offset, locale in enumerate(("zh_CN", "en_US", "de_DE", "en_GB")):
            fake = Faker(locale)
            fake.seed_instance(seed * 10 + offset)
            self.fakers[locale] = fake
        self.claimed: set[str] = set()
        self.phones: set[str] = set()
        self.domains: set[str] = set()
        self.emails: set[str] = set()

    # ------------------------------------------------------------------ fields

    def phone(self, country: Country, place: Place, mobile: bool | None = None) -> str:
        rng = self.rng
        while True:
            if country.code == "CN":
                if mobile or (mobile is None and rng.random() < 0.6):
                    number = (
                        "+86"
                        + rng.choice(CN_MOBILE_PREFIXES)
                        + "".join(rng.choices("0123456789", k=8))
                    )
                else:
                    number = (
                        "+86"
                        + rng.choice(place.areas)
                        + rng.choice("2345678")
                        + "".join(rng.choices("0123456789", k=place.local_digits - 1))
                    )
            elif country.code == "US":
                number = (
                    "+1"
                    + rng.choice(place.areas)
                    + rng.choice("23456789")
                    + "".join(rng.choices("0123456789", k=6))
                )
            else:
                prefix = "+44" if country.code == "GB" else "+49"
                number = (
                    prefix
                    + rng.choice(place.areas)
                    + rng.choice("2345678")
                    + "".join(rng.choices("0123456789", k=place.local_digits - 1))
                )
            if number not in self.phones:
                self.phones.add(number)
                return number

    def domain(self, stem: str, tld: str) -> str:
        candidate, n = f"{stem}.{tld}", 1
        while candidate in self.domains:
            n += 1
            candidate = f"{stem}{n}.{tld}"
        self.domains.add(candidate)
        return candidate

    def email(self, mailbox: str, domain: str | None, lang: str) -> str:
        rng = self.rng
        if domain is None:
            if lang == "zh":
                domain = rng.choice(("qq.com", "163.com", "126.com", "sina.com"))
                if domain == "qq.com":
                    mailbox = str(rng.randint(10_000_000, 2_999_999_999))
            else:
                domain = rng.choice(("gmail.com", "outlook.com", "yahoo.com"))
        address = f"{mailbox}@{domain}"
        n = 1
        while address in self.emails:
            n += 1
            address = f"{mailbox}{n}@{domain}"
        self.emails.add(address)
        return address

    def address(self, country: Country, place: Place) -> str:
        rng = self.rng
        if country.code == "CN":
            head = (
                f"{place.city}市"
                if place.region == place.city
                else f"{place.region}省{place.city}市"
            )
            unit = (
                f"{rng.choice('ABCD')}座{rng.randint(2, 28)}{rng.randint(1, 20):02d}室"
                if rng.random() < 0.4
                else ""
            )
            return f"{head}{rng.choice(place.districts)}{rng.choice(ZH_ROADS)}{rng.randint(1, 999)}号{unit}"
        if country.code == "US":
            return f"{rng.randint(10, 9999)} {self.fakers['en_US'].street_name()}, {place.city}"
        if country.code == "GB":
            return f"{rng.randint(1, 220)} {rng.choice(GB_STREETS)}, {place.city}"
        return f"{rng.choice(DE_STREETS)} {rng.randint(1, 180)}, {place.city}"

    def person_name(self, lang: str, country: Country) -> tuple[str, str]:
        if lang != "en":
            fake = self.fakers["zh_CN"]
            return fake.last_name(), fake.first_name()
        fake = self.fakers[
            "en_GB" if country.code == "GB" else "de_DE" if country.code == "DE" else "en_US"
        ]
        return fake.last_name(), fake.first_name()

    def contact_fields(self, e: Entity, domain: str | None) -> None:
        """Phone, e-mail, contact and address of an entity (companies: a contact person too)."""
        rng = self.rng
        f = e.fields
        f["city"] = e.place.city
        f["region"] = e.place.region
        if e.kind == "company":
            family, given = self.person_name(e.lang, e.country)
            f["contact_name"] = (
                (family + given if e.lang != "en" else f"{given} {family}")
                if rng.random() < 0.9
                else None
            )
            mailbox = (
                _slug(_pinyin(given) + _pinyin(family))
                if e.lang != "en"
                else _slug(f"{given}.{family}")
            )
        else:
            f["contact_name"] = None
            mailbox = (
                _slug(_pinyin(e.given) + _pinyin(e.family))
                if e.lang == "zh"
                else _slug(f"{e.given}.{e.family}")
            )
        f["phone_e164"] = (
            self.phone(e.country, e.place)
            if rng.random() < (0.95 if e.kind == "company" else 0.97)
            else None
        )
        share = 0.7 if e.kind == "company" else 0.55
        f["email"] = (
            self.email(
                mailbox or "info", domain if domain and rng.random() < 0.85 else None, e.lang
            )
            if rng.random() < share
            else None
        )
        f["website"] = f"www.{domain}" if domain and rng.random() < 0.6 else None
        f["address"] = (
            self.address(e.country, e.place)
            if rng.random() < (0.85 if e.kind == "company" else 0.5)
            else None
        )
        f["domain"] = domain

    # ------------------------------------------------------------------ base customers

    def claim(self, key: str) -> bool:
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True

    def zh_company(self, place: Place | None = None) -> Entity:
        rng = self.rng
        industry = _weighted(rng, [(i, i.weight) for i in INDUSTRIES])
        word = rng.choice(industry.zh_words)
        for attempt in range(10_000):
            length = 2 if attempt < 20 else 3 if attempt < 200 else 4
            brand = "".join(rng.sample(BRAND_CHARS, length))
            if self.claim("zh:" + "".join(sorted(brand)) + word):
                break
        place = place or _weighted(rng, [(p, p.weight) for p in CHINA.places])
        style = rng.choices(("prefix", "paren", "plain"), weights=(45, 10, 45))[0]
        e = Entity(
            "zh",
            "company",
            CHINA,
            place,
            brand=brand,
            word=word,
            suffix=_weighted(rng, ZH_SUFFIXES),
            style=style,
        )
        tld = rng.choice(("com", "com.cn", "cn"))
        self.contact_fields(e, self.domain(_pinyin(brand), tld) if rng.random() < 0.8 else None)
        return e

    def en_company(self) -> Entity:
        rng = self.rng
        country = _weighted(rng, ((USA, 60), (UK, 20), (GERMANY, 20)))
        industry = _weighted(rng, [(i, i.weight) for i in INDUSTRIES])
        fake = self.fakers["de_DE" if country.code == "DE" else "en_US"]
        for attempt in range(10_000):
            if attempt >= 30:
                brand = f"{fake.last_name()} & {fake.last_name()}"
            elif country.code != "DE" and rng.random() < 0.4:
                brand = rng.choice(EN_BRANDS)
            else:
                brand = fake.last_name()
            words = industry.de_words if country.code == "DE" else industry.en_words
            word = rng.choice(words) if country.code != "DE" or rng.random() < 0.7 else ""
            extra = (
                rng.choice(EN_PHRASES)[0] if country.code != "DE" and rng.random() < 0.45 else ""
            )
            if "-" not in brand and self.claim("en:" + brand.casefold() + "|" + word):
                break
        e = Entity(
            "en",
            "company",
            country,
            _weighted(rng, [(p, p.weight) for p in country.places]),
            brand=brand,
            word=word,
            suffix=_weighted(rng, EN_SUFFIXES[country.code]),
            extra=extra,
        )
        tld = {"US": "com", "GB": "co.uk", "DE": "de"}[country.code]
        self.contact_fields(e, self.domain(_slug(brand), tld) if rng.random() < 0.85 else None)
        return e

    def pinyin_company(self) -> Entity:
        """A Chinese company under its English name: Shenzhen Huachuang Technology Co., Ltd."""
        rng = self.rng
        zh = self.zh_company()
        industry = _weighted(rng, [(i, i.weight) for i in INDUSTRIES])
        e = Entity(
            "pinyin",
            "company",
            CHINA,
            zh.place,
            brand=_pinyin(zh.brand).title(),
            word=rng.choice(industry.en_words),
            suffix=rng.choice(("Co., Ltd.", "Co., Ltd.", "Ltd.", "Group Co., Ltd.")),
            style=rng.choice(("prefix", "paren", "plain")),
        )
        e.fields = zh.fields
        return e

    def person(self, lang: str) -> Entity:
        rng = self.rng
        country = CHINA if lang == "zh" else _weighted(rng, ((USA, 70), (UK, 30)))
        family, given = self.person_name(lang, country)
        if lang == "en" and rng.random() < 0.35:
            given = rng.choice(sorted(NICKNAME_OF))
        e = Entity(
            lang,
            "person",
            country,
            _weighted(rng, [(p, p.weight) for p in country.places]),
            family=family,
            given=given,
        )
        self.contact_fields(e, None)
        return e

    def base(self) -> Entity:
        roll = self.rng.random()
        if roll < 0.47:
            return self.zh_company()
        if roll < 0.70:
            return self.en_company()
        if roll < 0.75:
            return self.pinyin_company()
        if roll < 0.88:
            return self.person("zh")
        return self.person("en")

    # ------------------------------------------------------------------ duplicates

    def alterations(self, e: Entity) -> list[str]:
        ways = ["typo"]
        if e.kind == "company":
            ways += ["suffix", "new_contact", "spacing"]
            if e.lang in ("zh", "pinyin"):
                ways.append("region")
            if e.lang == "zh":
                ways.append("traditional")
            else:
                ways += ["fullwidth", "case"]
                if e.extra in dict(EN_PHRASES) or " & " in e.brand:
                    ways.append("abbreviation")
        elif e.lang == "zh":
            ways += ["spacing", "pinyin", "title"]
            if _s2t().convert(e.name()) != e.name():
                ways.append("traditional")
        else:
            ways += ["swap", "case", "fullwidth", "title"]
            if e.given in NICKNAME_OF:
                ways.append("nickname")
        return ways

    def typo(self, text: str, homophone_only: bool = False) -> str:
        rng = self.rng
        if homophone_only:
            i = rng.randrange(len(text))
            same = [c for c in HOMOPHONE_POOL if c != text[i] and _pinyin(c) == _pinyin(text[i])]
            return text[:i] + rng.choice(same) + text[i + 1 :] if same else text
        positions = [
            i
            for i in range(len(text) - 1)
            if text[i].isalnum() and text[i + 1].isalnum() and text[i] != text[i + 1]
        ]
        if not positions:
            return text
        i = rng.choice(positions)
        roll = rng.random()
        cjk = not text.isascii()
        if cjk and roll < 0.35:  # homophone: the IME offered another character of the same sound
            sound = _pinyin(text[i])
            same = [c for c in HOMOPHONE_POOL if c != text[i] and _pinyin(c) == sound]
            if same:
                return text[:i] + rng.choice(same) + text[i + 1 :]
        if roll < 0.6 and len(text) > 3:
            return text[:i] + text[i + 1 :]
        if not cjk and roll < 0.8:
            return text[:i] + rng.choice("aeiourstnl") + text[i + 1 :]
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]

    def apply(self, e: Entity, way: str) -> Entity:
        """*e* re-typed with one alteration (part-level, or text-level via ``post``)."""
        rng = self.rng
        if way in _POST:
            return replace(e, post=(*e.post, way))
        if way == "suffix":
            group = next((g for g in SUFFIX_VARIANTS if g[0] == e.suffix), None)
            return replace(e, suffix=rng.choice(group[1:]) if group else "")
        if way == "region":
            return replace(
                e,
                style=rng.choice(
                    [s for s in ("prefix", "paren", "plain", "province") if s != e.style]
                ),
            )
        if way == "abbreviation":
            if " & " in e.brand:
                return replace(e, brand=e.brand.replace(" & ", " and "))
            short = dict(EN_PHRASES)[e.extra]
            return replace(e, extra=short + ("." if rng.random() < 0.3 else ""))
        if way == "typo":
            if e.kind == "person":
                if e.lang == "zh":
                    full = self.typo(e.family + e.given, homophone_only=len(e.family + e.given) < 3)
                    return replace(e, family=full[: len(e.family)], given=full[len(e.family) :])
                return (
                    replace(e, given=self.typo(e.given))
                    if rng.random() < 0.5
                    else replace(e, family=self.typo(e.family))
                )
            if e.lang == "zh":
                core = self.typo(e.brand + e.word)
                return replace(e, brand=core[: len(e.brand)], word=core[len(e.brand) :])
            if len(e.brand) > 3 or not e.word:
                return replace(e, brand=self.typo(e.brand))
            return replace(e, word=self.typo(e.word))
        if way == "swap":
            return replace(e, style=rng.choice(("family_first", "comma")))
        if way == "nickname":
            return replace(e, given=NICKNAME_OF[e.given])
        if way == "pinyin":
            return replace(
                e,
                lang="en",
                family=_pinyin(e.family).title(),
                given=_pinyin(e.given).title(),
                style=rng.choice(("given_first", "family_first")),
            )
        raise ValueError(way)

    def duplicate(self, e: Entity) -> tuple[dict, str]:
        """A re-entry of *e*: (fields of the new record, kind of duplicate)."""
        rng = self.rng
        ways = self.alterations(e)
        f = dict(e.fields)
        roll = rng.random()
        name_ways = [w for w in ways if w != "new_contact"]
        if roll < SPARSE_SHARE:
            name = e.name() if rng.random() < 0.5 else self.apply(e, rng.choice(name_ways)).name()
            return {
                "name": name,
                "city": f["city"],
                "region": None,
                "phone_e164": None,
                "email": None,
                "contact_name": None,
                "address": None,
                "website": None,
            }, "sparse"
        if roll < SPARSE_SHARE + COMBO_SHARE and len(name_ways) >= 2:
            first, second = sorted(
                rng.sample(name_ways, 2), key=lambda w: w not in ("nickname", "abbreviation")
            )
            kind, name = "combo", self.apply(self.apply(e, first), second).name()
        else:
            kind = rng.choices(ways, weights=[KIND_WEIGHT.get(w, 1.0) for w in ways])[0]
            if kind == "new_contact":
                name = self.apply(e, "suffix").name() if rng.random() < 0.5 else e.name()
            else:
                name = self.apply(e, kind).name()
        out = {"name": name}
        if kind == "new_contact":
            family, given = self.person_name(e.lang, e.country)
            mailbox = (
                _slug(_pinyin(given) + _pinyin(family))
                if e.lang != "en"
                else _slug(f"{given}.{family}")
            )
            out.update(
                contact_name=family + given if e.lang != "en" else f"{given} {family}",
                phone_e164=self.phone(e.country, e.place),
                email=self.email(
                    mailbox or "info",
                    f["domain"] if f["domain"] and rng.random() < 0.6 else None,
                    e.lang,
                ),
                city=f["city"],
                region=f["region"],
                website=f["website"],
                address=f["address"] if rng.random() < 0.7 else None,
            )
            return out, kind
        for name_ in ("phone_e164", "email", "contact_name", "address", "website", "city"):
            out[name_] = f[name_] if rng.random() < KEEP.get(name_, 1.0) else None
        out["region"] = f["region"] if out["city"] else None
        return out, kind

    # ------------------------------------------------------------------ hard non-duplicates

    def hard(self, kind: str) -> list[Entity]:
        """Records that look alike but are different customers (each its own entity)."""
        rng = self.rng
        if kind == "chain_branch":
            if rng.random() < 0.6:
                brand = self.zh_company().brand
                word = rng.choice(CHAIN_WORDS_ZH)
                places = rng.sample(CHINA.places, 3)
                if rng.random() < 0.4:  # two districts of one city
                    places = [places[0]] * 2
                domain = self.domain(_pinyin(brand), "com")
                out = []
                for i, place in enumerate(places[: rng.choice((2, 3))]):
                    district = place.districts[i % len(place.districts)].removesuffix("区")
                    style = rng.random()
                    if style < 0.4:
                        extra = f"（{place.city}{district}店）"
                    elif style < 0.7:
                        extra = f" {place.city}店" if places.count(place) == 1 else f" {district}店"
                    else:
                        extra = (
                            f"{place.city}分公司"
                            if places.count(place) == 1
                            else f"{district}分公司"
                        )
                    e = Entity(
                        "zh",
                        "company",
                        CHINA,
                        place,
                        brand=brand,
                        word=word,
                        suffix="有限公司" if "分公司" in extra else "",
                        extra=extra,
                        style="plain",
                    )
                    self.contact_fields(e, domain)
                    out.append(e)
                return out
            brand = self.fakers["en_US"].last_name()
            word = rng.choice(CHAIN_WORDS_EN)
            places = rng.sample(USA.places, 3)
            domain = self.domain(_slug(brand + word), "com")
            out = []
            for place in places[: rng.choice((2, 3))]:
                style = rng.random()
                suffix = (
                    f"- {place.city}"
                    if style < 0.5
                    else f"({place.city} Branch)"
                    if style < 0.8
                    else f"Store #{rng.randint(2, 400)}"
                )
                e = Entity("en", "company", USA, place, brand=brand, word=word, suffix=suffix)
                self.contact_fields(e, domain)
                out.append(e)
            return out
        if kind == "namesake_person":
            a = self.person(rng.choice(("zh", "zh", "en")))
            places = a.country.places
            place = (
                a.place if rng.random() < 0.3 else rng.choice([p for p in places if p != a.place])
            )
            b = Entity(a.lang, "person", a.country, place, family=a.family, given=a.given)
            self.contact_fields(b, None)
            b.fields["phone_e164"] = self.phone(b.country, place)
            return [a, b]
        if kind == "shared_brand":
            if rng.random() < 0.6:
                a = self.zh_company()
                words = [
                    w
                    for i in INDUSTRIES
                    for w in i.zh_words
                    if w != a.word and a.word not in w and w not in a.word
                ]
                b = replace(a, word=rng.choice(words), fields={})
                self.claim("zh:" + "".join(sorted(b.brand)) + b.word)
                self.contact_fields(b, a.fields["domain"] if rng.random() < 0.5 else None)
                return [a, b]
            a = self.en_company()
            other = rng.choice(("Logistics", "Financial", "Medical", "Foods", "Energy", "Software"))
            variant = rng.random()
            if variant < 0.5 and a.word:
                b = replace(
                    a,
                    word=a.word.rstrip("s") + "ers"
                    if not a.word.endswith("ing")
                    else a.word[:-3] + "ers",
                    extra=other,
                    fields={},
                )
            else:
                b = replace(a, word=other if other != a.word else "Holdings", fields={})
            self.contact_fields(b, a.fields["domain"] if rng.random() < 0.3 else None)
            return [a, b]
        if kind == "similar_name":
            a = self.zh_company() if rng.random() < 0.6 else self.en_company()
            for _ in range(100):
                if a.lang == "zh":
                    i = rng.randrange(len(a.brand))
                    brand = a.brand[:i] + rng.choice(BRAND_CHARS) + a.brand[i + 1 :]
                    if brand != a.brand and self.claim("zh:" + "".join(sorted(brand)) + a.word):
                        break
                else:
                    i = rng.randrange(1, len(a.brand))
                    brand = a.brand[:i] + rng.choice("aeiourstnlm") + a.brand[i + 1 :]
                    if brand != a.brand and self.claim("en:" + brand.casefold() + "|" + a.word):
                        break
            b = replace(a, brand=brand, fields={})
            tld = "com" if a.lang == "en" else "cn"
            self.contact_fields(
                b, self.domain(_slug(_pinyin(brand)), tld) if rng.random() < 0.8 else None
            )
            return [a, b]
        if kind == "region_namesake":
            a = self.zh_company()
            a.style = "prefix" if rng.random() < 0.7 else "paren"
            place = rng.choice([p for p in CHINA.places if p.city != a.place.city])
            b = replace(a, place=place, style=rng.choice(("prefix", "paren")), fields={})
            self.contact_fields(
                b,
                self.domain(_pinyin(a.brand) + _pinyin(place.city), "cn")
                if rng.random() < 0.5
                else None,
            )
            return [a, b]
        if kind == "numbered":
            if rng.random() < 0.5:
                a = self.zh_company()
                numerals = "一二三四五六七八九"
                i, j = rng.sample(range(9), 2)
                a.word, a.suffix, a.style = "便利店", f"第{numerals[i]}分店", "plain"
                b = replace(a, suffix=f"第{numerals[j]}分店", fields={})
            else:
                a = self.en_company()
                i, j = rng.sample(range(2, 300), 2)
                a.suffix, a.extra = f"Store {i}", ""
                b = replace(a, suffix=f"Store {j}", fields={})
            self.contact_fields(b, a.fields["domain"])
            b.fields["city"] = a.fields["city"] if rng.random() < 0.5 else b.fields["city"]
            return [a, b]
        if kind == "shared_phone":
            if rng.random() < 0.5:  # the boss as a person customer and his company
                a = self.zh_company()
                family, given = (
                    (a.fields["contact_name"][:1], a.fields["contact_name"][1:])
                    if a.fields["contact_name"]
                    else self.person_name("zh", CHINA)
                )
                b = Entity("zh", "person", CHINA, a.place, family=family, given=given, fields={})
                self.contact_fields(b, None)
                b.fields["phone_e164"] = a.fields["phone_e164"] or b.fields["phone_e164"]
                b.fields["email"] = a.fields["email"] if rng.random() < 0.5 else b.fields["email"]
                return [a, b]
            a, b = self.zh_company(), self.zh_company(place=None)
            b.place = a.place
            b.fields.update(
                phone_e164=a.fields["phone_e164"],
                city=a.fields["city"],
                region=a.fields["region"],
                address=a.fields["address"] if rng.random() < 0.5 else b.fields["address"],
            )
            return [a, b]
        if kind == "generation":
            a = self.person("en")
            b = replace(a, fields=dict(a.fields))
            a.family, b.family = f"{a.family} Jr.", f"{a.family} Sr."
            b.fields["email"] = None
            return [a, b]
        raise ValueError(kind)


def _record(rid: int, name: str, kind: str, fields: dict) -> Record:
    return Record(
        id=rid,
        name=name,
        kind=kind,
        contact_name=fields.get("contact_name"),
        phone_e164=fields.get("phone_e164"),
        email=fields.get("email"),
        city=fields.get("city"),
        region=fields.get("region"),
        address=fields.get("address"),
        website=fields.get("website"),
    )


def build(n_base: int = DEFAULT_BASE, seed: int = SEED, *, hard: bool = True) -> Benchmark:
    """The labelled set: n_base customers, their planted duplicates and hard non-duplicates."""
    gen = Generator(seed)
    rng = gen.rng
    rows: list[tuple[str, str, dict, int, str | None]] = []  # name, kind, fields, entity, dup kind
    entity_no = itertools.count()
    bases = [gen.base() for _ in range(n_base)]
    for e in bases:
        ent = next(entity_no)
        rows.append((e.name(), e.kind, e.fields, ent, None))
        if rng.random() < DUPLICATE_SHARE:
            copies = 2 if rng.random() < SECOND_DUPLICATE_SHARE else 1
            for _ in range(copies):
                fields, kind = gen.duplicate(e)
                rows.append((fields.pop("name"), e.kind, fields, ent, kind))
    hard_groups: list[tuple[str, list[int]]] = []
    if hard:
        for kind, per_1000 in HARD_PER_1000.items():
            for _ in range(max(1, round(per_1000 * n_base / 1000))):
                group = []
                for e in gen.hard(kind):
                    group.append(len(rows))
                    rows.append((e.name(), e.kind, e.fields, next(entity_no), None))
                hard_groups.append((kind, group))
    order = list(range(len(rows)))
    rng.shuffle(order)
    id_of = {row: i + 1 for i, row in enumerate(order)}
    records: list[Record] = [None] * len(rows)  # type: ignore[list-item]
    entity: dict[int, int] = {}
    kind_of: dict[int, str] = {}
    for row, (name, kind, fields, ent, dup_kind) in enumerate(rows):
        rid = id_of[row]
        records[rid - 1] = _record(rid, name, kind, fields)
        entity[rid] = ent
        if dup_kind:
            kind_of[rid] = dup_kind
    pairs: dict[tuple[int, int], str] = {}
    for kind, group in hard_groups:
        for x, y in itertools.combinations(group, 2):
            a, b = sorted((id_of[x], id_of[y]))
            pairs[(a, b)] = kind
    return Benchmark(records, entity, kind_of, pairs)


# =============================================================================
# measuring
# =============================================================================


@dataclass
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass
class Report:
    pairs: Score
    clustered: Score
    recall_by_kind: dict[str, tuple[int, int]]  # kind → (found, planted pairs)
    false_by_kind: dict[str, int]  # hard kind (or "other") → false pairs
    false_examples: list[tuple[Match, str]]
    missed_examples: list[tuple[int, int, str]]


def measure(bench: Benchmark, matches: Sequence[Match]) -> Report:
    truth = bench.true_pairs()
    predicted = {(min(m.a, m.b), max(m.a, m.b)) for m in matches}
    closure = {
        pair for group in clusters(matches) for pair in itertools.combinations(sorted(group), 2)
    }
    found_by_kind: Counter = Counter()
    planted_by_kind: Counter = Counter()
    missed = []
    for a, b in sorted(truth):
        kind = bench.pair_kind(a, b)
        planted_by_kind[kind] += 1
        if (a, b) in predicted:
            found_by_kind[kind] += 1
        else:
            missed.append((a, b, kind))
    false_by_kind: Counter = Counter()
    false_examples = []
    for m in matches:
        pair = (min(m.a, m.b), max(m.a, m.b))
        if pair not in truth:
            kind = bench.hard.get(pair, "other")
            false_by_kind[kind] += 1
            false_examples.append((m, kind))
    return Report(
        pairs=Score(len(predicted & truth), len(predicted - truth), len(truth - predicted)),
        clustered=Score(len(closure & truth), len(closure - truth), len(truth - closure)),
        recall_by_kind={k: (found_by_kind[k], planted_by_kind[k]) for k in sorted(planted_by_kind)},
        false_by_kind=dict(false_by_kind),
        false_examples=false_examples,
        missed_examples=missed,
    )


def hard_pair_scores(bench: Benchmark) -> dict[str, list[float]]:
    """Scores of every planted hard non-duplicate pair, by kind (how close they came)."""
    from custui.core.dedupe import score_pair

    by_id = {r.id: r for r in bench.records}
    out: dict[str, list[float]] = defaultdict(list)
    for (a, b), kind in bench.hard.items():
        out[kind].append(score_pair(by_id[a], by_id[b]).score)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    from custui.core.dedupe import Index

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--base", type=int, default=DEFAULT_BASE, help="base customers (default %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument(
        "--examples", type=int, default=0, help="print this many misses and false matches"
    )
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    bench = build(args.base, args.seed)
    t1 = time.perf_counter()
    index = Index(bench.records)
    t2 = time.perf_counter()
    matches = index.scan(threshold=args.threshold)
    t3 = time.perf_counter()
    report = measure(bench, matches)
    a, _ = index.candidate_pairs()
    truth = bench.true_pairs()
    blocked = index.blocked_id_pairs()
    print(
        f"{len(bench.records):,} records ({len(bench.kind_of):,} planted duplicates, "
        f"{len(bench.hard):,} hard non-duplicate pairs); threshold {args.threshold:g}"
    )
    print(f"pairs      {report.pairs}")
    print(f"clustered  {report.clustered}")
    print(
        f"blocking   {len(truth & blocked) / max(len(truth), 1):.4f} of true pairs survive; "
        f"{len(a):,} candidate pairs ({len(a) / max(len(bench.records), 1):.1f} per record)"
    )
    print("recall by duplicate kind:")
    for kind, (found, planted) in report.recall_by_kind.items():
        print(f"  {kind:<14} {found:>4}/{planted:<4} {found / planted:6.1%}")
    print("false matches by kind:", report.false_by_kind or "none")
    print(
        "hard non-duplicates, highest score by kind:",
        {k: max(v) for k, v in sorted(hard_pair_scores(bench).items())},
    )
    print(f"time: build set {t1 - t0:.2f} s, index {t2 - t1:.2f} s, scan {t3 - t2:.2f} s")
    if args.examples:
        by_id = {r.id: r for r in bench.records}
        print("\nfalse matches:")
        for m, kind in report.false_examples[: args.examples]:
            print(
                f"  [{kind}] {m.score:5.1f} {by_id[m.a]}\n{'':18}{by_id[m.b]}\n{'':18}{m.reasons}"
            )
        print("\nmissed:")
        from custui.core.dedupe import score_pair

        for a_, b_, kind in report.missed_examples[: args.examples]:
            m = score_pair(by_id[a_], by_id[b_])
            print(f"  [{kind}] {m.score:5.1f} {by_id[a_]}\n{'':18}{by_id[b_]}\n{'':18}{m.reasons}")


if __name__ == "__main__":
    main()
