-- BudgetDesk schema, version 6: a budget and the final account (决算) that carried it out are
-- linked by the department's name and the year; a user may link two documents by hand (their
-- names written differently) or unlink them (a department reorganised). A row (a, b) links a
-- to b by hand, both ways written; (a, NULL) says a is linked to nothing.

CREATE TABLE document_links (
    document_id BIGINT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    linked_id BIGINT NULL REFERENCES documents (id) ON DELETE CASCADE
);
