"""A reproducible sample database: one B2B sales rep's book, in Chinese and English.

``generate(path)`` writes a new custui file full of believable customers,
interactions, orders and tags, plus a few planted near-duplicates for the
duplicate finder to catch.  Everything is derived from the *seed* and the
*anchor* date (the sample's "today"), never from the clock, so the same
arguments always give the same table contents — the committed ``sample.db``
is simply ``generate(Path("sample.db"))``.

How the data is made:

* Customers get a language/kind mix by exact quota (65 % Chinese companies,
  25 % English-speaking companies in the US, UK and Germany, 10 % individual
  buyers) and, independently, an *activity profile* (key account, regular,
  occasional, churned, new, prospect) that drives their orders and contacts.
* People and street names come from Faker (seeded per instance); company
  names, phones, addresses, summaries and notes from the vocabularies below,
  so they read like a real CRM rather than lorem ipsum.
* Planted duplicates are appended after the originals from their own random
  stream: changing how many are planted never changes the originals.

Conventions of the written data (shared with the rest of custui):

* ``created_at``/``updated_at`` and ``occurred_at`` are UTC timestamps in the
  form of :func:`custui.store.repo.now_iso` (``2025-03-14T02:30:00+00:00``),
  made from local business hours of the customer's country.
* ``ordered_at`` and ``next_action_due`` are calendar dates (``2025-03-14``).
* Money is integer minor units in the customer's currency (CNY, USD, GBP,
  EUR); the book counts in CNY with the rates of ``RATES``.
* Every customer row goes through the customer form's own validation
  (``validate_customer``): ``phone`` is kept as typed (spaces, dashes,
  extensions) and ``phone_e164`` read for the row's ``country``; full-width
  input would be folded by the form, so no duplicate is planted that way.
* ``email`` is casefolded, as ``validate_email`` stores it.
* ``industry`` and ``source`` are bilingual labels ("制造 Manufacturing",
  "展会 Expo") so a filter works in either language.
* ``done`` is 1 for every interaction except open follow-ups.
* The score history (``score_snapshots``) holds a snapshot at the end of each of the
  ``HISTORY_MONTHS`` months before the anchor's, scored as of that day (store.history), as a book
  opened once a month would: the dashboard's tier movement and the customer's sparkline show.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from custui.store.db import Store, StoreError, open_store
from custui.store.search_index import bring_up_to_date

if TYPE_CHECKING:
    import opencc
    from faker import Faker

    #: Seeded Faker instances for Chinese, American and German names (_fakers).
    _Fakers = tuple[Faker, Faker, Faker]

T = TypeVar("T")

DEFAULT_SEED = 20261123
DEFAULT_CUSTOMERS = 320
#: Month-end score snapshots before the anchor's month.
HISTORY_MONTHS = 6
ANCHOR = date(2026, 11, 20)
"""The sample's "today": all activity lies in the three years before it."""

HISTORY_DAYS = 3 * 365
DUPLICATE_SHARE = 0.05
BATCH_SIZE = 500
TAGGED_SHARE = 0.72
NEXT_ACTION_SHARE = 0.30
OPEN_FOLLOW_UP_DAYS = 40
"""Only interactions this recent may still have an open (done = 0) follow-up."""

Progress = Callable[[str], None]

# =============================================================================
# Vocabularies
# =============================================================================


@dataclass(frozen=True)
class Industry:
    label: str  # stored in customers.industry
    zh_words: tuple[str, ...]  # business words in Chinese company names
    en_words: tuple[str, ...]  # … in English company names
    de_words: tuple[str, ...]  # … in German company names
    zh_tag: str  # industry tag for Chinese customers
    en_tag: str  # industry tag for the others
    weight: int


INDUSTRIES: tuple[Industry, ...] = (
    Industry(
        "制造 Manufacturing",
        ("机械", "精密制造", "电子", "自动化设备", "五金制品", "模具", "科技"),
        ("Industrial", "Manufacturing", "Precision", "Machinery", "Components"),
        ("Maschinenbau", "Präzisionstechnik", "Metallbau"),
        "制造业",
        "Manufacturing",
        24,
    ),
    Industry(
        "零售 Retail",
        ("商贸", "百货", "连锁超市", "电子商务"),
        ("Retail", "Trading", "Stores", "Supply"),
        ("Handel", "Warenhaus"),
        "零售",
        "Retail",
        9,
    ),
    Industry(
        "医疗 Healthcare",
        ("医疗器械", "医药", "生物科技", "健康科技"),
        ("Medical", "Health", "Biotech", "Diagnostics"),
        ("Medizintechnik", "Pharma"),
        "医疗",
        "Healthcare",
        9,
    ),
    Industry(
        "教育 Education",
        ("教育科技", "职业培训", "文化教育"),
        ("Learning", "Education", "Academy"),
        ("Bildung", "Akademie"),
        "教育",
        "Education",
        5,
    ),
    Industry(
        "物流 Logistics",
        ("物流", "供应链管理", "国际货运代理", "仓储"),
        ("Logistics", "Freight", "Shipping", "Transport"),
        ("Logistik", "Spedition"),
        "物流",
        "Logistics",
        10,
    ),
    Industry(
        "金融 Finance",
        ("融资租赁", "投资管理", "金融服务"),
        ("Capital", "Financial", "Leasing"),
        ("Finanz", "Leasing"),
        "金融",
        "Finance",
        5,
    ),
    Industry(
        "软件 IT & Software",
        ("科技", "软件", "信息技术", "网络科技", "数据科技"),
        ("Software", "Systems", "Technologies", "Data"),
        ("Software", "Systemhaus"),
        "IT软件",
        "IT",
        14,
    ),
    Industry(
        "能源 Energy",
        ("新能源", "能源科技", "光伏科技", "电力设备"),
        ("Energy", "Solar", "Power"),
        ("Energie", "Solartechnik"),
        "能源",
        "Energy",
        8,
    ),
    Industry(
        "建筑 Construction",
        ("建设工程", "建筑装饰", "建材", "工程技术"),
        ("Construction", "Builders", "Engineering"),
        ("Bau", "Bautechnik"),
        "建筑",
        "Construction",
        8,
    ),
    Industry(
        "食品 Food",
        ("食品", "农业科技", "饮料", "餐饮管理"),
        ("Foods", "Farms", "Beverages"),
        ("Lebensmittel", "Feinkost"),
        "食品",
        "Food",
        8,
    ),
)


@dataclass(frozen=True)
class Place:
    region: str  # province / state, as stored in customers.region
    city: str
    areas: tuple[str, ...]  # dialling area codes without trunk prefix
    local_digits: int  # length of a landline number after the area code
    districts: tuple[str, ...]  # districts (CN) or postcode stem (others)
    weight: int


@dataclass(frozen=True)
class Country:
    code: str  # ISO region for phonenumbers
    lang: str  # "zh" | "en": language of names, summaries, notes
    currency: str
    utc_offset: int  # hours; business hours are local
    places: tuple[Place, ...]


CHINA = Country(
    "CN",
    "zh",
    "CNY",
    8,
    (
        Place("广东", "深圳", ("755",), 8, ("南山区", "福田区", "宝安区", "龙岗区"), 14),
        Place("广东", "广州", ("20",), 8, ("天河区", "番禺区", "黄埔区", "白云区"), 10),
        Place("广东", "东莞", ("769",), 8, ("长安镇", "松山湖", "南城街道"), 6),
        Place("广东", "佛山", ("757",), 8, ("顺德区", "南海区", "禅城区"), 5),
        Place("江苏", "苏州", ("512",), 8, ("工业园区", "吴中区", "昆山市", "相城区"), 8),
        Place("江苏", "南京", ("25",), 8, ("江宁区", "鼓楼区", "建邺区"), 5),
        Place("江苏", "无锡", ("510",), 8, ("新吴区", "滨湖区"), 3),
        Place("浙江", "杭州", ("571",), 8, ("滨江区", "余杭区", "西湖区"), 8),
        Place("浙江", "宁波", ("574",), 8, ("鄞州区", "北仑区", "慈溪市"), 4),
        Place("上海", "上海", ("21",), 8, ("浦东新区", "闵行区", "嘉定区", "松江区"), 10),
        Place("北京", "北京", ("10",), 8, ("朝阳区", "海淀区", "大兴区", "顺义区"), 8),
        Place("天津", "天津", ("22",), 8, ("滨海新区", "西青区"), 3),
        Place("山东", "青岛", ("532",), 8, ("黄岛区", "城阳区", "市南区"), 4),
        Place("山东", "济南", ("531",), 8, ("历下区", "高新区"), 2),
        Place("四川", "成都", ("28",), 8, ("高新区", "武侯区", "双流区"), 4),
        Place("湖北", "武汉", ("27",), 8, ("东湖高新区", "江汉区", "洪山区"), 4),
        Place("重庆", "重庆", ("23",), 8, ("渝北区", "九龙坡区"), 3),
        Place("福建", "厦门", ("592",), 7, ("思明区", "湖里区", "集美区"), 2),
        Place("福建", "福州", ("591",), 8, ("鼓楼区", "仓山区"), 2),
        Place("湖南", "长沙", ("731",), 8, ("岳麓区", "雨花区"), 2),
        Place("河南", "郑州", ("371",), 8, ("金水区", "郑东新区"), 2),
        Place("陕西", "西安", ("29",), 8, ("雁塔区", "未央区"), 2),
        Place("安徽", "合肥", ("551",), 8, ("蜀山区", "包河区"), 2),
    ),
)
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")

