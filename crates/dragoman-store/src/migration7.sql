-- 7: full-text search (issue 14), one self-contained script, three FTS5
-- tables, one per kind of row, so that a search of one kind reads only its
-- own index: `search_report` indexes each document's headline and clean text
-- without a copy of them (external content: the documents table, by id);
-- `search_quote` holds each quote's content, first word to last (n: its
-- position in layer_quote); `search_name` each entity's canonical name, once
-- per document and name (n: its first entity). The migration indexes the
-- documents stored before; triggers index those stored after, in the
-- ingest's own transaction, and forget a document's rows with it.
CREATE VIRTUAL TABLE search_report USING fts5(
    title, clean,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_quote USING fts5(
    body, doc_id UNINDEXED, n UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_name USING fts5(
    body, doc_id UNINDEXED, n UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_report (search_report) VALUES ('rebuild');
INSERT INTO search_quote (body, doc_id, n)
    SELECT CAST(substr(CAST(d.clean AS BLOB), q.start + 1, q.end - q.start) AS TEXT), q.doc_id, q.n
    FROM layer_quote q JOIN documents d ON d.id = q.doc_id ORDER BY q.doc_id, q.n;
INSERT INTO search_name (body, doc_id, n)
    SELECT canonical, doc_id, min(n) FROM layer_entity
    WHERE canonical IS NOT NULL GROUP BY doc_id, canonical ORDER BY doc_id, min(n);

CREATE TRIGGER search_report_insert AFTER INSERT ON documents BEGIN
    INSERT INTO search_report (rowid, title, clean) VALUES (NEW.id, NEW.title, NEW.clean);
END;
CREATE TRIGGER search_report_delete AFTER DELETE ON documents BEGIN
    INSERT INTO search_report (search_report, rowid, title, clean)
        VALUES ('delete', OLD.id, OLD.title, OLD.clean);
    DELETE FROM search_quote WHERE doc_id = OLD.id;
    DELETE FROM search_name WHERE doc_id = OLD.id;
END;
CREATE TRIGGER search_quote_insert AFTER INSERT ON layer_quote BEGIN
    INSERT INTO search_quote (body, doc_id, n)
        SELECT CAST(substr(CAST(d.clean AS BLOB), NEW.start + 1, NEW.end - NEW.start) AS TEXT),
               NEW.doc_id, NEW.n
        FROM documents d WHERE d.id = NEW.doc_id;
END;
CREATE TRIGGER search_name_insert AFTER INSERT ON layer_entity
WHEN NEW.canonical IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM layer_entity e
    WHERE e.doc_id = NEW.doc_id AND e.canonical = NEW.canonical AND e.n <> NEW.n)
BEGIN
    INSERT INTO search_name (body, doc_id, n) VALUES (NEW.canonical, NEW.doc_id, NEW.n);
END;
