def test_counted_says_one_order_and_two_orders() -> None:
    from custui.core.text import counted

    assert (counted(1, "order"), counted(2, "order"), counted(0, "row")) == (
        "1 order",
        "2 orders",
        "0 rows",
    )
    assert counted(1234, "entry", "entries") == "1,234 entries"
