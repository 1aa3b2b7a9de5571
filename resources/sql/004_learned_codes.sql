-- BudgetDesk schema, version 4: code names learned from imported documents.
--
-- The bundled catalogue holds every 类 but not every 款 and 项 of every year. A published
-- document that prints a well-formed code the year's catalogue lacks (2010506 统计管理 in a
-- 2023 budget) teaches its name here, per budget year; every store that opens this database
-- extends the year's catalogue with it. The first document to print a code names it.

CREATE TABLE learned_codes (
    year INTEGER NOT NULL,
    classification TEXT NOT NULL CHECK (classification IN ('functional', 'economic')),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    document_id BIGINT NULL REFERENCES documents (id) ON DELETE SET NULL,
    PRIMARY KEY (year, classification, code)
);
