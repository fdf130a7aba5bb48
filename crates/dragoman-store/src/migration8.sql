-- 8: the incremental story index (issue 13). `dragoman ingest` places each
-- run's new documents in stories without reclustering: it reads the index the
-- last run saved here, adds the documents stored after `last_doc` in id
-- order, writes their story_members and copies rows, and saves the index,
-- all in one transaction. `dragoman restory` empties the story tables and
-- this one, then does the same over every document, so both give one result
-- for one order of input. A database without this row (new, or filled by an
-- older `restory`) has its stories rebuilt this way by the next ingest.
CREATE TABLE story_index (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_doc    INTEGER NOT NULL,           -- the last document placed
    state       BLOB NOT NULL               -- dragoman_stories::StoryIndex::to_bytes
);
