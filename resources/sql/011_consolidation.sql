-- BudgetDesk schema, version 11: a consolidated document (汇总) remembers its members, in order,
-- so that its 构成 (each member's part of every row) can be shown and checked later. A member
-- removed afterwards is named as missing, not silently dropped: no foreign key on member_id.

CREATE TABLE consolidation_members (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX consolidation_members_member ON consolidation_members (member_id);
