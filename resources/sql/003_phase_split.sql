-- BudgetDesk schema, version 3: a schedule line's 基本支出 may be split into 人员经费 and
-- 公用经费 (phases 'basic_personnel', 'basic_public'), as a unit budget's table 1 publishes
-- per 类 and the 11-table template's fund tables publish per 项. Version 1's check allowed
-- only 'basic' and 'project', so such a document could not be saved.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt, rows and order kept.

CREATE TABLE functional_lines_v3 (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('basic', 'project', 'basic_personnel', 'basic_public')),
    amount_fen BIGINT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
INSERT INTO functional_lines_v3 (document_id, seq, code, name, source, phase, amount_fen)
    SELECT document_id, seq, code, name, source, phase, amount_fen FROM functional_lines;
DROP TABLE functional_lines;
ALTER TABLE functional_lines_v3 RENAME TO functional_lines;
CREATE INDEX functional_lines_code ON functional_lines (code);
