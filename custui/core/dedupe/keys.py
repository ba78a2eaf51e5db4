"""Normalisation: name keys for companies and people, phones, e-mails, web sites, places, addresses.

Every function is pure and cached where names repeat.  Text is first brought
to NFKC (full-width ＡＣＭＥ → ACME, （ → "(") and simplified Chinese
(廣州華創 → 广州华创); what is taken off a name is kept, as written, for the
reason text ("after removing 'Co., Ltd.'").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from custui.core.dedupe.model import NameKey
from custui.core.dedupe.places import (
    CITY_PROVINCE,
    DISTRICT_PREFIX,
    NEUTRAL_PLACES,
    PLACE_ANYWHERE,
    PLACE_PREFIX,
    PLACE_SUFFIX,
    latin_places,
    place_of,
    strip_admin_suffix,
)
from custui.core.free_mail import FREE_MAIL, company_domain  # noqa: F401  (FREE_MAIL: the one list, re-exported)
from custui.core.text import has_cjk, pinyin_syllables, to_simplified

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_OPEN = "【〔［「『〖〘[{<《"
_CLOSE = "】〕］」』〗〙]}>》"
_BRACKETS = str.maketrans({**dict.fromkeys(_OPEN, "("), **dict.fromkeys(_CLOSE, ")")})
_PAREN = re.compile(r"\(([^()]*)\)|\(([^()]*)$")
_NOT_WORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")

# --------------------------------------------------------------------------- vocabularies

#: Chinese legal forms, longest first; stripped from the end again and again.
ZH_LEGAL = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "股份公司",
    "集团公司",
    "总公司",
    "有限合伙",
    "普通合伙",
    "合伙企业",
    "个体工商户",
    "公司",
    "集团",
    "控股",
    "实业",
    "企业",
    "商行",
    "厂",
)
#: Business words that are no brand on their own: a place is not stripped if only these remain
#: (安康科技 stays 安康科技, but 安康华创科技 is 华创科技 from 安康).
_GENERIC_ZH = (
    "科技 技术 电子 机械 贸易 商贸 工贸 物流 实业 信息 网络 软件 数据 食品 医药 医疗 器械 生物 健康 教育 文化 培训 职业"
    " 化工 材料 新材料 建材 建设 工程 建筑 装饰 能源 新能源 光伏 电力 设备 自动化 精密 制造 五金 制品 模具 百货 超市"
    " 连锁 电子商务 商务 供应链 管理 国际 货运 代理 仓储 融资 租赁 投资 金融 服务 农业 饮料 餐饮 服饰 服装 传媒 咨询"
    " 环保 包装 汽车 配件 发展 进出口 电器 照明 印刷 纺织 家具 广告 银行 证券 保险 酒店 药房 大药房 商场 购物 广场"
    " 置业 地产 房地产 开发 旅游 控股 集团 有限 公司 股份"
).split()
_GENERIC_ZH_ONLY = re.compile("(?:" + "|".join(sorted(_GENERIC_ZH, key=len, reverse=True)) + ")+")

_ZH_BRANCH_END = re.compile(
    r"(分公司|分店|分行|支行|办事处|代表处|营业部|分厂|门店|分部|分中心|营业厅|专卖店|旗舰店|体验店|店)$"
)
_ZH_STRONG_BRANCH = {
    "分公司",
    "分店",
    "分行",
    "支行",
    "办事处",
    "代表处",
    "营业部",
    "分厂",
    "门店",
    "分部",
    "分中心",
    "营业厅",
}
_ZH_BRANCH_CLASS = {
    "分店": "店",
    "门店": "店",
    "专卖店": "店",
    "旗舰店": "店",
    "体验店": "店",
    "支行": "分行",
    "代表处": "办事处",
}
_ZH_NUMERAL = "0-9一二三四五六七八九十百零〇两"
_ZH_ORDINAL_END = re.compile(f"第?[{_ZH_NUMERAL}]+号?$")
_ZH_NUMBERS = re.compile(f"第[{_ZH_NUMERAL}]+|[{_ZH_NUMERAL}]+号|\\d+")
_ZH_HONORIFIC = re.compile("(先生|女士|小姐|太太|老师)$")

#: (pattern, legal family) of Latin legal forms; a family conflict (GmbH vs Inc) is weak evidence.
_EN_LEGAL_FORMS = (
    (r"gmbh\s*(?:&|\+|and|und)\s*co\.?\s*(?:kg|ohg)(?:aa)?", "de"),
    (r"co(?:mpany)?\.?\s*,?\s*(?:ltd|limited)\.?", "ltd"),
    (r"(?:pty|pte|pvt|private)\.?\s*(?:ltd|limited)\.?", "ltd"),
    (r"(?:ltd|limited)\.?", "ltd"),
    (r"p\.?\s?l\.?\s?c\.?", "ltd"),
    (r"l\.?\s?l\.?\s?c\.?", "llc"),
    (r"l\.?\s?l\.?\s?p\.?", "llp"),
    (r"inc(?:orporated)?\.?", "inc"),
    (r"corp(?:oration)?\.?", "inc"),
    (r"g\.?\s?m\.?\s?b\.?\s?h\.?", "de"),
    (r"(?:kgaa|kg|ag|ohg|e\.\s?k\.)", "de"),
    (
        r"(?:s\.a\.s\.?|sas|s\.?a\.?r\.?l\.?|s\.a\.|sa|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|oy|a/s|k\.k\.)",
        "other",
    ),
    (r"(?:&|and)\s*co\.?", None),
    (r"co\.?|company", None),
    (r"group|holdings?", None),
)
#: One pattern for all forms: group "f<i>" tells which form (and so which family) matched.
_EN_LEGAL = re.compile(
    r"(?i)(?:^|[\s,]+)(?P<s>"
    + "|".join(f"(?P<f{i}>{p})" for i, (p, _) in enumerate(_EN_LEGAL_FORMS))
    + r")[\s.,]*$"
)
_EN_LEGAL_WORDS = re.compile(
    r"(?i)^(?:"
    + "|".join(p for p, _ in _EN_LEGAL_FORMS)
    + r"|有限合伙|集团|有限公司|股份有限公司)$"
)

#: Abbreviations read in full (both sides then meet on the long form).
ABBREVIATIONS = {
    "intl": "international",
    "int": "international",
    "mfg": "manufacturing",
    "mfrs": "manufacturers",
    "tech": "technology",
    "techs": "technology",
    "technologies": "technology",
    "corp": "corporation",
    "co": "company",
    "bros": "brothers",
    "svc": "services",
    "svcs": "services",
    "sys": "systems",
    "eng": "engineering",
    "engg": "engineering",
    "mgmt": "management",
    "assoc": "associates",
    "assocs": "associates",
    "dist": "distribution",
    "distr": "distribution",
    "natl": "national",
    "ind": "industries",
    "inds": "industries",
    "elec": "electric",
    "ctr": "center",
    "centre": "center",
    "dept": "department",
    "univ": "university",
    "inst": "institute",
    "pharm": "pharmaceutical",
    "pharma": "pharmaceutical",
    "pharmaceuticals": "pharmaceutical",
    "labs": "laboratories",
    "lab": "laboratory",
    "hldgs": "holdings",
    "grp": "group",
    "mfr": "manufacturer",
    "equip": "equipment",
    "prods": "products",
    "prod": "products",
    "chem": "chemical",
    "chems": "chemicals",
    "amer": "american",
}
_GENERIC_EN = frozenset(
    "trading trade traders technology industrial industries manufacturing precision machinery components retail"
    " stores supply supplies medical health biotech diagnostics learning education academy logistics freight"
    " shipping transport capital financial finance leasing software systems data energy solar power construction"
    " builders engineering foods food farms beverages international company group holdings services electronics"
    " import export and the of corporation products equipment chemical chemicals".split()
)
_BRANCH_WORDS = frozenset(
    "branch office store shop outlet location site depot showroom warehouse".split()
)
_EN_DASH_TAIL = re.compile(r"\s+[-–—|/]\s+([^-–—|/]+)$")
_EN_STORE_NUMBER = re.compile(
    r"(?i)(?:\b(?:store|shop|branch|outlet|unit|no\.?|number)\s*)?#\s*(\d+)|"
    r"\b(?:store|shop|branch|outlet|no\.?)\s*(\d+)\b"
)

_TITLES = frozenset("mr mrs ms miss mx dr prof sir madam mme herr frau dame".split())
_GENERATIONS = {
    "jr": "jr",
    "junior": "jr",
    "sr": "sr",
    "senior": "sr",
    "ii": "ii",
    "2nd": "ii",
    "iii": "iii",
    "3rd": "iii",
    "iv": "iv",
    "4th": "iv",
}
#: Nicknames read as the full given name.
NICKNAMES = {
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "robbie": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "liam": "william",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "mike": "michael",
    "mick": "michael",
    "mikey": "michael",
    "tom": "thomas",
    "tommy": "thomas",
    "dave": "david",
    "davy": "david",
    "chris": "christopher",
    "kit": "christopher",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "cathy": "katherine",
    "catherine": "katherine",
    "kathryn": "katherine",
    "liz": "elizabeth",
    "lizzie": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "jenny": "jennifer",
    "jen": "jennifer",
    "alex": "alexander",
    "dan": "daniel",
    "danny": "daniel",
    "joe": "joseph",
    "joey": "joseph",
    "sam": "samuel",
    "steve": "steven",
    "stephen": "steven",
    "tony": "anthony",
    "rick": "richard",
    "ricky": "richard",
    "dick": "richard",
    "rich": "richard",
    "matt": "matthew",
    "nick": "nicholas",
    "ben": "benjamin",
    "andy": "andrew",
    "drew": "andrew",
    "pat": "patrick",
    "sue": "susan",
    "suzy": "susan",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "ed": "edward",
    "eddie": "edward",
    "ted": "edward",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jon": "jonathan",
    "johnny": "john",
    "jack": "john",
    "ken": "kenneth",
    "kenny": "kenneth",
    "larry": "lawrence",
    "len": "leonard",
    "nate": "nathan",
    "pete": "peter",
    "phil": "philip",
    "ron": "ronald",
    "ronnie": "ronald",
    "sandy": "sandra",
    "tim": "timothy",
    "vicky": "victoria",
    "abby": "abigail",
    "becky": "rebecca",
    "debbie": "deborah",
    "josh": "joshua",
    "manny": "manuel",
    "fred": "frederick",
    "freddie": "frederick",
    "hank": "henry",
    "harry": "henry",
    "charlie": "charles",
    "chuck": "charles",
    "al": "albert",
    "gerry": "gerald",
    "jerry": "gerald",
}

# --------------------------------------------------------------------------- small helpers


def nfkc(text: str | None) -> str:
    if not text:
        return ""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _simplified(text: str) -> str:
    """NFKC + simplified Chinese, case kept (for display of removed pieces)."""
    return to_simplified(nfkc(text))


def _squash(text: str) -> str:
    """Casefolded letters and digits only (punctuation and spaces dropped)."""
    return _NOT_WORD.sub("", text.casefold())


def _is_generic_zh(text: str) -> bool:
    return not text or bool(_GENERIC_ZH_ONLY.fullmatch(text))


@lru_cache(maxsize=8192)
def _char_pinyin(char: str) -> str:
    syllables = pinyin_syllables(char)
    return syllables[0] if syllables else char


def pinyin_of(text: str) -> list[str]:
    """Pinyin syllables of the Han characters of *text* (other letters and digits kept as words)."""
    out: list[str] = []
    latin: list[str] = []
    for char in text:
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            if latin:
                out.append("".join(latin))
                latin = []
            out.append(_char_pinyin(char))
        elif char.isalnum():
            latin.append(char)
        elif latin:
            out.append("".join(latin))
            latin = []
    if latin:
        out.append("".join(latin))
    return out


# --------------------------------------------------------------------------- brackets


def _classify_bracket(content: str) -> tuple[str, str]:
    """('neutral'|'region'|'legal'|'branch'|'qualifier', normalised) for the text inside brackets."""
    folded = to_simplified(content).casefold().strip()
    squashed = _NOT_WORD.sub(" ", folded).strip()
    if not squashed:
        return "neutral", ""
    if squashed in NEUTRAL_PLACES or squashed.replace(" ", "") in NEUTRAL_PLACES:
        return "neutral", ""
    province, city = place_of(squashed.replace(" ", "") if has_cjk(squashed) else squashed)
    if province or city:
        return "region", city or province or ""
    if _EN_LEGAL_WORDS.match(content.strip()) or squashed.replace(" ", "") in ZH_LEGAL:
        return "legal", ""
    compact = squashed.replace(" ", "")
    if (
        _ZH_BRANCH_END.search(compact)
        or _BRANCH_WORDS & set(squashed.split())
        or _EN_STORE_NUMBER.search(content)
    ):
        return "branch", _normalise_branch(squashed)
    return "qualifier", compact


def _normalise_branch(text: str) -> str:
    """深圳市南山区分店 → 深圳南山店; 'Seattle Branch' → 'seattle'; '#12' → '12'."""
    text = to_simplified(nfkc(text)).casefold()
    if has_cjk(text):
        compact = _NOT_WORD.sub("", text)
        m = _ZH_BRANCH_END.search(compact)
        marker = ""
        if m:
            marker = _ZH_BRANCH_CLASS.get(m.group(1), m.group(1))
            compact = compact[: m.start()]
        compact = re.sub("[市区县省]", "", compact)
        return compact + marker
    words = [
        w
        for w in _WORDS.findall(text)
        if w not in _BRANCH_WORDS and w not in ("no", "number", "the")
    ]
    return " ".join(words)


# --------------------------------------------------------------------------- companies


def company_key(name: str | None) -> NameKey:
    """The core of a company name with legal form, region and branch set aside.

    广州华创科技有限公司, 华创科技（广州）, 廣州華創科技有限公司 → key 华创科技 (region 广州);
    "Acme Trading Co., Ltd.", "ACME Trading Ltd", "ＡＣＭＥ Trading Limited" → key "acme trading";
    "Acme Intl Mfg" → "acme international manufacturing".
    """
    return _company_key(name or "")


@lru_cache(maxsize=4096)
def _company_key(name: str) -> NameKey:
    text = _simplified(name).translate(_BRACKETS)
    removed: list[str] = []
    region = branch = qualifier = legal = None
    # 1. brackets: (广州), (中国), (集团), (深圳南山店), (Asia)
    if "(" in text:
        parts: list[str] = []
        last = 0
        for m in _PAREN.finditer(text):
            content = m.group(1) if m.group(1) is not None else m.group(2)
            kind, value = _classify_bracket(content)
            parts.append(text[last : m.start()])
            last = m.end()
            if kind == "branch":
                branch = value
                continue
            if kind == "region":
                region = value
            elif kind == "qualifier":
                qualifier = value
            elif kind == "legal":
                legal = legal or ("cn" if has_cjk(content) else None)
            removed.append(m.group(0).strip() if m.group(2) is None else m.group(0).strip() + ")")
            parts.append(" ")
        parts.append(text[last:])
        text = "".join(parts)
    text = " ".join(text.split())
    if has_cjk(text):
        key = _company_cjk(text, removed, region, branch, qualifier, legal)
    else:
        key = _company_latin(text, removed, region, branch, qualifier, legal)
    if not key.key:  # nothing but brackets or punctuation: the whole name is the key
        whole = _squash(name) or " ".join(nfkc(name).casefold().split())
        key = replace(
            key,
            key=whole,
            removed=(),
            pinyin="".join(pinyin_of(whole)) if has_cjk(whole) else whole,
        )
    return key


def _zh_branch(text: str) -> tuple[str, str | None]:
    """Split a branch designation off the end: 华润万家 深圳店 → ('华润万家', '深圳店')."""
    m = _ZH_BRANCH_END.search(text)
    if not m:
        return text, None
    marker = m.group(1)
    head = text[: m.start()].rstrip(" -·")
    descriptor = ""
    cut = max(head.rfind(" "), head.rfind("-"), head.rfind("·"))
    if cut > 0 and _squash(head[:cut]):
        descriptor, head = head[cut + 1 :], head[:cut]
    else:
        ordinal = _ZH_ORDINAL_END.search(head)
        if ordinal and ordinal.start() > 0:
            descriptor, head = ordinal.group(0), head[: ordinal.start()]
        else:
            places = list(PLACE_ANYWHERE.finditer(head))
            if places:
                # the run of places ending the head (深圳南山) or one place and a landmark (深圳万象城)
                start = places[-1].start()
                for earlier in reversed(places[:-1]):
                    if earlier.end() == start:
                        start = earlier.start()
                    else:
                        break
                if len(head) - places[-1].end() <= 4 and start > 0:
                    descriptor, head = head[start:], head[:start]
    if not descriptor and marker not in _ZH_STRONG_BRANCH:
        return text, None  # 五金店 is a shop, not a branch of one
    if len(_squash(head)) < 2:
        return text, None
    return head.rstrip(" -·"), _normalise_branch(descriptor + marker)


_ZH_LEGAL_END = re.compile("(?:" + "|".join(ZH_LEGAL) + ")$")


def _strip_zh_legal(text: str, removed: list[str]) -> tuple[str, bool]:
    found = False
    while True:
        stripped = text.rstrip(" -·,.")
        m = _ZH_LEGAL_END.search(stripped)
        if m is None:
            return stripped, found
        rest = _squash(stripped[: m.start()])
        if len(rest) < 2 or _is_generic_zh(rest):
            # 科技有限公司 alone: try the shorter forms (公司) before giving up
            for suffix in ZH_LEGAL:
                if suffix != m.group(0) and stripped.endswith(suffix):
                    shorter = _squash(stripped[: -len(suffix)])
                    if len(shorter) >= 2 and not _is_generic_zh(shorter):
                        removed.append(suffix)
                        text, found = stripped[: -len(suffix)], True
                        break
            else:
                return stripped, found
            continue
        removed.append(m.group(0))
        text, found = stripped[: m.start()], True


def _strip_zh_region(text: str, removed: list[str]) -> tuple[str, str | None]:
    """Places at the start (广东省深圳市南山区…) when a brand remains after them."""
    region = None
    pos = 0
    while True:
        m = PLACE_PREFIX.match(text, pos)
        if not m:
            break
        rest = _squash(text[m.end() :])
        if len(rest) < 2 or _is_generic_zh(rest):
            break
        province, city = place_of(m.group(0))
        region = city or (region if region and CITY_PROVINCE.get(region) == province else province)
        removed.append(m.group(0))
        pos = m.end()
        d = DISTRICT_PREFIX.match(text, pos)
        if (
            d
            and len(_squash(text[d.end() :])) >= 2
            and not _is_generic_zh(_squash(text[d.end() :]))
        ):
            removed.append(d.group(0))
            pos = d.end()
    return text[pos:], region


def _company_cjk(
    text: str,
    removed: list[str],
    region: str | None,
    branch: str | None,
    qualifier: str | None,
    legal: str | None,
) -> NameKey:
    head, found_branch = _zh_branch(text)
    branch = branch or found_branch
    head, had_legal = _strip_zh_legal(head, removed)
    if had_legal:
        legal = "cn"
    head, prefix_region = _strip_zh_region(head, removed)
    region = region or prefix_region
    if region is None:  # 华创科技深圳 (place written after the brand)
        m = PLACE_SUFFIX.search(head)
        if m and m.start() >= 2 and not _is_generic_zh(_squash(head[: m.start()])):
            province, city = place_of(m.group(0))
            region = city or province
            removed.append(m.group(0))
            head = head[: m.start()]
    key = _squash(head).replace(" ", "")
    if not key:
        key = _squash(text) or text.casefold().strip()
    numbers = tuple(sorted(set(_ZH_NUMBERS.findall(key))))
    return NameKey(
        key=key,
        removed=tuple(dict.fromkeys(removed)),
        region=region,
        branch=branch or None,
        qualifier=qualifier or None,
        legal=legal,
        numbers=numbers,
        pinyin="".join(pinyin_of(key)),
    )


def _company_latin(
    text: str,
    removed: list[str],
    region: str | None,
    branch: str | None,
    qualifier: str | None,
    legal: str | None,
) -> NameKey:
    # 2. a branch after a dash ("Acme Coffee - Seattle") or a store number ("Store #12")
    tail = _EN_DASH_TAIL.search(text)
    if tail:
        words = _WORDS.findall(tail.group(1).casefold())
        if (
            words
            and (_BRANCH_WORDS & set(words) or any(w.isdigit() for w in words) or len(words) <= 3)
            and not _EN_LEGAL_WORDS.match(tail.group(1).strip())
        ):
            branch = branch or _normalise_branch(tail.group(1))
            text = text[: tail.start()]
    store = _EN_STORE_NUMBER.search(text)
    if store and _squash(text[: store.start()]):
        branch = branch or (store.group(1) or store.group(2))
        text = text[: store.start()] + text[store.end() :]
    # 3. legal forms at the end, again and again ("GmbH & Co. KG", "Group Inc.")
    while True:
        m = _EN_LEGAL.search(text) if text[-1:].isalnum() or text[-1:] in ".," else None
        if m is None or not _squash(text[: m.start()]):
            break
        removed.append(m.group("s").strip(" ,"))
        form = next(i for i in range(len(_EN_LEGAL_FORMS)) if m.group(f"f{i}") is not None)
        legal = legal or _EN_LEGAL_FORMS[form][1]
        text = text[: m.start()]
    folded = text.casefold().replace("&", " and ").replace("+", " and ")
    folded = folded.replace("'", "").replace("’", "").replace(".", "")
    words = _WORDS.findall(folded)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    expanded: list[str] = []
    out: list[str] = []
    for w in words:
        full = ABBREVIATIONS.get(w)
        if full and not (w == "co" and len(words) == 1):
            if full != w:
                expanded.append(f"{w} → {full}")
            out.append(full)
        else:
            out.append(w)
    words = out
    # 4. a Chinese city spelt in pinyin at either end ("Shenzhen Huachuang Technology")
    if len(words) > 1:
        places = latin_places()
        for at_start in (True, False):
            for size in (2, 1):
                if len(words) <= size:
                    continue
                piece = words[:size] if at_start else words[-size:]
                rest = words[size:] if at_start else words[:-size]
                hanzi = places.get(" ".join(piece)) or places.get("".join(piece))
                if hanzi and not all(w in _GENERIC_EN for w in rest):
                    province, city = place_of(hanzi)
                    region = region or city or province
                    removed.append(" ".join(piece).title())
                    words = rest
                    break
    key = " ".join(words) or _squash(text) or text.casefold().strip()
    numbers = tuple(sorted({w for w in words if any(c.isdigit() for c in w)}))
    return NameKey(
        key=key,
        removed=tuple(dict.fromkeys(removed)),
        expanded=tuple(dict.fromkeys(expanded)),
        region=region,
        branch=branch or None,
        qualifier=qualifier or None,
        legal=legal,
        numbers=numbers,
        pinyin=key.replace(" ", ""),
    )


# --------------------------------------------------------------------------- people


def person_key(name: str | None) -> NameKey:
    """A person's name, order-insensitive: "Smith, John", "JOHN SMITH" and "Mr John Smith" → "john smith".

    Chinese names are kept as written (folded, spaces dropped); ``pinyin`` holds
    their syllables sorted, so 张伟 meets "Wei Zhang".  Nicknames read as the
    full name (Bob → Robert); Jr/Sr/II go to ``generation``.
    """
    return _person_key(name or "")


@lru_cache(maxsize=4096)
def _person_key(name: str) -> NameKey:
    text = to_simplified(nfkc(name)).casefold()
    if has_cjk(text):
        compact = _NOT_WORD.sub("", text)
        removed: tuple[str, ...] = ()
        m = _ZH_HONORIFIC.search(compact)
        if m and m.start() >= 2:
            removed, compact = (m.group(0),), compact[: m.start()]
        compact = compact or text.strip()
        return NameKey(key=compact, removed=removed, pinyin=_cjk_person_pinyin(compact))
    text = text.replace("'", "").replace("’", "").replace(".", " ")
    words = _WORDS.findall(text)
    removed_l: list[str] = []
    expanded: list[str] = []
    generation = None
    kept: list[str] = []
    for w in words:
        if w in _TITLES and len(words) > 1:
            removed_l.append(w)
        elif w in _GENERATIONS and len(words) > 2:
            generation = _GENERATIONS[w]
        elif w in NICKNAMES:
            expanded.append(f"{w} → {NICKNAMES[w]}")
            kept.append(NICKNAMES[w])
        else:
            kept.append(w)
    if sum(len(w) > 1 for w in kept) >= 2:
        kept = [w for w in kept if len(w) > 1]  # middle initials
    kept.sort()
    key = " ".join(kept) or _squash(text) or text.strip()
    return NameKey(
        key=key,
        removed=tuple(removed_l),
        expanded=tuple(expanded),
        generation=generation,
        pinyin=key.replace(" ", ""),
    )


#: Two-character family names (else the first character is the family name).
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 闻人 南宫 独孤 西门 澹台 申屠 太史".split()
)


def cjk_person_words(compact: str) -> tuple[str, ...]:
    """Family and given name of a Chinese name in pinyin: 孙凤英 → ("sun", "fengying"); () for other text."""
    if not compact or not has_cjk(compact):
        return ()
    split = 2 if compact[:2] in COMPOUND_SURNAMES and len(compact) > 2 else 1
    family, given = "".join(pinyin_of(compact[:split])), "".join(pinyin_of(compact[split:]))
    return tuple(p for p in (family, given) if p)


def _cjk_person_pinyin(compact: str) -> str:
    """Family and given name in pinyin, the two sorted: 孙凤英 → "fengying sun" → "fengyingsun".

    A Latin spelling "Sun Fengying" or "Fengying Sun" gives the same string, so the two meet.
    """
    return "".join(sorted(cjk_person_words(compact)))


def place_in_address(address: str | None) -> tuple[str | None, str | None]:
    """(province, city) an address starts with (广东省深圳市…), for records whose city is blank."""
    text = to_simplified(nfkc(address)).strip() if address else ""
    if not text or not has_cjk(text[:4]):
        return None, None
    province = city = None
    pos = 0
    for _ in range(2):
        m = PLACE_PREFIX.match(text, pos)
        if not m:
            break
        p, c = place_of(m.group(0))
        province, city = province or p, city or c
        pos = m.end()
    return province, city


_LEGAL_WORDS_EN = (
    "limited",
    "ltd",
    "llc",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "co",
    "gmbh",
    "group",
    "holdings",
    "plc",
    "pty",
    "llp",
)


def typed_prefix(key: NameKey, name: str) -> str:
    """The compact key of a half-typed name, without a legal form still being typed.

    "深圳市永美科技有限" → 永美科技 (有限 starts 有限公司); "Perkins Engineering Gr" → perkinsengineering.
    """
    compact = key.compact
    if has_cjk(compact):
        for size in range(min(5, len(compact) - 2), 0, -1):
            tail = compact[-size:]
            if any(suffix.startswith(tail) and suffix != tail for suffix in ZH_LEGAL):
                return compact[:-size]
        return compact
    words = key.key.split()
    typing_more = bool(name) and not name[-1].isspace()
    if len(words) > 1 and typing_more and any(w.startswith(words[-1]) for w in _LEGAL_WORDS_EN):
        words = words[:-1]
    return "".join(words)


def name_key(name: str | None, kind: str) -> NameKey:
    return person_key(name) if kind == "person" else company_key(name)


# --------------------------------------------------------------------------- contact fields

_E164 = re.compile(r"\+[1-9]\d{5,14}")


@lru_cache(maxsize=4096)
def phone_key(value: str | None) -> str | None:
    """The first number of a phone as E.164 ("+86… +1…" → "+86…"); a phone nobody could read (kept as
    typed) as "#" and its digits; None when empty.  The caller reads typed numbers for their region first."""
    text = nfkc(value).strip() if value else ""
    if not text:
        return None
    for candidate in (text, text.split()[0]):
        compact = re.sub(r"[\s\-().]", "", candidate)
        if _E164.fullmatch(compact):
            return compact
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"#{digits}" if len(digits) >= 6 else None


def email_key(value: str | None) -> str | None:
    text = nfkc(value).strip().casefold() if value else ""
    if "@" not in text:
        return None
    return text.removeprefix("mailto:")


def email_domain(email: str | None) -> str | None:
    """The organisation's domain of an e-mail; None for free mail (qq.com, gmail.com…: core.free_mail)."""
    return company_domain(email)


