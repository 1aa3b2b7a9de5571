-- BudgetDesk schema, version 12 on a PostgreSQL server: roles enforced by the database.
--
--   budgetdesk_editor    编制: reads everything; writes the drafts of their own department
--                        (store_users.department_key) that no reviewer has passed yet
--   budgetdesk_reviewer  审核: reads everything; passes a draft (document_reviews), publishes a
--                        passed draft (documents.status, and nothing else of it), comments
--   budgetdesk_reader    只读: reads everything
--
-- The owner of the tables (who ran this migration) is none of these and may do anything:
-- row-level security does not bind a table's owner. `budgetdesk grant` gives an account a
-- role. The roles are the cluster's; an account's department is this database's.

CREATE TABLE store_users (
    login TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'reader')),
    department TEXT NOT NULL DEFAULT '',
    department_key TEXT NOT NULL DEFAULT ''
);

DO $$
DECLARE r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['budgetdesk_editor', 'budgetdesk_reviewer', 'budgetdesk_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

-- The connected editor's department (departmentKey of its name); NULL for anyone else.
CREATE OR REPLACE FUNCTION bd_editor_department() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT department_key FROM store_users WHERE login = current_user AND role = 'editor'
$$;

-- Whether the connected editor may write the rows of this document.
CREATE OR REPLACE FUNCTION bd_editor_may_write(doc BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM documents d
                   WHERE d.id = doc AND d.status = 'draft' AND d.department_key = bd_editor_department()
                     AND NOT EXISTS (SELECT 1 FROM document_reviews r WHERE r.document_id = d.id))
$$;

GRANT USAGE ON SCHEMA public TO budgetdesk_editor, budgetdesk_reviewer, budgetdesk_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO budgetdesk_editor, budgetdesk_reviewer, budgetdesk_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO budgetdesk_editor, budgetdesk_reviewer, budgetdesk_reader;
GRANT INSERT, UPDATE, DELETE ON documents, functional_lines, economic_lines, document_parts, published_tables,
    published_headers, published_columns, published_rows, published_cells, document_links, consolidation_members
    TO budgetdesk_editor;
GRANT UPDATE ON id_counters TO budgetdesk_editor, budgetdesk_reviewer;
GRANT INSERT ON audit_log TO budgetdesk_editor, budgetdesk_reviewer;
GRANT UPDATE (status, modified, modified_by) ON documents TO budgetdesk_reviewer;
GRANT INSERT, DELETE ON document_reviews TO budgetdesk_reviewer;
GRANT INSERT ON review_comments TO budgetdesk_reviewer;

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON documents FOR SELECT USING (true);
CREATE POLICY editor_inserts ON documents FOR INSERT TO budgetdesk_editor
    WITH CHECK (status = 'draft' AND department_key = bd_editor_department());
CREATE POLICY editor_updates ON documents FOR UPDATE TO budgetdesk_editor
    USING (bd_editor_may_write(id)) WITH CHECK (status = 'draft' AND department_key = bd_editor_department());
CREATE POLICY editor_deletes ON documents FOR DELETE TO budgetdesk_editor USING (bd_editor_may_write(id));
-- A reviewer publishes a passed draft; the column grant keeps the rest of the row out of reach.
CREATE POLICY reviewer_publishes ON documents FOR UPDATE TO budgetdesk_reviewer
    USING (status = 'draft' AND EXISTS (SELECT 1 FROM document_reviews r WHERE r.document_id = documents.id))
    WITH CHECK (status = 'published');

ALTER TABLE document_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON document_reviews FOR SELECT USING (true);
CREATE POLICY reviewer_passes ON document_reviews FOR INSERT TO budgetdesk_reviewer
    WITH CHECK (reviewed_by = current_user
                AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.status = 'draft'));
CREATE POLICY reviewer_returns ON document_reviews FOR DELETE TO budgetdesk_reviewer
    USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.status = 'draft'));

ALTER TABLE review_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON review_comments FOR SELECT USING (true);
CREATE POLICY reviewer_comments ON review_comments FOR INSERT TO budgetdesk_reviewer WITH CHECK (author = current_user);

-- The rows of a document: written by an editor who may write the document.
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['functional_lines', 'economic_lines', 'document_parts', 'published_tables',
                             'published_headers', 'published_columns', 'published_rows', 'published_cells',
                             'document_links', 'consolidation_members'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)', t);
        EXECUTE format('CREATE POLICY editor_writes ON %I FOR ALL TO budgetdesk_editor '
                       'USING (bd_editor_may_write(document_id)) WITH CHECK (bd_editor_may_write(document_id))', t);
    END LOOP;
END
$$;
