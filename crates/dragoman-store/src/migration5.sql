-- 5: compact storage. One table per annotation layer with typed columns,
-- keyed by (document, position in its layer) and stored WITHOUT ROWID, so a
-- document's items sit together and need no index of their own; the JSON
-- `annotations` table is converted and dropped (an `annotations` view keeps
-- its main columns). Documents store their raw bytes as edits of the clean
-- text, deflated (`raw_codec`), and their alignment in a compact deflated
-- form (a BLOB); after this script, `schema.rs` re-encodes the documents
-- stored before (plain bytes and JSON text, which readers still accept).
-- The per-layer views read the typed tables.
DROP VIEW reports;
DROP VIEW actors;
DROP VIEW proposals;
DROP VIEW events;
DROP VIEW quotes;
DROP VIEW timexes;
DROP VIEW entities;
DROP VIEW annotation_spans;

ALTER TABLE documents ADD COLUMN raw_codec TEXT;   -- NULL: raw holds the bytes; 'edits+deflate': copies of clean and literal runs, deflated

CREATE TABLE layer_entity (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,                   -- position in the document's layer, from 0
    start      INTEGER NOT NULL,                   -- bytes of clean
    end        INTEGER NOT NULL,
    type       TEXT NOT NULL,                      -- PER, ORG, LOC, MISC
    subtype    TEXT,
    canonical  TEXT,
    role       TEXT,
    country    TEXT,
    actor      TEXT,
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE TABLE layer_timex (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    type       TEXT NOT NULL,                      -- DATE, TIME, DURATION, SET
    value      TEXT NOT NULL,                      -- TIMEX3 value
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE TABLE layer_quote (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,                   -- what layer_event.quote refers to
    start      INTEGER NOT NULL,                   -- the content, first word to last
    end        INTEGER NOT NULL,
    kind       TEXT NOT NULL,                      -- direct, indirect, mixed
    sourcing   TEXT NOT NULL,                      -- named, anonymous, outlet, document, unattributed
    speaker    TEXT,
    date       TEXT,                               -- TIMEX3 value of when it was said
    content    TEXT,                               -- JSON [[start, end], ...]; NULL: none
    cue        TEXT,                               -- same
    source     TEXT,                               -- same
    via        TEXT,                               -- JSON [[[start, end] or null, speaker], ...], outermost first
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE TABLE layer_event (
    doc_id             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n                  INTEGER NOT NULL,
    start              INTEGER NOT NULL,           -- the trigger
    end                INTEGER NOT NULL,
    type               TEXT NOT NULL,              -- PLOVER type
    mode               TEXT,
    cameo              TEXT,
    status             TEXT NOT NULL,              -- occurred, planned, proposed, denied, hypothetical, reported
    date               TEXT,                       -- TIMEX3 value
    place              TEXT,
    evidence_start     INTEGER NOT NULL,           -- the sentence
    evidence_end       INTEGER NOT NULL,
    quote              INTEGER,                    -- layer_quote.n of the quote that tells it
    actor              TEXT,                       -- NULL: no actor
    actor_country      TEXT,
    actor_sector       TEXT,
    actor_start        INTEGER,
    actor_end          INTEGER,
    recipient          TEXT,
    recipient_country  TEXT,
    recipient_sector   TEXT,
    recipient_start    INTEGER,
    recipient_end      INTEGER,
    actors             TEXT,                       -- JSON [[name, country, sector, start, end], ...] when several; NULL: one
    recipients         TEXT,                       -- the same for recipients
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE TABLE layer_proposal (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    proposer   TEXT,
    points     INTEGER,
    sections   TEXT,                               -- JSON [[title, start, end], ...]; NULL: none
    mentions   TEXT,                               -- JSON [[start, end], ...] when named more than once
    status     TEXT,                               -- drafted, presented, accepted, rejected
    date       TEXT,                               -- TIMEX3 value of that step
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
CREATE TABLE removals (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,                   -- bytes of the raw text (not the clean text)
    end        INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;

-- The JSON rows into the typed tables, in their order.
INSERT INTO layer_entity
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end,
           upper(json_extract(data, '$.kind')), json_extract(data, '$.subtype'),
           json_extract(data, '$.canonical'), json_extract(data, '$.role'),
           json_extract(data, '$.country'), json_extract(data, '$.actor')
    FROM annotations WHERE layer = 'entity';
INSERT INTO layer_timex
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end,
           upper(json_extract(data, '$.kind')), json_extract(data, '$.value')
    FROM annotations WHERE layer = 'timex';
INSERT INTO layer_quote
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end,
           lower(json_extract(data, '$.kind')), lower(json_extract(data, '$.sourcing')),
           json_extract(data, '$.speaker'), json_extract(data, '$.date'),
           (SELECT json_group_array(json_array(json_extract(j.value, '$.start'), json_extract(j.value, '$.end')))
            FROM json_each(data, '$.content') j HAVING count(*) > 0),
           (SELECT json_group_array(json_array(json_extract(j.value, '$.start'), json_extract(j.value, '$.end')))
            FROM json_each(data, '$.cue') j HAVING count(*) > 0),
           (SELECT json_group_array(json_array(json_extract(j.value, '$.start'), json_extract(j.value, '$.end')))
            FROM json_each(data, '$.source') j HAVING count(*) > 0),
           (SELECT json_group_array(json_array(
                       CASE WHEN json_type(j.value, '$.source') = 'object'
                            THEN json_array(json_extract(j.value, '$.source.start'), json_extract(j.value, '$.source.end')) END,
                       json_extract(j.value, '$.speaker')))
            FROM json_each(data, '$.via') j HAVING count(*) > 0)
    FROM annotations WHERE layer = 'quote';
INSERT INTO layer_event
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end,
           json_extract(data, '$.kind'), json_extract(data, '$.mode'), json_extract(data, '$.cameo'),
           lower(json_extract(data, '$.status')), json_extract(data, '$.date'), json_extract(data, '$.place'),
           json_extract(data, '$.evidence.start'), json_extract(data, '$.evidence.end'), json_extract(data, '$.quote'),
           json_extract(data, '$.actor.name'), json_extract(data, '$.actor.country'),
           json_extract(data, '$.actor.sector'), json_extract(data, '$.actor.span.start'),
           json_extract(data, '$.actor.span.end'),
           json_extract(data, '$.recipient.name'), json_extract(data, '$.recipient.country'),
           json_extract(data, '$.recipient.sector'), json_extract(data, '$.recipient.span.start'),
           json_extract(data, '$.recipient.span.end'), NULL, NULL
    FROM annotations WHERE layer = 'event';
INSERT INTO layer_proposal
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end,
           json_extract(data, '$.name'), json_extract(data, '$.proposer'), json_extract(data, '$.points'),
           (SELECT json_group_array(json_array(json_extract(j.value, '$.title'),
                       json_extract(j.value, '$.span.start'), json_extract(j.value, '$.span.end')))
            FROM json_each(data, '$.sections') j HAVING count(*) > 0),
           NULL, NULL, NULL
    FROM annotations WHERE layer = 'proposal';
INSERT INTO removals
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY id) - 1, start, end, label
    FROM annotations WHERE layer = 'removal';
DROP TABLE annotations;

-- Every layer's items in one list, as the table of schema 1 to 4 had them.
CREATE VIEW annotations AS
    SELECT doc_id, n, 'entity' AS layer, start, end, type AS label, canonical AS value FROM layer_entity
    UNION ALL SELECT doc_id, n, 'timex', start, end, type, value FROM layer_timex
    UNION ALL SELECT doc_id, n, 'quote', start, end, kind, speaker FROM layer_quote
    UNION ALL SELECT doc_id, n, 'event', start, end, type, actor FROM layer_event
    UNION ALL SELECT doc_id, n, 'proposal', start, end, NULL, name FROM layer_proposal
    UNION ALL SELECT doc_id, n, 'removal', start, end, reason, NULL FROM removals;

-- The per-layer views: the covered text, and offsets both in bytes of the
-- clean text (`start`, `end`) and in characters (`char_start`, `char_end`,
-- what SQLite's substr counts).
CREATE VIEW entities AS
    SELECT e.doc_id, e.n, e.start, e.end,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, e.start) AS TEXT)) AS char_start,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, e.end) AS TEXT)) AS char_end,
           CAST(substr(CAST(d.clean AS BLOB), e.start + 1, e.end - e.start) AS TEXT) AS text,
           e.type, e.subtype, e.canonical, e.role, e.country, e.actor
    FROM layer_entity e JOIN documents d ON d.id = e.doc_id;
