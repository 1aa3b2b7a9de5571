-- BudgetDesk schema, version 1.
--
-- Plain SQL that runs on SQLite and PostgreSQL alike: BIGINT/INTEGER/TEXT only, no
-- AUTOINCREMENT/SERIAL, booleans as INTEGER 0/1, timestamps as ISO 8601 UTC text
-- ("2026-02-05T08:30:00.000Z", sorts as text). Money is always BIGINT 分 (0.01 元).
-- The migration runner splits this file on ';' outside quotes and comments and runs the
-- statements in one transaction, then records the version in schema_version.

-- One row per applied migration; the schema's version is MAX(version).
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied TEXT NOT NULL
);

-- Id allocation without database-specific sequences: the store bumps next_id inside the
-- saving transaction (the UPDATE takes the write lock first, so concurrent writers queue),
-- and ids of removed documents are never handed out again.
CREATE TABLE id_counters (
    name TEXT PRIMARY KEY,
    next_id BIGINT NOT NULL
);
INSERT INTO id_counters (name, next_id) VALUES ('documents', 1);

CREATE TABLE documents (
    id BIGINT PRIMARY KEY,
    department TEXT NOT NULL,
    year INTEGER NOT NULL,
    template_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    title TEXT NOT NULL DEFAULT '',
    publish_date TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    modified TEXT NOT NULL
);
CREATE INDEX documents_department_year ON documents (department, year);

-- Schedules: 功能分类 项 × funding source × 基本/项目. seq keeps the document's order.
CREATE TABLE functional_lines (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,   -- fundSourceKey(): 'general_budget', 'gov_fund', …
    phase TEXT NOT NULL CHECK (phase IN ('basic', 'project')),
    amount_fen BIGINT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX functional_lines_code ON functional_lines (code);

-- Schedules: 一般公共预算基本支出 by 经济分类 款 × 人员经费 / 公用经费.
CREATE TABLE economic_lines (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    personnel_fen BIGINT NOT NULL,
    public_fen BIGINT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX economic_lines_code ON economic_lines (code);

-- The other schedule parts as JSON, in the shapes BudgetDocument::toJson writes them:
-- projects, san_gong, carry_over, figures, prior, targets, narrative, staffing,
-- unit_funds_detail.
CREATE TABLE document_parts (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (document_id, part)
);

-- Tables as published (imported documents only).
-- table_no is the table's position in the document (0-based), number its number in the
-- template (1-based); query "table 3" through number.
CREATE TABLE published_tables (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    table_no INTEGER NOT NULL,
    number INTEGER NOT NULL,
    table_key TEXT NOT NULL,          -- DisclosureTable::id
    title TEXT NOT NULL,
    unit TEXT NOT NULL CHECK (unit IN ('yuan', 'wanyuan')),
    thousands INTEGER NOT NULL CHECK (thousands IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0,
    header_row_count INTEGER NOT NULL DEFAULT 0, -- keeps header rows that have no text
    PRIMARY KEY (document_id, table_no)
);

-- The published multi-row header, one row per header text.
CREATE TABLE published_headers (
    document_id BIGINT NOT NULL,
    table_no INTEGER NOT NULL,
    header_row INTEGER NOT NULL,
    col_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, table_no, header_row, col_no),
    FOREIGN KEY (document_id, table_no) REFERENCES published_tables (document_id, table_no) ON DELETE CASCADE
);

CREATE TABLE published_columns (
    document_id BIGINT NOT NULL,
    table_no INTEGER NOT NULL,
    col_no INTEGER NOT NULL,
    col_key TEXT NOT NULL,
    header TEXT NOT NULL,
    is_amount INTEGER NOT NULL CHECK (is_amount IN (0, 1)),
    side INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, table_no, col_no),
    FOREIGN KEY (document_id, table_no) REFERENCES published_tables (document_id, table_no) ON DELETE CASCADE
);

CREATE TABLE published_rows (
    document_id BIGINT NOT NULL,
    table_no INTEGER NOT NULL,
    row_no INTEGER NOT NULL,
    row_key TEXT NOT NULL,
    right_key TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, table_no, row_no),
    FOREIGN KEY (document_id, table_no) REFERENCES published_tables (document_id, table_no) ON DELETE CASCADE
);
CREATE INDEX published_rows_key ON published_rows (row_key);

-- Every cell a row has, empty ones included (text '' and amount_fen NULL).
CREATE TABLE published_cells (
    document_id BIGINT NOT NULL,
    table_no INTEGER NOT NULL,
    row_no INTEGER NOT NULL,
    col_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    amount_fen BIGINT NULL,
    source_line INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, table_no, row_no, col_no),
    FOREIGN KEY (document_id, table_no, row_no) REFERENCES published_rows (document_id, table_no, row_no) ON DELETE CASCADE
);
