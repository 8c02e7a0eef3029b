"""The table models, one per table tab, defined by their columns."""

from __future__ import annotations

from iomdesk import dates, records
from iomdesk.i18n import translate
from iomdesk.models.table import Column, FilterTableModel
from iomdesk.records import LeaderRow
from iomdesk.store import Figure, Store

# Columns the window sorts by at start: leaders in order of time, newest elections and
# history first.
LEADERSHIP_FROM_COLUMN = 3
ELECTIONS_DATE_COLUMN = 0
HISTORY_DATE_COLUMN = 0


def _years(row: LeaderRow) -> float:
    years = dates.years_between(row.tenure.start, row.tenure.end)
    return -1.0 if years is None else years


def leadership_model(store: Store, parent=None) -> FilterTableModel:
    present = translate("columns", "present")
    columns = [
        Column(translate("columns", "Name"), lambda r: r.person.name),
        Column(
            translate("columns", "Role"),
            lambda r: r.tenure.role,
            sort=lambda r: (r.tenure.kind != "head", r.tenure.role),
        ),
        Column(translate("columns", "Nationality"), lambda r: r.person.nationality or ""),
        Column(
            translate("columns", "From"),
            lambda r: records.date_text(r.tenure.start, r.tenure.start_status),
            sort=lambda r: dates.sort_key(r.tenure.start),
            iso=lambda r: r.tenure.start,
        ),
        Column(
            translate("columns", "To"),
            lambda r: records.date_text(r.tenure.end, r.tenure.end_status, present),
            sort=lambda r: dates.sort_key(r.tenure.end),
            iso=lambda r: r.tenure.end,
        ),
        Column(
            translate("columns", "Years"),
            lambda r: f"{_years(r):.1f}" if _years(r) >= 0 else "",
            sort=_years,
            align_right=True,
        ),
        Column(
            translate("columns", "Organisation"), lambda r: ", ".join(b.acronym for b in r.bodies)
        ),
    ]
    return FilterTableModel(
        records.leader_rows(store),
        columns,
        records.leader_haystack,
        emphasis=lambda r: r.is_current_head,
        span=records.tenure_span,
        parent=parent,
    )


def elections_model(store: Store, parent=None) -> FilterTableModel:
    columns = [
        Column(
            translate("columns", "Date"),
            lambda e: dates.display(e.date),
            sort=lambda e: dates.sort_key(e.date),
            iso=lambda e: e.date,
        ),
        Column(translate("columns", "Post"), lambda e: e.post),
        Column(translate("columns", "Winner"), lambda e: records.winner_name(store, e)),
        Column(translate("columns", "Candidates"), lambda e: records.candidate_names(store, e)),
        Column(translate("columns", "Rounds"), lambda e: records.rounds_text(store, e)),
    ]
    return FilterTableModel(
        store.elections,
        columns,
        lambda e: records.election_haystack(store, e),
        span=lambda e: records.date_span(e.date),
        parent=parent,
    )


def contacts_model(store: Store, parent=None) -> FilterTableModel:
    columns = [
        Column(translate("columns", "Unit"), lambda c: c.label),
        Column(translate("columns", "E-mail"), lambda c: c.email or ""),
        Column(translate("columns", "Telephone"), lambda c: c.phone or ""),
        Column(translate("columns", "Address"), lambda c: c.address or ""),
    ]
    return FilterTableModel(
        store.contacts,
        columns,
        lambda c: records.contact_haystack(store, c),
        parent=parent,
    )


def _figure_sort(item: records.HistoryItem) -> tuple[int, float]:
    """Figures by value; milestones, which have none, below the smallest."""
    return (1, item.value) if isinstance(item, Figure) else (0, 0.0)


def history_model(store: Store, parent=None) -> FilterTableModel:
    columns = [
        Column(
            translate("columns", "When"),
            records.history_date,
            sort=records.history_sort_key,
            iso=lambda item: item.date,
        ),
        Column(translate("columns", "What"), records.history_what),
        Column(
            translate("columns", "Figure"),
            records.history_figure,
            sort=_figure_sort,
            align_right=True,
        ),
        Column(
            translate("columns", "Kind"),
            records.history_kind,
            sort=lambda item: (isinstance(item, Figure), records.history_kind(item)),
        ),
    ]
    return FilterTableModel(
        records.history_rows(store),
        columns,
        records.history_haystack,
        span=lambda item: records.date_span(item.date),
        parent=parent,
    )
