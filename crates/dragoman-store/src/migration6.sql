-- 6: stories (issue 13). Filled by `dragoman restory`; a database without
-- them reads as before (the tables start empty).
-- story_members: each document's story, with the report's date as clustering
-- used it (the document's date, else a date line at the top of its text). stories: one row per story, made
-- from its members (title: the first report's headline). copies: a document
-- that is a near-duplicate of another, with the shared passages as a JSON
-- array of [copy_start, copy_end, original_start, original_end] in bytes of
-- each document's clean text.
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT,
    first_date  TEXT,
    last_date   TEXT,
    size        INTEGER NOT NULL,
    first_doc   INTEGER REFERENCES documents(id)
);
CREATE TABLE story_members (
    doc_id      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL REFERENCES stories(id),
    date        TEXT                           -- the report's date as the stories saw it
);
CREATE INDEX story_members_story ON story_members(story_id);
CREATE TABLE copies (
    copy_id     INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original_id INTEGER NOT NULL REFERENCES documents(id),
    containment REAL NOT NULL,
    passages    TEXT NOT NULL
);
CREATE INDEX copies_original ON copies(original_id);