USA = Country(
    "US",
    "en",
    "USD",
    -5,
    (
        Place("California", "San Francisco", ("415", "628"), 7, ("CA 941",), 8),
        Place("California", "Los Angeles", ("213", "310"), 7, ("CA 900",), 7),
        Place("California", "San Jose", ("408",), 7, ("CA 951",), 5),
        Place("New York", "New York", ("212", "646"), 7, ("NY 100",), 7),
        Place("Texas", "Houston", ("713", "832"), 7, ("TX 770",), 6),
        Place("Texas", "Dallas", ("214", "972"), 7, ("TX 752",), 5),
        Place("Illinois", "Chicago", ("312", "773"), 7, ("IL 606",), 6),
        Place("Washington", "Seattle", ("206",), 7, ("WA 981",), 4),
        Place("Massachusetts", "Boston", ("617",), 7, ("MA 021",), 4),
        Place("Georgia", "Atlanta", ("404",), 7, ("GA 303",), 3),
        Place("Michigan", "Detroit", ("313",), 7, ("MI 482",), 4),
        Place("Ohio", "Columbus", ("614",), 7, ("OH 432",), 3),
        Place("Pennsylvania", "Pittsburgh", ("412",), 7, ("PA 152",), 3),
        Place("North Carolina", "Charlotte", ("704",), 7, ("NC 282",), 3),
        Place("Arizona", "Phoenix", ("602",), 7, ("AZ 850",), 3),
    ),
)
UK = Country(
    "GB",
    "en",
    "GBP",
    0,
    (
        Place("England", "London", ("20",), 8, ("EC1A", "SE1", "E14"), 10),
        Place("England", "Manchester", ("161",), 7, ("M1", "M4"), 4),
        Place("England", "Birmingham", ("121",), 7, ("B1", "B5"), 3),
        Place("England", "Leeds", ("113",), 7, ("LS1",), 2),
        Place("Scotland", "Edinburgh", ("131",), 7, ("EH1", "EH3"), 2),
    ),
)
GERMANY = Country(
    "DE",
    "en",
    "EUR",
    1,
    (
        Place("Bayern", "München", ("89",), 8, ("80331", "81379"), 5),
        Place("Berlin", "Berlin", ("30",), 8, ("10115", "12099"), 4),
        Place("Hamburg", "Hamburg", ("40",), 8, ("20095", "22113"), 4),
        Place("Hessen", "Frankfurt am Main", ("69",), 8, ("60311", "60549"), 3),
        Place("Baden-Württemberg", "Stuttgart", ("711",), 7, ("70173", "70565"), 4),
        Place("Nordrhein-Westfalen", "Köln", ("221",), 7, ("50667", "51149"), 3),
    ),
)
#: The sample rep's rates: units of CNY per unit, (rate, from day or None for always).
RATES: dict[str, tuple[tuple[str, date | None], ...]] = {
    "USD": (("7.20", None), ("7.10", date(2026, 1, 1))),
    "EUR": (("7.80", None),),
    "GBP": (("9.10", None),),
}
FOREIGN_COMPANY_COUNTRIES: tuple[tuple[Country, int], ...] = ((USA, 60), (UK, 20), (GERMANY, 20))
FOREIGN_PERSON_COUNTRIES: tuple[tuple[Country, int], ...] = ((USA, 70), (UK, 30))

#: (language, kind) → exact share of the customers.
CUSTOMER_MIX: tuple[tuple[tuple[str, str], float], ...] = (
    (("zh", "company"), 0.65),
    (("en", "company"), 0.25),
    (("zh", "person"), 0.07),
    (("en", "person"), 0.03),
)

#: Characters of Chinese brand names (two, sometimes three, make a brand).
BRAND_CHARS = "华创恒信远达瑞鑫泰康盛宏伟嘉和联新天海润博通中科金源顺隆丰兴荣安诚明凯凌云智德正昌宇辰星美永利鼎汇晟弘晖腾飞越邦银锦佳合力展捷迅航宸睿"
ZH_SUFFIXES: tuple[tuple[str, int], ...] = (
    ("有限公司", 62),
    ("股份有限公司", 14),
    ("有限责任公司", 10),
    ("集团有限公司", 6),
    ("实业有限公司", 8),
)
#: Brands of English-speaking companies; Faker surnames fill in the rest.
EN_BRANDS = (
    "Acme",
    "Northwind",
    "Summit",
    "Bluewater",
    "Pioneer",
    "Keystone",
    "Redwood",
    "Harbor",
    "Granite",
    "Silverline",
    "Evergreen",
    "Apex",
    "Crescent",
    "Lakeside",
    "Ironbridge",
    "Westfield",
    "Blue Ridge",
    "Cedar",
    "Falcon",
    "Horizon",
    "Meridian",
    "Orchard",
    "Pinnacle",
    "Riverside",
    "Sterling",
    "Trident",
    "Vanguard",
    "Beacon",
    "Cobalt",
    "Everest",
    "Frontier",
    "Highland",
    "Liberty",
    "Monarch",
    "Oakridge",
    "Prairie",
    "Quantum",
    "Sierra",
    "Tidewater",
    "Vista",
    "Windsor",
    "Atlas",
    "Clearwater",
    "Delta",
    "Eagle",
    "Fairview",
    "Greenfield",
    "Northstar",
    "Bridgeport",
    "Copperfield",
)
EN_SUFFIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "US": (
        ("Inc.", 30),
        ("LLC", 30),
        ("Corp.", 10),
        ("Co.", 5),
        ("Group", 5),
        ("Co., Ltd.", 10),
        ("Company", 5),
    ),
    "GB": (("Ltd", 45), ("Limited", 25), ("Ltd.", 15), ("Co., Ltd.", 10), ("PLC", 5)),
    "DE": (("GmbH", 70), ("GmbH & Co. KG", 15), ("AG", 10), ("KG", 5)),
}
#: Interchangeable spellings of one legal form (planted duplicates swap within a group).
SUFFIX_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("有限公司", "股份有限公司", "有限责任公司", "公司", ""),
    ("股份有限公司", "有限公司", "股份公司", ""),
    ("有限责任公司", "有限公司", "公司", ""),
    ("集团有限公司", "集团", "有限公司"),
    ("实业有限公司", "实业", "有限公司"),
    ("Co., Ltd.", "Co. Ltd", "Ltd", "Limited", "Company Limited"),
    ("Ltd", "Ltd.", "Limited", "Co., Ltd."),
    ("Ltd.", "Ltd", "Limited"),
    ("Limited", "Ltd", "Ltd."),
    ("LLC", "L.L.C.", "Llc", ""),
    ("Inc.", "Inc", "Incorporated", ""),
    ("Corp.", "Corporation", "Corp"),
    ("Company", "Co.", ""),
    ("Co.", "Company", ""),
    ("Group", "Group Inc.", ""),
    ("PLC", "plc", "Ltd"),
    ("GmbH & Co. KG", "GmbH", "GmbH & Co KG"),
    ("GmbH", "G.m.b.H.", ""),
    ("AG", ""),
    ("KG", "GmbH & Co. KG"),
)

ZH_ROADS = (
    "建设路",
    "人民路",
    "中山路",
    "解放路",
    "科技路",
    "工业大道",
    "创新路",
    "高新路",
    "滨海大道",
    "金融街",
    "长江路",
    "学府路",
)
GB_STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Mill Lane",
    "King Street",
    "Park Road",
)
DE_STREETS = (
    "Hauptstraße",
    "Industriestraße",
    "Bahnhofstraße",
    "Gewerbepark",
    "Schillerstraße",
    "Goethestraße",
)

ZH_TITLES = (
    "总经理",
    "采购经理",
    "采购经理",
    "采购主管",
    "设备部经理",
    "技术总监",
    "厂长",
    "副总经理",
    "采购专员",
    "董事长",
    "运营总监",
    "IT经理",
    "财务经理",
)
EN_TITLES = (
    "Purchasing Manager",
    "Purchasing Manager",
    "Procurement Lead",
    "Operations Director",
    "CEO",
    "Plant Manager",
    "Head of Engineering",
    "Buyer",
    "IT Manager",
    "Managing Director",
    "Supply Chain Manager",
)
DE_TITLES = (
    "Geschäftsführer",
    "Einkaufsleiter",
    "Leiter Technik",
    "Purchasing Manager",
    "Managing Director",
)

#: (label, weight for Chinese customers, weight for the others)
SOURCES: tuple[tuple[str, int, int], ...] = (
    ("展会 Expo", 25, 20),
    ("转介绍 Referral", 25, 20),
    ("官网 Website", 15, 25),
    ("电话陌拜 Cold call", 12, 12),
    ("招标 Tender", 8, 5),
    ("阿里巴巴 Alibaba", 8, 3),
    ("领英 LinkedIn", 2, 15),
    ("老客户 Existing customer", 5, 0),
)

#: What the rep sells: (Chinese, English, price factor, weight).
PRODUCTS: tuple[tuple[str, str, float, int], ...] = (
    ("PLC控制器 CX-200", "CX-200 PLC controller", 1.0, 14),
    ("伺服电机 SV-750", "SV-750 servo motor", 0.8, 12),
    ("工业传感器套件", "industrial sensor kit", 0.4, 10),
    ("触摸屏 HMI-10", "HMI-10 touch panel", 0.5, 8),
    ("MES软件授权", "MES software licence", 2.5, 5),
    ("年度维保服务", "annual service contract", 1.2, 7),
    ("备品备件", "spare parts", 0.3, 12),
    ("技术培训", "on-site training", 0.35, 4),
    ("视觉检测系统", "vision inspection system", 3.0, 4),
)
FREE_SAMPLE = ("免费样品", "free sample")
FREE_SAMPLE_SHARE = 0.02

