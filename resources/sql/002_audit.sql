-- BudgetDesk schema, version 2: the audit trail of saves.
--
-- Every save of an existing document records, in the same transaction, each amount cell of
-- the derived disclosure tables that the save changed: which table (its number in the
-- template), row and column (the keys the tables use), the old and the new amount in 分
-- (NULL for a blank cell or a row that did not exist), when and by which operating-system
-- account. The first save of a document records nothing: there is no earlier version.
-- Plain SQL as in 001; ids come from id_counters like the documents' own.

CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL,   -- ISO 8601 UTC, the time of the save
    os_user TEXT NOT NULL,
    table_no INTEGER NOT NULL,  -- the table's number in its template (1-based)
    row_key TEXT NOT NULL,
    column_key TEXT NOT NULL,
    old_fen BIGINT NULL,
    new_fen BIGINT NULL
);
CREATE INDEX audit_log_document ON audit_log (document_id, id);

INSERT INTO id_counters (name, next_id) VALUES ('audit_log', 1);
