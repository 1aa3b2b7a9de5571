-- BudgetDesk schema, version 7: a published table keeps its title line as printed
-- ("2025年部门财务收支预算总表": the year the check compares with the document's) and the line
-- naming who compiled it ("编制部门：上海市普陀区商务委员会": 部门 or 单位, and the name). Tables
-- stored before have neither; an empty text stands for not read.

ALTER TABLE published_tables ADD COLUMN printed_title TEXT NOT NULL DEFAULT '';
ALTER TABLE published_tables ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
