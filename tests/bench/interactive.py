"""In-app timings, run in a fresh process per file: ``python -m tests.bench.interactive FILE OUT.json``.

Drives the real :class:`CustuiApp` headless with Pilot.  Latencies are taken
from timestamps recorded *by the app's own callbacks* (results applied, screen
refreshed), never from when Pilot's idle waits return, so Pilot's fixed
~20-60 ms settling does not inflate them.  Key costs for scrolling are CPU
time (all threads of the process: the event loop and the page-fetch workers).

The parent reads this process's peak RSS with ``os.wait4``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERIES = ("科技", "keji", "kj", "zhang", "acme", "138")
SCROLL_KEYS = 20
TIMEOUT = 60.0
POLL = 0.001


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


async def wait_until(condition: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
    deadline = time.perf_counter() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.perf_counter() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(POLL)


async def settle(pilot) -> None:
    """Every worker finished and the screen idle (as tests/tui/conftest.settle)."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# -- store only ---------------------------------------------------------------------


def store_timings(store, repeat: int) -> dict[str, Any]:
    from custui.store import repo

    def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
        runs, result = [], None
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = fn()
            runs.append(time.perf_counter() - t0)
        return ms(median(runs)), result

    out: dict[str, Any] = {"prefix": {}}
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            prefix = query[:end]
            t, ids = timed(lambda: repo.list_ids(store, repo.ListQuery(search=prefix)))
            out["prefix"][prefix] = {"ms": t, "rows": len(ids)}
    out["list_all_ms"], ids = timed(lambda: repo.list_ids(store, repo.ListQuery()))
    out["count_active_ms"], _ = timed(lambda: repo.count_active(store))
    page = list(ids[:100])
    out["list_rows_100_ms"], _ = timed(lambda: repo.list_rows(store, page))
    some = ids[len(ids) // 2] if ids else None
    out["get_customer_ms"], _ = (
        timed(lambda: repo.get_customer(store, some)) if some else (None, None)
    )
    return out


# -- in the app ------------------------------------------------------------------------


def form_screen_class():
    """CustomerFormScreen if it can be imported (it is written concurrently), else None."""
    for attempt in range(3):
        try:
            from custui.tui.screens.customer_form import CustomerFormScreen

            return CustomerFormScreen, None
        except Exception as exc:  # noqa: BLE001 - missing or half-written module
            error = f"{type(exc).__name__}: {exc}"
            if attempt < 2:
                time.sleep(5)
    return None, error


def populated(screen, name: str) -> bool:
    """Does the form show the customer's name in one of its fields?"""
    from textual.widgets import Input, TextArea

    for widget in screen.query(Input):
        if widget.value == name:
            return True
    return any(name in widget.text for widget in screen.query(TextArea))


async def app_timings(store, repeat: int) -> dict[str, Any]:
    from textual.widgets import Input

    from custui.tui.app import CustuiApp
    from custui.tui.widgets.lazy_table import LazyTable

    applied: dict[int, float] = {}
    count_painted: dict[int, float] = {}
    page_paints: list[float] = []
    seen: dict[int, Any] = {}  # id -> message, kept alive so ids are not reused

    def hook(message) -> None:
        # Called once per pump the message is dispatched in (it bubbles): count it once.
        if isinstance(message, LazyTable.PageLoaded) and seen.get(id(message)) is not message:
            seen[id(message)] = message
            app.call_after_refresh(lambda: page_paints.append(time.perf_counter()))

    app = CustuiApp(store)  # warm-up on, as `custui` runs it
    result: dict[str, Any] = {}
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.table
        original_show_ids = screen._show_ids

        def show_ids(generation: int, *args: Any) -> None:
            original_show_ids(generation, *args)
            if generation == screen._generation:
                applied[generation] = time.perf_counter()
                screen.call_after_refresh(
                    lambda: count_painted.__setitem__(generation, time.perf_counter())
                )

        screen._show_ids = show_ids  # instance attribute: the worker looks it up per call
        search = screen.query_one("#search", Input)

        # -- search as you type ------------------------------------------------------
        keys: dict[str, dict[str, list[float]]] = {}
        for _ in range(repeat):
            for query in QUERIES:
                search.value = ""
                table.focus()
                await settle(pilot)
                await pilot.press("slash")
                assert search.has_focus, "/ did not focus the search box"
                for end, char in enumerate(query, start=1):
                    prefix = query[:end]
                    t0 = time.perf_counter()
                    await pilot.press(char)
                    generation = screen._generation
                    await wait_until(lambda: generation in count_painted, f"results of {prefix!r}")
                    rows_at = count_painted[generation]
                    if table.row_count:
                        after = applied[generation]
                        rows_at = await wait_until(
                            lambda: next((t for t in page_paints if t >= after), None),
                            f"rows of {prefix!r}",
                        )
                    entry = keys.setdefault(
                        prefix, {"applied": [], "count": [], "rows": [], "n": []}
                    )
                    entry["applied"].append(applied[generation] - t0)
                    entry["count"].append(count_painted[generation] - t0)
                    entry["rows"].append(rows_at - t0)
                    entry["n"].append(table.row_count)
        result["keys"] = {
            prefix: {
                "applied_ms": ms(median(v["applied"])),
                "count_ms": ms(median(v["count"])),
                "rows_ms": ms(median(v["rows"])),
                "rows": v["n"][-1],
            }
            for prefix, v in keys.items()
        }
        search.value = ""
        table.focus()
        await settle(pilot)

        # -- open a customer ------------------------------------------------------------
        form_class, error = form_screen_class()
        result["open_error"] = error
        if form_class is not None:
            opened, drawn, mode = [], [], "populated"
            for rep in range(repeat):
                table.move_cursor(min(rep * 37 + 5, table.row_count - 1))
                table.focus()
                await settle(pilot)
                customer_id = table.current_row_id()
                name = store.query("SELECT name FROM customers WHERE id = ?", (customer_id,))[0][0]
                painted: list[float] = []
                t0 = time.perf_counter()
                press = asyncio.create_task(pilot.press("e"))
                form = await wait_until(
                    lambda: (
                        app.screen
                        if isinstance(app.screen, form_class) and app.screen.is_mounted
                        else None
                    ),
                    "the customer form",
                )
                try:
                    await wait_until(lambda: populated(form, name), "the form's fields", timeout=3)
                    t1 = time.perf_counter()
                except TimeoutError:
                    mode = "mounted (name not found in an Input/TextArea)"
                    t1 = time.perf_counter() - 3
                form.call_after_refresh(lambda: painted.append(time.perf_counter()))
                await wait_until(lambda: painted, "the form to be drawn")
                opened.append(t1 - t0)
                drawn.append(painted[0] - t0)
                await press
                await settle(pilot)
                if app.screen is form:
                    app.pop_screen()
                await settle(pilot)
            result["open_ms"] = ms(median(opened))
            result["open_first_ms"] = ms(opened[0])
            result["open_drawn_ms"] = ms(median(drawn))
            result["open_mode"] = mode

        # -- scrolling ------------------------------------------------------------------------
        per_key_cpu, per_key_wall = [], []
        for _ in range(repeat):
            table.focus()
            table.set_rows(table.row_ids)  # cold cache: every page down fetches
            await pilot.press("home")
            await settle(pilot)
            c0, w0 = time.process_time(), time.perf_counter()
            for _ in range(SCROLL_KEYS):
                await pilot.press("pagedown")
            per_key_cpu.append((time.process_time() - c0) / SCROLL_KEYS)
            per_key_wall.append((time.perf_counter() - w0) / SCROLL_KEYS)
        result["pagedown_cpu_ms"] = ms(median(per_key_cpu))
        result["pagedown_wall_ms"] = ms(median(per_key_wall))
        # What Pilot itself costs per key: an unbound key.
        c0 = time.process_time()
        for _ in range(SCROLL_KEYS):
            await pilot.press("f12")
        result["noop_key_cpu_ms"] = ms((time.process_time() - c0) / SCROLL_KEYS)
        result["cursor_row_after"] = table.cursor_row
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("out")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from custui.store.db import open_store

    store = open_store(args.db)
    try:
        out = {"store": store_timings(store, args.repeat)}
        out["app"] = asyncio.run(app_timings(store, args.repeat))
    finally:
        store.close()
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
