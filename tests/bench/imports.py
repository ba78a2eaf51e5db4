"""Importing customers at scale: ``python -m tests.bench.imports [--rows 100000] [--out OUT.json]``.

Writes a CSV (GB18030, Chinese headers, as Excel in a Chinese locale saves it)
and an XLSX of *rows* synthetic customers — names, contacts, phones, e-mails,
industries, regions, tags — then imports each into a fresh file with
``custui import`` (the command line itself, end to end: read, check every
row, write one transaction) and reports the wall time of each.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from custui import cli

HEADERS = ["客户名称", "所属行业", "联系人", "职位", "电话", "邮箱", "区域", "城市", "备注", "标签"]
INDUSTRIES = ["制造", "零售", "物流", "软件", "金融", "医疗", "教育", "能源"]
REGIONS = [
    ("广东", "深圳"),
    ("浙江", "杭州"),
    ("江苏", "苏州"),
    ("上海", "上海"),
    ("北京", "北京"),
    ("四川", "成都"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
BRAND = "华创远辰盛和力晟德通新润正博中天佳宇安明锦合顺飞信丰嘉昌航汇凌瑞达鑫鼎泰恒隆兴源"
TRADE = ["科技", "机械", "贸易", "物流", "软件", "电子", "建材", "食品"]


def rows(count: int, seed: int = 7) -> list[list[str]]:
    rnd = random.Random(seed)
    out = []
    for n in range(count):
        region, city = rnd.choice(REGIONS)
        contact = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
        out.append([
            # one Han run per name, almost never repeated, as real company names are (no cache flatters it)
            f"{city}市{rnd.choice(BRAND)}{rnd.choice(BRAND)}{rnd.choice(BRAND)}{rnd.choice(TRADE)}有限公司",
            rnd.choice(INDUSTRIES), contact,
            rnd.choice(["采购经理", "总经理", "工程师"]), f"13{rnd.randint(0, 9)}{rnd.randint(10_000_000, 99_999_999)}",
            f"c{n}@example{n % 97}.cn", region, city, "季度采购，关注交期。", rnd.choice(["重点", "VIP; 老客户", ""]),
        ])  # fmt: skip
    return out


def write_csv(path: Path, data: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(data)
    path.write_bytes(buffer.getvalue().encode("gb18030"))


def write_xlsx(path: Path, data: list[list[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    book.save(path)


def timed_import(source: Path, db: Path) -> float:
    start = time.perf_counter()
    code = cli.main(["--db", str(db), "import", str(source)])
    elapsed = time.perf_counter() - start
    assert code == 0, f"import of {source.name} rejected rows"
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.imports")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    data = rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_csv(folder / "customers.csv", data)
        write_xlsx(folder / "customers.xlsx", data)
        result = {
            "rows": args.rows,
            "csv_import_s": round(
                timed_import(folder / "customers.csv", folder / "from-csv.db"), 2
            ),
            "xlsx_import_s": round(
                timed_import(folder / "customers.xlsx", folder / "from-xlsx.db"), 2
            ),
        }
    print(json.dumps(result))
    if args.out:
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
