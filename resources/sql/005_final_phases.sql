-- BudgetDesk schema, version 5: a final account (决算) spends in three more ways than a budget:
-- 上缴上级支出 ('remit_superior'), 经营支出 ('operating') and 对附属单位补助支出
-- ('subsidy_affiliated'). Version 3's check allowed only 基本支出 (split or not) and 项目支出.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt, rows and order kept.

CREATE TABLE functional_lines_v5 (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('basic', 'project', 'basic_personnel', 'basic_public', 'remit_superior',
                                         'operating', 'subsidy_affiliated')),
    amount_fen BIGINT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
INSERT INTO functional_lines_v5 (document_id, seq, code, name, source, phase, amount_fen)
    SELECT document_id, seq, code, name, source, phase, amount_fen FROM functional_lines;
DROP TABLE functional_lines;
ALTER TABLE functional_lines_v5 RENAME TO functional_lines;
CREATE INDEX functional_lines_code ON functional_lines (code);