CREATE VIEW timexes AS
    SELECT t.doc_id, t.n, t.start, t.end,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, t.start) AS TEXT)) AS char_start,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, t.end) AS TEXT)) AS char_end,
           CAST(substr(CAST(d.clean AS BLOB), t.start + 1, t.end - t.start) AS TEXT) AS text,
           t.type, t.value
    FROM layer_timex t JOIN documents d ON d.id = t.doc_id;
CREATE VIEW quotes AS
    SELECT q.doc_id, q.n, q.start, q.end,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, q.start) AS TEXT)) AS char_start,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, q.end) AS TEXT)) AS char_end,
           CAST(substr(CAST(d.clean AS BLOB), q.start + 1, q.end - q.start) AS TEXT) AS content,
           q.kind, q.speaker, q.sourcing, q.date,
           (SELECT group_concat(json_extract(j.value, '$[1]'), '; ') FROM json_each(q.via) j) AS via,
           CAST(substr(CAST(d.clean AS BLOB), json_extract(q.cue, '$[0][0]') + 1,
                json_extract(q.cue, '$[#-1][1]') - json_extract(q.cue, '$[0][0]')) AS TEXT) AS cue,
           CAST(substr(CAST(d.clean AS BLOB), json_extract(q.source, '$[0][0]') + 1,
                json_extract(q.source, '$[#-1][1]') - json_extract(q.source, '$[0][0]')) AS TEXT) AS source
    FROM layer_quote q JOIN documents d ON d.id = q.doc_id;
