"""Place names that appear inside Chinese company names (深圳市…, …（广州）, Shanghai …).

A region in a company name is stripped from the name key and kept apart, so
广州华创科技有限公司, 华创科技（广州） and 華創科技 share one key while
深圳华创 vs 广州华创 still counts as conflicting evidence.

The table holds every province and prefecture-level city, a few large
county-level cities and the districts reps write most.  Latin spellings of the
cities (Shenzhen, Guangzhou…) are derived from pinyin on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: province: its cities (prefecture level, plus well-known county-level cities).
#: Cities that are also everyday words or common brands (朝阳, 东方, 永安…) are left out.
_TABLE = """
北京:北京
天津:天津
上海:上海
重庆:重庆
河北:石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
山西:太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
内蒙古:呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
辽宁:沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛
吉林:长春 吉林 四平 辽源 通化 松原 白城 延边
黑龙江:哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
江苏:南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 常熟 张家港 江阴 宜兴 太仓
浙江:杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚 海宁
安徽:合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
福建:福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 石狮
江西:南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
山东:济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
河南:郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
湖北:武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施
湖南:长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
广东:广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 顺德
广西:南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
海南:海口 三亚 儋州
四川:成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵州:贵阳 六盘水 遵义 安顺 毕节 铜仁
云南:昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 西双版纳
西藏:拉萨 日喀则 昌都 林芝
陕西:西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
甘肃:兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
青海:西宁 海东
宁夏:银川 石嘴山 吴忠 固原 中卫
新疆:乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 伊犁 昌吉 阿克苏 库尔勒 石河子
香港:香港
澳门:澳门
台湾:台北 新北 桃园 台中 台南 高雄 新竹 基隆
"""

#: Districts and development zones reps write before a branch or after a city ("深圳市南山区…").
DISTRICTS = frozenset(
    """
南山 福田 宝安 龙岗 罗湖 龙华 光明 坪山 盐田 天河 番禺 黄埔 白云 越秀 海珠 荔湾 花都 增城 南沙 从化 长安 松山湖
南城 虎门 顺德 南海 禅城 三水 吴中 相城 姑苏 吴江 江宁 鼓楼 建邺 玄武 秦淮 栖霞 浦口 新吴 滨湖 梁溪 锡山 滨江
余杭 西湖 拱墅 上城 萧山 临平 鄞州 北仑 镇海 江北 海曙 浦东 闵行 嘉定 松江 徐汇 静安 黄浦 长宁 普陀 杨浦 宝山
青浦 奉贤 金山 崇明 朝阳 海淀 大兴 顺义 东城 西城 丰台 通州 昌平 房山 石景山 亦庄 滨海 西青 和平 南开 河西 黄岛
城阳 市南 市北 崂山 李沧 历下 历城 槐荫 武侯 双流 锦江 青羊 金牛 成华 郫都 东湖 江汉 洪山 武昌 汉阳 江岸 硚口
渝北 九龙坡 渝中 沙坪坝 南岸 思明 湖里 集美 海沧 同安 仓山 台江 晋安 岳麓 雨花 芙蓉 开福 天心 金水 郑东 中原
二七 管城 雁塔 未央 碑林 莲湖 曲江 蜀山 包河 瑶海 庐阳 工业园 高新 经开 开发
""".split()
)

PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "新区", "市", "州", "盟")
#: Words that name the country or a continent: removed from a key, never a conflict.
NEUTRAL_PLACES = frozenset(
    {"中国", "中国大陆", "中华", "全国", "china", "prc", "pr china", "the prc", "mainland china"}
)
#: Latin spellings that pinyin gets wrong, or English names.
_LATIN_EXTRA = {
    "hong kong": "香港",
    "hongkong": "香港",
    "hk": "香港",
    "macau": "澳门",
    "macao": "澳门",
    "peking": "北京",
    "canton": "广州",
    "chungking": "重庆",
    "amoy": "厦门",
    "taipei": "台北",
    "kaohsiung": "高雄",
    "tianjin": "天津",
    "xian": "西安",
    "xi an": "西安",
    "chongqing": "重庆",
    "shaanxi": "陕西",
    "inner mongolia": "内蒙古",
    "tibet": "西藏",
}


def _parse() -> tuple[dict[str, str], frozenset[str]]:
    city_province: dict[str, str] = {}
    provinces = []
    for line in _TABLE.strip().splitlines():
        province, _, cities = line.partition(":")
        provinces.append(province)
        for city in cities.split():
            city_province[city] = province
    return city_province, frozenset(provinces)


#: city → province (municipalities map to themselves).
CITY_PROVINCE, PROVINCES = _parse()
PLACES = frozenset(CITY_PROVINCE) | PROVINCES

_ALTERNATION = "|".join(sorted(PLACES, key=len, reverse=True))
_SUFFIX_ALT = "|".join(sorted(set(PROVINCE_SUFFIXES + CITY_SUFFIXES), key=len, reverse=True))
_DISTRICT_ALT = "|".join(sorted(DISTRICTS, key=len, reverse=True))
#: A place at the start of a (simplified) name, with its administrative suffix.
PLACE_PREFIX = re.compile(f"(?:{_ALTERNATION})(?:{_SUFFIX_ALT})?")
#: A district right after a city: 南山区, 浦东新区, 工业园区.
DISTRICT_PREFIX = re.compile(f"(?:{_DISTRICT_ALT})(?:新区|区|县|镇|街道)")
#: Any place or district anywhere (for branch descriptors such as 深圳南山店).
PLACE_ANYWHERE = re.compile(f"(?:{_ALTERNATION}|{_DISTRICT_ALT})(?:{_SUFFIX_ALT}|新区|区|县|镇)?")


_ADMIN_SUFFIXES = PROVINCE_SUFFIXES + CITY_SUFFIXES + ("新区", "区", "县")
_PLACES_AND_DISTRICTS = PLACES | DISTRICTS
#: A place at the end of a name (华创科技深圳).
PLACE_SUFFIX = re.compile(f"(?:{_ALTERNATION})(?:{_SUFFIX_ALT})?$")


def strip_admin_suffix(text: str) -> str:
    """深圳市 → 深圳, 广东省 → 广东, 南山区 → 南山; other text unchanged."""
    if text in _PLACES_AND_DISTRICTS:
        return text
    for suffix in _ADMIN_SUFFIXES:
        if text.endswith(suffix) and text[: -len(suffix)] in _PLACES_AND_DISTRICTS:
            return text[: -len(suffix)]
    return text


def place_of(text: str) -> tuple[str | None, str | None]:
    """(province, city) named by *text* (simplified, casefolded), or (None, None).

    Accepts 深圳, 深圳市, 广东省, Shenzhen, guangzhou, Hong Kong.
    """
    text = text.strip()
    if not text:
        return None, None
    if text.isascii():
        hanzi = latin_places().get(" ".join(text.split()))
        if hanzi is None:
            hanzi = latin_places().get(text.replace(" ", ""))
        if hanzi is None:
            return None, None
        text = hanzi
    base = strip_admin_suffix(text)
    if base in CITY_PROVINCE:
        province = CITY_PROVINCE[base]
        return province, base
    if base in PROVINCES:
        return base, None
    return None, None


@lru_cache(maxsize=1)
def latin_places() -> dict[str, str]:
    """Pinyin (and English) spellings of the places → their Chinese name: {"shenzhen": "深圳"}."""
    from custui.core.text import pinyin_syllables

    table: dict[str, str] = {}
    for place in sorted(PLACES):
        table.setdefault("".join(pinyin_syllables(place)), place)
    table.update(_LATIN_EXTRA)
    return table
