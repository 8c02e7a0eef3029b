"""What a row of the reference database is, as a typed object (no Qt): one NamedTuple per
table, read by store.py."""

# No `from __future__ import annotations` here, unlike the other modules: with it each
# NamedTuple field's annotation is a string that typing compiles when the class is made,
# about 10 µs a field (1.4 ms of every start for this module and the tabs' modules).

from typing import NamedTuple


# The rows are typed NamedTuples rather than dataclasses, like every immutable record made
# before the first paint: Python 3.11 compiles a dataclass's methods one by one when the class
# is made, and these 13 cost about 12 ms of every start (NamedTuple: 2 ms). Being tuples, they
# build from SQLite's rows in one step. Compare rows of one type only: a NamedTuple equals any
# tuple holding the same values.
class Source(NamedTuple):
    """A document a fact comes from: a seed or a public page."""

    id: str
    title: str
    publisher: str | None
    date: str | None
    url: str | None
    kind: str
    note: str | None


class Body(NamedTuple):
    """IOM or one of its predecessors, with the years it bore that name."""

    id: str
    name: str
    acronym: str
    start: str | None
    end: str | None
    status: str
    note: str | None


class Person(NamedTuple):
    """Someone who led or stood to lead the organisation."""

    id: str
    name: str
    full_name: str | None
    nationality: str | None
    born: str | None
    died: str | None
    summary: str | None


class Election(NamedTuple):
    """How a head or deputy was chosen: when, by whom, under which rule, the outcome."""

    id: str
    date: str | None
    post: str
    body: str | None
    session: str | None
    venue: str | None
    rule: str | None
    member_states: int | None
    voting_states: int | None
    outcome: str | None
    winner_id: str | None
    took_office: str | None
    status: str
    summary: str | None


class Tenure(NamedTuple):
    """A post held: who, which role, from when to when, and how sure each date is."""

    id: str
    person_id: str
    role: str
    kind: str
    start: str | None
    start_status: str
    end: str | None
    end_status: str
    terms: int | None
    how: str | None
    election_id: str | None
    note: str | None


class Candidate(NamedTuple):
    """One candidate in an election, nominated by a state."""

    id: str
    election_id: str
    name: str
    person_id: str | None
    nationality: str | None
    nominated_by: str | None
    incumbent: int
    position: str | None
    result: str | None


class Round(NamedTuple):
    """One ballot (or an acclamation) in an election."""

    id: str
    election_id: str
    number: int
    kind: str
    ballots: int | None
    needed: int | None
    blank: int | None
    outcome: str | None
    status: str
    note: str | None


class Vote(NamedTuple):
    """The votes one candidate had in one round."""

    id: str
    round_id: str
    candidate_id: str
    votes: int


class Unit(NamedTuple):
    """A place in the structure: headquarters, a division, a unit, a field office."""

    id: str
    parent_id: str | None
    name: str
    acronym: str | None
    kind: str
    city: str | None
    country: str | None
    description: str | None
    position: int
    status: str


class Contact(NamedTuple):
    """An address to write to, for a unit or on its own."""

    id: str
    unit_id: str | None
    label: str
    email: str | None
    phone: str | None
    fax: str | None
    address: str | None
    note: str | None
    status: str
    country_id: str | None = None  # an office's contact: the country it is in
    date: str | None = None  # of the source it was read in (an old one says "as of 2019")


class Country(NamedTuple):
    """A state or territory a stored source connects to IOM, by its ISO code."""

    id: str
    iso2: str | None
    iso3: str | None
    name: str
    name_fr: str | None
    name_es: str | None
    other_names: str | None  # ';'-separated: former names, names people also use
    kind: str
    status: str


class Membership(NamedTuple):
    """A period as a member or an observer; none found is not "not a member"."""

    id: str
    country_id: str
    kind: str
    start: str | None
    end: str | None
    session: str | None
    resolution: str | None
    event_id: str | None
    note: str | None
    status: str


class Office(NamedTuple):
    """IOM's country office in a country: its seat, sub-offices, since when."""

    id: str
    country_id: str
    name: str
    city: str | None
    sub_offices: str | None
    start: str | None
    functions: str | None
    note: str | None
    status: str


class Coverage(NamedTuple):
    """Which regional office a country's office reports to, from when to when."""

    id: str
    country_id: str
    unit_id: str | None
    office: str
    start: str | None
    end: str | None
    note: str | None
    status: str


class Chief(NamedTuple):
    """Who heads IOM in a country or a regional office, as a source dated `date` names them."""

    id: str
    country_id: str | None
    unit_id: str | None
    name: str
    role: str
    date: str
    note: str | None
    status: str


class Figure(NamedTuple):
    """A figure at a date, as a source gives it: member states, staff, offices and more."""

    id: str
    measure: str
    date: str | None
    value: float
    approx: int
    note: str | None
    status: str


class Event(NamedTuple):
    """A dated milestone in the organisation's history."""

    id: str
    date: str | None
    title: str
    description: str | None
    status: str


class Conflict(NamedTuple):
    """Where sources disagree: the other value of one field of one row."""

    id: str
    subject: str
    field: str
    value: str
    note: str | None


class Alias(NamedTuple):
    """Names that mean the same thing, "|"-separated: search matches any of them."""

    id: str
    forms: str
    added_only: str | None
    note: str | None
