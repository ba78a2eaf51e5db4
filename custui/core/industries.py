"""Industry names mapped to one standard list, so "制造业", "Manufacturing" and "机械制造" all read 制造 Manufacturing.

The standard list is bilingual (what the sample book and the list show).
Each entry answers to its own words plus common synonyms; the rep's own
synonyms (settings ``industry_synonyms``: {"机加工": "制造 Manufacturing"})
come first.  Matching is on folded text (case, width, 繁/简).  A name that
matches nothing is kept as written: an unknown industry is data, not an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from custui.core.text import fold

STANDARD: dict[str, tuple[str, ...]] = {
    "制造 Manufacturing": (
        "制造",
        "制造业",
        "manufacturing",
        "机械",
        "机械制造",
        "工业",
        "industrial",
        "factory",
    ),
    "软件 IT & Software": (
        "软件",
        "it",
        "software",
        "信息技术",
        "互联网",
        "internet",
        "saas",
        "科技",
        "technology",
        "tech",
    ),
    "零售 Retail": ("零售", "retail", "商超", "百货", "电商", "e-commerce", "ecommerce"),
    "物流 Logistics": ("物流", "logistics", "运输", "仓储", "快递", "freight", "shipping"),
    "金融 Finance": (
        "金融",
        "finance",
        "银行",
        "banking",
        "保险",
        "insurance",
        "投资",
        "financial services",
    ),
    "医疗 Healthcare": ("医疗", "healthcare", "health", "医药", "pharma", "医院", "medical"),
    "教育 Education": ("教育", "education", "培训", "training", "学校", "school"),
    "能源 Energy": ("能源", "energy", "电力", "power", "新能源", "oil & gas", "utilities"),
    "建筑 Construction": (
        "建筑",
        "construction",
        "建材",
        "工程",
        "房地产",
        "real estate",
        "building",
    ),
    "食品 Food": ("食品", "food", "餐饮", "饮料", "food & beverage", "f&b", "catering"),
}


def industry_namer(extra: Mapping[str, str] | None = None) -> Callable[[str | None], str | None]:
    """A function giving the standard name of an industry (the rep's synonyms *extra* first), or the
    name unchanged; build it once and call it per row."""
    table = {fold(word): name for name, words in STANDARD.items() for word in (name, *words)}
    table.update({fold(word): name for word, name in (extra or {}).items() if word and name})

    def standard(raw: str | None) -> str | None:
        return table.get(fold(raw).strip(), raw) if raw else raw

    return standard
