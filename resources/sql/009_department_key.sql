-- BudgetDesk schema, version 9: the department's name as compared (departmentKey: NFKC, no
-- spaces, no "(本级)"), so that a document's counterpart of the same year, and a department's
-- documents over the years, are found through an index rather than by reading every document.
-- The program fills it for the documents already stored when it applies this version.

ALTER TABLE documents ADD COLUMN department_key TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_year_department_key ON documents (year, department_key);
CREATE INDEX documents_department_key ON documents (department_key, year);
