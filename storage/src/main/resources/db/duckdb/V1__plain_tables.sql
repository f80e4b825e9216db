-- TalentFlow store on DuckDB: the tables of db/migration V1-V10 as they stand after V10, plain. No summary tables, no
-- triggers, no kept windows: a columnar engine answers flows, net flow and organization pages from the moves table.
-- No foreign keys either: DuckDB turns an UPDATE of an indexed column into a delete and an insert, which a referenced
-- row refuses; the writers keep the links, as they do on H2 and PostgreSQL. Indexes only where a writer looks one row
-- up by a column it never updates (ids by sequence, as DuckDB has no identity columns). DuckDB ignores VARCHAR widths:
-- the widths of what extraction writes (roles, dates) are checks, so a store refuses what H2 and PostgreSQL refuse.

CREATE SEQUENCE organizations_id;
CREATE TABLE organizations (
    id         BIGINT PRIMARY KEY DEFAULT nextval('organizations_id'),
    name       VARCHAR NOT NULL,
    name_key   VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    parent_id  BIGINT,
    ticker     VARCHAR,
    city       VARCHAR,
    CONSTRAINT organizations_name UNIQUE (name)
);
CREATE INDEX organizations_name_key ON organizations (name_key);

CREATE TABLE org_aliases (
    org_id     BIGINT  NOT NULL,
    alias      VARCHAR NOT NULL,
    alias_key  VARCHAR NOT NULL,
    PRIMARY KEY (org_id, alias)
);
CREATE INDEX org_aliases_key ON org_aliases (alias_key);

CREATE SEQUENCE people_id;
CREATE TABLE people (
    id          BIGINT PRIMARY KEY DEFAULT nextval('people_id'),
    person_key  VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    CONSTRAINT people_key UNIQUE (person_key)
);

CREATE TABLE person_aliases (
    person_id  BIGINT  NOT NULL,
    alias      VARCHAR NOT NULL,
    PRIMARY KEY (person_id, alias)
);

CREATE SEQUENCE documents_id;
CREATE TABLE documents (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('documents_id'),
    name               VARCHAR   NOT NULL,
    url                VARCHAR,
    title              VARCHAR,
    published          DATE,
    content_hash       VARCHAR   NOT NULL,
    text               VARCHAR   NOT NULL,
    ingested_at        TIMESTAMP NOT NULL,
    story_id           BIGINT,
    site               VARCHAR,
    source_key         VARCHAR,
    signature          BLOB,
    extractor_version  VARCHAR,
    CONSTRAINT documents_hash UNIQUE (content_hash)
);

-- 32 rows per document (16.6 million for the synthetic million moves), and DuckDB keeps an index whole in memory:
-- the key index the lookup needs, and no primary key, which no read uses (the writer stores a document's bands once).
CREATE TABLE document_bands (
    document_id  BIGINT   NOT NULL,
    band         SMALLINT NOT NULL,
    band_key     BIGINT   NOT NULL
);
CREATE INDEX document_bands_key ON document_bands (band_key);

-- from_node and to_node as on H2 and PostgreSQL (V7_1): the unit when one is named, else the organization; virtual,
-- computed when read.
CREATE SEQUENCE moves_id;
CREATE TABLE moves (
    id              BIGINT PRIMARY KEY DEFAULT nextval('moves_id'),
    person_id       BIGINT  NOT NULL,
    kind            VARCHAR NOT NULL,
    from_org_id     BIGINT,
    from_unit_id    BIGINT,
    to_org_id       BIGINT,
    to_unit_id      BIGINT,
    role            VARCHAR CHECK (LENGTH(role) <= 1000),
    move_date       VARCHAR CHECK (LENGTH(move_date) <= 10),
    happened_on     DATE,
    confidence      DOUBLE  NOT NULL,
    seniority       INTEGER DEFAULT 1 NOT NULL,
    reported_on     DATE,
    document_count  INTEGER DEFAULT 0 NOT NULL,
    source_count    INTEGER DEFAULT 0 NOT NULL,
    from_node       BIGINT GENERATED ALWAYS AS (COALESCE(from_unit_id, from_org_id)) VIRTUAL,
    to_node         BIGINT GENERATED ALWAYS AS (COALESCE(to_unit_id, to_org_id)) VIRTUAL
);
CREATE INDEX moves_person ON moves (person_id);

CREATE SEQUENCE evidence_id;
CREATE TABLE evidence (
    id            BIGINT PRIMARY KEY DEFAULT nextval('evidence_id'),
    move_id       BIGINT  NOT NULL,
    document_id   BIGINT  NOT NULL,
    sentence      VARCHAR NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    role          VARCHAR CHECK (LENGTH(role) <= 1000),
    move_date     VARCHAR CHECK (LENGTH(move_date) <= 10),
    confidence    DOUBLE  NOT NULL
);
CREATE INDEX evidence_move ON evidence (move_id);
CREATE INDEX evidence_document ON evidence (document_id);

CREATE SEQUENCE watchlists_id;
CREATE TABLE watchlists (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('watchlists_id'),
    name               VARCHAR NOT NULL,
    last_seen_move_id  BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT watchlists_name UNIQUE (name)
);

CREATE TABLE watch_items (
    watchlist_id  BIGINT  NOT NULL,
    kind          VARCHAR NOT NULL,
    watched       VARCHAR NOT NULL,
    watched_key   VARCHAR NOT NULL,
    PRIMARY KEY (watchlist_id, kind, watched_key)
);

CREATE TABLE ingest_checkpoints (
    input_key    VARCHAR   NOT NULL PRIMARY KEY,
    input        VARCHAR   NOT NULL,
    size         BIGINT    NOT NULL,
    modified     BIGINT    NOT NULL,
    documents    INTEGER   NOT NULL,
    finished_at  TIMESTAMP NOT NULL
);

CREATE SEQUENCE feeds_id;
CREATE TABLE feeds (
    id             BIGINT PRIMARY KEY DEFAULT nextval('feeds_id'),
    location       VARCHAR NOT NULL,
    location_key   VARCHAR NOT NULL,
    etag           VARCHAR,
    last_modified  VARCHAR,
    polled_at      TIMESTAMP,
    CONSTRAINT feeds_location UNIQUE (location_key)
);

CREATE TABLE feed_entries (
    feed_id    BIGINT    NOT NULL,
    entry_key  VARCHAR   NOT NULL,
    entry_id   VARCHAR   NOT NULL,
    seen_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);