REP = "王磊"
#: Who logs interactions: the rep and colleagues, by customer language.
OWNERS: dict[str, tuple[tuple[str, int], ...]] = {
    "zh": ((REP, 78), ("李娜", 12), ("陈晓峰", 10)),
    "en": ((REP, 72), ("Emily Zhao", 22), ("李娜", 6)),
}
CHANNEL_WEIGHTS: dict[str, dict[str, int]] = {
    "zh": {
        "call": 28,
        "message": 22,
        "visit": 16,
        "email": 12,
        "meeting": 10,
        "event": 5,
        "other": 7,
    },
    "en": {
        "email": 35,
        "call": 25,
        "meeting": 15,
        "visit": 8,
        "message": 7,
        "event": 5,
        "other": 5,
    },
}
SENTIMENT_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "normal": (("positive", 52), ("neutral", 37), ("negative", 11)),
    "prospect": (("positive", 35), ("neutral", 55), ("negative", 10)),
    "fading": (("positive", 12), ("neutral", 45), ("negative", 43)),
}
ZH_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
ZH_EXPOS = ("广交会", "工博会", "高交会", "进博会")
EN_EXPOS = ("Hannover Messe", "IMTS", "Automate", "CES")

#: (channel, sentiment, Chinese summary, English summary); {product} {quarter} {contact} {expo} are filled in.
SUMMARIES: tuple[tuple[str, str, str, str], ...] = (
    (
        "call",
        "positive",
        "电话沟通{quarter}采购计划，客户确认会继续下单",
        "Called about {quarter} order volumes; they expect to reorder",
    ),
    (
        "call",
        "neutral",
        "电话沟通{quarter}采购计划，客户关注交期",
        "Called about {quarter} plans; delivery time is their main concern",
    ),
    (
        "call",
        "neutral",
        "电话跟进{product}报价，对方需要内部审批",
        "Followed up on the {product} quote; waiting for internal approval",
    ),
    (
        "call",
        "positive",
        "电话回访上批{product}使用情况，反馈良好",
        "Check-in call on the last {product} shipment; running well",
    ),
    (
        "call",
        "negative",
        "电话催款，财务说要推迟到下月",
        "Payment reminder call; finance wants to delay to next month",
    ),
    (
        "call",
        "negative",
        "客户来电投诉交货延迟",
        "Customer called to complain about a late delivery",
    ),
    (
        "visit",
        "positive",
        "拜访{contact}，参观生产线，讨论{product}升级方案",
        "Visited {contact}, toured the line, discussed a {product} upgrade",
    ),
    (
        "visit",
        "neutral",
        "上门拜访{contact}，介绍新款{product}",
        "On-site visit with {contact} to present the new {product}",
    ),
    (
        "visit",
        "negative",
        "现场处理{product}安装问题，客户不太满意",
        "On site to fix a {product} installation issue; customer unhappy",
    ),
    (
        "meeting",
        "positive",
        "与采购和技术部开会，确认{product}技术参数",
        "Meeting with purchasing and engineering to confirm {product} specs",
    ),
    (
        "meeting",
        "neutral",
        "年度合作会谈，讨论框架协议和返点",
        "Annual review: framework agreement and rebates",
    ),
    ("meeting", "neutral", "视频会议演示{product}", "Video call demo of the {product}"),
    (
        "meeting",
        "negative",
        "商务谈判，客户要求再降价8%",
        "Negotiation; they ask for another 8% discount",
    ),
    (
        "email",
        "neutral",
        "发送{product}报价单和技术资料",
        "Sent the {product} quote and datasheets",
    ),
    (
        "email",
        "positive",
        "邮件确认订单交期和付款条件",
        "Confirmed delivery date and payment terms by e-mail",
    ),
    ("email", "neutral", "回复客户关于发票的问题", "Answered {contact}'s invoice question"),
    (
        "email",
        "negative",
        "客户邮件反馈竞品报价低15%",
        "E-mail from {contact}: a competitor quoted 15% lower",
    ),
    (
        "message",
        "neutral",
        "微信沟通发货时间，客户希望提前一周",
        "Messaged about shipping; they want it a week earlier",
    ),
    (
        "message",
        "positive",
        "微信发送{product}视频，{contact}很感兴趣",
        "Sent a {product} video on WhatsApp; {contact} liked it",
    ),
    ("message", "negative", "客户微信反馈价格偏高", "Message: they find the price too high"),
    (
        "event",
        "positive",
        "{expo}上交流，客户对{product}感兴趣",
        "Met at {expo}; interested in the {product}",
    ),
    ("event", "neutral", "邀请{contact}参加新品发布会", "Invited {contact} to our product launch"),
    ("other", "neutral", "寄送{product}样品", "Shipped {product} samples"),
    ("other", "positive", "节日礼品寄送，客户致谢", "Sent a holiday gift; they said thanks"),
    ("other", "neutral", "更新客户资料和联系人", "Updated contact details"),
)
NEXT_ACTIONS: tuple[tuple[str, str], ...] = (
    ("发送正式报价", "Send formal quote"),
    ("安排技术交流", "Set up a technical call"),
    ("跟进付款", "Chase payment"),
    ("寄送样品", "Ship samples"),
    ("确认交期", "Confirm delivery date"),
    ("回访使用情况", "Check in after installation"),
    ("准备合同草案", "Draft the contract"),
    ("邀请参观工厂", "Invite for a factory tour"),
    ("约见采购经理", "Meet the purchasing manager"),
)

ZH_NOTES = (
    "老板很看重交期，决策快。",
    "年底有预算，可重点跟进。",
    "对价格比较敏感，竞品也在报价。",
    "需要开增值税专用发票。",
    "采购流程较长，需要三家比价。",
    "技术负责人是关键决策人。",
    "付款一般月结60天。",
    "去年扩建了新厂房，设备需求增加。",
    "喜欢微信沟通，不常看邮件。",
    "由老客户介绍，关系不错。",
)
EN_NOTES = (
    "Decision maker is the COO; prefers e-mail.",
    "Budget cycle starts in January.",
    "Price sensitive; also talking to a competitor.",
    "Pays net 60, usually on time.",
    "Needs three quotes for any purchase over $10k.",
    "Engineering lead drives the decision.",
    "Opened a second plant last year.",
    "Met through a referral from an existing customer.",
    "Prefers short calls on Tuesday mornings.",
    "Asked for a Chinese-speaking contact for technical questions.",
)
ZH_PERSON_NOTES = (
    "个人采购，给自己的小作坊用。",
    "朋友介绍，复购可能性一般。",
    "喜欢先看样品再决定。",
)
EN_PERSON_NOTES = (
    "Individual buyer with a small workshop.",
    "Hobbyist; buys spare parts now and then.",
    "Wants samples before buying.",
)
ZH_DUPLICATE_NOTES = ("展会上重新登记的名片。", "同事录入，待核对。")
EN_DUPLICATE_NOTES = ("Re-entered from a business card.", "Added by a colleague; to be checked.")

#: (category, name, language "zh" | "en" | "*", reason).  A tag with a reason goes to the
#: customers it applies to (see _tag_reasons); the others are handed out at random.
#: Industry tags come from INDUSTRIES.
TAG_VOCABULARY: tuple[tuple[str, str, str, str | None], ...] = (
    ("need", "设备升级", "zh", None),
    ("need", "价格敏感", "zh", None),
    ("need", "交期敏感", "zh", None),
    ("need", "需要账期", "zh", None),
    ("need", "定制需求", "zh", None),
    ("need", "Needs financing", "en", None),
    ("need", "Price sensitive", "en", None),
    ("need", "Custom specs", "en", None),
    ("need", "Fast delivery", "en", None),
    ("risk", "付款慢", "zh", "late"),
    ("risk", "竞品在谈", "zh", "churned"),
    ("risk", "关键人离职", "zh", None),
    ("risk", "Late payer", "en", "late"),
    ("risk", "Competitor trial", "en", "churned"),
    ("risk", "Budget freeze", "en", None),
    ("potential", "重点", "zh", "key"),
    ("potential", "高潜力", "zh", "rising"),
    ("potential", "可交叉销售", "zh", "upsell"),
    ("potential", "Key account", "en", "key"),
    ("potential", "High potential", "en", "rising"),
    ("potential", "Upsell", "en", "upsell"),
    ("custom", "展会2025", "zh", "expo2025"),
    ("custom", "Trade show 2025", "en", "expo2025"),
    ("custom", "VIP", "*", "key"),
    ("custom", "老客户", "zh", "old"),
    ("custom", "春节礼品", "zh", None),
    ("custom", "Newsletter", "en", None),
)
#: Activity profile → the tag reason it implies.
PROFILE_TAG_REASONS: dict[str, str] = {
    "key": "key",
    "churned": "churned",
    "new": "rising",
    "prospect": "rising",
    "regular": "upsell",
}


