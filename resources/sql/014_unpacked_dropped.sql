-- BudgetDesk schema, version 14: what version 13 packed is dropped: the published tables' rows
-- of header texts, columns, rows and cells, and the JSON parts as text.

DROP TABLE published_cells;
DROP TABLE published_rows;
DROP TABLE published_columns;
DROP TABLE published_headers;
ALTER TABLE document_parts DROP COLUMN payload;
