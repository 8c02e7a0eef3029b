"""Which data the window shows, as HTML (no Qt): Help > Data (the file in use, its release and
dates, the packs passed over and why), the check of a file offered by File > Open data file,
Help > What's new in the data (the rows changed since the shipped data, by tab), and the
line a changed row's details carry."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from iomdesk import changes, dates, packs
from iomdesk.details import escape, field_word, link, value_html
from iomdesk.i18n import translate
from iomdesk.links import Link
from iomdesk.store import Store
from iomdesk.tabs.base import Tab

WHATS_NEW_LINES = 400  # per tab: a pack that rewrote everything still opens its page at once


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{value_html(text)}</td></tr>"
        for label, text in rows
    )
    return f"<table cellspacing='4'>{cells}</table>"


def pack_rows(meta: dict[str, str], tabs: Sequence[Tab]) -> list[tuple[str, str]]:
    """Release, schema, each tab's 'as of' and the sources' date, from a file's meta."""
    rows = [
        (translate("data", "Release"), meta.get("release") or translate("data", "not named")),
        (translate("data", "Schema"), meta.get("schema", "?")),
    ]
    rows += [
        (tab.shown_title(), dates.display(meta.get(f"as_of_{tab.key}")) or "?") for tab in tabs
    ]
    rows.append(
        (translate("data", "Sources checked to"), dates.display(meta.get("sources_checked")) or "?")
    )
    return rows


def offer_html(info: packs.PackInfo, tabs: Sequence[Tab], start: packs.Choice) -> str:
    """File > Open data file, once the file has passed every check: what it is, and whether a
    start would choose it over what a start uses now (start: packs.choose's answer)."""
    if start_would_choose(info, start):
        said = translate("data", "It is newer than the data this version ships ({release}).")
    elif start.from_folder:
        said = translate(
            "data",
            "It is not newer than {name} ({release}) in the data folder: it can be opened for "
            "now, but a start would not choose it.",
        )
    else:
        said = translate(
            "data",
            "It is not newer than the data this version ships ({release}): it can be opened "
            "for now, but a start would not choose it.",
        )
    said = said.format(release=start.release or "?", name=start.path.name)
    return (
        f"<p>{translate('data', 'The file passed every check.')} {escape(said)}</p>"
        f"<p>{value_html(str(info.path))}</p>" + _table(pack_rows(info.meta, tabs))
    )


def start_would_choose(info: packs.PackInfo, start: packs.Choice) -> bool:
    """Whether a start would use this file once it is in the data folder: newer than what a
    start uses now, or the same release under the same name (it would replace that file)."""
    key, now = packs.release_key(info.release) or (0,), packs.release_key(start.release) or (0,)
    same_file = start.from_folder and start.path.name == packs.pack_name(info.release)
    return key > now or (key == now and same_file)


def data_html(
    store: Store,
    choice: packs.Choice | None,
    folder: Path,
    shipped: Path,
    tabs: Sequence[Tab],
) -> str:
    """Help > Data: the file in use and why, its release and dates, its sources, the data
    folder and each pack there that is not in use, with its reason."""
    if choice is None:
        where = translate("data", "the file given on the command line (--db)")
    elif choice.from_folder:
        where = translate("data", "a data pack from the data folder")
    elif store.path == shipped:
        where = translate("data", "the data this version of iomdesk ships")
    else:
        where = translate("data", "a file opened with File > Open data file")
    kinds = [s.kind for s in store.sources.values()]
    sources = translate("data", "{count} documents ({seeds} seed documents, {public} public)")
    rows = [
        (translate("data", "In use"), where),
        (translate("data", "File"), str(store.path)),
        *pack_rows(store.meta, tabs),
        (
            translate("data", "Sources"),
            sources.format(
                count=len(kinds), seeds=kinds.count("seed"), public=kinds.count("public")
            ),
        ),
        (translate("data", "Data folder"), str(folder)),
    ]
    skipped = choice.skipped if choice else []
    if skipped:
        items = "".join(
            f"<li><b>{value_html(s.path.name)}</b>: {value_html(s.reason)}</li>" for s in skipped
        )
        others = f"<h3>{translate('data', 'Not in use')}</h3><ul>{items}</ul>"
    elif choice is None:
        others = f"<p>{translate('data', 'With --db, the data folder is not read.')}</p>"
    else:
        others = f"<p>{translate('data', 'No other data pack is in the data folder.')}</p>"
    how = translate(
        "data",
        "Newer data comes as a data pack, one .sqlite file: drop it on the window, open it "
        "with File > Open data file, or copy it into the data folder. At start iomdesk uses "
        "the newest pack that passes every check, else the data it ships.",
    )
    return f"<h2>{translate('data', 'Data')}</h2>" + _table(rows) + others + f"<p>{how}</p>"