@dataclass(frozen=True)
class Profile:
    """How a kind of customer behaves over the three years."""

    name: str
    created_days_ago: tuple[int, int]  # (earliest, latest) creation, days before the anchor
    pattern: str  # "steady" | "stopped" | "sporadic" | "new" | "none"
    order_gap: tuple[
        float, float
    ]  # mean days between orders (steady, stopped) or order count (sporadic, new)
    touch_gap: tuple[float, float]  # mean days between interactions
    amount_scale: float
    rating: float  # centre of the rep's 1–5 ratings
    grades: tuple[tuple[str | None, int], ...]


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "key",
            (HISTORY_DAYS, 980),
            "steady",
            (12, 30),
            (8, 16),
            2.5,
            4.3,
            (("key", 85), ("potential", 15)),
        ),
        Profile(
            "regular",
            (HISTORY_DAYS, 600),
            "steady",
            (40, 110),
            (25, 60),
            1.0,
            3.3,
            (("normal", 60), ("potential", 22), ("key", 10), (None, 8)),
        ),
        Profile(
            "occasional",
            (HISTORY_DAYS, 100),
            "sporadic",
            (1, 5),
            (45, 120),
            0.7,
            2.6,
            (("normal", 70), ("potential", 10), (None, 20)),
        ),
        Profile(
            "churned",
            (HISTORY_DAYS, 760),
            "stopped",
            (20, 55),
            (20, 45),
            1.3,
            2.8,
            (("normal", 55), ("key", 25), ("potential", 10), (None, 10)),
        ),
        Profile(
            "new",
            (120, 15),
            "new",
            (1, 3),
            (7, 20),
            0.9,
            3.6,
            (("potential", 70), ("normal", 20), (None, 10)),
        ),
        Profile(
            "prospect",
            (HISTORY_DAYS, 10),
            "none",
            (0, 0),
            (40, 150),
            1.0,
            3.0,
            (("potential", 50), ("normal", 25), (None, 25)),
        ),
    )
}
COMPANY_PROFILES: tuple[tuple[str, float], ...] = (
    ("key", 0.09),
    ("regular", 0.33),
    ("occasional", 0.29),
    ("churned", 0.13),
    ("new", 0.09),
    ("prospect", 0.07),
)
PERSON_PROFILES: tuple[tuple[str, int], ...] = (
    ("occasional", 58),
    ("new", 20),
    ("prospect", 12),
    ("churned", 10),
)
CHURN_SILENCE_DAYS = (185, 540)
"""A churned customer's last order lies this many days before the anchor."""

# =============================================================================
# Results
# =============================================================================


@dataclass(frozen=True)
class SampleSummary:
    """Row counts of a generated sample (customers include the planted duplicates)."""

    customers: int
    interactions: int
    orders: int
    tags: int
    planted_duplicates: int


@dataclass
class SampleTables:
    """All rows of a sample, per table, in insertion order (ids are 1…n in that order)."""

    customers: list[dict[str, Any]] = field(default_factory=list)
    interactions: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    customer_tags: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    planted_duplicates: int = 0

    def summary(self) -> SampleSummary:
        return SampleSummary(
            len(self.customers),
            len(self.interactions),
            len(self.orders),
            len(self.tags),
            self.planted_duplicates,
        )


# =============================================================================
# Small helpers
# =============================================================================


def _weighted(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    return rng.choices([v for v, _ in items], [w for _, w in items])[0]


def _quota(rng: random.Random, n: int, shares: Sequence[tuple[T, float]]) -> list[T]:
    """Exactly proportional labels for *n* items (largest remainder), in random order."""
    exact = [(value, share * n) for value, share in shares]
    counts = [int(x) for _, x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i][1] - counts[i]), i))
    for i in by_remainder[: n - sum(counts)]:
        counts[i] += 1
    labels = [value for (value, _), count in zip(exact, counts) for _ in range(count)]
    rng.shuffle(labels)
    return labels


def _stamp(day: date, minute_of_day: int, utc_offset: int) -> str:
    """UTC ISO timestamp (as repo.now_iso writes it) of a local time on *day*."""
    local = datetime.combine(day, time()) + timedelta(minutes=minute_of_day)
    return (local - timedelta(hours=utc_offset)).replace(tzinfo=UTC).isoformat()


def _office_minute(rng: random.Random) -> int:
    """A local time in office hours (09:00–18:00), on the five minutes."""
    return 9 * 60 + 5 * rng.randrange(9 * 12)


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _pinyin(text: str) -> str:
    from custui.core.text import pinyin_syllables

    return "".join(pinyin_syllables(text))


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC("s2t")


def _e164(raw: str | None, region: str) -> str | None:
    """E.164 of a phone typed in *region* (the app's own parser), or None when it is not understood."""
    from custui.core.validate import read_phone_cell

    return read_phone_cell(raw, region).e164_text


def _through_the_form(row: dict[str, Any]) -> dict[str, Any]:
    """*row* with its editable fields as the customer form would save them (phones read for the row's
    country, e-mail folded…): the sample is data the product itself accepted."""
    from custui.core.model import CUSTOMER_FIELDS
    from custui.core.validate import validate_customer

    clean, errors = validate_customer({f.name: row.get(f.name) for f in CUSTOMER_FIELDS})
    assert not errors, (row["code"], errors)  # the vocabularies above make this unreachable
    return {**row, **clean}


def _fakers(seed: int) -> _Fakers:
    """Seeded Faker instances for Chinese, American and German names."""
    from faker import Faker

    instances = []
    for offset, locale in enumerate(("zh_CN", "en_US", "de_DE")):
        fake = Faker(locale)
        fake.seed_instance(seed * 10 + offset)
        instances.append(fake)
    zh, en, de = instances
    return zh, en, de


# =============================================================================
# Phones
# =============================================================================


@dataclass(frozen=True)
class Phone:
    """A phone number's parts, so it can be typed in several human formats."""

    country: str  # CN / US / GB / DE
    kind: str  # "mobile" | "landline"
    area: str  # area code without trunk prefix ("" for CN mobiles)
    number: str  # subscriber digits
    fmt: int  # which of formats() was typed
    extension: str = ""  # typed after the number: "转 802", "ext. 12"

    def formats(self) -> tuple[str, ...]:
        a, n = self.area, self.number
        if self.country == "CN" and self.kind == "mobile":
            return (
                n,
                f"{n[:3]} {n[3:7]} {n[7:]}",
                f"{n[:3]}-{n[3:7]}-{n[7:]}",
                f"+86 {n[:3]} {n[3:7]} {n[7:]}",
                f"+86-{n}",
                f"(+86){n}",
                f"+86 {n[:3]}-{n[3:7]}-{n[7:]}",
            )
        if self.country == "CN":
            h = len(n) - 4
            return (
                f"0{a}-{n[:h]} {n[h:]}",
                f"0{a}-{n}",
                f"(0{a}) {n}",
                f"+86 {a} {n}",
                f"0{a} {n[:h]} {n[h:]}",
                f"+86-{a}-{n}",
            )
        if self.country == "US":
            e, line = n[:3], n[3:]
            return (
                f"({a}) {e}-{line}",
                f"{a}-{e}-{line}",
                f"{a}.{e}.{line}",
                f"+1 {a} {e} {line}",
                f"1-{a}-{e}-{line}",
                f"{a}{e}{line}",
                f"+1 ({a}) {e}-{line}",
            )
        h = len(n) // 2
        if self.country == "GB":
            return (
                f"0{a} {n[:h]} {n[h:]}",
                f"+44 {a} {n[:h]} {n[h:]}",
                f"+44 (0){a} {n}",
                f"0{a}{n}",
            )
        return (f"0{a} {n}", f"0{a}/{n}", f"+49 {a} {n[:h]} {n[h:]}", f"+49 ({a}) {n}", f"0{a}-{n}")

    @property
    def text(self) -> str:
        typed = self.formats()[self.fmt]
        return f"{typed} {self.extension}" if self.extension else typed


CN_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "158",
    "159",
    "166",
    "176",
    "177",
    "180",
    "181",
    "182",
    "186",
    "187",
    "188",
    "189",
    "199",
)
#: Share of Chinese phones a human decorated so no parser accepts them.
#: Share of landlines typed with an extension.
EXTENSION_SHARE = 0.05


