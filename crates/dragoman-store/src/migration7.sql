-- 7: full-text search (issue 14), one self-contained script, two FTS5 tables:
-- `search_report` indexes each document's headline and clean text without
-- a copy of them (external content: the documents table, by id), and
-- `search_item` holds the short texts, each with its kind: 'quote' (a
-- quote's content, first word to last; n its position in layer_quote) and
-- 'name' (an entity's canonical name, once per document and name; n its
-- first entity). The migration indexes the documents stored before;
-- triggers index those stored after, in the ingest's own transaction, and
-- forget a document's rows with it.
CREATE VIRTUAL TABLE search_report USING fts5(
    title, clean,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_item USING fts5(
    body, kind UNINDEXED, doc_id UNINDEXED, n UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_report (search_report) VALUES ('rebuild');
INSERT INTO search_item (body, kind, doc_id, n)
    SELECT CAST(substr(CAST(d.clean AS BLOB), q.start + 1, q.end - q.start) AS TEXT), 'quote', q.doc_id, q.n
    FROM layer_quote q JOIN documents d ON d.id = q.doc_id;
INSERT INTO search_item (body, kind, doc_id, n)
    SELECT canonical, 'name', doc_id, min(n) FROM layer_entity
    WHERE canonical IS NOT NULL GROUP BY doc_id, canonical;

CREATE TRIGGER search_report_insert AFTER INSERT ON documents BEGIN
    INSERT INTO search_report (rowid, title, clean) VALUES (NEW.id, NEW.title, NEW.clean);
END;
CREATE TRIGGER search_report_delete AFTER DELETE ON documents BEGIN
    INSERT INTO search_report (search_report, rowid, title, clean)
        VALUES ('delete', OLD.id, OLD.title, OLD.clean);
    DELETE FROM search_item WHERE doc_id = OLD.id;
END;
CREATE TRIGGER search_quote AFTER INSERT ON layer_quote BEGIN
    INSERT INTO search_item (body, kind, doc_id, n)
        SELECT CAST(substr(CAST(d.clean AS BLOB), NEW.start + 1, NEW.end - NEW.start) AS TEXT),
               'quote', NEW.doc_id, NEW.n
        FROM documents d WHERE d.id = NEW.doc_id;
END;
CREATE TRIGGER search_name AFTER INSERT ON layer_entity
WHEN NEW.canonical IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM layer_entity e
    WHERE e.doc_id = NEW.doc_id AND e.canonical = NEW.canonical AND e.n <> NEW.n)
BEGIN
    INSERT INTO search_item (body, kind, doc_id, n) VALUES (NEW.canonical, 'name', NEW.doc_id, NEW.n);
END;