CREATE VIEW events AS
    SELECT e.doc_id, e.n, e.start, e.end,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, e.start) AS TEXT)) AS char_start,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, e.end) AS TEXT)) AS char_end,
           CAST(substr(CAST(d.clean AS BLOB), e.start + 1, e.end - e.start) AS TEXT) AS trigger,
           e.type, e.mode, e.cameo, e.actor, e.actor_country, e.actor_sector,
           e.recipient, e.recipient_country, e.recipient_sector, e.date, e.place, e.status,
           CAST(substr(CAST(d.clean AS BLOB), e.evidence_start + 1, e.evidence_end - e.evidence_start) AS TEXT)
               AS evidence,
           e.quote,
           (SELECT group_concat(json_extract(j.value, '$[0]'), '; ') FROM json_each(e.actors) j) AS actors,
           (SELECT group_concat(json_extract(j.value, '$[0]'), '; ') FROM json_each(e.recipients) j)
               AS recipients
    FROM layer_event e JOIN documents d ON d.id = e.doc_id;
CREATE VIEW proposals AS
    SELECT p.doc_id, p.n, p.start, p.end,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, p.start) AS TEXT)) AS char_start,
           length(CAST(substr(CAST(d.clean AS BLOB), 1, p.end) AS TEXT)) AS char_end,
           CAST(substr(CAST(d.clean AS BLOB), p.start + 1, p.end - p.start) AS TEXT) AS text,
           p.name, p.proposer, p.points, coalesce(json_array_length(p.sections), 0) AS sections,
           coalesce(json_array_length(p.mentions), 1) AS mentions, p.status, p.date
    FROM layer_proposal p JOIN documents d ON d.id = p.doc_id;
CREATE VIEW actors AS
    SELECT actor, max(canonical) AS name, max(country) AS country, count(*) AS mentions,
           count(DISTINCT doc_id) AS documents
    FROM layer_entity WHERE actor IS NOT NULL
    GROUP BY actor;
CREATE VIEW reports AS
    SELECT l.id, l.doc_id, l.report_id, l.source, l.record, l.status, l.reason, l.at,
           json_extract(l.meta, '$.title') AS title, json_extract(l.meta, '$.date') AS date,
           json_extract(l.meta, '$.outlet') AS outlet, json_extract(l.meta, '$.url') AS url
    FROM ingest_log l;