def _digits(rng: random.Random, count: int, first: str = "23456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def _make_phone(rng: random.Random, country: Country, place: Place, *, mobile: bool) -> Phone:
    """A valid number of the customer's place, typed in one of its human formats."""
    for _ in range(20):
        if country.code == "CN" and mobile:
            phone = Phone(
                "CN",
                "mobile",
                "",
                rng.choice(CN_MOBILE_PREFIXES) + _digits(rng, 8, "0123456789"),
                0,
            )
        elif country.code == "US":
            exchange = _digits(rng, 3)
            if exchange in ("555", "911") or exchange.endswith("11"):
                continue
            phone = Phone(
                "US",
                "landline",
                rng.choice(place.areas),
                exchange + _digits(rng, 4, "0123456789"),
                0,
            )
        elif country.code == "GB" and place.areas[0] == "20":  # London numbers start with 3 or 7
            phone = Phone(
                "GB", "landline", place.areas[0], _digits(rng, place.local_digits, "37"), 0
            )
        else:
            phone = Phone(
                country.code,
                "landline",
                rng.choice(place.areas),
                _digits(rng, place.local_digits),
                0,
            )
        phone = replace(phone, fmt=rng.randrange(len(phone.formats())))
        if _e164(phone.text, country.code):
            if phone.kind == "landline" and rng.random() < EXTENSION_SHARE:
                words = ("转", "分机") if country.code == "CN" else ("ext.", "x")
                phone = replace(phone, extension=f"{rng.choice(words)} {rng.randint(10, 899)}")
            return phone
    raise AssertionError(
        f"no valid phone for {place.city}"
    )  # the vocabularies above make this unreachable


# =============================================================================
# Customers
# =============================================================================


@dataclass(frozen=True)
class Account:
    """What the activity generators need to know about a customer."""

    id: int
    lang: str
    country: Country
    kind: str
    profile: Profile
    created: date
    products: tuple[int, ...]  # indexes into PRODUCTS this customer buys
    amount_base: float  # typical order value in CNY
    late_payer: bool
    contact: str  # how a summary refers to the contact ("张经理", "Sarah")
    phone: Phone | None
    source: str


class _Names:
    """Unique company names: brands are never reused, so originals never look like duplicates."""

    def __init__(self) -> None:
        self.brands: set[str] = set()
        self.domains: set[str] = set()

    def claim(self, key: str) -> bool:
        if key in self.brands:
            return False
        self.brands.add(key)
        return True

    def domain(self, stem: str, tld: str) -> str:
        candidate, n = f"{stem}.{tld}", 1
        while candidate in self.domains:
            n += 1
            candidate = f"{stem}{n}.{tld}"
        self.domains.add(candidate)
        return candidate


def _zh_brand(rng: random.Random, names: _Names) -> str:
    """Two characters, sometimes three; longer once the short ones are used up."""
    for attempt in range(1000):
        length = (2 if rng.random() < 0.9 else 3) if attempt < 30 else (3 if attempt < 60 else 4)
        brand = "".join(rng.sample(BRAND_CHARS, length))
        if names.claim("zh:" + "".join(sorted(brand))):
            return brand
    raise AssertionError("ran out of Chinese brand names")


def _zh_company(
    rng: random.Random, names: _Names, industry: Industry, place: Place
) -> tuple[str, str]:
    """A name like 深圳市华创科技有限公司; returns (name, brand)."""
    brand = _zh_brand(rng, names)
    word = rng.choice(industry.zh_words)
    suffix = _weighted(rng, ZH_SUFFIXES)
    style = rng.random()
    if style < 0.45:
        return f"{place.city}市{brand}{word}{suffix}", brand
    if style < 0.55:
        return f"{brand}{word}（{place.city}）{suffix.removeprefix('实业')}", brand
    return f"{brand}{word}{suffix}", brand


def _en_company(
    rng: random.Random, names: _Names, fakes: _Fakers, industry: Industry, country: Country
) -> tuple[str, str]:
    """A name like Northwind Trading LLC or Bergmann Maschinenbau GmbH; returns (name, brand)."""
    _, en, de = fakes
    fake = de if country.code == "DE" else en
    suffix = _weighted(rng, EN_SUFFIXES[country.code])
    for attempt in range(1000):
        if attempt >= 30:  # single names used up: "Parker & Lane"
            brand = f"{fake.last_name()} & {fake.last_name()}"
        elif country.code != "DE" and rng.random() < 0.5:
            brand = rng.choice(EN_BRANDS)
        else:
            brand = fake.last_name()
        if country.code == "DE":
            word = rng.choice(industry.de_words) if rng.random() < 0.6 else ""
        else:
            word = rng.choice(industry.en_words)
        if "-" not in brand and names.claim("en:" + brand.casefold()):
            return " ".join(p for p in (brand, word, suffix) if p), brand.partition(" ")[0]
    raise AssertionError("ran out of company names")


def _zh_person(fake: Faker) -> tuple[str, str, str]:
    """(full name, family name, given name) of a Chinese person."""
    family, given = fake.last_name(), fake.first_name()
    return family + given, family, given


def _en_person(fake: Faker) -> tuple[str, str, str]:
    family, given = fake.last_name(), fake.first_name()
    return f"{given} {family}", family, given


def _size(rng: random.Random, profile: Profile) -> int | None:
    """Employees, skewed: many small firms, a few large ones; some unknown."""
    if rng.random() < 0.08:
        return None
    raw = math.exp(rng.gauss(math.log(45 if profile.name != "key" else 220), 1.15))
    if raw >= 1000:
        return int(round(raw / 50) * 50)
    if raw >= 100:
        return int(round(raw / 10) * 10)
    return max(3, round(raw))


def _address(
    rng: random.Random, fakes: _Fakers, country: Country, place: Place
) -> dict[str, str | None]:
    """Street and postcode as people in *country* write them (Chinese reps rarely keep a postcode)."""
    if country.code == "CN":
        unit = (
            f"{rng.choice('ABCD')}座{rng.randint(2, 28)}{rng.randint(1, 20):02d}室"
            if rng.random() < 0.4
            else ""
        )
        return {
            "street": f"{rng.choice(place.districts)}{rng.choice(ZH_ROADS)}{rng.randint(1, 999)}号{unit}",
            "postcode": None,
        }
    if country.code == "US":
        _state, stem = rng.choice(place.districts).split()
        return {
            "street": f"{rng.randint(10, 9999)} {fakes[1].street_name()}",
            "postcode": f"{stem}{rng.randint(1, 99):02d}",
        }
    if country.code == "GB":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        postcode = f"{rng.choice(place.districts)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return {"street": f"{rng.randint(1, 220)} {rng.choice(GB_STREETS)}", "postcode": postcode}
    return {
        "street": f"{rng.choice(DE_STREETS)} {rng.randint(1, 180)}",
        "postcode": rng.choice(place.districts),
    }


def _western_mailbox(given: str, family: str) -> str:
    """given.family as a colleague's mailbox; an initial ("J.") or a suffix ("Jr.") would make
    "j..smith", which is not an address (seen at 22k customers)."""
    mailbox = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
    return re.sub(r"\.{2,}", ".", mailbox).strip(".")


def _slug(text: str) -> str:
    """Lower-case ASCII letters and digits of *text* (umlauts spelt out), for domains and mailboxes."""
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.casefold().replace(umlaut, spelt)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def _website(rng: random.Random, names: _Names, country: Country, brand: str) -> tuple[str, str]:
    """(web address as typed, its domain) of a company."""
    stem = _slug(_pinyin(brand) if country.code == "CN" else brand)
    tld = {"CN": rng.choice(("com", "com.cn", "cn")), "US": "com", "GB": "co.uk", "DE": "de"}[
        country.code
    ]
    domain = names.domain(stem, tld)
    return rng.choice((f"www.{domain}", f"https://www.{domain}", f"http://{domain}")), domain


def _email(
    rng: random.Random, country: Country, domain: str | None, family: str, given: str
) -> str | None:
    """The contact's e-mail (casefolded): at the company's domain or a free mail service."""
    if rng.random() < 0.10:
        return None
    if country.code == "CN":
        family, given = _pinyin(family), _pinyin(given)
    family, given = _slug(family), _slug(given)
    mailboxes = (f"{given}.{family}", f"{family}{given}", f"{given[:1]}{family}")
    if domain and rng.random() < 0.85:
        shared = ("caigou",) if country.code == "CN" else ("purchasing", "sales")
        return f"{rng.choice(mailboxes + shared)}@{domain}"
    if country.code == "CN":
        if rng.random() < 0.5:
            return f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"
        return f"{rng.choice(mailboxes)}{rng.randint(1, 999)}@{rng.choice(('163.com', '126.com', 'sina.com'))}"
    number = rng.choice(("", str(rng.randint(1, 99))))
    return (
        f"{rng.choice(mailboxes)}{number}@{rng.choice(('gmail.com', 'outlook.com', 'yahoo.com'))}"
    )


def _greeting(
    lang: str, kind: str, contact: str, family: str, given: str, title: str | None
) -> str:
    """How a summary names the contact: 张总, 李经理 or the given name."""
    if lang != "zh":
        return given
    if kind == "person":
        return contact
    return family + ("总" if title and ("总" in title or title in ("董事长", "厂长")) else "经理")


def _ratings(rng: random.Random, profile: Profile, size: int | None) -> dict[str, int | None]:
    """The rep's four 1–5 ratings; about a quarter of each left unrated."""
    big = 0.6 if (size or 0) >= 500 else 0.0
    centres = {
        "need_match": profile.rating,
        "win_likelihood": profile.rating - 0.2,
        "growth_potential": profile.rating + (0.8 if profile.name in ("new", "prospect") else 0.0),
        "strategic": profile.rating - 0.5 + big,
    }
    return {
        name: None if rng.random() < 0.25 else _clamp(rng.gauss(centre, 0.9), 1, 5)
        for name, centre in centres.items()
    }


def _notes(rng: random.Random, lang: str, kind: str) -> str | None:
    if rng.random() < 0.3:
        return None
    pool = (
        (ZH_PERSON_NOTES if lang == "zh" else EN_PERSON_NOTES)
        if kind == "person"
        else (ZH_NOTES if lang == "zh" else EN_NOTES)
    )
    picked = rng.sample(pool, 1 if rng.random() < 0.6 else 2)
    return ("" if lang == "zh" else " ").join(picked)


def _created_day(rng: random.Random, anchor: date, profile: Profile) -> date:
    earliest, latest = profile.created_days_ago
    return anchor - timedelta(days=rng.randint(latest, earliest))


def _created_and_updated(
    rng: random.Random, anchor: date, created: date, offset: int
) -> dict[str, str]:
    """created_at on *created*, and a last edit between then and the day before the anchor (skewed recent)."""
    created_at = _stamp(created, _office_minute(rng), offset)
    span = max(0, (anchor - timedelta(days=1) - created).days)
    edited = created + timedelta(days=int(span * (rng.random() ** 0.5)))
    return {
        "created_at": created_at,
        "updated_at": max(created_at, _stamp(edited, _office_minute(rng), offset)),
    }


def _make_customer(
    rng: random.Random,
    fakes: _Fakers,
    names: _Names,
    anchor: date,
    customer_id: int,
    lang: str,
    kind: str,
    profile: Profile,
) -> tuple[dict[str, Any], Account]:
    """One original customer row and its activity plan."""
    zh, en, de = fakes
    if lang == "zh":
        country = CHINA
    else:
        country = _weighted(
            rng, FOREIGN_COMPANY_COUNTRIES if kind == "company" else FOREIGN_PERSON_COUNTRIES
        )
    place = _weighted(rng, [(p, p.weight) for p in country.places])
    industry: Industry | None
    industry = _weighted(rng, [(i, i.weight) for i in INDUSTRIES])  # None for some persons, below

    person_fake = zh if lang == "zh" else (de if country.code == "DE" else en)
    contact, family, given = (_zh_person if lang == "zh" else _en_person)(person_fake)

    if kind == "company":
        if lang == "zh":
            name, brand = _zh_company(rng, names, industry, place)
            title = rng.choice(ZH_TITLES)
        else:
            name, brand = _en_company(rng, names, fakes, industry, country)
            title = rng.choice(DE_TITLES if country.code == "DE" else EN_TITLES)
        size = _size(rng, profile)
    else:
        name, brand, title, size = contact, "", None, None
        if rng.random() < 0.4:
            industry = None

    phone = None
    if rng.random() < 0.95:
        mobile = country.code == "CN" and (kind == "person" or rng.random() < 0.6)
        phone = _make_phone(rng, country, place, mobile=mobile)
    website = domain = None
    if kind == "company" and rng.random() < (0.65 if country.code == "CN" else 0.85):
        website, domain = _website(rng, names, country, brand)
    email = _email(rng, country, domain, family, given)

    created = _created_day(rng, anchor, profile)
    source = _weighted(
        rng, [(label, zh_w if lang == "zh" else en_w) for label, zh_w, en_w in SOURCES]
    )
    grade = _weighted(rng, profile.grades)
    ratings = _ratings(rng, profile, size)
    row: dict[str, Any] = {
        "id": customer_id,
        "code": f"C{customer_id:05d}",
        "name": name,
        "kind": kind,
        "industry": industry.label if industry else None,
        "size": size,
        "region": place.region,
        "city": place.city,
        **(
            _address(rng, fakes, country, place)
            if rng.random() < 0.85
            else {"street": None, "postcode": None}
        ),
        "country": country.code,
        "contact_name": contact,
        "contact_title": title,
        "phone": phone.text if phone else None,
        "email": email,
        "website": website,
        "source": source,
        "grade": grade,
        **ratings,
        "notes": _notes(rng, lang, kind),
        **_created_and_updated(rng, anchor, created, country.utc_offset),
        "row_version": 1,
    }
    row = _through_the_form(row)
    product_weights = [(i, p[3]) for i, p in enumerate(PRODUCTS)]
    products = tuple(
        dict.fromkeys(_weighted(rng, product_weights) for _ in range(rng.randint(1, 4)))
    )
    scale = math.log10((size or 8) + 10)
    amount_base = 9000 * scale**1.6 * profile.amount_scale * rng.lognormvariate(0, 0.45)
    account = Account(
        id=customer_id,
        lang=lang,
        country=country,
        kind=kind,
        profile=profile,
        created=created,
        products=products,
        amount_base=amount_base,
        late_payer=profile.pattern != "none" and rng.random() < 0.07,
        contact=_greeting(lang, kind, contact, family, given, title),
        phone=phone,
        source=source,
    )
    return row, account


def _originals(
    rng: random.Random, fakes: _Fakers, count: int, anchor: date
) -> tuple[list[dict[str, Any]], list[Account]]:
    """The *count* original customers, with ids 1…count."""
    mixes = _quota(rng, count, CUSTOMER_MIX)
    company_profiles = iter(
        _quota(rng, sum(1 for _, kind in mixes if kind == "company"), COMPANY_PROFILES)
    )
    names = _Names()
    rows, accounts = [], []
    for index, (lang, kind) in enumerate(mixes, start=1):
        profile_name = (
            next(company_profiles) if kind == "company" else _weighted(rng, PERSON_PROFILES)
        )
        row, account = _make_customer(
            rng, fakes, names, anchor, index, lang, kind, PROFILES[profile_name]
        )
        rows.append(row)
        accounts.append(account)
    return rows, accounts


# =============================================================================
# Orders
# =============================================================================


def _steady_days(rng: random.Random, start: date, end: date, mean_gap: float) -> list[date]:
    days, day = [], start
    while day <= end:
        days.append(day)
        day += timedelta(days=max(1, round(mean_gap * rng.uniform(0.5, 1.5))))
    return days


def _order_days(rng: random.Random, account: Account, anchor: date) -> list[date]:
    """When this customer ordered, following its profile."""
    profile, last = account.profile, anchor - timedelta(days=1)
    start = account.created + timedelta(days=rng.randint(2, 40))
    lo, hi = profile.order_gap
    if profile.pattern == "none":
        return []
    if profile.pattern == "steady":
        return _steady_days(rng, min(start, last), last, rng.uniform(lo, hi))
    if profile.pattern == "stopped":
        stop = anchor - timedelta(days=rng.randint(*CHURN_SILENCE_DAYS))
        return _steady_days(rng, start, stop, rng.uniform(lo, hi))
    if profile.pattern == "new":
        first = max(account.created + timedelta(days=1), anchor - timedelta(days=89))
        span = (last - first).days
        return sorted(
            first + timedelta(days=rng.randint(0, span))
            for _ in range(rng.randint(int(lo), int(hi)))
        )
    start = min(start, last)
    span = (last - start).days
    return sorted(
        start + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(int(lo), int(hi)))
    )


