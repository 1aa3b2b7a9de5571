-- BudgetDesk schema, version 13: the JSON parts and the published tables packed (issue 14: at
-- most 30 KB per imported document; schema 12 took about 120 KB).
--
-- A published table was one row per header text, column, row and cell: about 1,600 rows and
-- 48 KB of a document's 120 KB, half of it the cells' primary-key index. Its row in
-- published_tables stays; the rest (the header rows, the columns, the rows with their cells and
-- source lines) is now the document part "published": for each table in order, the JSON
-- tableToJson writes without what the table's row holds. The tables go in one part because
-- they repeat each other's row names: compressed together they take half the space.
--
-- Every part is now packed: its compact JSON compressed with zlib as Qt's qCompress writes it
-- (the length as 4 bytes big-endian, then the zlib stream; so the first byte is 0), or, for a
-- part of less than 64 bytes, the JSON itself (its first byte '[' or '{'). BYTEA is PostgreSQL's binary type;
-- SQLite keeps the value as the BLOB it is given. The schedules that are summed and queried
-- (functional_lines, economic_lines) stay one row per line.
--
-- The migrator packs the documents stored before (what SQL cannot compute); version 14 then
-- drops what that replaces.

ALTER TABLE document_parts ADD COLUMN packed BYTEA;
