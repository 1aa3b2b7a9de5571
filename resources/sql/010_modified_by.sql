-- BudgetDesk schema, version 10: who saved a document last (the operating-system account, as the
-- audit trail names it). A save over a version someone else saved after this copy was read is
-- refused with their name and time; documents stored before have none.

ALTER TABLE documents ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
