"""Every key of custui, defined once.

An :class:`Action` is one command with a key: its id, its keys, the Textual action it runs, its
label in English and Chinese, the screen (or widget) it belongs to, and its help text.  From this
one list come

- the Textual bindings of every screen and widget: ``BINDINGS = bindings("list")``;
- the `?` help tables and the README key table (:mod:`custui.tui.keys_doc`);
- the command palette's commands (``CustuiApp.get_system_commands``);
- a rep's own keys: ``keymap.toml`` rebinds an action by its id (:mod:`custui.tui.keymap`).

A :class:`Note` is a help row for keys no binding of that screen holds: keys a widget reads itself
(typing in the tag editor, the pickers of the cross-classification), or the keys of a widget's
action described for this screen (``enter`` on the customer list opens the customer).

The order here is the footer's order (and the help's): keep each screen's actions in the order
they should show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textual.binding import Binding, BindingType

from custui.tui.sections import SECTIONS, Section

#: The screen of the app's own keys (active on every full screen, not inside dialogs).
APP = "app"


@dataclass(frozen=True)
class Action:
    """One command with a key."""

    #: Stable name, "screen.verb": what keymap.toml rebinds and the palette shows.
    id: str
    #: Textual key names, comma-separated alternatives ("d,delete").
    keys: str
    #: The Textual action string the keys run ("entry_add('order')", "app.focus_next").
    action: str
    #: The footer's word for it.
    label: str
    label_zh: str
    #: Where it is bound: "app", a screen's name or a widget's (see :data:`PLACES`).
    screen: str
    #: The help text (Markdown; the `?` help's row).
    help: str
    #: The palette's English name and the footer's tooltip, when longer than the label.
    title: str = ""
    show: bool = True
    priority: bool = False
    key_display: str | None = None
    #: Offered in the command palette (moving the cursor or the focus is not a command).
    palette: bool = True

    @property
    def name(self) -> str:
        """The English name in the palette."""
        return self.title or self.label

    @property
    def words(self) -> str:
        """The palette's title, "English 中文": a rep finds it in either language."""
        return f"{self.name} {self.label_zh}"

    def binding(self) -> Binding:
        return Binding(
            self.keys,
            self.action,
            self.label,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            tooltip=self.words,
            id=self.id,
        )


@dataclass(frozen=True)
class Note:
    """A help row without a binding of its own on *screen*."""

    screen: str
    help: str
    #: Keys a widget reads itself, as shown (Markdown).
    keys: str = ""
    #: Or: ids of actions (of a widget on this screen) whose keys this row shows, as the keymap has them.
    uses: tuple[str, ...] = ()
    #: The README's short word for it (rows without one are left out of the README).
    label: str = ""
    #: Its Chinese label (a row of one action's keys has that action's).
    label_zh: str = ""


@dataclass(frozen=True)
class Place:
    """A screen or widget that has keys."""

    name: str
    #: "module:Class" of its owner, whose BINDINGS are ``bindings(name)``.
    owner: str
    #: Widgets on it with keys of their own: their keys may only repeat this screen's where the widget
    #: disables its action on this screen (``check_action``); see tests/tui/test_keys.py.
    parts: tuple[str, ...] = ()


_S = "custui.tui.screens."
PLACES: dict[str, Place] = {
    place.name: place
    for place in (
        Place(APP, "custui.tui.app:CustuiApp"),
        Place("table", "custui.tui.widgets.lazy_table:LazyTable"),
        Place("list", _S + "customer_list:CustomerListScreen", parts=("table",)),
        Place("customer", _S + "customer_detail:CustomerDetailScreen", parts=("table",)),
        Place("people", _S + "people:PeopleScreen"),
        Place("form", _S + "modal_form:ModalForm"),
        Place("customer-form", _S + "customer_form:CustomerFormScreen"),
        Place("entry", _S + "entry_view:EntryViewScreen"),
        Place("followups", _S + "followups:FollowUpsScreen", parts=("table",)),
        Place("delays", _S + "follow_up_delays:FollowUpDelaysScreen"),
        Place("duplicates", _S + "duplicates:DuplicatesScreen"),
        Place("merge", _S + "merge_review:MergeReviewScreen"),
        Place("not-duplicates", _S + "not_duplicates:NotDuplicatesScreen"),
        Place("tag-editor", _S + "tag_editor:TagEditorScreen", parts=("current-tags",)),
        Place("current-tags", _S + "tag_editor:CurrentTags"),
        Place("tags", _S + "tag_manager:TagManagerScreen", parts=("table",)),
        Place("dashboard", _S + "dashboard:DashboardScreen"),
        Place("pivot", _S + "pivot:PivotScreen"),
        Place("import", _S + "import_wizard:ImportWizardScreen"),
        Place("imports", _S + "imports:ImportsScreen"),
        Place("owed", _S + "owed:OwedScreen"),
        Place("payments", _S + "owed:PaymentsScreen"),
        Place("settings", _S + "settings:SettingsScreen"),
        Place("industry-names", _S + "industry_names:IndustryNamesScreen"),
        Place("saved-views", _S + "saved_views:SavedViewsScreen"),
        Place("scoring", _S + "scoring_settings:ScoringSettingsScreen"),
        Place("explanation", _S + "score_explanation:ScoreExplanationScreen"),
        Place("briefing", _S + "briefing:BriefingScreen"),
        Place("dialog", _S + "table_dialog:TableDialog"),
        Place("confirm", _S + "confirm:ConfirmScreen"),
        Place("prompt", _S + "prompt:PromptScreen"),
        Place("help", _S + "help:HelpScreen"),
        Place("unlock", _S + "unlock:UnlockScreen"),
    )
}