def _amount_minor(rng: random.Random, account: Account, factor: float) -> int:
    """An order value in minor units: 5,000–800,000 CNY, or the equivalent in the customer's currency."""
    cny = account.amount_base * factor * rng.uniform(0.5, 1.6)
    if account.country.currency == "CNY":
        major = min(800_000, max(5_000, cny))
        step = 10 if major < 50_000 else 100
    else:
        rate = float(RATES[account.country.currency][0][0])
        major = min(800_000 / rate, max(5_000 / rate, cny / rate))
        step = 5
    return int(round(major / step) * step) * 100


def _paid(rng: random.Random, account: Account, age_days: int) -> int:
    if age_days < 30:
        return int(rng.random() < 0.35)
    if age_days < 90:
        return int(rng.random() < (0.5 if account.late_payer else 0.88))
    return int(not (account.late_payer and rng.random() < 0.2))


def _order(
    rng: random.Random, account: Account, anchor: date, day: date, row_id: int
) -> dict[str, Any]:
    """One order on *day*: one of the customer's products, or now and then a free sample."""
    if rng.random() < FREE_SAMPLE_SHARE:
        product, amount, margin, paid = FREE_SAMPLE[0 if account.lang == "zh" else 1], 0, None, 1
    else:
        zh_name, en_name, factor, _ = PRODUCTS[rng.choice(account.products)]
        product = zh_name if account.lang == "zh" else en_name
        amount = _amount_minor(rng, account, factor)
        margin = (
            int(round(amount * rng.uniform(0.08, 0.38) / 100) * 100)
            if rng.random() < 0.65
            else None
        )
        paid = _paid(rng, account, (anchor - day).days)
    due_on, paid_on = _terms(account, row_id, day, anchor, paid, free=amount == 0)
    return {
        "id": row_id,
        "customer_id": account.id,
        "ordered_at": day.isoformat(),
        "amount_minor": amount,
        "currency": account.country.currency,
        "product": product,
        "margin_minor": margin,
        "paid": paid,
        "created_at": _stamp(day, _office_minute(rng), account.country.utc_offset),
        "due_on": due_on,
        "paid_on": paid_on,
    }


#: Payment terms in days from the order day, and how often each is agreed.
TERMS_DAYS = ((30, 5), (60, 3), (90, 1))


def _terms(
    account: Account, row_id: int, day: date, anchor: date, paid: int, *, free: bool
) -> tuple[str | None, str | None]:
    """(due_on, paid_on) of an order: 30, 60 or 90 days' terms; paid around the due day (a late payer
    weeks after it), never after *anchor*.  A random stream of its own per order, so the rest of the
    sample stays as it was before terms (issue 22)."""
    if free:
        return None, day.isoformat()
    rng = random.Random(f"custui-sample-terms:{account.id}:{row_id}")
    days = rng.choices([d for d, _ in TERMS_DAYS], weights=[w for _, w in TERMS_DAYS])[0]
    due = day + timedelta(days=days)
    if not paid:
        return due.isoformat(), None
    late = rng.randint(5, 75) if account.late_payer else rng.choice((-20, -10, -5, 0, 0, 0, 2, 12))
    paid_on, last = max(due + timedelta(days=late), day), anchor - timedelta(days=1)
    if paid_on > last:  # paid already, before it was due: some day since the order
        paid_on = day + timedelta(days=rng.randint(0, max(0, (last - day).days)))
    return due.isoformat(), paid_on.isoformat()


def _orders_for(
    rng: random.Random, account: Account, anchor: date, next_id: int
) -> list[dict[str, Any]]:
    return [
        _order(rng, account, anchor, day, next_id + i)
        for i, day in enumerate(_order_days(rng, account, anchor))
    ]


# =============================================================================
# Interactions
# =============================================================================


@cache
def _summary_choices(
    sentiment: str, lang: str
) -> tuple[tuple[tuple[str, str, str, str], ...], tuple[int, ...]]:
    templates = tuple(t for t in SUMMARIES if t[1] == sentiment)
    return templates, tuple(CHANNEL_WEIGHTS[lang][t[0]] for t in templates)


