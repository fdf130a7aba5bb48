-- 7: full-text search (issue 14), one self-contained script. One FTS5 table,
-- `search`, holds three kinds of rows: 'report' (the headline, unless the
-- clean text opens with it, and the clean text of a document, n NULL), 'quote' (a quote's content, first word to last, n
-- its position in layer_quote) and 'name' (an entity's canonical name, once
-- per document and name, n its first entity). The rows of documents stored
-- before are added here; triggers add those of documents stored after, in
-- the ingest's own transaction, and remove a document's rows with it.
CREATE VIRTUAL TABLE search USING fts5(
    body,
    kind UNINDEXED,
    doc_id UNINDEXED,
    n UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search (body, kind, doc_id, n)
    SELECT CASE WHEN instr(clean, title) = 1 THEN clean ELSE coalesce(title || char(10), '') || clean END,
           'report', id, NULL
    FROM documents;
INSERT INTO search (body, kind, doc_id, n)
    SELECT CAST(substr(CAST(d.clean AS BLOB), q.start + 1, q.end - q.start) AS TEXT), 'quote', q.doc_id, q.n
    FROM layer_quote q JOIN documents d ON d.id = q.doc_id;
INSERT INTO search (body, kind, doc_id, n)
    SELECT canonical, 'name', doc_id, min(n) FROM layer_entity
    WHERE canonical IS NOT NULL GROUP BY doc_id, canonical;

CREATE TRIGGER search_report AFTER INSERT ON documents BEGIN
    INSERT INTO search (body, kind, doc_id, n)
        VALUES (CASE WHEN instr(NEW.clean, NEW.title) = 1 THEN NEW.clean
                     ELSE coalesce(NEW.title || char(10), '') || NEW.clean END,
                'report', NEW.id, NULL);
END;
CREATE TRIGGER search_quote AFTER INSERT ON layer_quote BEGIN
    INSERT INTO search (body, kind, doc_id, n)
        SELECT CAST(substr(CAST(d.clean AS BLOB), NEW.start + 1, NEW.end - NEW.start) AS TEXT),
               'quote', NEW.doc_id, NEW.n
        FROM documents d WHERE d.id = NEW.doc_id;
END;
CREATE TRIGGER search_name AFTER INSERT ON layer_entity
WHEN NEW.canonical IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM layer_entity e
    WHERE e.doc_id = NEW.doc_id AND e.canonical = NEW.canonical AND e.n <> NEW.n)
BEGIN
    INSERT INTO search (body, kind, doc_id, n) VALUES (NEW.canonical, 'name', NEW.doc_id, NEW.n);
END;
CREATE TRIGGER search_forget AFTER DELETE ON documents BEGIN
    DELETE FROM search WHERE doc_id = OLD.id;
END;
