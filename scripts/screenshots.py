"""Regenerate screenshots/*.svg from the real app on a copy of sample.db.

    .venv/bin/python scripts/screenshots.py              # every shot
    .venv/bin/python scripts/screenshots.py people help  # only these

Each shot drives the app with real key presses, as a user would.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custui.sample import ANCHOR  # noqa: E402
from custui.store.db import open_store  # noqa: E402
from custui.tui.app import CustuiApp  # noqa: E402

OUT = ROOT / "screenshots"
SAMPLE_AS_OF = ANCHOR  # the sample's own "today": screenshots do not drift by the day
SIZE = (120, 36)

Steps = Callable[..., Awaitable[None]]


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def list_home(pilot) -> None:
    pass


async def list_search(pilot) -> None:
    await pilot.press("slash", *"kj")


async def form_edit(pilot) -> None:
    await pilot.press("slash", *"keji", "enter", "e")


async def tab_to(pilot, widget_id: str) -> None:
    """Press tab until the field *widget_id* has focus (as a user would)."""
    for _ in range(40):
        if pilot.app.focused is not None and pilot.app.focused.id == widget_id:
            return
        await pilot.press("tab")
    raise RuntimeError(f"tab never reached #{widget_id}")


async def form_errors(pilot) -> None:
    await pilot.press("n")
    await settle(pilot)
    await pilot.press(*"Acme Trading")
    await tab_to(pilot, "field-phone")
    await pilot.press(*"12345")
    await tab_to(pilot, "field-email")
    await pilot.press(*"john@")
    await tab_to(pilot, "field-need_match")
    await pilot.press("7", "ctrl+s")


async def score_explanation(pilot) -> None:
    await pilot.press("w")


async def scoring_weights(pilot) -> None:
    await pilot.press("W")
    await settle(pilot)
    await pilot.press("end", "backspace", "backspace", *"50")
    await tab_to(pilot, "dim-growth_potential")
    await pilot.press("end", "backspace", "backspace", *"20")


async def list_filter(pilot) -> None:
    await pilot.press("f", *"tier:core churn:no score>=75")


async def customer_detail(pilot) -> None:
    await pilot.press("enter")


async def people(pilot) -> None:
    await pilot.press("slash", *"C00196", "enter", "enter")  # four people, one of whom left
    await settle(pilot)
    await pilot.press("p")
    await settle(pilot)
    await pilot.press("down")


async def followups(pilot) -> None:
    await pilot.press("2")


async def duplicates(pilot) -> None:
    await pilot.press("3")


async def merge_review(pilot) -> None:
    await pilot.press("3")
    await settle(pilot)
    await pilot.press(
        "enter"
    )  # the strongest group: a dropped character, the phone written two ways
    await settle(pilot)
    await pilot.press(
        "down", "down", "down", "down", "down", "down", "down", "down", "right"
    )  # keep the other phone


async def form_duplicate_hint(pilot) -> None:
    await pilot.press("n")
    await settle(pilot)
    await pilot.press(*"凯海教育")


async def tag_editor(pilot) -> None:
    await pilot.press(*["down"] * 7, "t")  # Sterling Capital: one tag so far
    await settle(pilot)
    await pilot.press(*"zh")  # pinyin: 重点 (zhongdian), 展会 (zhanhui), 制造业 (zhizaoye)…


async def tag_manager(pilot) -> None:
    await pilot.press("4")
    await settle(pilot)
    await pilot.press("down", "down", "space", "down")


async def dashboard(pilot) -> None:
    await pilot.press("5")


async def tier_movement(pilot) -> None:
    await pilot.press("5")
    await settle(pilot)
    await pilot.press("m", "down", "down", "right", "right")  # Potential then → Core now


async def pivot(pilot) -> None:
    await pilot.press("5")
    await settle(pilot)
    await pilot.press("p")
    await settle(pilot)
    await pilot.press("tab", "c", "tab", "g")  # tag category × segment
    await settle(pilot)
    await pilot.press("shift+tab", "shift+tab", "right", "right")


IMPORT_CSV = (
    "公司,行业,联系人,手机,电子邮件,城市,备忘\n"
    "汇泰信息技术集团有限公司,软件,王伟,150-0307-8836,wang@huitai.cn,深圳,老客户的新联系人\n"
    "新锐材料有限公司,制造,李娜,13900001111,lina@xinrui.cn,苏州,展会认识\n"
    "新銳材料,制造,陈刚,13900002222,chengang@xinrui.cn,苏州,李娜的工程师\n"
    "Lucas Farms Group Inc.,Agriculture,Emma Lucas,+1 313 966 1119,emma@lucasfarms.com,Detroit,\n"
    "北京远兴网络科技,IT,赵六,12345,not-an-email,北京,\n"
    "晖汇国际货运代理有限公司,物流,周敏,028-6509 3269,,成都,报价中\n"
)


async def import_to_columns(pilot) -> None:
    source = Path(tempfile.mkdtemp()) / "trade-fair-leads.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    await pilot.press("I")
    await settle(pilot)
    await pilot.press(*str(source), "enter")
    await settle(pilot)
    await pilot.press("end", "f")  # 备忘 is not a header custui knows: read it as notes
    await settle(pilot)
    key = next(k for k, v in pilot.app.screen.choices.items() if v == "notes")
    await pilot.press(key)


async def import_review(pilot) -> None:
    await import_to_columns(pilot)
    await settle(pilot)
    await pilot.press("enter")  # check every row, look each up in the book
    await settle(pilot)
    await pilot.press("m")  # the first: merge into the customer it is


async def settings(pilot) -> None:
    await pilot.press("ctrl+p", *"Settings")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("down")  # the base currency: its meaning below the list


async def help_screen(pilot) -> None:
    await pilot.press("question_mark")


SHOTS: dict[str, Steps] = {
    "customer-list": list_home,
    "customer-list-search": list_search,
    "customer-list-filter": list_filter,
    "score-explanation": score_explanation,
    "scoring-weights": scoring_weights,
    "customer-form": form_edit,
    "customer-form-errors": form_errors,
    "customer-detail": customer_detail,
    "people": people,
    "followups": followups,
    "duplicates": duplicates,
    "merge-review": merge_review,
    "customer-form-duplicate-hint": form_duplicate_hint,
    "tag-editor": tag_editor,
    "tag-manager": tag_manager,
    "dashboard": dashboard,
    "tier-movement": tier_movement,
    "pivot": pivot,
    "import-wizard": import_to_columns,
    "import-review": import_review,
    "settings": settings,
    "help": help_screen,
}


async def shoot(name: str, steps: Steps, db: Path) -> None:
    store = open_store(db)
    app = CustuiApp(store, warm_up=False, as_of=SAMPLE_AS_OF)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await steps(pilot)
        await settle(pilot)
        app.save_screenshot(filename=f"{name}.svg", path=str(OUT))
    store.close()


async def main(names: list[str]) -> None:
    unknown = set(names) - set(SHOTS)
    if unknown:
        raise SystemExit(f"No such shot: {', '.join(sorted(unknown))} (shots: {', '.join(SHOTS)})")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, steps in SHOTS.items():
            if names and name not in names:
                continue
            db = Path(tmp) / f"{name}.db"
            shutil.copy(ROOT / "sample.db", db)
            await shoot(name, steps, db)
            print(f"screenshots/{name}.svg")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