def website_key(value: str | None) -> str | None:
    """www.Acme.com/about, https://acme.com → acme.com."""
    text = nfkc(value).strip().casefold() if value else ""
    if not text:
        return None
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = re.split(r"[/?#]", text, maxsplit=1)[0].rsplit("@", 1)[-1].split(":", 1)[0].strip(".")
    text = text.removeprefix("www.")
    return text or None


@lru_cache(maxsize=4096)
def place_key(city: str | None, region: str | None) -> tuple[str | None, str | None]:
    """(province, city) of a record's city and region fields, normalised so 深圳市 = 深圳 = Shenzhen."""
    province = town = None
    if city:
        folded = to_simplified(nfkc(city)).casefold().strip()
        province, town = place_of(
            _NOT_WORD.sub(" ", folded).strip() if folded.isascii() else _squash(folded)
        )
        if town is None and province is None:
            town = strip_admin_suffix(_squash(folded)) or None
        elif town is None:  # a province typed as the city
            town = None
    if region:
        folded = to_simplified(nfkc(region)).casefold().strip()
        p, c = place_of(_NOT_WORD.sub(" ", folded).strip() if folded.isascii() else _squash(folded))
        if p is None and c is None:
            p = strip_admin_suffix(_squash(folded)) or None
        province = province or p
        town = town or c
    return province, town