def whats_new_html(
    found: list[changes.RowChange] | str | None,
    tabs: Sequence[Tab],
    release: str,
    shipped_release: str,
) -> str:
    """Help > What's new in the data: the changes from the shipped data to the data in use,
    grouped by tab; a row still in the data is a link to it. found is None for the shipped
    data itself, and the reason in a sentence when the two files could not be compared."""
    heading = f"<h2>{translate('data', 'What is new in the data')}</h2>"
    shipped = shipped_release or "?"
    said = ""
    if found is None:
        said = translate("data", "The data in use is the data this version ships ({release}).")
        said = said.format(release=shipped)
    elif isinstance(found, str):
        said = translate(
            "data",
            "The data in use could not be compared with the data this version ships: {reason}",
        ).format(reason=found)
    elif not found:
        said = translate(
            "data",
            "The data in use ({release}) has the same rows as the data this version ships "
            "({shipped}).",
        ).format(release=release or "?", shipped=shipped)
    if said:
        return heading + f"<p>{escape(said)}</p>"
    intro = translate(
        "data", "From the data this version ships ({shipped}) to the data in use ({release}):"
    ).format(shipped=escape(shipped_release or "?"), release=escape(release or "?"))
    groups: dict[str, list[str]] = {}
    totals: dict[str, int] = {}
    titles = {tab.key: tab.shown_title() for tab in tabs}
    for change in found:
        owner, row_id = _owner(tabs, change)
        totals[owner] = totals.get(owner, 0) + 1
        lines = groups.setdefault(owner, [])
        if len(lines) < WHATS_NEW_LINES:
            lines.append(_change_line(change, owner, row_id, tabs))
        elif len(lines) == WHATS_NEW_LINES:
            lines.append("…")
    blocks = []
    for key in [*titles, ""]:
        if key in groups:
            title = titles.get(key) or translate("data", "Sources and other tables")
            blocks.append(
                f"<h3>{escape(title)} ({totals[key]})</h3><ul>"
                + "".join(f"<li>{line}</li>" for line in groups[key])
                + "</ul>"
            )
    return heading + f"<p>{intro}</p>" + "".join(blocks)


def _owner(tabs: Sequence[Tab], change: changes.RowChange) -> tuple[str, str | None]:
    """The tab that shows the changed row ('' for none) and that tab's row id."""
    for tab in tabs:
        if change.table in tab.tables:
            return tab.key, tab.row_for(change.table, change.row)
    return "", None


def _change_line(
    change: changes.RowChange, owner: str, row_id: str | None, tabs: Sequence[Tab]
) -> str:
    name = changes.row_name(change) or change.row_id
    what = {
        "added": translate("data", "added"),
        "removed": translate("data", "removed"),
        "changed": translate("data", "changed"),
    }[change.kind]
    kind = next((tab.link for tab in tabs if tab.key == owner), "")
    shown = f"{change.table}: {name}"
    address = Link.parse(f"{kind}:{row_id}") if kind and row_id else None
    label = link(address, shown) if address and change.kind != "removed" else value_html(shown)
    fields = "".join(
        f"<br>&nbsp;&nbsp;{escape(field_word(f.field))}: {value_html(changes.shown_value(f.old))}"
        f" → {value_html(changes.shown_value(f.new))}"
        for f in change.fields
    )
    return f"{label} — {escape(what)}{fields}"
