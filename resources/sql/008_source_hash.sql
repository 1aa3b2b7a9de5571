-- BudgetDesk schema, version 8: the SHA-256 of the file a document was imported from, so that
-- importing the same file again is noticed (and the user asked to replace or keep it). Drafts,
-- and documents stored before, have none.

ALTER TABLE documents ADD COLUMN source_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_source_hash ON documents (source_hash);
