"""Fast, seeded synthetic customer files for the benchmark (``python -m tests.bench``).

One ``random.Random(seed)`` draws everything from small word lists, so 100k
customers take seconds to *make*; the time goes into the FTS triggers, which
call the Python functions ``custui_doc``/``custui_pinyin`` for every customer
(that is the real cost of a bulk import, so it is kept, not bypassed).

Each customer gets ``INTERACTIONS_PER_CUSTOMER`` interactions and
``ORDERS_PER_CUSTOMER`` orders.  Files are cached by size, seed and a stamp of
the generator, the schema and the search-text code, so a change to any of them
makes a fresh file instead of benchmarking a stale index.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

#: Bump when the generated data changes shape.
GENERATOR_VERSION = 5
DEFAULT_SEED = 20240601
INTERACTIONS_PER_CUSTOMER = 10
ORDERS_PER_CUSTOMER = 10
BATCH_SIZE = 1000

# -- word lists -----------------------------------------------------------------

CN_PLACES = (
    ("广东", "深圳"),
    ("广东", "广州"),
    ("广东", "东莞"),
    ("广东", "佛山"),
    ("上海", "上海"),
    ("北京", "北京"),
    ("天津", "天津"),
    ("重庆", "重庆"),
    ("浙江", "杭州"),
    ("浙江", "宁波"),
    ("浙江", "温州"),
    ("江苏", "苏州"),
    ("江苏", "南京"),
    ("江苏", "无锡"),
    ("山东", "青岛"),
    ("山东", "济南"),
    ("福建", "厦门"),
    ("福建", "福州"),
    ("湖北", "武汉"),
    ("湖南", "长沙"),
    ("四川", "成都"),
    ("陕西", "西安"),
    ("河南", "郑州"),
    ("安徽", "合肥"),
    ("辽宁", "大连"),
    ("辽宁", "沈阳"),
    ("云南", "昆明"),
    ("广西", "南宁"),
    ("江西", "南昌"),
    ("河北", "石家庄"),
)
EN_PLACES = (
    ("California", "San Francisco"),
    ("California", "Los Angeles"),
    ("New York", "New York"),
    ("Texas", "Austin"),
    ("Washington", "Seattle"),
    ("England", "London"),
    ("England", "Manchester"),
    ("Bayern", "München"),
    ("Hamburg", "Hamburg"),
    ("Île-de-France", "Paris"),
    ("Ontario", "Toronto"),
    ("New South Wales", "Sydney"),
    ("Singapore", "Singapore"),
    ("Hong Kong", "Hong Kong"),
    ("Tokyo", "Tokyo"),
)
#: ~300 characters that read well in Chinese brand names.
BRAND_CHARS = (
    "华创明远鑫盛达恒泰通宏新利丰源嘉兴隆昌裕顺安康福瑞祥和宝金银晶辉光耀星辰天宇海洋山川河江湖"
    "东南西北中联合众誉诚信德仁义礼智勤俭正方圆博大精深远志凯旋腾飞跃进步升高长久永佳美丽雅秀清"
    "华夏神州龙凤麒麟鹏程锦绣蓝图绿洲金桥银河星光月亮朝阳晨曦春秋冬夏梅兰竹菊松柏杨柳桃李橙橘"
    "赛科普汇集成聚融智慧云端网络数码视讯讯飞速捷迅达卓越优选精工匠心鼎立弘扬振兴启航远航领航"
    "瀚宸昊晟睿泽沐霖琪琳璟瑜瑾珺钰铭锐锋铠钧铎镇铂铄炜烨焕熠煜灿炫曜晖晔晗旭昱晋晨曙暄晴皓"
    "亿万千百十方圆乾坤艮巽坎离震兑广厚博渊深邃宁静致远和谐共赢同心协力开元天成地利人和"
)
INDUSTRY_WORDS = (
    "科技",
    "贸易",
    "制造",
    "物流",
    "电子",
    "信息技术",
    "实业",
    "机械",
    "化工",
    "医药",
    "食品",
    "建材",
    "服饰",
    "文化传媒",
    "咨询",
    "环保",
    "能源",
    "新材料",
    "网络",
    "软件",
    "供应链",
    "包装",
    "五金",
    "汽车配件",
)
CN_SUFFIXES = ("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "科技有限公司")
INDUSTRIES = (
    "制造",
    "贸易",
    "IT",
    "物流",
    "零售",
    "医疗",
    "教育",
    "金融",
    "建筑",
    "能源",
    "餐饮",
    "汽车",
    "电子",
    "化工",
)
EN_WORDS = (
    "Northwind",
    "Acme",
    "Globex",
    "Initech",
    "Contoso",
    "Fabrikam",
    "Umbrella",
    "Stark",
    "Wayne",
    "Tyrell",
    "Blue Harbor",
    "Silver Oak",
    "Red Rock",
    "Green Valley",
    "Pacific",
    "Atlantic",
    "Summit",
    "Pioneer",
    "Evergreen",
    "Golden Gate",
    "Orion",
    "Phoenix",
    "Horizon",
    "Keystone",
    "Sterling",
    "Liberty",
    "Crescent",
    "Bergmann",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Hudson",
    "Meridian",
    "Vertex",
    "Apex",
    "Cobalt",
    "Falcon",
)
EN_INDUSTRY = (
    "Trading",
    "Logistics",
    "Systems",
    "Industries",
    "Technologies",
    "Foods",
    "Retail",
    "Supply",
    "Manufacturing",
    "Consulting",
    "Electronics",
    "Medical",
    "Imports",
    "Textiles",
)
EN_SUFFIXES = ("Ltd", "Co., Ltd.", "Inc.", "LLC", "GmbH", "PLC", "Pte Ltd", "Corp.")
CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
CN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞鹏辉玲红建国宇浩然梓涵子轩欣怡思雨晨阳博文佳琪"
EN_FIRST = (
    "John",
    "Mary",
    "James",
    "Linda",
    "Michael",
    "Sarah",
    "David",
    "Emma",
    "Robert",
    "Olivia",
    "William",
    "Sophia",
    "Thomas",
    "Anna",
    "Daniel",
    "Laura",
    "Jürgen",
    "Claire",
    "Kenji",
    "Priya",
)
EN_LAST = (
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Miller",
    "Wilson",
    "Moore",
    "Anderson",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Groß",
    "Dubois",
    "Sato",
    "Patel",
    "O'Brien",
)
CN_TITLES = (
    "采购经理",
    "总经理",
    "销售总监",
    "财务经理",
    "技术负责人",
    "行政主管",
    "董事长",
    "采购专员",
    None,
)
EN_TITLES = (
    "Purchasing Manager",
    "CEO",
    "Head of Sales",
    "CFO",
    "CTO",
    "Office Manager",
    "Buyer",
    None,
)
CN_NOTES = (
    "关注交期",
    "季度采购",
    "价格敏感",
    "需要样品",
    "下次拜访带报价单",
    "老客户介绍",
    "预算在审批中",
    "对售后服务要求高",
    "年底有扩产计划",
    "竞争对手在跟进",
    "付款周期较长",
    "希望年框合作",
    "决策人出差中",
)
EN_NOTES = (
    "Prefers calls before 10am",
    "Price sensitive",
    "Asked for samples",
    "Budget approval pending",
    "Referred by an existing client",
    "Competitor also quoting",
    "Long payment terms",
    "Wants an annual deal",
)
SOURCES = (
    "展会",
    "转介绍",
    "官网",
    "电话营销",
    "LinkedIn",
    "老客户",
    "行业协会",
    "Referral",
    "Website",
    None,
)
GRADES = ("key", "potential", "normal", "normal", None)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)
CN_AREA_CODES = ("10", "21", "20", "755", "571", "25", "27", "28", "29", "23")
US_AREA_CODES = ("415", "212", "206", "512", "310", "646")
CHANNELS = ("visit", "call", "meeting", "email", "message", "event", "other")
CN_SUMMARIES = (
    "电话沟通新品需求",
    "上门拜访，演示方案",
    "发送报价单",
    "跟进样品反馈",
    "讨论年度框架协议",
    "确认交货时间",
    "处理售后问题",
    "参加行业展会交流",
    "微信沟通付款进度",
    "介绍新产品线",
)
EN_SUMMARIES = (
    "Call about the new range",
    "Site visit and demo",
    "Sent the quotation",
    "Followed up on samples",
    "Discussed the annual contract",
    "Confirmed delivery dates",
    "Handled a support issue",
    "Met at the trade fair",
)
NEXT_ACTIONS = ("发报价", "寄样品", "安排拜访", "回电话", "Send quote", "Book a visit", None, None)
OWNERS = ("me", "小王", "Lisa", None)
SENTIMENTS = ("positive", "neutral", "negative", None)
PRODUCTS = (
    "标准件A",
    "定制件B",
    "年度服务",
    "备件包",
    "Model X200",
    "Model S100",
    "Support plan",
    "安装调试",
)
TAGS = (
    ("重点", "potential"),
    ("高潜力", "potential"),
    ("制造业", "industry"),
    ("外贸", "industry"),
    ("电商", "industry"),
    ("价格敏感", "need"),
    ("要样品", "need"),
    ("年框", "need"),
    ("账期风险", "risk"),
    ("流失预警", "risk"),
    ("展会客户", "custom"),
    ("VIP", "custom"),
    ("老客户", "custom"),
    ("待回访", "custom"),
)

EPOCH = datetime(2021, 1, 1, tzinfo=UTC)
SPAN_SECONDS = int((datetime(2026, 1, 1, tzinfo=UTC) - EPOCH).total_seconds())


@dataclass
class Summary:
    """What a generated file holds, and how long it took (kept beside the file as JSON)."""

    stamp: str
    customers: int
    interactions: int
    orders: int
    customer_tags: int
    seconds_customers: float
    seconds_tags: float
    seconds_interactions: float
    seconds_orders: float
    seconds_total: float
    bytes: int


# -- the stamp ------------------------------------------------------------------


def stamp() -> str:
    """Generator version + a hash of the code that decides what the file contains."""
    import custui.core.text
    import custui.store.db
    import custui.store.schema

    digest = hashlib.sha1()
    for module in (custui.store.schema, custui.core.text, custui.store.db):
        digest.update(Path(module.__file__).read_bytes())
    return f"g{GENERATOR_VERSION}-s{custui.store.schema.SCHEMA_VERSION}-{digest.hexdigest()[:10]}"


def cached_file(
    folder: Path, customers: int, seed: int = DEFAULT_SEED
) -> tuple[Path, Summary, bool]:
    """The file for *customers* in *folder*, generated unless an up-to-date one is there.

    Returns the path, its summary, and whether it was reused from the cache.
    """
    folder.mkdir(parents=True, exist_ok=True)
    current = stamp()
    path = folder / f"custui-{customers}-seed{seed}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        try:
            summary = Summary(**json.loads(meta.read_text()))
        except (TypeError, ValueError):
            summary = None
        if summary and summary.stamp == current and summary.customers == customers:
            return path, summary, True
    tmp = path.with_name(path.name + ".partial")
    for stale in (meta, path, tmp):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)
    summary = generate(tmp, customers, seed=seed)
    tmp.rename(path)
    meta.write_text(json.dumps(asdict(summary), indent=2))
    return path, summary, False


# -- rows -----------------------------------------------------------------------


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.pinyin = _pinyin_table(BRAND_CHARS + CN_SURNAMES + CN_GIVEN)

    def py(self, text: str) -> str:
        return "".join(self.pinyin.get(ch, "") for ch in text)

    def when(self, low: float = 0.0, high: float = 1.0) -> datetime:
        offset = self.rnd.uniform(low, high) * SPAN_SECONDS
        return EPOCH + timedelta(seconds=int(offset))

    def customer(self, number: int) -> dict[str, Any]:
        r = self.rnd
        roll = r.random()
        kind = "company"
        if roll < 0.72:  # Chinese company
            region, city = r.choice(CN_PLACES)
            brand = r.choice(BRAND_CHARS) + r.choice(BRAND_CHARS)
            prefix = (city + ("市" if r.random() < 0.5 else "")) if r.random() < 0.7 else ""
            name = prefix + brand + r.choice(INDUSTRY_WORDS) + r.choice(CN_SUFFIXES)
            contact = r.choice(CN_SURNAMES) + "".join(
                r.choice(CN_GIVEN) for _ in range(r.choice((1, 2)))
            )
            title = r.choice(CN_TITLES)
            domain = self.py(brand) + r.choice((".cn", ".com", ".com.cn"))
            email = f"{self.py(contact)}@{domain}" if r.random() < 0.7 else None
            website = f"www.{domain}" if r.random() < 0.4 else None
            phone, e164 = self.cn_phone()
            notes = "，".join(r.sample(CN_NOTES, r.choice((0, 0, 1, 1, 2, 3)))) or None
            address = (
                f"{city}市{r.choice(BRAND_CHARS)}{r.choice(BRAND_CHARS)}路{r.randint(1, 999)}号"
            )
            country = "CN"
        elif roll < 0.90:  # English company
            region, city = r.choice(EN_PLACES)
            words = r.choice(EN_WORDS)
            name = f"{words} {r.choice(EN_INDUSTRY)} {r.choice(EN_SUFFIXES)}"
            first, last = r.choice(EN_FIRST), r.choice(EN_LAST)
            contact = f"{first} {last}"
            title = r.choice(EN_TITLES)
            # one domain per company (a real list has no 120 unrelated firms on one domain)
            domain = f"{words}{number}".lower().replace(" ", "") + r.choice(
                (".com", ".co.uk", ".de", ".io")
            )
            email = (
                f"{first.lower()}.{last.lower().replace(chr(39), '')}@{domain}"
                if r.random() < 0.8
                else None
            )
            website = f"https://{domain}" if r.random() < 0.5 else None
            phone, e164 = self.us_phone() if r.random() < 0.7 else self.cn_phone()
            notes = ". ".join(r.sample(EN_NOTES, r.choice((0, 0, 1, 2)))) or None
            address = f"{r.randint(1, 2000)} {r.choice(EN_WORDS)} Street"
            country = "US" if e164 and e164.startswith("+1") else None
        else:  # a person (sole trader, private buyer)
            kind = "person"
            region, city = r.choice(CN_PLACES)
            name = r.choice(CN_SURNAMES) + "".join(
                r.choice(CN_GIVEN) for _ in range(r.choice((1, 2)))
            )
            contact, title, website = None, None, None
            email = (
                f"{self.py(name)}{r.randint(1, 999)}@{r.choice(('qq.com', '163.com', 'gmail.com'))}"
            )
            phone, e164 = self.cn_phone(mobile_only=True)
            notes = r.choice(CN_NOTES) if r.random() < 0.5 else None
            address, country = None, "CN"
        if r.random() < 0.08:
            phone = e164 = None
        created = self.when(0.0, 0.8)
        updated = created + timedelta(
            seconds=int(
                r.random() * (EPOCH + timedelta(seconds=SPAN_SECONDS) - created).total_seconds()
            )
        )

        def score() -> int | None:
            return r.randint(1, 5) if r.random() < 0.6 else None

        return {
            "code": f"C{number:05d}",
            "name": name,
            "kind": kind,
            "industry": r.choice(INDUSTRIES) if r.random() < 0.85 else None,
            "size": r.choice((5, 20, 50, 120, 300, 800, 2000, 10000))
            if kind == "company" and r.random() < 0.6
            else None,
            "region": region,
            "city": city,
            "street": address,
            "country": country,
            "contact_name": contact,
            "contact_title": title,
            "phone": phone,
            "phone_e164": e164,
            "email": email,
            "website": website,
            "source": r.choice(SOURCES),
            "grade": r.choice(GRADES),
            "need_match": score(),
            "win_likelihood": score(),
            "growth_potential": score(),
            "strategic": score(),
            "notes": notes,
            "created_at": created.isoformat(),
            "updated_at": updated.isoformat(),
            "row_version": 1,
        }

    def cn_phone(self, mobile_only: bool = False) -> tuple[str, str]:
        r = self.rnd
        if mobile_only or r.random() < 0.8:
            digits = r.choice(MOBILE_PREFIXES) + f"{r.randrange(10**8):08d}"
            shown = r.choice((f"{digits[:3]} {digits[3:7]} {digits[7:]}", digits, f"+86 {digits}"))
            return shown, f"+86{digits}"
        area = r.choice(CN_AREA_CODES)
        local = f"{r.randrange(2 * 10**7, 10**8):08d}"
        return f"0{area}-{local[:4]} {local[4:]}", f"+86{area}{local}"

    def us_phone(self) -> tuple[str, str]:
        r = self.rnd
        area, line = r.choice(US_AREA_CODES), f"{r.randrange(10**4):04d}"
        exchange = f"{r.randrange(200, 1000)}"
        return f"({area}) {exchange}-{line}", f"+1{area}{exchange}{line}"

    def interactions(self, customer_id: int) -> Iterator[dict[str, Any]]:
        r = self.rnd
        cutoff = EPOCH + timedelta(seconds=int(SPAN_SECONDS * 0.95))
        for _ in range(INTERACTIONS_PER_CUSTOMER):
            at = self.when()
            action = r.choice(NEXT_ACTIONS)
            yield {
                "customer_id": customer_id,
                "occurred_at": at.isoformat(),
                "channel": r.choice(CHANNELS),
                "summary": r.choice(CN_SUMMARIES) if r.random() < 0.75 else r.choice(EN_SUMMARIES),
                "owner": r.choice(OWNERS),
                "sentiment": r.choice(SENTIMENTS),
                "next_action": action,
                "next_action_due": (at + timedelta(days=r.randint(1, 21))).date().isoformat()
                if action
                else None,
                "done": 1 if at < cutoff or action is None else 0,
                "created_at": at.isoformat(),
            }

    def orders(self, customer_id: int) -> Iterator[dict[str, Any]]:
        r = self.rnd
        for _ in range(ORDERS_PER_CUSTOMER):
            at = self.when()
            amount = int(r.lognormvariate(10.5, 1.1)) * 100
            yield {
                "customer_id": customer_id,
                "ordered_at": at.isoformat(),
                "amount_minor": amount,
                "currency": "CNY" if r.random() < 0.85 else "USD",
                "product": r.choice(PRODUCTS),
                "margin_minor": int(amount * r.uniform(0.05, 0.4)),
                "paid": 1 if r.random() < 0.85 else 0,
                "created_at": at.isoformat(),
            }


def _pinyin_table(chars: str) -> dict[str, str]:
    """Pinyin of each character, looked up once (per-row pypinyin calls would dominate)."""
    from pypinyin import Style, lazy_pinyin

    unique = "".join(dict.fromkeys(chars))
    return dict(
        zip(unique, lazy_pinyin(unique, style=Style.NORMAL, errors=lambda ch: [""] * len(ch)))
    )


# -- writing ----------------------------------------------------------------------


def _people_apart(
    customer: dict[str, Any], customer_id: int, people: list[dict[str, Any]]
) -> dict[str, Any]:
    """*customer* without its contact person, who joins *people* as its primary contact (schema v7)."""
    name, title = customer.pop("contact_name"), customer.pop("contact_title")
    if name:
        people.append(
            {
                "customer_id": customer_id,
                "name": name,
                "title": title,
                "is_primary": 1,
                "created_at": customer["created_at"],
                "updated_at": customer["created_at"],
            }
        )
    return customer


def generate(path: Path, customers: int, *, seed: int = DEFAULT_SEED) -> Summary:
    """Write a fresh custui file at *path* with *customers* customers (and their history)."""
    from custui.store.db import open_store

    maker = _Maker(seed)
    started = time.perf_counter()
    from custui.store.rates import set_base_currency, set_rate
    from custui.store.settings import set_home_region

    store = open_store(path)
    try:
        set_home_region(store, "CN")  # a Chinese rep's book, whatever this machine's locale says
        set_base_currency(store, "CNY")
        db = store.db
        t0 = time.perf_counter()
        people: list[dict[str, Any]] = []
        with store.transaction():
            db["customers"].insert_all(
                (_people_apart(maker.customer(n), n, people) for n in range(1, customers + 1)),
                batch_size=BATCH_SIZE,
            )
            db["contacts"].insert_all(people, batch_size=BATCH_SIZE)
        t1 = time.perf_counter()
        with store.transaction() as conn:
            conn.executemany("INSERT INTO tags (name, category) VALUES (?, ?)", TAGS)
            tag_ids = [row[0] for row in conn.execute("SELECT id FROM tags ORDER BY id")]
            links = [
                {"customer_id": cid, "tag_id": tid}
                for cid in range(1, customers + 1)
                for tid in maker.rnd.sample(tag_ids, maker.rnd.choice((0, 0, 0, 1, 1, 2, 3)))
            ]
            db["customer_tags"].insert_all(links, batch_size=BATCH_SIZE)
        t2 = time.perf_counter()
        with store.transaction():
            db["interactions"].insert_all(
                (row for cid in range(1, customers + 1) for row in maker.interactions(cid)),
                batch_size=BATCH_SIZE,
            )
        t3 = time.perf_counter()
        with store.transaction():
            db["orders"].insert_all(
                (row for cid in range(1, customers + 1) for row in maker.orders(cid)),
                batch_size=BATCH_SIZE,
            )
        set_rate(store, "USD", "7.10")  # the USD orders count in CNY, as in a rep's book
        t4 = time.perf_counter()
        # No ANALYZE: a user's file has no statistics either, and they change query plans.
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = {
            table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("customers", "interactions", "orders", "customer_tags")
        }
    finally:
        store.close()
    total = time.perf_counter() - started
    return Summary(
        stamp=stamp(),
        customers=counts["customers"],
        interactions=counts["interactions"],
        orders=counts["orders"],
        customer_tags=counts["customer_tags"],
        seconds_customers=round(t1 - t0, 2),
        seconds_tags=round(t2 - t1, 2),
        seconds_interactions=round(t3 - t2, 2),
        seconds_orders=round(t4 - t3, 2),
        seconds_total=round(total, 2),
        bytes=path.stat().st_size,
    )