_STREET_WORDS = {
    "st": "street",
    "rd": "road",
    "ave": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "dr": "drive",
    "ln": "lane",
    "ct": "court",
    "pl": "place",
    "sq": "square",
    "hwy": "highway",
    "str": "strasse",
    "fl": "floor",
    "ste": "suite",
}


@lru_cache(maxsize=4096)
def address_key(value: str | None) -> tuple[str, str]:
    """(the street without its numbers, the numbers) — compared apart, so "Gewerbepark 156" and
    "Gewerbepark 150" are one street, two numbers; places at the start dropped for Chinese addresses
    (工业大道249号B座720室 → 工业大道号b座室, 249-720)."""
    text = to_simplified(nfkc(value)).casefold().strip() if value else ""
    if not text:
        return "", ""
    if has_cjk(text):
        compact = _NOT_WORD.sub("", text)
        pos = 0
        while True:
            m = PLACE_PREFIX.match(compact, pos) or DISTRICT_PREFIX.match(compact, pos)
            if not m or m.end() >= len(compact):
                break
            pos = m.end()
        compact = compact[pos:]
        return _DIGITS.sub("", compact), "-".join(_DIGITS.findall(compact))
    words = [_STREET_WORDS.get(w, w) for w in _WORDS.findall(text.replace(".", ""))]
    return " ".join(w for w in words if not w.isdigit()), "-".join(w for w in words if w.isdigit())