def _touch_days(rng: random.Random, account: Account, anchor: date) -> list[tuple[date, str]]:
    """Interaction days with the sentiment mood of each: normal, prospect, or fading."""
    profile, last = account.profile, anchor - timedelta(days=1)
    start = min(last, account.created + timedelta(days=rng.randint(1, 10)))
    gap = rng.uniform(*profile.touch_gap)
    mood = "prospect" if profile.pattern == "none" else "normal"
    if profile.pattern != "stopped":
        return [(d, mood) for d in _steady_days(rng, start, last, gap)]
    fade = anchor - timedelta(days=CHURN_SILENCE_DAYS[0] - 20)
    early = [(d, mood) for d in _steady_days(rng, start, fade, gap)]
    after = early[-1][0] + timedelta(days=1) if early else start
    return early + [
        (d, "fading") for d in _steady_days(rng, after + timedelta(days=30), last, gap * 3)
    ]


def _quarter(day: date, lang: str) -> str:
    quarter = ((day.month - 1) // 3 + 1) % 4  # the coming quarter, 0-based
    return ZH_QUARTERS[quarter] if lang == "zh" else f"Q{quarter + 1}"


def _interaction(
    rng: random.Random,
    account: Account,
    anchor: date,
    day: date,
    mood: str,
    row_id: int,
) -> dict[str, Any]:
    """One logged contact: channel and summary in the customer's language, maybe a follow-up."""
    lang = account.lang
    sentiment = _weighted(rng, SENTIMENT_WEIGHTS[mood])
    templates, weights = _summary_choices(sentiment, lang)
    channel, _, zh_text, en_text = rng.choices(templates, weights)[0]
    zh_product, en_product, _, _ = PRODUCTS[rng.choice(account.products)]
    summary = (zh_text if lang == "zh" else en_text).format(
        product=zh_product if lang == "zh" else en_product,
        quarter=_quarter(day, lang),
        contact=account.contact,
        expo=rng.choice(ZH_EXPOS if lang == "zh" else EN_EXPOS),
    )
    next_action = due = None
    done = 1
    share = NEXT_ACTION_SHARE + (0.15 if account.profile.pattern in ("new", "none") else 0.0)
    if rng.random() < share:
        next_action = rng.choice(NEXT_ACTIONS)[0 if lang == "zh" else 1]
        due_day = day + timedelta(days=rng.randint(2, 21))
        due = due_day.isoformat()
        if (
            anchor - day
        ).days <= OPEN_FOLLOW_UP_DAYS:  # recent: still open, more often if not yet due
            done = int(rng.random() >= (0.9 if due_day >= anchor else 0.35))
    minute = _office_minute(rng)
    return {
        "id": row_id,
        "customer_id": account.id,
        "occurred_at": _stamp(day, minute, account.country.utc_offset),
        "channel": channel,
        "summary": summary,
        "owner": _weighted(rng, OWNERS[lang]),
        "sentiment": sentiment,
        "next_action": next_action,
        "next_action_due": due,
        "done": done,
        "created_at": _stamp(day, minute + rng.randint(2, 240), account.country.utc_offset),
    }


def _interactions_for(
    rng: random.Random, account: Account, anchor: date, next_id: int
) -> list[dict[str, Any]]:
    return [
        _interaction(rng, account, anchor, day, mood, next_id + i)
        for i, (day, mood) in enumerate(_touch_days(rng, account, anchor))
    ]


# =============================================================================
# Tags
# =============================================================================


def _tag_rows() -> list[dict[str, Any]]:
    """Every tag of the vocabulary (industry tags first), ids 1…n; colour is left to the UI."""
    entries = [("industry", i.zh_tag) for i in INDUSTRIES] + [
        ("industry", i.en_tag) for i in INDUSTRIES
    ]
    entries += [(category, name) for category, name, _, _ in TAG_VOCABULARY]
    return [
        {"id": i, "name": name, "category": category, "color": None}
        for i, (category, name) in enumerate(dict.fromkeys(entries), start=1)
    ]


def _tag_reasons(account: Account, anchor: date) -> list[str]:
    """Why this customer deserves particular tags, strongest first."""
    reasons = ["late"] if account.late_payer else []
    if account.profile.name in PROFILE_TAG_REASONS:
        reasons.append(PROFILE_TAG_REASONS[account.profile.name])
    if account.source.startswith("展会") and account.created.year == 2025:
        reasons.append("expo2025")
    if (anchor - account.created).days > 900:
        reasons.append("old")
    return reasons


def _tags_for(
    rng: random.Random,
    account: Account,
    industry_label: str | None,
    tag_ids: dict[tuple[str, str], int],
    anchor: date,
) -> list[int]:
    """The tag ids of one customer (1–4 for about 72 % of them), tags with a reason first."""
    if rng.random() >= TAGGED_SHARE:
        return []
    fitting = [t for t in TAG_VOCABULARY if t[2] in (account.lang, "*")]
    with_reason = [
        (c, n) for reason in _tag_reasons(account, anchor) for c, n, _, r in fitting if r == reason
    ]
    at_random = [(c, n) for c, n, _, r in fitting if r is None]
    rng.shuffle(at_random)
    if industry_label:
        industry = next(i for i in INDUSTRIES if i.label == industry_label)
        tag = ("industry", industry.zh_tag if account.lang == "zh" else industry.en_tag)
        at_random.insert(0 if rng.random() < 0.5 else rng.randint(0, len(at_random)), tag)
    count = _weighted(rng, ((1, 40), (2, 30), (3, 20), (4, 10)))
    chosen = list(dict.fromkeys(with_reason + at_random))[:count]
    return sorted(tag_ids[t] for t in chosen)


# =============================================================================
# People
# =============================================================================

#: Share of company accounts (by profile) with people besides the primary contact.
MORE_PEOPLE_SHARE = {"key": 0.9, "regular": 0.5, "occasional": 0.2}
FREE_MAIL = (
    "qq.com",
    "163.com",
    "126.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "sina.com",
)


def _people(
    rng: random.Random,
    fakes: _Fakers,
    tables: SampleTables,
    accounts: list[Account],
    tag_ids: dict[tuple[str, str], int],
    anchor: date,
) -> list[dict[str, Any]]:
    """Every customer's people: the form's Contact and Title as the primary contact, then, for many
    companies, colleagues (checked as the people form checks them); a customer tagged 关键人离职 has one
    who left.  Their own random stream: the rest of the sample does not move."""
    from custui.core.contacts import validate_contact

    left_tag = tag_ids[("risk", "关键人离职")]
    left = {link["customer_id"] for link in tables.customer_tags if link["tag_id"] == left_tag}
    by_id = {a.id: a for a in accounts}
    people: list[dict[str, Any]] = []
    for row in tables.customers:
        name, title = row.pop("contact_name", None), row.pop("contact_title", None)
        stamp = {"created_at": row["created_at"], "updated_at": row["updated_at"]}
        if name:
            people.append(
                {
                    "customer_id": row["id"],
                    "name": name,
                    "title": title,
                    "phone_invalid": 0,
                    "is_primary": 1,
                    **stamp,
                }
            )
        account = by_id.get(row["id"])
        if (
            account is None
            or account.kind != "company"
            or rng.random() >= MORE_PEOPLE_SHARE.get(account.profile.name, 0)
        ):
            continue
        domain = (row.get("email") or "@").split("@")[1]
        for n in range(rng.randint(1, 3)):
            raw = _colleague(
                rng, fakes, account, domain if domain and domain not in FREE_MAIL else None
            )
            if row["id"] in left and n == 0:
                raw["left_at"] = (anchor - timedelta(days=rng.randint(20, 200))).isoformat()
            clean, errors = validate_contact(raw, region=account.country.code, today=anchor)
            assert not errors, (row["code"], errors)  # the vocabularies above make this unreachable
            people.append({"customer_id": row["id"], **clean, "is_primary": 0, **stamp})
    for number, person in enumerate(people, 1):
        person["id"] = number
    return people


def _colleague(
    rng: random.Random, fakes: _Fakers, account: Account, domain: str | None
) -> dict[str, str]:
    """Another person at the company: name, title, a mobile (China) and a work e-mail when the company has
    a domain of its own."""
    zh, en, de = fakes
    if account.lang == "zh":
        name, family, given = _zh_person(zh)
        title = rng.choice(ZH_TITLES)
        phone = rng.choice(CN_MOBILE_PREFIXES) + _digits(rng, 8, "0123456789")
        mailbox = _pinyin(family + given) or "contact"
    else:
        name, family, given = _en_person(de if account.country.code == "DE" else en)
        title = rng.choice(DE_TITLES if account.country.code == "DE" else EN_TITLES)
        phone = ""
        mailbox = _western_mailbox(given, family)
    raw = {"name": name, "title": title, "phone": phone}
    if domain and mailbox.isascii():
        raw["email"] = f"{mailbox}@{domain}"
    if account.lang == "zh" and rng.random() < 0.4:
        raw["im"] = f"wxid_{_pinyin(given) or 'x'}{rng.randint(10, 9999)}"
    return raw


# =============================================================================
# Planted duplicates
# =============================================================================


def _legal_suffix(name: str) -> str:
    """The longest legal-form suffix of SUFFIX_VARIANTS that *name* ends with ('' if none)."""
    for group in sorted(SUFFIX_VARIANTS, key=lambda g: -len(g[0])):
        if name.endswith(group[0]):
            return group[0]
    return ""


def _typo(rng: random.Random, name: str) -> str:
    """Swap two neighbouring characters or drop one, inside the distinctive part of the name."""
    suffix = _legal_suffix(name)
    core, tail = name[: len(name) - len(suffix)], name[len(name) - len(suffix) :]
    start = core.find("市") + 1 if "市" in core[:4] else 0
    positions = [
        i
        for i in range(start, len(core) - 1)
        if core[i].isalnum() and core[i + 1].isalnum() and core[i] != core[i + 1]
    ]
    if not positions:
        return name
    i = rng.choice(positions)
    if rng.random() < 0.5 and len(core) - start > 3:
        return core[:i] + core[i + 1 :] + tail
    return core[:i] + core[i + 1] + core[i] + core[i + 2 :] + tail


def _suffix_variant(rng: random.Random, name: str) -> str:
    suffix = _legal_suffix(name)
    if not suffix:
        return name
    group = next(g for g in SUFFIX_VARIANTS if g[0] == suffix)
    other = rng.choice(group[1:])
    stem = name[: len(name) - len(suffix)]
    if other and stem and stem[-1].isascii() and not stem.endswith(" "):
        stem += " "
    return (stem + other).rstrip()


def _swap_person(rng: random.Random, name: str) -> str:
    given, _, family = name.partition(" ")
    return f"{family}, {given}" if rng.random() < 0.5 else f"{family} {given}"


def _alterations(row: dict[str, Any], account: Account) -> list[str]:
    """The ways this customer can be re-entered as a near-duplicate."""
    from custui.core.text import has_cjk

    ways = ["typo"] if account.kind == "company" or len(row["name"]) > 2 else []
    if account.kind == "company":
        ways.append("suffix")
    if has_cjk(row["name"]) and _s2t().convert(row["name"]) != row["name"]:
        ways.append("traditional")
    if account.phone:
        ways.append("phone")
    if account.kind == "person" and account.lang == "en":
        ways.append("swap")
    return ways


def _alter(rng: random.Random, row: dict[str, Any], account: Account, way: str) -> None:
    """Apply one alteration to the copy *row* in place."""
    if way == "typo":
        row["name"] = _typo(rng, row["name"])
    elif way == "suffix":
        row["name"] = _suffix_variant(rng, row["name"])
    elif way == "traditional":
        row["name"] = _s2t().convert(row["name"])
    elif way == "swap":
        row["name"] = _swap_person(rng, row["name"])
    elif way == "phone":
        phone = account.phone
        assert phone is not None
        others = [replace(phone, fmt=i).text for i in range(len(phone.formats())) if i != phone.fmt]
        row["phone"] = rng.choice(others)


def _duplicate(
    rng: random.Random,
    source: dict[str, Any],
    account: Account,
    new_id: int,
    anchor: date,
) -> tuple[dict[str, Any], Account]:
    """A copy of *source* entered again later, altered in one or two ways."""
    row = dict(source)
    ways = _alterations(source, account)
    rng.shuffle(ways)
    wanted = 1 if rng.random() < 0.6 else 2
    for way in ways:  # an alteration may find nothing to change (a name without a legal suffix…)
        before = (row["name"], row["phone"])
        _alter(rng, row, account, way)
        wanted -= (row["name"], row["phone"]) != before
        if wanted == 0:
            break
    created = min(anchor - timedelta(days=3), account.created + timedelta(days=rng.randint(5, 200)))
    lang, offset = account.lang, account.country.utc_offset
    row.update(
        {
            "id": new_id,
            "code": f"C{new_id:05d}",
            "grade": None,
            "need_match": None,
            "win_likelihood": None,
            "growth_potential": None,
            "strategic": None,
            "notes": rng.choice(ZH_DUPLICATE_NOTES if lang == "zh" else EN_DUPLICATE_NOTES)
            if rng.random() < 0.5
            else None,
            **_created_and_updated(rng, anchor, created, offset),
            "row_version": 1,
        }
    )
    if rng.random() < 0.3:
        row["contact_title"] = None
    if rng.random() < 0.25:
        row["street"] = row["postcode"] = None
    return _through_the_form(row), replace(account, id=new_id, created=created, late_payer=False)


def _duplicate_activity(
    rng: random.Random,
    account: Account,
    anchor: date,
    next_interaction: int,
    next_order: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A few interactions (1–4) and orders (0–2) of a planted duplicate, after it was entered."""
    span = max(0, (anchor - account.created).days - 2)

    def some_days(low: int, high: int) -> list[date]:
        return sorted(
            account.created + timedelta(days=rng.randint(1, span + 1))
            for _ in range(rng.randint(low, high))
        )

    interactions = [
        _interaction(rng, account, anchor, day, "normal", next_interaction + i)
        for i, day in enumerate(some_days(1, 4))
    ]
    order_days = some_days(0, 2) if account.profile.pattern != "none" else []
    orders = [_order(rng, account, anchor, day, next_order + i) for i, day in enumerate(order_days)]
    return interactions, orders


# =============================================================================
# Putting it together
# =============================================================================


def build_tables(
    *,
    seed: int = DEFAULT_SEED,
    customers: int = DEFAULT_CUSTOMERS,
    anchor: date = ANCHOR,
) -> SampleTables:
    """All rows of the sample, in memory (no database involved)."""
    if customers < 1:
        raise ValueError("customers must be at least 1")
    rng = random.Random(seed)
    fakes = _fakers(seed)
    tables = SampleTables(tags=_tag_rows())
    tag_ids = {(t["category"], t["name"]): t["id"] for t in tables.tags}

    rows, accounts = _originals(rng, fakes, customers, anchor)
    tables.customers.extend(rows)
    for row, account in zip(rows, accounts):
        tables.orders += _orders_for(rng, account, anchor, len(tables.orders) + 1)
        tables.interactions += _interactions_for(rng, account, anchor, len(tables.interactions) + 1)
        tables.customer_tags += [
            {"customer_id": account.id, "tag_id": t}
            for t in _tags_for(rng, account, row["industry"], tag_ids, anchor)
        ]

    # Planted duplicates: their own random stream, appended after everything else.
    dup_rng = random.Random(f"custui-sample-duplicates:{seed}")
    planted = round(customers * DUPLICATE_SHARE)
    tags_of: dict[int, list[int]] = {}
    for link in tables.customer_tags:
        tags_of.setdefault(link["customer_id"], []).append(link["tag_id"])
    for n, index in enumerate(sorted(dup_rng.sample(range(customers), planted))):
        row, account = _duplicate(dup_rng, rows[index], accounts[index], customers + n + 1, anchor)
        tables.customers.append(row)
        interactions, orders = _duplicate_activity(
            dup_rng, account, anchor, len(tables.interactions) + 1, len(tables.orders) + 1
        )
        tables.interactions += interactions
        tables.orders += orders
        original_tags = tags_of.get(index + 1, [])
        if original_tags and dup_rng.random() < 0.5:
            tables.customer_tags.append(
                {"customer_id": account.id, "tag_id": dup_rng.choice(original_tags)}
            )
    tables.planted_duplicates = planted
    tables.contacts = _people(
        random.Random(f"custui-sample-people:{seed}"), fakes, tables, accounts, tag_ids, anchor
    )
    return tables


def _write(store: Store, tables: SampleTables, say: Progress) -> None:
    """Insert every table inside one transaction (the caller's)."""
    for name in ("tags", "customers", "contacts", "customer_tags", "interactions", "orders"):
        rows = getattr(tables, name)
        say(f"Writing {len(rows):,} {name.replace('_', ' ')}…")
        store.db.table(name).insert_all(rows, batch_size=BATCH_SIZE)


def _settings(store: Store) -> None:
    """A rep in China who counts money in CNY, with rates for the currencies the book uses."""
    from custui.store.rates import set_base_currency, set_rate
    from custui.store.settings import set_home_region

    set_home_region(store, "CN")
    set_base_currency(store, "CNY")
    for currency, rates in RATES.items():
        for rate, valid_from in rates:
            set_rate(store, currency, rate, valid_from)


def _history(store: Store, anchor: date, months: int, say: Progress) -> None:
    """A snapshot at the end of each of the *months* months before *anchor*'s, oldest first."""
    from custui.store.history import take_snapshot

    if months:
        say("Keeping the score history…")
    month_end = anchor.replace(day=1) - timedelta(days=1)
    ends = []
    for _ in range(months):
        ends.append(month_end)
        month_end = month_end.replace(day=1) - timedelta(days=1)
    for day in reversed(ends):
        take_snapshot(store, day)


def generate(
    out: Path,
    *,
    seed: int = DEFAULT_SEED,
    customers: int = DEFAULT_CUSTOMERS,
    anchor: date = ANCHOR,
    progress: Progress | None = None,
    history_months: int = HISTORY_MONTHS,
) -> SampleSummary:
    """Write a new sample database at *out*; same arguments → same table contents.

    *history_months*: month-end score snapshots kept before the anchor's month (0: no history).

    *customers* is the number of original customers; about 5 % more are
    planted near-duplicates of them.  Refuses to touch an existing file.
    """
    out = Path(out)
    if out.exists():
        raise StoreError(f"{out} exists; choose another file or delete it first.")
    say = progress or (lambda _message: None)
    say(f"Generating {customers:,} customers and their history…")
    tables = build_tables(seed=seed, customers=customers, anchor=anchor)
    store = open_store(out)
    try:
        with store.transaction():
            _write(store, tables, say)
            _settings(store)
        bring_up_to_date(store)
        store.conn.execute("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")
        _history(store, anchor, history_months, say)
    except BaseException:
        store.close()
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    say("Done.")
    return tables.summary()
