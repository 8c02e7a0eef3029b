"""Elections: how each Director General and deputy was chosen; its rows, columns, details
with candidates and rounds, Ctrl+K section and vote chart (no Qt)."""

# No `from __future__ import annotations` here: see store.py (NamedTuple fields).

from typing import NamedTuple

from iomdesk import dates, records, search
from iomdesk.details import facts as _facts
from iomdesk.details import page as _page
from iomdesk.details import status as _status
from iomdesk.details import value_html as _e
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.pictures import LABEL
from iomdesk.rows import Election, Round
from iomdesk.store import Store
from iomdesk.tabs.base import Column, Tab


def when_chosen(election: Election) -> str:
    """The day of the vote; where no record gives it, 'by 1969' (the year the winner took
    office, which the choice cannot postdate); '' when neither is known."""
    if election.date:
        return dates.display(election.date)
    if election.took_office:
        return translate("records", "by {year}").format(year=dates.display(election.took_office))
    return ""


def when_key(election: Election) -> str | None:
    """The date an election sorts and is searched by: the vote's, else the taking of office."""
    return election.date or election.took_office


def election_title(election: Election) -> str:
    """'Director General election, 15 May 2023'."""
    when = when_chosen(election) or translate("records", "date unknown")
    return translate("records", "{post} election, {date}").format(
        post=records.post_name(election.post), date=when
    )


def winner_name(store: Store, election: Election) -> str:
    person = store.people.get(election.winner_id or "")
    return person.name if person else ""


def rounds_text(store: Store, election: Election) -> str:
    rounds = store.rounds.get(election.id, [])
    ballots = sum(1 for r in rounds if r.kind == "ballot")
    acclaimed = any(r.kind == "acclamation" for r in rounds)
    if ballots and acclaimed:
        return translate("records", "{count} + acclamation").format(count=ballots)
    if acclaimed:
        return translate("records", "acclamation")
    return str(ballots) if ballots else translate("records", "not recorded")


def round_label(round_: Round) -> str:
    if round_.kind == "acclamation":
        return translate("records", "Acclamation")
    return translate("records", "Round {number}").format(number=round_.number)


def candidate_names(store: Store, election: Election) -> str:
    return ", ".join(c.name for c in store.candidates.get(election.id, []))


def election_haystack(store: Store, election: Election) -> str:
    parts: list[object] = [
        election_title(election),  # "election 2018" finds it by what the list calls it
        election.date,
        when_chosen(election),
        election.post,
        election.body,
        election.session,
        election.venue,
        winner_name(store, election),
        election.outcome,
        election.summary,
    ]
    for c in store.candidates.get(election.id, []):
        parts += [c.name, c.nationality, c.nominated_by, c.position, c.result]
    return search.haystack(parts)


