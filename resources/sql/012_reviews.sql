-- BudgetDesk schema, version 12: review. A draft a reviewer has passed (已审核) has a row in
-- document_reviews, who and when; publishing it (已发布) keeps the row. Reviewers' comments on a
-- document are kept in the order written. On a PostgreSQL server, 012_reviews.postgresql.sql
-- adds the roles that say who may do what.

CREATE TABLE document_reviews (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
);

CREATE TABLE review_comments (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    author TEXT NOT NULL,
    written TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
