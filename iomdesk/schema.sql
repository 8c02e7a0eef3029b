-- iomdesk reference database, schema version 3 (PRAGMA user_version).
-- STRICT tables: SQLite refuses a value of the wrong type, and quick_check re-reads them
-- (needs SQLite 3.37, 2021). iomdesk/validate.py checks what SQLite cannot.
-- Every table but meta, sources and citations is cited through the citations table.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT,
    date TEXT,
    url TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('seed', 'public')),
    note TEXT
) STRICT;

CREATE TABLE bodies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    status TEXT NOT NULL,
    note TEXT
) STRICT;

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    full_name TEXT,
    nationality TEXT,
    born TEXT,
    died TEXT,
    summary TEXT
) STRICT;

CREATE TABLE elections (
    id TEXT PRIMARY KEY,
    date TEXT,
    post TEXT NOT NULL,
    body TEXT,
    session TEXT,
    venue TEXT,
    rule TEXT,
    member_states INTEGER,
    voting_states INTEGER,
    outcome TEXT,
    winner_id TEXT REFERENCES people(id),
    took_office TEXT,
    status TEXT NOT NULL,
    summary TEXT
) STRICT;

CREATE TABLE tenures (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('head', 'deputy')),
    start TEXT,
    start_status TEXT NOT NULL,
    "end" TEXT,
    end_status TEXT NOT NULL,
    terms INTEGER,
    how TEXT,
    election_id TEXT REFERENCES elections(id),
    note TEXT
) STRICT;

CREATE TABLE candidates (
    id TEXT PRIMARY KEY,
    election_id TEXT NOT NULL REFERENCES elections(id),
    name TEXT NOT NULL,
    person_id TEXT REFERENCES people(id),
    nationality TEXT,
    nominated_by TEXT,
    incumbent INTEGER NOT NULL CHECK (incumbent IN (0, 1)),
    position TEXT,
    result TEXT
) STRICT;

CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    election_id TEXT NOT NULL REFERENCES elections(id),
    number INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ballot', 'acclamation')),
    ballots INTEGER,
    needed INTEGER,
    blank INTEGER,
    outcome TEXT,
    status TEXT NOT NULL,
    note TEXT,
    UNIQUE (election_id, number)
) STRICT;

CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES rounds(id),
    candidate_id TEXT NOT NULL REFERENCES candidates(id),
    votes INTEGER NOT NULL,
    UNIQUE (round_id, candidate_id)
) STRICT;

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES units(id),
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT NOT NULL,
    city TEXT,
    country TEXT,
    description TEXT,
    position INTEGER NOT NULL,
    status TEXT NOT NULL
) STRICT;

-- A state or territory a stored source connects to IOM. id: ISO 3166-1 alpha-3 in lower case
-- where ISO assigns one ('lbn'); names as IOM spells them, and as ISO in French and Spanish.
CREATE TABLE countries (
    id TEXT PRIMARY KEY,
    iso2 TEXT,
    iso3 TEXT,
    name TEXT NOT NULL,
    name_fr TEXT,
    name_es TEXT,
    other_names TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('state', 'territory')),
    status TEXT NOT NULL
) STRICT;

-- A period as a member or an observer; no row means "not found in the stored sources",
-- never "not a member".
CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    country_id TEXT NOT NULL REFERENCES countries(id),
    kind TEXT NOT NULL CHECK (kind IN ('member', 'observer')),
    start TEXT,
    "end" TEXT,
    session TEXT,
    resolution TEXT,
    event_id TEXT REFERENCES events(id),
    note TEXT,
    status TEXT NOT NULL
) STRICT;

-- IOM's country office in a country: its seat, sub-offices, the year presence began.
CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    country_id TEXT NOT NULL REFERENCES countries(id),
    name TEXT NOT NULL,
    city TEXT,
    sub_offices TEXT,
    start TEXT,
    functions TEXT,
    note TEXT,
    status TEXT NOT NULL
) STRICT;

-- Which regional office a country's office reports to, from when to when.
CREATE TABLE coverage (
    id TEXT PRIMARY KEY,
    country_id TEXT NOT NULL REFERENCES countries(id),
    unit_id TEXT REFERENCES units(id),
    office TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    note TEXT,
    status TEXT NOT NULL
) STRICT;

-- Who heads IOM in a country (country_id) or a regional office (unit_id), on a source's date.
CREATE TABLE chiefs (
    id TEXT PRIMARY KEY,
    country_id TEXT REFERENCES countries(id),
    unit_id TEXT REFERENCES units(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT,
    status TEXT NOT NULL
) STRICT;

-- date: the date of the source the address was read in (an old one says "as of 2019").
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    unit_id TEXT REFERENCES units(id),
    country_id TEXT REFERENCES countries(id),
    label TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    fax TEXT,
    address TEXT,
    date TEXT,
    note TEXT,
    status TEXT NOT NULL
) STRICT;

CREATE TABLE figures (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL,
    date TEXT,
    value REAL NOT NULL,
    approx INTEGER NOT NULL CHECK (approx IN (0, 1)),
    note TEXT,
    status TEXT NOT NULL
) STRICT;

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date TEXT,
    title TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL
) STRICT;

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT
) STRICT;

-- Names that mean the same (UN, United Nations, ONU): search matches any of them. forms are
-- looked for in a row's text and added to it; added_only forms are added, never looked for
-- (RO is also Romania's code). Forms are separated by "|". A row may cite no source when its
-- note says why (a spelling variant is not a fact a document states).
CREATE TABLE aliases (
    id TEXT PRIMARY KEY,
    forms TEXT NOT NULL,
    added_only TEXT,
    note TEXT
) STRICT;

-- Which documents support which row: row_table names one of the tables above.
CREATE TABLE citations (
    row_table TEXT NOT NULL,
    row_id TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (row_table, row_id, source_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX tenures_person ON tenures(person_id);
CREATE INDEX candidates_election ON candidates(election_id);
CREATE INDEX rounds_election ON rounds(election_id);
CREATE INDEX votes_round ON votes(round_id);
CREATE INDEX units_parent ON units(parent_id, position);  -- also finds a shared position fast
CREATE INDEX contacts_unit ON contacts(unit_id, status);  -- status: read fast on open
CREATE INDEX contacts_country ON contacts(country_id);
CREATE INDEX memberships_country ON memberships(country_id);
CREATE INDEX offices_country ON offices(country_id);
CREATE INDEX coverage_country ON coverage(country_id);
CREATE INDEX chiefs_country ON chiefs(country_id);
CREATE INDEX conflicts_subject ON conflicts(subject);
CREATE INDEX citations_source ON citations(source_id);