def two_thirds(ballots: int | None, needed: int | None, votes: list[int], blank: int | None):
    """The votes a candidate needed: (number, 'stated' or 'derived'), or (None, '') if unknown.

    Derived as two-thirds of the ballots cast (or of the votes plus blanks) rounded up,
    which is how the Council counts; a source's own figure always wins.
    """
    if needed:
        return needed, "stated"
    total = ballots or (sum(votes) + (blank or 0) if votes else 0)
    if not total:
        return None, ""
    return -(-2 * total // 3), "derived"


def short_name(name: str) -> str:
    """A surname for a narrow label: 'Amy E. Pope' -> 'Pope'; suffixes like 'Jr.' dropped.
    A name with a remark in brackets is no person's name ('Candidate of Sudan (name not
    confirmed)'): its words before the remark, elided."""
    if "(" in name:
        return records.elided(name.split("(")[0].strip() or name)
    words = [w for w in name.split() if w.rstrip(".").lower() not in ("jr", "sr")]
    return words[-1] if words else name


def rounds_table(store: Store, election: Election) -> str:
    """The votes of each round per candidate, blanks, ballots and the two-thirds needed."""
    rounds = store.rounds.get(election.id, [])
    if not rounds:
        sentence = translate("details", "No round-by-round results were found in the sources.")
        return f"<p><i>{sentence}</i></p>"
    candidates = store.candidates.get(election.id, [])
    # Whole names; a long one is cut at a word and keeps the whole name as its tooltip.
    head = "".join(
        f"<th><span title='{_e(c.name)}'>{_e(records.elided(c.name))}</span></th>"
        for c in candidates
    )
    lines, steps = [], []
    for r in rounds:
        label = round_label(r)
        step = translate("details", "{round}: {outcome}").format(
            round=f"<b>{label}</b>{_status(r.status)}", outcome=_e(r.outcome)
        )
        if r.note:
            step += f" <i>{_e(r.note)}</i>"
        steps.append(f"<li>{step}</li>")
        if r.kind == "acclamation":
            continue
        votes = {v.candidate_id: v.votes for v in store.votes.get(r.id, [])}
        needed, how = two_thirds(r.ballots, r.needed, list(votes.values()), r.blank)
        cells = "".join(f"<td align='right'>{_e(votes.get(c.id, '—'))}</td>" for c in candidates)
        derived = f" ({translate('details', 'derived')})" if how == "derived" else ""
        threshold = f"{needed}{derived}" if needed else ""
        lines.append(
            f"<tr><td>{label}{'?' if r.status == 'unconfirmed' else ''}</td>{cells}"
            f"<td align='right'>{_e(r.blank)}</td><td align='right'>{_e(r.ballots)}</td>"
            f"<td align='right'>{threshold}</td></tr>"
        )
    table = (
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr><th>{translate('details', 'Round')}</th>{head}"
        f"<th>{translate('details', 'Blank')}</th>"
        f"<th>{translate('details', 'Ballots')}</th>"
        f"<th>{translate('details', 'Two-thirds')}</th></tr>"
        f"{''.join(lines)}</table>"
        if lines
        else ""
    )
    return f"<h3>{translate('details', 'Rounds')}</h3>{table}<ul>{''.join(steps)}</ul>"


def election_html(store: Store, election: Election) -> str:
    """The election: when, where, the rule, the candidates, the rounds, the sources."""
    candidates = store.candidates.get(election.id, [])
    incumbent = f" <i>({translate('details', 'incumbent')})</i>"
    rows = "".join(
        f"<tr><td>{_e(c.name)}{incumbent if c.incumbent else ''}</td>"
        f"<td>{_e(c.nationality)}</td><td>{_e(c.nominated_by)}</td><td>{_e(c.position)}</td>"
        f"<td>{_e(records.result_name(c.result))}</td></tr>"
        for c in candidates
    )
    candidate_table = (
        f"<h3>{translate('details', 'Candidates')}</h3>"
        "<table border='1' cellspacing='0' cellpadding='3'><tr>"
        f"<th>{translate('details', 'Name')}</th>"
        f"<th>{translate('details', 'Nationality')}</th>"
        f"<th>{translate('details', 'Nominated by')}</th>"
        f"<th>{translate('details', 'Position then')}</th>"
        f"<th>{translate('details', 'Result')}</th></tr>"
        f"{rows}</table>"
        if candidates
        else ""
    )
    facts = _facts(
        [
            (
                translate("details", "Date"),
                _e(when_chosen(election)) + _status(election.status),
            ),
            (
                translate("details", "Body"),
                _e(", ".join(x for x in (election.body, election.session) if x)),
            ),
            (translate("details", "Venue"), _e(election.venue)),
            (translate("details", "Rule"), _e(election.rule)),
            (translate("details", "Member states"), _e(election.member_states)),
            (translate("details", "Voting states"), _e(election.voting_states)),
            (translate("details", "Outcome"), _e(election.outcome)),
            (translate("details", "Winner"), _e(winner_name(store, election))),
            (translate("details", "Took office"), _e(dates.display(election.took_office))),
        ]
    )
    subjects = [("elections", election.id)]
    subjects += [("candidates", c.id) for c in candidates]
    for r in store.rounds.get(election.id, []):
        subjects.append(("rounds", r.id))
        subjects += [("votes", v.id) for v in store.votes.get(r.id, [])]
    body = (
        (f"<p>{_e(election.summary)}</p>" if election.summary else "")
        + candidate_table
        + rounds_table(store, election)
    )
    return _page(store, election_title(election), facts, body, subjects)


class CandidateVotes(NamedTuple):
    """One candidate's bar in a round."""

    candidate_id: str
    name: str
    votes: int


class RoundChart(NamedTuple):
    """One round of an election as the vote chart draws it."""

    label: str
    kind: str  # ballot or acclamation
    bars: list[CandidateVotes]
    threshold: int | None
    threshold_how: str  # stated, derived, or '' when unknown
    marks: dict[str, str]  # candidate id -> 'eliminated' or 'withdrew' after this round
    note: str
    uncertain: bool


# Candidates' results the chart writes under their last bar (data values), each with the
# phrase it shows: a whole phrase to translate, so each language orders it its own way.
MARKS = {
    "eliminated": QT_TRANSLATE_NOOP("pictures", "{name} eliminated"),
    "withdrew": QT_TRANSLATE_NOOP("pictures", "{name} withdrew"),
}


def vote_chart(store: Store, election: Election) -> list[RoundChart]:
    """Each round's votes per candidate and its two-thirds line; acclamations as steps."""
    candidates = store.candidates.get(election.id, [])
    names = {c.id: records.capped(c.name, LABEL) for c in candidates}
    rounds = store.rounds.get(election.id, [])
    last_ballot: dict[str, int] = {}  # candidate -> index of the last round with their votes
    charts: list[RoundChart] = []
    for r in rounds:
        # A round numbered 5 means four were held before it: each gets its box, even where
        # no row of the data records it (2019's first four ballots).
        while r.number and len(charts) + 1 < r.number:
            number = len(charts) + 1
            label = translate("records", "Round {number}").format(number=number)
            unrecorded = translate("pictures", "No result recorded")
            charts.append(RoundChart(label, "ballot", [], None, "", {}, unrecorded, False))
        votes = store.votes.get(r.id, [])
        bars = [
            CandidateVotes(v.candidate_id, names.get(v.candidate_id, "?"), v.votes)
            for v in sorted(votes, key=lambda v: [c.id for c in candidates].index(v.candidate_id))
        ]
        for bar in bars:
            last_ballot[bar.candidate_id] = len(charts)
        needed, how = two_thirds(r.ballots, r.needed, [b.votes for b in bars], r.blank)
        label = round_label(r)
        charts.append(
            RoundChart(
                label,
                r.kind,
                bars,
                needed,
                how,
                {},
                records.capped(r.outcome or "", LABEL),
                r.status == "unconfirmed",
            )
        )
    for c in candidates:
        if c.result in MARKS and c.id in last_ballot:
            charts[last_ballot[c.id]].marks[c.id] = c.result
    return charts


class Elections(Tab):
    """Newest first; the vote chart above the details follows the selected election."""

    key = "elections"
    title = QT_TRANSLATE_NOOP("tabs", "Elections")
    shortcut = "Ctrl+2"
    view = "iomdesk.views.elections:ElectionsTab"
    sort = (0, True)  # Date, newest first
    link = "election"
    tables = ("elections", "candidates", "rounds", "votes")
    picture = True

    def count(self) -> str:
        return translate("tabs", "{count} elections").format(count=len(self.store.elections))

    def rows(self) -> list[Election]:
        return self.store.elections

    def searchable(self, election: Election) -> str:
        return election_haystack(self.store, election)

    def columns(self) -> list[Column]:
        store = self.store
        return [
            Column(
                translate("columns", "Date"),
                when_chosen,
                sort=lambda e: dates.sort_key(when_key(e)),
                iso=lambda e: e.date,
            ),
            Column(
                translate("columns", "Post"), lambda e: records.post_name(e.post), enumeration=True
            ),
            Column(translate("columns", "Winner"), lambda e: winner_name(store, e)),
            Column(translate("columns", "Candidates"), lambda e: candidate_names(store, e)),
            Column(translate("columns", "Rounds"), lambda e: rounds_text(store, e)),
        ]

    def row_for(self, table: str, values: dict) -> str | None:
        """A candidate's, a round's or a vote's row: its election."""
        if table in ("candidates", "rounds"):
            return str(values.get("election_id"))
        if table == "votes":
            rounds = (r for held in self.store.rounds.values() for r in held)
            return next((r.election_id for r in rounds if r.id == values.get("round_id")), None)
        return super().row_for(table, values)

    def details(self, election: Election) -> str:
        return election_html(self.store, election)

    def span(self, election: Election) -> tuple[int, int] | None:
        return records.date_span(when_key(election))

    def hit_title(self, election: Election) -> str:
        return election_title(election)

    def hit_detail(self, election: Election) -> str:
        return candidate_names(self.store, election)

    def citation(self, election: Election) -> tuple[str, list[tuple[str, str]]]:
        winner = self.store.people.get(election.winner_id or "")
        if winner is None:
            return super().citation(election)
        said = translate("citation", "{election}: {winner} was elected.")
        fact = said.format(election=election_title(election), winner=winner.name)
        return fact, [("elections", election.id)]

    def preference(self, election: Election) -> tuple[int, int, int]:
        """The newest election first: "dg election" is the last one."""
        return dates.newest_first(when_key(election))