_MOVE = ("table.up", "table.down", "table.page-up", "table.page-down", "table.first", "table.last")


def _section_action(section: Section) -> Action:
    """The digit key of a top-level screen (custui.tui.sections: one line there adds a screen)."""
    return Action(section.action_id, section.key, f"section_show('{section.id}')", section.label,
                  section.label_zh, APP, section.help, title=section.title, show=False)  # fmt: skip


# fmt: off
KEYS: tuple[Action | Note, ...] = (
    # -- everywhere ---------------------------------------------------------------------------
    Action("app.palette", "ctrl+p", "command_palette", "palette", "命令面板", APP,
           "command palette: every command (in English or 中文), and customers by name, pinyin or "
           "phone (enter opens one)",
           title="Open the command palette", show=False, priority=True, palette=False),
    Action("app.help", "question_mark,f1", "help_show", "Help", "帮助", APP,
           "this help (the keys of the screen you are on come first)",
           title="Show the key reference"),
    Note(APP, "back / cancel (each screen's own row says which)", keys="`esc`"),
    *(_section_action(section) for section in SECTIONS),
    Action("app.import", "I", "import_show", "Import…", "导入", APP,
           "import a CSV, XLSX or vCard file (`ctrl+p` \"Imports…\": past imports, revert one)",
           title="Import customers, interactions or orders from a CSV, XLSX or vCard file", show=False),
    Action("app.quit", "q", "quit_home", "Quit", "退出", APP,
           "quit (from the customer list; elsewhere: back to it)",
           title="Quit custui (from the customer list)"),
    Action("app.lock", "ctrl+l", "lock_now", "Lock", "锁定", APP,
           "lock an encrypted book now: every screen closes and the passphrase is asked again (it "
           "also locks by itself after the `auto-lock` minutes of the settings)",
           # priority: a dialog's own keys end the others' (Textual's modal screens), not this one
           title="Lock now", show=False, priority=True),

    # -- the customer list ----------------------------------------------------------------------
    # priority: handled as the key arrives, so keys typed right after "/" reach the search box
    Action("list.search", "slash", "search_focus", "Search", "搜索", "list",
           "search as you type: name, contact, phone, e-mail, notes, tags. `科技` finds 某某科技有限公司, "
           "`科技集團` finds 科技集团, `keji` or `kj` find 科技",
           title="Search customers", priority=True),
    Action("list.filter", "f", "filter_focus", "Filter", "筛选", "list",
           "filter the list: `tier:core score>=70 tag:重点`, `tag:risk/*` …",
           title="Filter the list (tier:core score>=70 tag:重点 …)"),
    Note("list", "move", uses=_MOVE, label_zh="移动"),
    Note("list", "choose a column", uses=("table.left", "table.right"), label_zh="选列"),
    Note("list", "sort by that column; again to reverse (or click the header)", uses=("table.sort",),
         label="sort"),
    Note("list", "the customer: key fields, score, tags and the timeline of interactions and orders",
         uses=("table.open",), label="the customer"),
    Action("list.new", "n", "customer_new", "New", "新客户", "list",
           "new customer", title="New customer"),
    Action("list.edit", "e", "customer_edit", "Edit", "编辑", "list",
           "edit the customer", title="Edit the highlighted customer"),
    Action("list.why", "w", "score_explain", "Why", "评分原因", "list",
           "why this score", title="Explain the highlighted customer's score"),
    Action("list.brief", "b", "briefing", "Brief", "拜访简报", "list",
           "the one-screen brief before a visit", title="The one-screen brief before a visit"),
    Action("list.copy", "y", "copy", "Copy", "复制", "list",
           "copy the customer's phone, e-mail, address or name (one more key) to the clipboard",
           title="Copy the highlighted customer's phone, e-mail, address or name", show=False),
    Action("list.weights", "W", "scoring_edit", "Weights", "评分权重", "list",
           "scoring weights and tiers", title="Edit scoring weights and tiers", show=False),
    Action("list.save-view", "v", "view_save", "Save view", "保存视图", "list",
           "save this search, filter and sort as a view (recall it with `ctrl+p` or `V`)",
           title="Save this filter and sort as a view", show=False),
    Action("list.views", "V", "views_show", "Views", "已存视图", "list",
           "the saved views: `enter` shows one, `d` deletes one, `u` brings it back",
           title="Saved views: show one, delete one (u undoes)", show=False),
    Action("list.export", "x", "view_export", "Export", "导出", "list",
           "export the customers shown, in this order, to .csv, .xlsx or .vcf: the call list (contact, "
           "phone, e-mail, address, score, last order, next action)",
           title="Export the customers shown, in this order, to .csv, .xlsx or .vcf", show=False),
    Action("list.delete", "d,delete", "customer_delete", "Delete", "删除", "list",
           "delete (asks first)", title="Delete the highlighted customer (asks; u undoes)"),
    Action("list.tags", "t", "tags_edit", "Tags", "标签", "list",
           "tags of the highlighted customer (autocomplete: `重点`, `zd`, typos; `risk/付款慢` creates in a "
           "category) — with marked rows: add one tag to all of them",
           title="Edit the highlighted customer's tags, or add a tag to the marked ones"),
    Action("list.untag", "T", "tags_remove", "Untag", "移除标签", "list",
           "remove one tag from the marked rows (or the highlighted one)",
           title="Remove a tag from the marked customers (or the highlighted one)", show=False),
    Note("list", "mark / unmark the row (for bulk tagging)", uses=("table.mark",), label="mark"),
    Action("list.mark-all", "A", "mark_all", "Mark all", "全选", "list",
           "mark every customer the search and filter show (again: unmark)",
           title="Mark every customer shown (the current search and filter); again: unmark", show=False),
    Action("list.undo", "u", "undo", "Undo", "撤销", "list",
           "undo the last delete or tag change", title="Undo the last delete or tag change"),
    Action("list.clear", "escape", "search_clear", "Clear", "清除搜索", "list",
           "clear the search and filter", title="Clear the search and filter", show=False),

    # -- one customer ---------------------------------------------------------------------------
    Note("customer", "scroll the timeline (newest first)", uses=_MOVE, label_zh="滚动"),
    Action("customer.log", "i", "entry_add('interaction')", "Log interaction", "记录互动", "customer",
           "log an interaction: date (`today`, `+3d`, `next mon`, `明天`, `2026-12-01`), channel by key "
           "(`v` visit `c` call `m` meeting `e` email `w` message `x` event `o` other), summary, who, "
           "sentiment (`+` `=` `-`), next action and due, and the person it was with (`1` `2` `3`…, the "
           "primary contact to start with; `space` nobody)",
           title="Log a visit, call, meeting, e-mail… with this customer"),
    Action("customer.order", "o", "entry_add('order')", "Add order", "添加订单", "customer",
           "add an order: date, amount (`12800`, `1.2万`, `0` for a free sample), currency, product, margin",
           title="Add an order of this customer"),
    Action("customer.people", "p", "people_show", "People", "联系人", "customer",
           "the people at this customer: primary contact first (★), those who left dimmed with the day",
           title="The people at this customer: add, edit, remove, mark the primary and who left"),
    Action("customer.read", "enter", "entry_view", "Read entry", "查看记录", "customer",
           "read the highlighted interaction or order in full; there `e` edits it, `d` deletes it",
           title="Read the highlighted entry in full (e there edits it)"),
    Action("customer.delete-entry", "d,delete", "entry_delete", "Delete entry", "删除记录", "customer",
           "delete the highlighted entry", title="Delete the highlighted entry (u undoes)"),
    Action("customer.undo", "u", "entry_undo", "Undo delete", "恢复记录", "customer",
           "bring back the last deleted entry", title="Bring back the last deleted entry"),
    Action("customer.edit", "e", "customer_edit", "Edit", "编辑客户", "customer",
           "edit the customer", title="Edit this customer's fields"),
    Action("customer.tags", "t", "tags_edit", "Tags", "标签", "customer",
           "edit its tags", title="Add or remove this customer's tags"),
    Action("customer.brief", "b", "briefing", "Brief", "拜访简报", "customer",
           "the one-screen brief before a visit: who, score and why, last three contacts, open next "
           "actions, orders this year against last year, tags",
           title="The one-screen brief before a visit"),
    Action("customer.owed", "dollar_sign", "payments_show", "Owed", "应收款", "customer",
           "its open orders: due day, days late, amount; there `p` marks one paid today, `u` undoes",
           title="This customer's open orders: mark one paid", key_display="$"),
    Action("customer.copy", "y", "copy", "Copy", "复制", "customer",
           "copy the customer's phone, e-mail, address or name to the clipboard",
           title="Copy this customer's phone, e-mail, address or name", show=False),
    Action("customer.back", "escape", "back", "Back", "返回", "customer",
           "back to the list", title="Back to the list"),

    # -- the people at a customer ---------------------------------------------------------------
    Action("people.add", "n", "person_add", "Add", "添加联系人", "people",
           "add a person: name, title, phone, e-mail, WeChat/IM, notes, the day they left (the first "
           "becomes the primary contact)",
           title="Add a person of this customer"),
    Action("people.edit", "e", "person_edit", "Edit", "编辑联系人", "people",
           "edit the highlighted person (`enter` too)", title="Edit the highlighted person"),
    Action("people.remove", "d,delete", "person_remove", "Remove", "移除联系人", "people",
           "remove the highlighted person (entered by mistake; their interactions keep the name)",
           title="Take the highlighted person off the list (u brings them back)"),
    Action("people.undo", "u", "person_restore", "Undo", "恢复联系人", "people",
           "bring back the last person removed", title="Bring back the last person removed"),
    Action("people.primary", "asterisk,m", "person_primary", "Primary", "设为主要联系人", "people",
           "make the highlighted person the primary contact (the list, the brief and the call list show "
           "them)",
           title="Make the highlighted person the primary contact"),
    Action("people.left", "l", "person_left", "Left/back", "已离职", "people",
           "the highlighted person left the company today (`e` changes the day); again: they are back",
           title="The highlighted person left the company today (again: they are back)"),

    # -- the interaction, order and person forms ------------------------------------------------
    Action("form.save", "ctrl+s", "save", "Save", "保存", "form",
           "save (only when every field is valid)", priority=True),
    Action("form.cancel", "escape", "cancel", "Cancel", "取消", "form",
           "cancel (asks before discarding)"),
    # priority: focus moves as tab arrives, so keys typed right after it land in the next field
    Action("form.next", "tab", "app.focus_next", "Next field", "下一字段", "form",
           "next field", show=False, priority=True, palette=False),
    Action("form.previous", "shift+tab", "app.focus_previous", "Previous field", "上一字段", "form",
           "previous field", show=False, priority=True, palette=False),

    # -- the customer form ----------------------------------------------------------------------
    Action("customer-form.save", "ctrl+s", "form_save", "Save", "保存", "customer-form",
           "save (only when every field is valid)", priority=True),
    Action("customer-form.cancel", "escape", "form_cancel", "Cancel", "取消", "customer-form",
           "cancel (asks before discarding changes)"),
    # priority: Input and TextArea use ctrl+d for "delete right"
    Action("customer-form.delete", "ctrl+d", "customer_delete", "Delete", "删除客户", "customer-form",
           "delete this customer (asks first; undo from the list with `u`)",
           title="Delete this customer", priority=True),
    # The app's `q` / `1` go home by popping screens; on a form that must ask first.
    Action("customer-form.leave", "q,1", "form_cancel", "Cancel", "离开", "customer-form",
           "leave the form, as `esc` does (the keys that go home elsewhere ask first here)",
           title="Leave the form", show=False),
    # priority: focus moves as tab arrives, so keys typed right after it land in the next field
    Action("customer-form.next", "tab", "app.focus_next", "Next field", "下一字段", "customer-form",
           "next field", show=False, priority=True, palette=False),
    Action("customer-form.previous", "shift+tab", "app.focus_previous", "Previous field", "上一字段",
           "customer-form", "previous field", show=False, priority=True, palette=False),
    Action("customer-form.open-existing", "ctrl+o", "open_existing", "Open existing", "打开已有客户",
           "customer-form",
           "open the customer that probably exists already (shown under the name while you type)",
           title="Open the customer that probably exists already (this form stays)", priority=True),

    # -- a read entry ---------------------------------------------------------------------------
    Action("entry.edit", "e,enter", "choose('edit')", "Edit", "编辑", "entry",
           "edit this interaction or order", title="Edit this entry"),
    Action("entry.delete", "d,delete", "choose('delete')", "Delete", "删除", "entry",
           "delete it (`u` on the customer brings it back)", title="Delete this entry (u undoes)"),
    Action("entry.close", "escape", "choose('')", "Close", "关闭", "entry", "close"),

    # -- follow-ups -----------------------------------------------------------------------------
    Action("followups.done", "d,space", "done", "Done", "完成", "followups",
           "mark the follow-up done", title="Mark the highlighted follow-up done"),
    Action("followups.next", "n", "done_and_next", "Done + next", "完成并安排下次", "followups",
           "log what happened and the next one (same channel, due after the channel's delay); done once "
           "saved",
           title="Mark it done and schedule the next one"),
    Action("followups.postpone", "p", "postpone", "Postpone", "推迟", "followups",
           "postpone: tomorrow, in a week, in a month, or a day typed (not done)",
           title="Move the follow-up to another day without marking it done"),
    Action("followups.undo", "u", "undo", "Undo", "撤销", "followups",
           "undo the last done or postpone", title="Undo the last done or postpone"),
    Action("followups.delays", "s", "delays", "Delays", "跟进间隔", "followups",
           "set the follow-up delay of each channel", title="Set the follow-up delay of each channel"),
    Action("followups.calendar", "c", "calendar", "Calendar", "日历", "followups",
           "write every open follow-up to an iCalendar (.ics) file for your calendar",
           title="Write every open follow-up to an iCalendar file for your calendar app", show=False),
    Action("followups.search", "slash", "search_focus", "Search", "搜索", "followups",
           "search: the customer (name, pinyin, phone, people) or the words of the next action; esc "
           "leaves the box",
           title="Search the follow-ups: customer name, pinyin, phone, or the next action"),
    Note("followups", "move", uses=_MOVE, label_zh="移动"),
    Note("followups", "open the customer", uses=("table.open",), label="open the customer"),
    Action("followups.back", "escape", "back", "Back", "返回", "followups",
           "back", title="Back to the list"),

    # -- follow-up delays -----------------------------------------------------------------------
    Action("delays.cancel", "escape", "cancel", "Cancel", "取消", "delays", "cancel"),
    Action("delays.save", "ctrl+s", "save", "Save", "保存", "delays", "save the delays"),
    Action("delays.next", "down", "app.focus_next", "Next field", "下一字段", "delays",
           "the next channel", show=False, palette=False),
    Action("delays.previous", "up", "app.focus_previous", "Previous field", "上一字段", "delays",
           "the previous channel", show=False, palette=False),

    # -- duplicates -----------------------------------------------------------------------------
    Action("duplicates.review", "enter", "review", "Review", "查看", "duplicates",
           "review the group side by side", title="Compare the group side by side", priority=True),
    Action("duplicates.not", "n", "dismiss_group", "Not duplicates", "不是重复", "duplicates",
           "not duplicates: never suggest this group again",
           title="Mark the highlighted group as different customers"),
    Action("duplicates.dismissed", "D", "dismissed", "Dismissed", "已排除", "duplicates",
           "the pairs marked not duplicates (there `d` takes one back into the queue)",
           title="Pairs marked as different customers; take one back"),
    Action("duplicates.undo", "u", "merge_undo", "Undo merge", "撤销合并", "duplicates",
           "undo the last merge (also after a restart)", title="Undo the last merge"),
    Action("duplicates.rescan", "r", "rescan", "Rescan", "重新扫描", "duplicates",
           "scan again", title="Scan the whole file again"),
    Action("duplicates.back", "escape", "back", "Back", "返回", "duplicates",
           "cancel a running scan / back", title="Cancel the scan / back to the list"),

    # -- reviewing a group of duplicates (priority: the table would scroll sideways instead) ----------
    Action("merge.previous", "left", "pick(-1)", "Pick value", "取上一个值", "merge",
           "keep the previous customer's value of the field under the cursor",
           title="Keep the previous customer's value of this field", priority=True, key_display="←/→"),
    Action("merge.next", "right", "pick(1)", "Pick value", "取下一个值", "merge",
           "keep the next customer's value of the field under the cursor",
           title="Keep the next customer's value of this field", show=False, priority=True),
    Action("merge.merge", "m", "merge", "Merge", "合并", "merge",
           "merge (one transaction; interactions, orders and tags all move; `u` on the duplicates undoes "
           "it)",
           title="Merge the group into one customer (u undoes)"),
    Action("merge.not", "n", "dismiss_group", "Not duplicates", "不是重复", "merge",
           "not duplicates: never suggest this group again",
           title="These are different customers: never suggest them again"),
    Action("merge.back", "escape", "back", "Back", "返回", "merge",
           "back to the queue, nothing changed", title="Back to the duplicate queue, nothing changed"),

    # -- pairs marked not duplicates ------------------------------------------------------------
    Action("not-duplicates.take-back", "d", "take_back", "Take back", "取回", "not-duplicates",
           "take the pair back into the queue: they may be duplicates after all",
           title="They may be duplicates after all: back into the queue"),
    Action("not-duplicates.take-back-enter", "enter", "take_back", "Take back", "取回", "not-duplicates",
           "the same", show=False, priority=True, palette=False),
    Action("not-duplicates.close", "escape", "close", "Close", "关闭", "not-duplicates", "close"),

    # -- the tag editor (t) ---------------------------------------------------------------------
    Note("tag-editor", "the best existing tags: name, part of it, pinyin (`zd` → 重点), or with a typo",
         keys="type", label="finds tags"),
    Note("tag-editor", "choose", keys="`↑` `↓`"),
    Note("tag-editor", "apply the chosen tag; the last choice creates a new one", keys="`enter`",
         label="apply"),
    Note("tag-editor", "the category row for a new tag: `i` industry `n` need `r` risk `p` potential "
         "`c` custom", keys="`tab`"),
    Note("tag-editor", "the customer's current tags", keys="`shift+tab`"),
    Action("tag-editor.remove", "d,delete,x", "screen.remove_current", "Remove tag", "移除标签",
           "current-tags", "take the highlighted current tag off"),
    Action("tag-editor.close", "escape", "close", "Done", "完成", "tag-editor", "done"),
    Action("tag-editor.undo", "ctrl+z", "undo", "Undo", "撤销", "tag-editor",
           "undo the last change here", title="Undo the last tag change here"),

    # -- tags (4) -------------------------------------------------------------------------------
    Action("tags.rename", "r", "tag_rename", "Rename", "重命名", "tags",
           "rename (onto an existing name: offers to merge the two)", title="Rename the highlighted tag"),
    Note("tags", "mark tags to merge", uses=("table.mark",), label="mark"),
    Action("tags.merge", "m", "tag_merge", "Merge", "合并", "tags",
           "merge the marked tags into the highlighted one",
           title="Merge the marked tags into the highlighted one"),
    Action("tags.category", "c", "tag_category", "Category", "分类", "tags",
           "change the category", title="Change the highlighted tag's category"),
    Action("tags.colour", "C", "tag_color", "Colour", "颜色", "tags",
           "change the colour", title="Change the highlighted tag's colour"),
    Action("tags.delete", "d,delete", "tag_delete", "Delete", "删除", "tags",
           "delete (asks; `u` brings it back on the same customers)",
           title="Delete the highlighted tag (asks)"),
    Action("tags.new", "n", "tag_new", "New", "新标签", "tags",
           "new tag (`category/name`)", title="Create a tag"),
    Action("tags.undo", "u", "tag_undo", "Undo", "撤销", "tags",
           "undo the last change", title="Undo the last tag change"),
    Note("tags", "the customers with this tag", uses=("table.open",), label="its customers"),
    Action("tags.back", "escape", "back", "Back", "返回", "tags",
           "back to the list", title="Back to the list"),

    # -- the dashboard (5) ----------------------------------------------------------------------
    Note("dashboard", "scroll (panels stack on a narrow terminal)", keys="`↑` `↓` `pgup` `pgdn`"),
    Action("dashboard.pivot", "p", "pivot", "Pivot", "交叉分析", "dashboard",
           "cross-classification: two of industry, size band, region, tier, segment, tag category",
           title="Cross-classify customers by two dimensions"),
    Action("dashboard.movement", "m", "movement_focus", "Movement", "层级变动", "dashboard",
           "the tier movement since the last snapshot before this month: arrows pick a cell",
           title="Tier movement since last month"),
    Note("dashboard", "on the tier movement: the customer list filtered to that cell (or total)",
         keys="`enter`", label="those customers"),
    Action("dashboard.refresh", "r", "refresh_numbers", "Refresh", "刷新", "dashboard",
           "read the numbers again (re-scores)", title="Read the numbers again"),
    Action("dashboard.back", "escape", "back", "Back", "返回", "dashboard",
           "back", title="Back to the list"),

    # -- cross-classification (p on the dashboard) ----------------------------------------------------
    Note("pivot", "move between cells", keys="arrows"),
    Note("pivot", "the customer list filtered to that cell (or total)", keys="`enter`",
         label="those customers"),
    Note("pivot", "the pickers: rows / columns (`i` industry `s` size `r` region `t` tier `g` segment "
         "`c` tag category), measure (`n` customers `m` revenue)", keys="`tab`"),
    Action("pivot.back", "escape", "back", "Back", "返回", "pivot",
           "back to the dashboard", title="Back to the dashboard"),

    # -- import (I) -----------------------------------------------------------------------------
    Note("import", "complete the file name", keys="`→`", label="completes the path"),
    Note("import", "the rows are customers, interactions or orders (on the kind line)",
         keys="`c` `i` `o`", label="customers / interactions / orders"),
    Action("import.back", "escape", "back", "Back", "上一步", "import",
           "back a step; cancels a running check or import (nothing is written)",
           title="Back one step; cancels a running check or import"),
    Note("import", "choose a column of the preview", keys="`←` `→`"),
    Action("import.field", "f", "map_column", "Field", "字段", "import",
           "read the column under the cursor as another field (or not at all)",
           title="Read the column under the cursor as another field"),
    Action("import.kind", "k", "change_kind", "Kind", "类型", "import",
           "customers, interactions or orders", title="Customers, interactions or orders"),
    Action("import.next", "enter", "next", "Next", "下一步", "import",
           "next step: read the file, check every row, import", priority=True),
    Action("import.reread", "r", "reread", "Re-read file", "重新读取", "import",
           "read the file again (after fixing it)", title="Read the file again (after fixing it)"),
    Action("import.reading", "e", "switch_reading", "Switch", "切换编码", "import",
           "a file that reads two ways (Windows-1252 or GB18030…): show the other reading; the import uses "
           "the one shown",
           title="A file that reads two ways: show it in the other encoding"),
    Action("import.rows", "p", "switch_rows", "Rows", "按人读取", "import",
           "customers: read one row per customer, or one row per person (the rows of one company become "
           "one customer with all its people); the line above the preview says which and why",
           title="One row per customer, or one row per person (a company's rows become one customer)"),
    Action("import.merge", "m", "decide('merge')", "Merge", "合并", "import",
           "a row already in the book: merge it into that customer",
           title="Merge this row into the customer it probably is"),
    Action("import.skip", "s", "decide('skip')", "Skip", "跳过", "import",
           "a row already in the book: skip it", title="Leave this row out"),
    Action("import.add", "a", "decide('add')", "Add", "添加", "import",
           "a row already in the book: add it anyway", title="Add this row as a new customer"),
    Action("import.merge-all", "M", "decide_all('merge')", "Merge all", "全部合并", "import",
           "every row already in the book: merge", show=False),
    Action("import.skip-all", "S", "decide_all('skip')", "Skip all", "全部跳过", "import",
           "every row already in the book: skip", show=False),
    Action("import.add-all", "A", "decide_all('add')", "Add all", "全部添加", "import",
           "every row already in the book: add anyway", show=False),

    # -- settings (ctrl+p "Settings…") ----------------------------------------------------------
    # priority: the table would take enter to select its row
    Action("settings.change", "enter", "change", "Change", "修改", "settings",
           "change the highlighted setting (home region, base currency, follow-up delays, scoring "
           "weights and tiers, backups…); its meaning shows below the list",
           title="Change the highlighted setting", priority=True),
    Action("settings.rate", "n", "new_rate", "Set a rate", "设置汇率", "settings",
           "set an exchange rate: `USD 7.10`, or from a day on: `USD 7.25 from 2026-01-01` (units of the "
           "base currency per unit)",
           title="Set an exchange rate (from a day on)"),
    Action("settings.remove-rate", "d", "remove_rate", "Remove rate", "删除汇率", "settings",
           "remove the highlighted rate (its orders are then left out of the money, and say so)"),

    # -- industry names (ctrl+p "Industry names…") ----------------------------------------------
    Action("industry-names.add", "n", "add", "New word", "新增词语", "industry-names",
           "add your word for an industry, then pick the standard name it means by its key",
           title="Read a word of your files as a standard industry"),
    Action("industry-names.remove", "d", "remove", "Remove", "删除", "industry-names",
           "remove the highlighted word"),

    # -- past imports (ctrl+p "Imports…") -------------------------------------------------------
    Action("imports.revert", "r", "revert", "Revert", "撤销导入", "imports",
           "revert the import: take out what it wrote (after a backup), undo its merges",
           title="Take out everything the import wrote"),
    Action("imports.undo", "u", "undo_revert", "Undo revert", "恢复导入", "imports",
           "undo the revert", title="Bring back what a revert took out"),

    # -- money owed (ctrl+p "Money owed…") -------------------------------------------------------
    # priority: the table would take enter to select its row
    Action("owed.orders", "enter", "orders", "Orders", "订单", "owed",
           "the highlighted customer's open orders (there `p` marks one paid today, `u` undoes)",
           title="The highlighted customer's open orders: mark one paid", priority=True),
    Action("owed.customer", "c", "customer", "Customer", "客户", "owed",
           "open the highlighted customer", title="Open the highlighted customer"),
    Action("payments.paid", "p", "paid", "Paid", "已付款", "payments",
           "mark the highlighted order paid today (it leaves what is owed)",
           title="Mark the highlighted order paid today (u undoes)"),
    Action("payments.undo", "u", "undo", "Undo", "撤销", "payments",
           "undo the last one marked paid", title="The last order marked paid is owed again"),

    # -- saved views (V) ------------------------------------------------------------------------
    Action("saved-views.show", "enter", "choose", "Show", "显示", "saved-views",
           "show the list as this view", title="Show the list as this view", priority=True),
    Action("saved-views.delete", "d,delete", "delete", "Delete", "删除", "saved-views",
           "delete the saved view", title="Delete this saved view (u undoes)"),
    Action("saved-views.undo", "u", "undo", "Undo", "恢复", "saved-views",
           "bring back the view deleted last", title="Bring back the view deleted last"),
    Action("saved-views.close", "escape", "close", "Close", "关闭", "saved-views", "close"),

    # -- scoring weights (W) --------------------------------------------------------------------
    Action("scoring.save", "ctrl+s", "settings_save", "Save", "保存", "scoring",
           "save these weights and tiers and re-rank the list",
           title="Save these weights and re-rank the list", priority=True),
    Action("scoring.defaults", "ctrl+r", "settings_reset", "Defaults", "恢复默认", "scoring",
           "put back the default weights and tiers", title="Put back the default weights and tiers",
           priority=True),
    Action("scoring.cancel", "escape", "settings_cancel", "Cancel", "取消", "scoring", "cancel"),
    Action("scoring.next", "tab", "app.focus_next", "Next", "下一个", "scoring",
           "next field", show=False, priority=True, palette=False),
    Action("scoring.previous", "shift+tab", "app.focus_previous", "Previous", "上一个", "scoring",
           "previous field", show=False, priority=True, palette=False),

    # -- small dialogs --------------------------------------------------------------------------
    Action("explanation.close", "escape,w,q", "close", "Close", "关闭", "explanation",
           "close why this score"),
    Action("briefing.close", "escape,b,q", "close", "Close", "关闭", "briefing", "close the brief"),
    Action("dialog.close", "escape", "close", "Close", "关闭", "dialog",
           "close a list dialog (settings, industry names, imports, people)"),
    Action("confirm.yes", "y", "confirm", "Yes", "是", "confirm", "yes, when a question asks"),
    Action("confirm.no", "n,escape", "decline", "No", "否", "confirm", "no"),
    Action("prompt.cancel", "escape", "prompt_cancel", "Cancel", "取消", "prompt",
           "cancel a question that asks for a text (`enter` answers)"),
    Action("help.close", "escape,question_mark,q", "dismiss_help", "Close", "关闭", "help",
           "close this help"),
    Note("unlock", "open the book with the passphrase typed (3 wrong tries quit)", keys="`enter`",
         label="unlock", label_zh="解锁"),
    Action("unlock.quit", "escape", "quit", "Quit", "退出", "unlock",
           "quit without opening the book", title="Quit without opening the book"),

    # -- every list (the customers, the timeline, follow-ups, tags) -----------------------------
    Action("table.up", "up,k", "cursor_up", "Up", "上移", "table",
           "up a row", show=False, palette=False),
    Action("table.down", "down,j", "cursor_down", "Down", "下移", "table",
           "down a row", show=False, palette=False),
    Action("table.left", "left,h", "column_left", "Column left", "左一列", "table",
           "the column to the left", show=False, palette=False),
    Action("table.right", "right,l", "column_right", "Column right", "右一列", "table",
           "the column to the right", show=False, palette=False),
    Action("table.page-up", "pageup", "page_up", "Page up", "上一页", "table",
           "a page up", show=False, palette=False),
    Action("table.page-down", "pagedown", "page_down", "Page down", "下一页", "table",
           "a page down", show=False, palette=False),
    Action("table.first", "home,g", "first", "First", "第一行", "table",
           "the first row", show=False, palette=False),
    Action("table.last", "end,G", "last", "Last", "最后一行", "table",
           "the last row", show=False, palette=False),
    Action("table.open", "enter", "open_row", "Open", "打开", "table",
           "open the highlighted row", title="Open the highlighted row"),
    Action("table.sort", "s", "sort_column", "Sort", "排序", "table",
           "sort by the highlighted column (again: reverse)",
           title="Sort by the highlighted column (again: reverse)"),
    Action("table.mark", "space", "toggle_mark", "Mark", "标记", "table",
           "mark or unmark the highlighted row (and step down)",
           title="Mark or unmark the highlighted row"),
)
# fmt: on

ACTIONS: tuple[Action, ...] = tuple(entry for entry in KEYS if isinstance(entry, Action))
BY_ID: dict[str, Action] = {action.id: action for action in ACTIONS}


def bindings(screen: str) -> list[BindingType]:
    """The Textual bindings of *screen* (a name of :data:`PLACES`), in the footer's order."""
    if screen not in PLACES:
        raise KeyError(f"no place named {screen!r} in custui.tui.actions.PLACES")
    return [action.binding() for action in ACTIONS if action.screen == screen]


def of_screen(screens: Iterable[str]) -> list[Action | Note]:
    """The actions and notes of *screens*, in the registry's order (the help's)."""
    wanted = set(screens)
    return [entry for entry in KEYS if entry.screen in wanted]


def keys_of(action: Action, keymap: Mapping[str, str] | None = None) -> str:
    """The keys *action* has: the keymap's when it rebinds it, else the default."""
    return (keymap or {}).get(action.id) or action.keys
