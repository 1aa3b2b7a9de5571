<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bd::AddLineDialog</name>
    <message>
        <source>Add Functional Line</source>
        <translation>Add Functional Line</translation>
    </message>
    <message>
        <source>Only needed for a code the catalogue does not know</source>
        <translation>Only needed for a code the catalogue does not know</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>Item code (项):</source>
        <translation>Item code (项):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Funding source:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>Basic / project:</source>
        <translation>Basic / project:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Amount (%1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>&quot;%1&quot; is not an amount in %2.</translation>
    </message>
</context>
<context>
    <name>bd::AmountEdit</name>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: type digits such as 1,234.56</source>
        <translation>&quot;%1&quot; is not an amount in %2: type digits such as 1,234.56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount in %2</source>
        <translation>&quot;%1&quot; is too large for an amount in %2</translation>
    </message>
</context>
<context>
    <name>bd::AuditTrailView</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>bd::BarChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>bd::BasicProjectChart</name>
    <message>
        <source>Basic vs project expenditure</source>
        <translation>Basic vs project expenditure</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>No expenditure in this document</source>
        <translation>No expenditure in this document</translation>
    </message>
    <message>
        <source>No expenditure under %1</source>
        <translation>No expenditure under %1</translation>
    </message>
</context>
<context>
    <name>bd::Breadcrumb</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Go up to %1</source>
        <translation>Go up to %1</translation>
    </message>
</context>
<context>
    <name>bd::ChartExporter</name>
    <message>
        <source>%1 %2: %3 (amounts in %4)</source>
        <translation>%1 %2: %3 (amounts in %4)</translation>
    </message>
    <message>
        <source>No chart to export</source>
        <translation>No chart to export</translation>
    </message>
    <message>
        <source>Invalid chart size %1×%2</source>
        <translation>Invalid chart size %1×%2</translation>
    </message>
    <message>
        <source>Invalid resolution %1 dpi</source>
        <translation>Invalid resolution %1 dpi</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Exporting charts needs a QApplication</source>
        <translation>Exporting charts needs a QApplication</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>bd::ChartView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>The chart could not be exported:
%1</source>
        <translation>The chart could not be exported:
%1</translation>
    </message>
</context>
<context>
    <name>bd::ClassificationPage</name>
    <message>
        <source>Choose the cell where the pasted figures should start.</source>
        <translation>Choose the cell where the pasted figures should start.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted range has %n row(s), more than there are below the current cell.</source>
        <translation>
            <numerusform>The pasted range has %n row, more than there are below the current cell.</numerusform>
            <numerusform>The pasted range has %n rows, more than there are below the current cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row &quot;%1&quot;, column &quot;%2&quot; cannot be edited here.</source>
        <translation>Row &quot;%1&quot;, column &quot;%2&quot; cannot be edited here.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot;, column &quot;%2&quot;: &quot;%3&quot; is not an amount.</source>
        <translation>Row &quot;%1&quot;, column &quot;%2&quot;: &quot;%3&quot; is not an amount.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>The paste was refused.</source>
        <translation>The paste was refused.</translation>
    </message>
</context>
<context>
    <name>bd::CommandLine</name>
    <message>
        <source>upgrading the database: %1 of %2 documents</source>
        <translation>upgrading the database: %1 of %2 documents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (see budgetdesk list)</source>
        <translation>&quot;%1&quot; is not a document id (see budgetdesk list)</translation>
    </message>
    <message>
        <source>document %1 uses template &quot;%2&quot;, which this version does not know</source>
        <translation>document %1 uses template &quot;%2&quot;, which this version does not know</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import needs at least one file or folder</translation>
    </message>
    <message>
        <source>--duplicates is skip, replace or keep, not &quot;%1&quot;</source>
        <translation>--duplicates is skip, replace or keep, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: imported before as document %2; skipped (--duplicates replace or keep imports it again)</source>
        <translation>%1: imported before as document %2; skipped (--duplicates replace or keep imports it again)</translation>
    </message>
    <message>
        <source>imported %1, failed %2, skipped %3 imported before</source>
        <translation>imported %1, failed %2, skipped %3 imported before</translation>
    </message>
    <message>
        <source>imported %1, failed %2</source>
        <translation>imported %1, failed %2</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>failed: %1: %2</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of documents, not &quot;%2&quot;</source>
        <translation>--%1 needs a whole number of documents, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>show needs a document id and --table N</source>
        <translation>show needs a document id and --table N</translation>
    </message>
    <message>
        <source>the template %1 has tables 1–%2</source>
        <translation>the template %1 has tables 1–%2</translation>
    </message>
    <message>
        <source>execution needs a document id</source>
        <translation>execution needs a document id</translation>
    </message>
    <message>
        <source>document %1 is a budget, and no final account (决算) of %2 %3 is stored</source>
        <translation>document %1 is a budget, and no final account (决算) of %2 %3 is stored</translation>
    </message>
    <message>
        <source>link needs two document ids</source>
        <translation>link needs two document ids</translation>
    </message>
    <message>
        <source>unlink needs a document id</source>
        <translation>unlink needs a document id</translation>
    </message>
    <message>
        <source>draft needs a document id</source>
        <translation>draft needs a document id</translation>
    </message>
    <message>
        <source>--year is a year such as %1, not &quot;%2&quot;</source>
        <translation>--year is a year such as %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>consolidate needs --title, the name the consolidated document is published under</source>
        <translation>consolidate needs --title, the name the consolidated document is published under</translation>
    </message>
    <message>
        <source>consolidate needs two or more document ids</source>
        <translation>consolidate needs two or more document ids</translation>
    </message>
    <message>
        <source>cannot consolidate: %1</source>
        <translation>cannot consolidate: %1</translation>
    </message>
    <message>
        <source>grant needs --role editor, reviewer or reader, and one account name</source>
        <translation>grant needs --role editor, reviewer or reader, and one account name</translation>
    </message>
    <message>
        <source>review needs pass, withdraw, publish or comment, and a document id</source>
        <translation>review needs pass, withdraw, publish or comment, and a document id</translation>
    </message>
    <message>
        <source>composition needs a document id</source>
        <translation>composition needs a document id</translation>
    </message>
    <message>
        <source>document %1 is not a consolidated document (see budgetdesk consolidate)</source>
        <translation>document %1 is not a consolidated document (see budgetdesk consolidate)</translation>
    </message>
    <message>
        <source>the members of document %1 cannot be read: %2</source>
        <translation>the members of document %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>history needs a department&apos;s name</source>
        <translation>history needs a department&apos;s name</translation>
    </message>
    <message>
        <source>no stored document is of a department named &quot;%1&quot; (see budgetdesk list)</source>
        <translation>no stored document is of a department named &quot;%1&quot; (see budgetdesk list)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 departments; give one of: %3</source>
        <translation>&quot;%1&quot; names %2 departments; give one of: %3</translation>
    </message>
    <message>
        <source>text needs one file</source>
        <translation>text needs one file</translation>
    </message>
    <message>
        <source>check needs a file or a document id</source>
        <translation>check needs a file or a document id</translation>
    </message>
    <message>
        <source>export-charts needs a document id, --out DIR and --format png|svg|pdf</source>
        <translation>export-charts needs a document id, --out DIR and --format png|svg|pdf</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 800x500)</source>
        <translation>--size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 800x500)</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 24 to 2400</source>
        <translation>--dpi takes a resolution from 24 to 2400</translation>
    </message>
    <message>
        <source>export needs a document id, --format csv|json|fdp|xlsx|pdf and --out PATH</source>
        <translation>export needs a document id, --format csv|json|fdp|xlsx|pdf and --out PATH</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (export knows %2)</source>
        <translation>unknown format &quot;%1&quot; (export knows %2)</translation>
    </message>
    <message>
        <source>--out needs a path</source>
        <translation>--out needs a path</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete needs a document id</source>
        <translation>delete needs a document id</translation>
    </message>
    <message>
        <source>usage:
  budgetdesk                          open the window on the default document
  budgetdesk import FILE|FOLDER... [--duplicates skip|replace|keep] [--db PATH]
                                      (.txt, .pdf, .xlsx, .docx; folders recursively; a file imported
                                      before is skipped unless replaced or kept twice)
  budgetdesk text FILE                the lines the importer reads from a .txt, .pdf, .xlsx or .docx
                                      (the line numbers of import errors count these lines)
  budgetdesk list [--offset N] [--limit N] [--db PATH] [--format text|json]
                                      by department, year and id; a page of N from the
                                      offset on (from 0) with --limit
  budgetdesk show ID --table N [--derived] [--format tsv|json] [--db PATH]
  budgetdesk check FILE|ID [--format text|json] [--db PATH]
  budgetdesk export ID --format csv|json|fdp|xlsx|pdf --out PATH [--db PATH]
                                      csv, fdp: PATH is a folder; json, xlsx, pdf: a file
  budgetdesk export-charts ID --out DIR --format png|svg|pdf [--size WxH] [--dpi N] [--db PATH]
  budgetdesk execution ID [--format tsv|json] [--db PATH]
                                      执行情况 of a final account (决算), or of a budget&apos;s final account
  budgetdesk history DEPARTMENT [--format tsv|json] [--db PATH]
                                      历年对比: a department&apos;s budgets and final accounts over the years
  budgetdesk draft ID [--year N] [--db PATH]   a draft of a document (next year&apos;s with --year);
                                      prints its id
  budgetdesk link ID OTHER [--db PATH]   link a budget and a final account by hand
  budgetdesk unlink ID [--db PATH]       unlink a document from its budget or final account
  budgetdesk delete ID [--db PATH]       take a document out of the database, with its
                                      tables, 说明, review and audit trail
  budgetdesk consolidate --title NAME ID ID... [--db PATH]
                                      汇总: the documents of one family and year summed into a
                                      new draft; prints its id
  budgetdesk composition ID [--format tsv|json] [--db PATH]
                                      构成 of a consolidated document: each member&apos;s part of every
                                      功能分类 code
  budgetdesk grant --role editor|reviewer|reader [--department NAME] ACCOUNT --db postgresql://…
                                      a server account&apos;s role (编制 of one department, 审核, 只读)
  budgetdesk review pass|withdraw|publish ID [--db PATH]
  budgetdesk review comment ID --text TEXT [--db PATH]
                                      草稿 → 已审核 → 已发布, as the account&apos;s role allows
</source>
        <translation>usage:
  budgetdesk                          open the window on the default document
  budgetdesk import FILE|FOLDER... [--duplicates skip|replace|keep] [--db PATH]
                                      (.txt, .pdf, .xlsx, .docx; folders recursively; a file imported
                                      before is skipped unless replaced or kept twice)
  budgetdesk text FILE                the lines the importer reads from a .txt, .pdf, .xlsx or .docx
                                      (the line numbers of import errors count these lines)
  budgetdesk list [--offset N] [--limit N] [--db PATH] [--format text|json]
                                      by department, year and id; a page of N from the
                                      offset on (from 0) with --limit
  budgetdesk show ID --table N [--derived] [--format tsv|json] [--db PATH]
  budgetdesk check FILE|ID [--format text|json] [--db PATH]
  budgetdesk export ID --format csv|json|fdp|xlsx|pdf --out PATH [--db PATH]
                                      csv, fdp: PATH is a folder; json, xlsx, pdf: a file
  budgetdesk export-charts ID --out DIR --format png|svg|pdf [--size WxH] [--dpi N] [--db PATH]
  budgetdesk execution ID [--format tsv|json] [--db PATH]
                                      执行情况 of a final account (决算), or of a budget&apos;s final account
  budgetdesk history DEPARTMENT [--format tsv|json] [--db PATH]
                                      历年对比: a department&apos;s budgets and final accounts over the years
  budgetdesk draft ID [--year N] [--db PATH]   a draft of a document (next year&apos;s with --year);
                                      prints its id
  budgetdesk link ID OTHER [--db PATH]   link a budget and a final account by hand
  budgetdesk unlink ID [--db PATH]       unlink a document from its budget or final account
  budgetdesk delete ID [--db PATH]       take a document out of the database, with its
                                      tables, 说明, review and audit trail
  budgetdesk consolidate --title NAME ID ID... [--db PATH]
                                      汇总: the documents of one family and year summed into a
                                      new draft; prints its id
  budgetdesk composition ID [--format tsv|json] [--db PATH]
                                      构成 of a consolidated document: each member&apos;s part of every
                                      功能分类 code
  budgetdesk grant --role editor|reviewer|reader [--department NAME] ACCOUNT --db postgresql://…
                                      a server account&apos;s role (编制 of one department, 审核, 只读)
  budgetdesk review pass|withdraw|publish ID [--db PATH]
  budgetdesk review comment ID --text TEXT [--db PATH]
                                      草稿 → 已审核 → 已发布, as the account&apos;s role allows
</translation>
    </message>
    <message>
        <source>no *.txt, *.pdf, *.xlsx or *.docx files found</source>
        <translation>no *.txt, *.pdf, *.xlsx or *.docx files found</translation>
    </message>
</context>
<context>
    <name>bd::CompositionModel</name>
    <message>
        <source>%1 spends %2 of %3 %4</source>
        <translation>%1 spends %2 of %3 %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>Functional classification</translation>
    </message>
    <message>
        <source>Consolidated (10k yuan)</source>
        <translation>Consolidated (10k yuan)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1 (10k yuan)</source>
        <translation>%1 (10k yuan)</translation>
    </message>
</context>
<context>
    <name>bd::ConsolidateDialog</name>
    <message>
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Members (the same template family and year):</source>
        <translation>&amp;Members (the same template family and year):</translation>
    </message>
    <message>
        <source>No other stored document of this template family and year: import the units&apos; or departments&apos; documents first.</source>
        <translation>No other stored document of this template family and year: import the units&apos; or departments&apos; documents first.</translation>
    </message>
    <message>
        <source>Give the consolidated document a title.</source>
        <translation>Give the consolidated document a title.</translation>
    </message>
    <message>
        <source>Tick two or more documents.</source>
        <translation>Tick two or more documents.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be summed into a new draft.</source>
        <translation>
            <numerusform>%n document(s) will be summed into a new draft.</numerusform>
            <numerusform>%n document(s) will be summed into a new draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::Consolidation</name>
    <message>
        <source>a consolidated document needs a title (the name it is published under)</source>
        <translation>a consolidated document needs a title (the name it is published under)</translation>
    </message>
    <message>
        <source>consolidation needs at least two documents, not %1</source>
        <translation>consolidation needs at least two documents, not %1</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is of an unknown template (%3)</source>
        <translation>&quot;%1 %2&quot; is of an unknown template (%3)</translation>
    </message>
    <message>
        <source>%1 is of another template family (%2, not %3): only documents printed alike add up</source>
        <translation>%1 is of another template family (%2, not %3): only documents printed alike add up</translation>
    </message>
    <message>
        <source>%1 is of another year than &quot;%2 %3&quot;</source>
        <translation>%1 is of another year than &quot;%2 %3&quot;</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 is chosen twice</translation>
    </message>
</context>
<context>
    <name>bd::DisclosureDocument</name>
    <message>
        <source>Cannot start printing</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>Cannot start a new page</translation>
    </message>
    <message>
        <source>Cannot finish printing</source>
        <translation>Cannot finish printing</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>bd::DisclosureTableModel</name>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Published %1, derived %2, difference %3</source>
        <translation>Published %1, derived %2, difference %3</translation>
    </message>
</context>
<context>
    <name>bd::DocumentBrowser</name>
    <message>
        <source>Search department, year, status…</source>
        <translation>Search department, year, status…</translation>
    </message>
</context>
<context>
    <name>bd::DocumentEditor</name>
    <message>
        <source>basic expenditure</source>
        <translation>basic expenditure</translation>
    </message>
    <message>
        <source>project expenditure</source>
        <translation>project expenditure</translation>
    </message>
    <message>
        <source>personnel expenses</source>
        <translation>personnel expenses</translation>
    </message>
    <message>
        <source>public expenses</source>
        <translation>public expenses</translation>
    </message>
    <message>
        <source>overseas trips</source>
        <translation>overseas trips</translation>
    </message>
    <message>
        <source>official reception</source>
        <translation>official reception</translation>
    </message>
    <message>
        <source>vehicle purchase</source>
        <translation>vehicle purchase</translation>
    </message>
    <message>
        <source>vehicle operation</source>
        <translation>vehicle operation</translation>
    </message>
    <message>
        <source>functional classification %1 (%2, %3)</source>
        <translation>functional classification %1 (%2, %3)</translation>
    </message>
    <message>
        <source>economic classification %1 (%2)</source>
        <translation>economic classification %1 (%2)</translation>
    </message>
    <message>
        <source>project %1 &quot;%2&quot;</source>
        <translation>project %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative (%2 %3).</source>
        <translation>%1: an amount cannot be negative (%2 %3).</translation>
    </message>
    <message>
        <source>%1: the amount %2 %3 is too large.</source>
        <translation>%1: the amount %2 %3 is too large.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>%1 %2 is published and cannot be edited; make a draft of it first.</source>
        <translation>%1 %2 is published and cannot be edited; make a draft of it first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a functional classification item code (项, 7 digits).</source>
        <translation>&quot;%1&quot; is not a functional classification item code (项, 7 digits).</translation>
    </message>
    <message>
        <source>%1: the code is not in the %2 catalogue; add the line with its name instead.</source>
        <translation>%1: the code is not in the %2 catalogue; add the line with its name instead.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>%1: the line needs a name (the code is not in the %2 catalogue).</source>
        <translation>%1: the line needs a name (the code is not in the %2 catalogue).</translation>
    </message>
    <message>
        <source>%1 already exists; change its amount instead.</source>
        <translation>%1 already exists; change its amount instead.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an economic classification code (款, 5 digits).</source>
        <translation>&quot;%1&quot; is not an economic classification code (款, 5 digits).</translation>
    </message>
    <message>
        <source>%1: the code is not in the %2 catalogue.</source>
        <translation>%1: the code is not in the %2 catalogue.</translation>
    </message>
    <message>
        <source>There is no project %1 (the document has %2).</source>
        <translation>There is no project %1 (the document has %2).</translation>
    </message>
    <message>
        <source>%1, economic class %2</source>
        <translation>%1, economic class %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an economic classification class code (类, 3 digits).</source>
        <translation>%1: &quot;%2&quot; is not an economic classification class code (类, 3 digits).</translation>
    </message>
    <message>
        <source>A new project needs a name.</source>
        <translation>A new project needs a name.</translation>
    </message>
    <message>
        <source>%1: a project of that name already exists.</source>
        <translation>%1: a project of that name already exists.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a functional classification item code (项, 7 digits).</source>
        <translation>%1: &quot;%2&quot; is not a functional classification item code (项, 7 digits).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;three public expenses&quot; item (abroad, reception, vehicle_purchase, vehicle_operation).</source>
        <translation>&quot;%1&quot; is not a &quot;three public expenses&quot; item (abroad, reception, vehicle_purchase, vehicle_operation).</translation>
    </message>
    <message>
        <source>&quot;Three public expenses&quot; are funded by the general budget, government funds or state capital, not by %1.</source>
        <translation>&quot;Three public expenses&quot; are funded by the general budget, government funds or state capital, not by %1.</translation>
    </message>
    <message>
        <source>three public expenses: %1 (%2)</source>
        <translation>three public expenses: %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure of this document or of its template.</source>
        <translation>&quot;%1&quot; is not a figure of this document or of its template.</translation>
    </message>
    <message>
        <source>There is no performance target table %1 (the document has %2).</source>
        <translation>There is no performance target table %1 (the document has %2).</translation>
    </message>
    <message>
        <source>Performance targets of &quot;%1&quot;: there is no indicator %2 (the table has %3).</source>
        <translation>Performance targets of &quot;%1&quot;: there is no indicator %2 (the table has %3).</translation>
    </message>
    <message>
        <source>performance targets of &quot;%1&quot;, indicator &quot;%2&quot;</source>
        <translation>performance targets of &quot;%1&quot;, indicator &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a weight must be between 0 and 100, not %2.</source>
        <translation>%1: a weight must be between 0 and 100, not %2.</translation>
    </message>
    <message>
        <source>%1: a project needs a name.</source>
        <translation>%1: a project needs a name.</translation>
    </message>
    <message>
        <source>three public expenses: %1</source>
        <translation>three public expenses: %1</translation>
    </message>
    <message>
        <source>carry-over %1 %2</source>
        <translation>carry-over %1 %2</translation>
    </message>
    <message>
        <source>A figure &quot;%1&quot; has no key.</source>
        <translation>A figure &quot;%1&quot; has no key.</translation>
    </message>
    <message>
        <source>performance targets of &quot;%1&quot;</source>
        <translation>performance targets of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>remittance to the superior</source>
        <translation>remittance to the superior</translation>
    </message>
    <message>
        <source>operating expenditure</source>
        <translation>operating expenditure</translation>
    </message>
    <message>
        <source>subsidies to affiliated units</source>
        <translation>subsidies to affiliated units</translation>
    </message>
    <message>
        <source>new this year</source>
        <translation>new this year</translation>
    </message>
</context>
<context>
    <name>bd::DocumentExport</name>
    <message>
        <source>Disclosure as PDF</source>
        <translation>Disclosure as PDF</translation>
    </message>
    <message>
        <source>Tables as an XLSX workbook (with the check&apos;s results)</source>
        <translation>Tables as an XLSX workbook (with the check&apos;s results)</translation>
    </message>
    <message>
        <source>Tables as CSV files</source>
        <translation>Tables as CSV files</translation>
    </message>
    <message>
        <source>The whole document as JSON</source>
        <translation>The whole document as JSON</translation>
    </message>
    <message>
        <source>Budget lines as a Fiscal Data Package</source>
        <translation>Budget lines as a Fiscal Data Package</translation>
    </message>
</context>
<context>
    <name>bd::DocumentKind</name>
    <message>
        <source>Final accounts</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>bd::DocumentListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>From %1, saved %2</source>
        <translation>From %1, saved %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>bd::DocumentSession</name>
    <message>
        <source>The document uses the template &quot;%1&quot;, which this version does not know.</source>
        <translation>The document uses the template &quot;%1&quot;, which this version does not know.</translation>
    </message>
</context>
<context>
    <name>bd::DocumentStore</name>
    <message>
        <source>There is no document %1 in the store.</source>
        <translation>There is no document %1 in the store.</translation>
    </message>
    <message>
        <source>The server refused the change: this account&apos;s role does not allow %1. Nothing was changed.</source>
        <translation>The server refused the change: this account&apos;s role does not allow %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>it (%1)</source>
        <translation>it (%1)</translation>
    </message>
    <message>
        <source>Roles are given on a PostgreSQL server; a database file has one user.</source>
        <translation>Roles are given on a PostgreSQL server; a database file has one user.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account name: use letters, digits and _ . @ - (at most 63), starting with a letter.</source>
        <translation>&quot;%1&quot; cannot be an account name: use letters, digits and _ . @ - (at most 63), starting with a letter.</translation>
    </message>
    <message>
        <source>The owner&apos;s role is not given: it is the account that owns the tables.</source>
        <translation>The owner&apos;s role is not given: it is the account that owns the tables.</translation>
    </message>
    <message>
        <source>An editor edits the drafts of one department: name it.</source>
        <translation>An editor edits the drafts of one department: name it.</translation>
    </message>
    <message>
        <source>Only the owner of the store&apos;s tables gives roles.</source>
        <translation>Only the owner of the store&apos;s tables gives roles.</translation>
    </message>
    <message>
        <source>Document %1 is published: only a draft is reviewed.</source>
        <translation>Document %1 is published: only a draft is reviewed.</translation>
    </message>
    <message>
        <source>Document %1 has been reviewed already.</source>
        <translation>Document %1 has been reviewed already.</translation>
    </message>
    <message>
        <source>Document %1 is no reviewed draft: there is no review to withdraw.</source>
        <translation>Document %1 is no reviewed draft: there is no review to withdraw.</translation>
    </message>
    <message>
        <source>withdrawing a review</source>
        <translation>withdrawing a review</translation>
    </message>
    <message>
        <source>Document %1 is published already.</source>
        <translation>Document %1 is published already.</translation>
    </message>
    <message>
        <source>Document %1 has not been reviewed: a draft is published after its review.</source>
        <translation>Document %1 has not been reviewed: a draft is published after its review.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publishing</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>stored part &quot;%1&quot; is %2</source>
        <translation>stored part &quot;%1&quot; is %2</translation>
    </message>
    <message>
        <source>stored schedules are invalid: %1</source>
        <translation>stored schedules are invalid: %1</translation>
    </message>
    <message>
        <source>Cannot load document %1: %2</source>
        <translation>Cannot load document %1: %2</translation>
    </message>
    <message>
        <source>no such document</source>
        <translation>no such document</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>functional line %1 has an unknown source &quot;%2&quot; or phase &quot;%3&quot;</source>
        <translation>functional line %1 has an unknown source &quot;%2&quot; or phase &quot;%3&quot;</translation>
    </message>
    <message>
        <source>not a list of tables</source>
        <translation>not a list of tables</translation>
    </message>
    <message>
        <source>published table %1 has no body in the part &quot;%2&quot;</source>
        <translation>published table %1 has no body in the part &quot;%2&quot;</translation>
    </message>
    <message>
        <source>published table %1 is inconsistent: %2</source>
        <translation>published table %1 is inconsistent: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>no database is open</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address of a kind BudgetDesk cannot open: give a database file, or a PostgreSQL server as postgresql://user@host:port/database</source>
        <translation>&quot;%1&quot; is an address of a kind BudgetDesk cannot open: give a database file, or a PostgreSQL server as postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address: write postgresql://user@host:port/database</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address: write postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>Cannot connect to %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the role of %1&apos;s account: %2</source>
        <translation>Cannot read the role of %1&apos;s account: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Cannot open &quot;%1&quot;: the Qt SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is not a file</source>
        <translation>Cannot open &quot;%1&quot;: it is not a file</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is not a BudgetDesk database (not an SQLite file)</source>
        <translation>Cannot open &quot;%1&quot;: the file is not a BudgetDesk database (not an SQLite file)</translation>
    </message>
    <message>
        <source>you have no permission to write to the file</source>
        <translation>you have no permission to write to the file</translation>
    </message>
    <message>
        <source>you have no permission to write to its folder %1</source>
        <translation>you have no permission to write to its folder %1</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: cannot create the folder %2</source>
        <translation>Cannot create &quot;%1&quot;: cannot create the folder %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 of another program, not a BudgetDesk database</source>
        <translation>Cannot open %1: it is %2 of another program, not a BudgetDesk database</translation>
    </message>
    <message>
        <source>%1 was written by a newer BudgetDesk (schema %2, this version knows %3); update BudgetDesk to open it</source>
        <translation>%1 was written by a newer BudgetDesk (schema %2, this version knows %3); update BudgetDesk to open it</translation>
    </message>
    <message>
        <source>%1 is read-only (%2) and was written by an older BudgetDesk (schema %3, this version needs %4): open it once where it can be written to upgrade it</source>
        <translation>%1 is read-only (%2) and was written by an older BudgetDesk (schema %3, this version needs %4): open it once where it can be written to upgrade it</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: this SQLite does not enforce foreign keys</source>
        <translation>Cannot open %1: this SQLite does not enforce foreign keys</translation>
    </message>
    <message>
        <source>Cannot %1: the database &quot;%2&quot; is read-only (%3). Nothing was changed; save the document into a database you can write to, or ask for write permission.</source>
        <translation>Cannot %1: the database &quot;%2&quot; is read-only (%3). Nothing was changed; save the document into a database you can write to, or ask for write permission.</translation>
    </message>
    <message>
        <source>save &quot;%1 %2&quot;</source>
        <translation>save &quot;%1 %2&quot;</translation>
    </message>
    <message>
        <source>store &quot;%1 %2&quot;</source>
        <translation>store &quot;%1 %2&quot;</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: %3 saved it at %4, after this copy was read; nothing was saved. Reload it to see that version, or save this one as a copy.</source>
        <translation>Cannot save &quot;%1 %2&quot;: %3 saved it at %4, after this copy was read; nothing was saved. Reload it to see that version, or save this one as a copy.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: %3</source>
        <translation>Cannot save &quot;%1 %2&quot;: %3</translation>
    </message>
    <message>
        <source>the database has no id counter for documents</source>
        <translation>the database has no id counter for documents</translation>
    </message>
    <message>
        <source>cannot allocate a document id</source>
        <translation>cannot allocate a document id</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: cannot record the audit trail: %3</source>
        <translation>Cannot save &quot;%1 %2&quot;: cannot record the audit trail: %3</translation>
    </message>
    <message>
        <source>writing document %1</source>
        <translation>writing document %1</translation>
    </message>
    <message>
        <source>document %1 no longer exists in the database</source>
        <translation>document %1 no longer exists in the database</translation>
    </message>
    <message>
        <source>link documents %1 and %2</source>
        <translation>link documents %1 and %2</translation>
    </message>
    <message>
        <source>Cannot link documents %1 and %2: no document %3</source>
        <translation>Cannot link documents %1 and %2: no document %3</translation>
    </message>
    <message>
        <source>Cannot link documents %1 and %2: a budget is linked with a final account (决算), and both are %3</source>
        <translation>Cannot link documents %1 and %2: a budget is linked with a final account (决算), and both are %3</translation>
    </message>
    <message>
        <source>final accounts</source>
        <translation>final accounts</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>budgets</translation>
    </message>
    <message>
        <source>unlink document %1</source>
        <translation>unlink document %1</translation>
    </message>
    <message>
        <source>remove document %1</source>
        <translation>remove document %1</translation>
    </message>
    <message>
        <source>Cannot remove document %1: no such document</source>
        <translation>Cannot remove document %1: no such document</translation>
    </message>
    <message>
        <source>cannot read the stored version to compare with: %1</source>
        <translation>cannot read the stored version to compare with: %1</translation>
    </message>
    <message>
        <source>the database has no id counter for the audit trail</source>
        <translation>the database has no id counter for the audit trail</translation>
    </message>
    <message>
        <source>cannot allocate audit trail ids</source>
        <translation>cannot allocate audit trail ids</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of document %1: %2</source>
        <translation>Cannot read the audit trail of document %1: %2</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>an SQLite database</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>a database</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; has %2 tables, published_tables %3</source>
        <translation>the part &quot;%1&quot; has %2 tables, published_tables %3</translation>
    </message>
    <message>
        <source>two migrations for schema version %1 (%2, %3)</source>
        <translation>two migrations for schema version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>migration for schema version %1 is missing</source>
        <translation>migration for schema version %1 is missing</translation>
    </message>
    <message>
        <source>no SQL migrations are bundled with this program (resource %1)</source>
        <translation>no SQL migrations are bundled with this program (resource %1)</translation>
    </message>
    <message>
        <source>published tables are inconsistent: %1</source>
        <translation>published tables are inconsistent: %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>table %1 is missing</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unknown unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stray header text</source>
        <translation>stray header text</translation>
    </message>
    <message>
        <source>stray column</source>
        <translation>stray column</translation>
    </message>
    <message>
        <source>stray row</source>
        <translation>stray row</translation>
    </message>
    <message>
        <source>stray cell</source>
        <translation>stray cell</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &quot;%1&quot;: %2</source>
        <translation>Cannot read the schema version of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read migration %1: %2</source>
        <translation>cannot read migration %1: %2</translation>
    </message>
    <message>
        <source>migration %1 failed at &quot;%2&quot;: %3</source>
        <translation>migration %1 failed at &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>document %1: stored part &quot;%2&quot; is %3</source>
        <translation>document %1: stored part &quot;%2&quot; is %3</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>document %1: %2</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>removing document %1</translation>
    </message>
</context>
<context>
    <name>bd::EconomicChart</name>
    <message>
        <source>Basic expenditure by economic class</source>
        <translation>Basic expenditure by economic class</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>No basic expenditure by economic class in this document</source>
        <translation>No basic expenditure by economic class in this document</translation>
    </message>
    <message>
        <source>Personnel expenses</source>
        <translation>Personnel expenses</translation>
    </message>
    <message>
        <source>Public expenses</source>
        <translation>Public expenses</translation>
    </message>
</context>
<context>
    <name>bd::EconomicTreeModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>Published %1, derived %2</translation>
    </message>
    <message>
        <source>Economic classification</source>
        <translation>Economic classification</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Personnel expenses</source>
        <translation>Personnel expenses</translation>
    </message>
    <message>
        <source>Public expenses</source>
        <translation>Public expenses</translation>
    </message>
</context>
<context>
    <name>bd::ExecutionChart</name>
    <message>
        <source>Execution of the budget</source>
        <translation>Execution of the budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>No final account to compare with its budget</source>
        <translation>No final account to compare with its budget</translation>
    </message>
</context>
<context>
    <name>bd::ExecutionModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <source>The stored budget&apos;s figure; the final account&apos;s 说明 states %1 万元</source>
        <translation>The stored budget&apos;s figure; the final account&apos;s 说明 states %1 万元</translation>
    </message>
    <message>
        <source>From the stored budget of the same department and year</source>
        <translation>From the stored budget of the same department and year</translation>
    </message>
    <message>
        <source>As the final account&apos;s 说明 states it</source>
        <translation>As the final account&apos;s 说明 states it</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Budget at the start of the year</source>
        <translation>Budget at the start of the year</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>Adjusted budget</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Completion as stated</source>
        <translation>Completion as stated</translation>
    </message>
</context>
<context>
    <name>bd::ExpenditureStructureChart</name>
    <message>
        <source>Expenditure by function</source>
        <translation>Expenditure by function</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>No expenditure in this document</source>
        <translation>No expenditure in this document</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Click the centre of the chart to go up one level</source>
        <translation>Click the centre of the chart to go up one level</translation>
    </message>
    <message>
        <source>Up One Level</source>
        <translation>Up One Level</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Top Level</translation>
    </message>
</context>
<context>
    <name>bd::Export</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: no temporary folder (%2)</source>
        <translation>cannot write %1: no temporary folder (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: libxlsxwriter could not start a workbook</source>
        <translation>cannot write %1: libxlsxwriter could not start a workbook</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>bd::FiguresDialog</name>
    <message>
        <source>Figures Outside the Tables</source>
        <translation>Figures Outside the Tables</translation>
    </message>
    <message>
        <source>Operating costs (机关运行经费):</source>
        <translation>Operating costs (机关运行经费):</translation>
    </message>
    <message>
        <source>Government procurement, total:</source>
        <translation>Government procurement, total:</translation>
    </message>
    <message>
        <source>  of which goods:</source>
        <translation>  of which goods:</translation>
    </message>
    <message>
        <source>  of which works:</source>
        <translation>  of which works:</translation>
    </message>
    <message>
        <source>  of which services:</source>
        <translation>  of which services:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>&quot;%1&quot; is not an amount in %2.</translation>
    </message>
</context>
<context>
    <name>bd::FindBar</name>
    <message>
        <source>Find a code or a name (Enter: next, Esc: close)</source>
        <translation>Find a code or a name (Enter: next, Esc: close)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>bd::FindingsModel</name>
    <message>
        <source>Table %1 %2</source>
        <translation>Table %1 %2</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation>Performance targets</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Notices (rounding)</source>
        <translation>Notices (rounding)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>bd::FunctionalTreeModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>Published %1, derived %2</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>Functional classification</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>Last year&apos;s budget (general public budget)</source>
        <translation>Last year&apos;s budget (general public budget)</translation>
    </message>
    <message>
        <source>Change (general public budget)</source>
        <translation>Change (general public budget)</translation>
    </message>
    <message>
        <source>Change % (general public budget)</source>
        <translation>Change % (general public budget)</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>General public budget</translation>
    </message>
    <message>
        <source>Government funds</source>
        <translation>Government funds</translation>
    </message>
    <message>
        <source>State capital operations</source>
        <translation>State capital operations</translation>
    </message>
    <message>
        <source>Fiscal special accounts</source>
        <translation>Fiscal special accounts</translation>
    </message>
    <message>
        <source>Unit funds</source>
        <translation>Unit funds</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>Last year&apos;s figures are the general public budget figures stated in the narrative; the change compares them with this year&apos;s general public budget.</source>
        <translation>Last year&apos;s figures are the general public budget figures stated in the narrative; the change compares them with this year&apos;s general public budget.</translation>
    </message>
</context>
<context>
    <name>bd::HistoryChart</name>
    <message>
        <source>Over the years</source>
        <translation>Over the years</translation>
    </message>
    <message>
        <source>No document of this department</source>
        <translation>No document of this department</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>Total expenditure</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>“Three public” expenses</source>
        <translation>“Three public” expenses</translation>
    </message>
</context>
<context>
    <name>bd::HistoryModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>Total expenditure</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>General public budget</translation>
    </message>
    <message>
        <source>“Three public” expenses</source>
        <translation>“Three public” expenses</translation>
    </message>
</context>
<context>
    <name>bd::ImportReport</name>
    <message>
        <source>Table %1 (%2), row %3, column %4: published %5, derived %6, difference %7 %8%9</source>
        <translation>Table %1 (%2), row %3, column %4: published %5, derived %6, difference %7 %8%9</translation>
    </message>
    <message>
        <source> (within the rounding of the %1 published figures it adds up)</source>
        <translation> (within the rounding of the %1 published figures it adds up)</translation>
    </message>
    <message>
        <source>table %1 (%2): %3 rows; labels %4 exact, %5 normalised, %6 by code, %7 by position; %8 cells by header, %9 in column order, %10 by cell; %11 lines skipped</source>
        <translation>table %1 (%2): %3 rows; labels %4 exact, %5 normalised, %6 by code, %7 by position; %8 cells by header, %9 in column order, %10 by cell; %11 lines skipped</translation>
    </message>
    <message>
        <source>line %1 skipped (%2): %3</source>
        <translation>line %1 skipped (%2): %3</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notices</source>
        <translation>%1 errors, %2 warnings, %3 notices</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>page number</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>no row</translation>
    </message>
    <message>
        <source>Published table(s) %1 are not compared with their derivation: table(s) %2 could not be read or are missing, so the figures they hold are not in the schedules</source>
        <translation>Published table(s) %1 are not compared with their derivation: table(s) %2 could not be read or are missing, so the figures they hold are not in the schedules</translation>
    </message>
</context>
<context>
    <name>bd::Importer</name>
    <message>
        <source>table %1 (%2): %3 amounts on a row of %4 amount columns</source>
        <translation>table %1 (%2): %3 amounts on a row of %4 amount columns</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a code: &quot;%3&quot;</source>
        <translation>table %1 (%2): a row of amounts without a code: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>table %1 (%2): unexpected text &quot;%3&quot; after the amounts</source>
        <translation>table %1 (%2): unexpected text &quot;%3&quot; after the amounts</translation>
    </message>
    <message>
        <source>table %1 (%2): &quot;%3&quot; is not one of the template&apos;s rows</source>
        <translation>table %1 (%2): &quot;%3&quot; is not one of the template&apos;s rows</translation>
    </message>
    <message>
        <source>table %1 (%2): amounts without a row label</source>
        <translation>table %1 (%2): amounts without a row label</translation>
    </message>
    <message>
        <source>table %1 (%2): row &quot;%3&quot; is not one of the template&apos;s rows</source>
        <translation>table %1 (%2): row &quot;%3&quot; is not one of the template&apos;s rows</translation>
    </message>
    <message>
        <source>table %1 (%2): the amount &quot;%3&quot; follows no 经济分类 code</source>
        <translation>table %1 (%2): the amount &quot;%3&quot; follows no 经济分类 code</translation>
    </message>
    <message>
        <source>refused: the text is %1 MB, and BudgetDesk reads texts of at most %2 MB (a disclosure&apos;s text is well under 1 MB; is this the right file?)</source>
        <translation>refused: the text is %1 MB, and BudgetDesk reads texts of at most %2 MB (a disclosure&apos;s text is well under 1 MB; is this the right file?)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the layout is not recognised: it is not a disclosure of a known family. Tried: %1. Closest: %2; titles found: %3; titles expected: %4</source>
        <translation>the layout is not recognised: it is not a disclosure of a known family. Tried: %1. Closest: %2; titles found: %3; titles expected: %4</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the text holds the disclosure more than once (saved or pasted twice?): the title of table 1 (%1) is at lines %2; import one copy</source>
        <translation>the text holds the disclosure more than once (saved or pasted twice?): the title of table 1 (%1) is at lines %2; import one copy</translation>
    </message>
    <message>
        <source>no table of the template %1 was found after line %2: its titles stand only in the contents before it, or run into other text</source>
        <translation>no table of the template %1 was found after line %2: its titles stand only in the contents before it, or run into other text</translation>
    </message>
    <message>
        <source>the budget year could not be read (expected a title such as &quot;2026 年部门预算公开&quot;)</source>
        <translation>the budget year could not be read (expected a title such as &quot;2026 年部门预算公开&quot;)</translation>
    </message>
    <message>
        <source>the department could not be read (expected a line &quot;第一部分 …概况&quot;)</source>
        <translation>the department could not be read (expected a line &quot;第一部分 …概况&quot;)</translation>
    </message>
    <message>
        <source>the department could not be read (expected a line &quot;编制部门：…&quot;)</source>
        <translation>the department could not be read (expected a line &quot;编制部门：…&quot;)</translation>
    </message>
    <message>
        <source>Table %1 (%2): code %3 is not in the %4 catalogue of %5; kept as printed</source>
        <translation>Table %1 (%2): code %3 is not in the %4 catalogue of %5; kept as printed</translation>
    </message>
    <message>
        <source>The document has no narrative (说明) sections</source>
        <translation>The document has no narrative (说明) sections</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied); its files were not imported</source>
        <translation>the folder cannot be read (permission denied); its files were not imported</translation>
    </message>
    <message>
        <source>not a regular file (a broken link, a pipe or a device)</source>
        <translation>not a regular file (a broken link, a pipe or a device)</translation>
    </message>
    <message>
        <source>The narrative names a 功能分类 that the catalogue does not know: &quot;%1&quot;</source>
        <translation>The narrative names a 功能分类 that the catalogue does not know: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a PDF file (it does not start with &quot;%PDF&quot;)</source>
        <translation>is not a PDF file (it does not start with &quot;%PDF&quot;)</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated (%1 bytes, no end-of-file marker); download or export it again</source>
        <translation>the PDF is damaged or truncated (%1 bytes, no end-of-file marker); download or export it again</translation>
    </message>
    <message>
        <source>cannot be read: the PDF reader of BudgetDesk (budgetdesk_pdf) is missing: %1</source>
        <translation>cannot be read: the PDF reader of BudgetDesk (budgetdesk_pdf) is missing: %1</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>the PDF is damaged and cannot be opened</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password to open; save an unprotected copy and import that</source>
        <translation>the PDF is encrypted and needs a password to open; save an unprotected copy and import that</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no readable pages</source>
        <translation>the PDF is damaged: it has no readable pages</translation>
    </message>
    <message>
        <source>the PDF is damaged: page %1 of %2 cannot be read</source>
        <translation>the PDF is damaged: page %1 of %2 cannot be read</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned document?); only PDFs with text can be imported</source>
        <translation>the PDF has no text layer (a scanned document?); only PDFs with text can be imported</translation>
    </message>
    <message>
        <source>table %1 (%2) has %3 columns but the row has a value in column %4: &quot;%5&quot;</source>
        <translation>table %1 (%2) has %3 columns but the row has a value in column %4: &quot;%5&quot;</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a code or a name</source>
        <translation>table %1 (%2): a row of amounts without a code or a name</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a 经济分类 code</source>
        <translation>table %1 (%2): a row of amounts without a 经济分类 code</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, line %1</translation>
    </message>
    <message>
        <source>table %1 (%2) has neither rows nor an empty-table note</source>
        <translation>table %1 (%2) has neither rows nor an empty-table note</translation>
    </message>
    <message>
        <source>table %1 (%2) ends before its total row &quot;%3&quot;; the table looks truncated</source>
        <translation>table %1 (%2) ends before its total row &quot;%3&quot;; the table looks truncated</translation>
    </message>
    <message>
        <source>table %1 (%2), column &quot;%3&quot;: %4</source>
        <translation>table %1 (%2), column &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>table %1 (%2): &quot;%3&quot; is neither a 功能分类 类 nor the total</source>
        <translation>table %1 (%2): &quot;%3&quot; is neither a 功能分类 类 nor the total</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>the file starts with a UTF-8 byte order mark but is not valid UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>the file is not valid UTF-16</translation>
    </message>
    <message>
        <source>the file is not text (it contains binary data)</source>
        <translation>the file is not text (it contains binary data)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and this build cannot decode GB18030</source>
        <translation>the file is not UTF-8 and this build cannot decode GB18030</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text</source>
        <translation>the file is neither UTF-8 nor GB18030/GBK text</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL characters)</source>
        <translation>the file is not text (it contains NUL characters)</translation>
    </message>
    <message>
        <source>cannot be read: no temporary file (%1)</source>
        <translation>cannot be read: no temporary file (%1)</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated (an entry cannot be read)</source>
        <translation>the ZIP archive is damaged or truncated (an entry cannot be read)</translation>
    </message>
    <message>
        <source>refused: the entries inflate to more than %1 MB (a zip bomb?)</source>
        <translation>refused: the entries inflate to more than %1 MB (a zip bomb?)</translation>
    </message>
    <message>
        <source>refused: entry %1 inflates %2 times its compressed size (more than %3:1; a zip bomb?)</source>
        <translation>refused: entry %1 inflates %2 times its compressed size (more than %3:1; a zip bomb?)</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated</source>
        <translation>the ZIP archive is damaged or truncated</translation>
    </message>
    <message>
        <source>entry %1 cannot be read (damaged or truncated archive)</source>
        <translation>entry %1 cannot be read (damaged or truncated archive)</translation>
    </message>
    <message>
        <source>refused: entry %1 inflates to more than its declared size</source>
        <translation>refused: entry %1 inflates to more than its declared size</translation>
    </message>
    <message>
        <source>entry %1 is damaged or truncated</source>
        <translation>entry %1 is damaged or truncated</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; is not valid (rows run from 1 to %3)</source>
        <translation>%1: row number &quot;%2&quot; is not valid (rows run from 1 to %3)</translation>
    </message>
    <message>
        <source>%1: cell reference &quot;%2&quot; is not valid (columns run from A to XFD, rows from 1 to %3)</source>
        <translation>%1: cell reference &quot;%2&quot; is not valid (columns run from A to XFD, rows from 1 to %3)</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells</source>
        <translation>%1: row %2 has more than %3 cells</translation>
    </message>
    <message>
        <source>%1: cell %2 refers to shared string %3, which does not exist</source>
        <translation>%1: cell %2 refers to shared string %3, which does not exist</translation>
    </message>
    <message>
        <source>%1: the sheet spans %2 (%3 rows × %4 columns); BudgetDesk reads at most %5 cells of a sheet, from A1 to its last filled cell</source>
        <translation>%1: the sheet spans %2 (%3 rows × %4 columns); BudgetDesk reads at most %5 cells of a sheet, from A1 to its last filled cell</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook: the ZIP archive has no xl/workbook.xml</source>
        <translation>the file is not an XLSX workbook: the ZIP archive has no xl/workbook.xml</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no file in %2</source>
        <translation>sheet &quot;%1&quot; has no file in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (empty title cell)</source>
        <translation>&quot;%1&quot; (empty title cell)</translation>
    </message>
    <message>
        <source>the layout is not recognised: no sheet has the title of a disclosure table of a known template in its first cell (sheets: %1)</source>
        <translation>the layout is not recognised: no sheet has the title of a disclosure table of a known template in its first cell (sheets: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both brackets and a sign</source>
        <translation>&quot;%1&quot; has both brackets and a sign</translation>
    </message>
    <message>
        <source>no digits in &quot;%1&quot;</source>
        <translation>no digits in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>misplaced thousands separator in &quot;%1&quot;</source>
        <translation>misplaced thousands separator in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (unexpected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; is not an amount (unexpected &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows</source>
        <translation>&quot;%1&quot; has more decimals than %2 allows</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table %1 (%2): row &quot;%3&quot; has no 功能分类 code</source>
        <translation>table %1 (%2): row &quot;%3&quot; has no 功能分类 code</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>an XLSX workbook</translation>
    </message>
    <message>
        <source>the file is not %1: the ZIP archive is damaged or truncated (no readable central directory)</source>
        <translation>the file is not %1: the ZIP archive is damaged or truncated (no readable central directory)</translation>
    </message>
    <message>
        <source>the file is not %1: the ZIP archive is empty</source>
        <translation>the file is not %1: the ZIP archive is empty</translation>
    </message>
    <message>
        <source>the file is encrypted (entry %1); save it without a password and import it again</source>
        <translation>the file is encrypted (entry %1); save it without a password and import it again</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>the archive has no %1</translation>
    </message>
    <message>
        <source>the file is an Office 97–2003 document or workbook (.doc, .xls), which cannot be read: save it as .docx, .xlsx or PDF and import that</source>
        <translation>the file is an Office 97–2003 document or workbook (.doc, .xls), which cannot be read: save it as .docx, .xlsx or PDF and import that</translation>
    </message>
    <message>
        <source>table %1 (%2) lists the carry-over of more than one unit (&quot;%3&quot;): only a single unit&apos;s is read</source>
        <translation>table %1 (%2) lists the carry-over of more than one unit (&quot;%3&quot;): only a single unit&apos;s is read</translation>
    </message>
</context>
<context>
    <name>bd::KeyFigures</name>
    <message>
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>Basic expenditure</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>Project expenditure</translation>
    </message>
    <message>
        <source>Fiscal appropriations</source>
        <translation>Fiscal appropriations</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>&quot;Three public&quot; expenses</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>Operating costs</translation>
    </message>
    <message>
        <source>No prior-year figure</source>
        <translation>No prior-year figure</translation>
    </message>
    <message>
        <source>%1 %2 on last year%3</source>
        <translation>%1 %2 on last year%3</translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>BudgetDesk</source>
        <translation>BudgetDesk</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Disclosure…</source>
        <translation>&amp;Import Disclosure…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About BudgetDesk</source>
        <translation>&amp;About BudgetDesk</translation>
    </message>
    <message>
        <source>The document could not be opened:
%1</source>
        <translation>The document could not be opened:
%1</translation>
    </message>
    <message>
        <source>Import Disclosure</source>
        <translation>Import Disclosure</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>These files were not imported:

%1</source>
        <translation>These files were not imported:

%1</translation>
    </message>
    <message>
        <source>About BudgetDesk</source>
        <translation>About BudgetDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;BudgetDesk %1&lt;/b&gt;&lt;p&gt;Department budget disclosures: open, browse, check and export.&lt;/p&gt;</source>
        <translation>&lt;b&gt;BudgetDesk %1&lt;/b&gt;&lt;p&gt;Department budget disclosures: open, browse, check and export.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>Functional classification</translation>
    </message>
    <message>
        <source>Economic classification</source>
        <translation>Economic classification</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>&quot;Three public&quot; expenses</translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation>Performance targets</translation>
    </message>
    <message>
        <source>Disclosure tables</source>
        <translation>Disclosure tables</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Export All Charts…</source>
        <translation>&amp;Export All Charts…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>%1 %2 · total %3 %4 · %5</source>
        <translation>%1 %2 · total %3 %4 · %5</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Export All Charts</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The charts could not all be written:
%1</source>
        <translation>The charts could not all be written:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) written to %1</source>
        <translation>
            <numerusform>%n chart written to %1</numerusform>
            <numerusform>%n charts written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>The recovery copy could not be written: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;New Draft…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;vert to Saved</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Copy with &amp;Headers</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>Edit History</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Next year&apos;s draft (%1): this year&apos;s figures become last year&apos;s</source>
        <translation>Next year&apos;s draft (%1): this year&apos;s figures become last year&apos;s</translation>
    </message>
    <message>
        <source>Same year (%1): an editable copy</source>
        <translation>Same year (%1): an editable copy</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>New Draft</translation>
    </message>
    <message>
        <source>Make a draft of this document for:</source>
        <translation>Make a draft of this document for:</translation>
    </message>
    <message>
        <source>The draft could not be saved:
%1</source>
        <translation>The draft could not be saved:
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The document could not be saved; nothing was changed in the database:
%1</source>
        <translation>The document could not be saved; nothing was changed in the database:
%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Revert to Saved</translation>
    </message>
    <message>
        <source>Discard every change since the last save?</source>
        <translation>Discard every change since the last save?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>%1 %2 has unsaved changes. Save them?</source>
        <translation>%1 %2 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>BudgetDesk was closed without saving changes to %1 %2 (recovered from %3). Restore them?</source>
        <translation>BudgetDesk was closed without saving changes to %1 %2 (recovered from %3). Restore them?</translation>
    </message>
    <message>
        <source>The recovery copy could not be read:
%1</source>
        <translation>The recovery copy could not be read:
%1</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>Recovered changes</translation>
    </message>
    <message>
        <source>A published document is read-only: make a draft first (File › New Draft).</source>
        <translation>A published document is read-only: make a draft first (File › New Draft).</translation>
    </message>
    <message>
        <source>Paste into the figures of a classification page.</source>
        <translation>Paste into the figures of a classification page.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Disclosure Check</source>
        <translation>Disclosure Check</translation>
    </message>
    <message>
        <source>check: %1 errors, %2 warnings, %3 notices</source>
        <translation>check: %1 errors, %2 warnings, %3 notices</translation>
    </message>
    <message>
        <source>Add Functional &amp;Line…</source>
        <translation>Add Functional &amp;Line…</translation>
    </message>
    <message>
        <source>Remove Functional Line</source>
        <translation>Remove Functional Line</translation>
    </message>
    <message>
        <source>Add Pro&amp;ject…</source>
        <translation>Add Pro&amp;ject…</translation>
    </message>
    <message>
        <source>Remove Project</source>
        <translation>Remove Project</translation>
    </message>
    <message>
        <source>&amp;Figures Outside the Tables…</source>
        <translation>&amp;Figures Outside the Tables…</translation>
    </message>
    <message>
        <source>Choose the 基本支出, 项目支出 or source cell of a 项 in the functional classification first.</source>
        <translation>Choose the 基本支出, 项目支出 or source cell of a 项 in the functional classification first.</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>Add Project</translation>
    </message>
    <message>
        <source>Select the 项 the project belongs to first.</source>
        <translation>Select the 项 the project belongs to first.</translation>
    </message>
    <message>
        <source>Project name (under %1):</source>
        <translation>Project name (under %1):</translation>
    </message>
    <message>
        <source>Select the project on the Projects page first.</source>
        <translation>Select the project on the Projects page first.</translation>
    </message>
    <message>
        <source>Figures Outside the Tables</source>
        <translation>Figures Outside the Tables</translation>
    </message>
    <message>
        <source>Edit figures</source>
        <translation>Edit figures</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Disclosure</source>
        <translation>Print Disclosure</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files%3</source>
        <translation>Imported %1 of %2 files%3</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)[*] — BudgetDesk</source>
        <translation>%1 %2 %3 (%4)[*] — BudgetDesk</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Over the years</translation>
    </message>
    <message>
        <source>&amp;Link with a Budget or Final Accounts…</source>
        <translation>&amp;Link with a Budget or Final Accounts…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>No budget is stored to link with.</source>
        <translation>No budget is stored to link with.</translation>
    </message>
    <message>
        <source>No final accounts are stored to link with.</source>
        <translation>No final accounts are stored to link with.</translation>
    </message>
    <message>
        <source>Compare this document with:</source>
        <translation>Compare this document with:</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>The document could not be exported:
%1</source>
        <translation>The document could not be exported:
%1</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message numerus="yes">
        <source>the check finds %n error(s) in this document: see the Disclosure Check</source>
        <translation>
            <numerusform>the check finds %n error in this document: see the Disclosure Check</numerusform>
            <numerusform>the check finds %n errors in this document: see the Disclosure Check</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>Remove the line %1 (%2, %3) from the draft? Undo (Ctrl+Z) brings it back.</source>
        <translation>Remove the line %1 (%2, %3) from the draft? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>These could not be read; their files are not imported:

%1</source>
        <translation>These could not be read; their files are not imported:

%1</translation>
    </message>
    <message>
        <source>%1 was imported before, as document %2 (%3 %4).

Replace that document with this import, keep both, or skip this file?</source>
        <translation>%1 was imported before, as document %2 (%3 %4).

Replace that document with this import, keep both, or skip this file?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Keep Both</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Do the same for the other files imported before</source>
        <translation>Do the same for the other files imported before</translation>
    </message>
    <message>
        <source>%1 saved this document at %2, after you opened it. Your changes were not saved.</source>
        <translation>%1 saved this document at %2, after you opened it. Your changes were not saved.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Reload Their Version</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Save Mine as a Copy</translation>
    </message>
    <message>
        <source>Saved as a copy: %1 %2 (document %3).</source>
        <translation>Saved as a copy: %1 %2 (document %3).</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1 (consolidated)</translation>
    </message>
    <message numerus="yes">
        <source>Consolidated %n document(s) into %1 (document %2).</source>
        <translation>
            <numerusform>Consolidated %n document(s) into %1 (document %2).</numerusform>
            <numerusform>Consolidated %n document(s) into %1 (document %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>&amp;Consolidate…</source>
        <translation>&amp;Consolidate…</translation>
    </message>
    <message>
        <source>The members of this consolidated document cannot be read: %1</source>
        <translation>The members of this consolidated document cannot be read: %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server, as postgresql://user@host:port/database (or a database file):</source>
        <translation>The team&apos;s PostgreSQL server, as postgresql://user@host:port/database (or a database file):</translation>
    </message>
    <message>
        <source>Working on %1.</source>
        <translation>Working on %1.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
    <message>
        <source>Use &amp;Local Database</source>
        <translation>Use &amp;Local Database</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Review Comment</source>
        <translation>Review Comment</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Your comment:</translation>
    </message>
    <message>
        <source>Comments so far:
%1

Your comment:</source>
        <translation>Comments so far:
%1

Your comment:</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>&amp;Pass the Draft</source>
        <translation>&amp;Pass the Draft</translation>
    </message>
    <message>
        <source>&amp;Withdraw the Review</source>
        <translation>&amp;Withdraw the Review</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Comment saved.</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Reviewed by %1</translation>
    </message>
    <message>
        <source> · %1 (%2)</source>
        <translation> · %1 (%2)</translation>
    </message>
    <message>
        <source>The template %1 of this document is not known.</source>
        <translation>The template %1 of this document is not known.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>The saved version has the same figures as yours: the two differ in text only.</source>
        <translation>The saved version has the same figures as yours: the two differ in text only.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the tables differ between the saved version and yours.</source>
        <translation>
            <numerusform>%n figure of the tables differs between the saved version and yours.</numerusform>
            <numerusform>%n figures of the tables differ between the saved version and yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Review the differences cell by cell, then reload their version (your changes are discarded) or save your version as a new draft beside it.</source>
        <translation>Review the differences cell by cell, then reload their version (your changes are discarded) or save your version as a new draft beside it.</translation>
    </message>
    <message>
        <source>Review Differences…</source>
        <translation>Review Differences…</translation>
    </message>
    <message>
        <source> · read-only for you</source>
        <translation> · read-only for you</translation>
    </message>
    <message>
        <source>The recovered changes could not be saved:
%1</source>
        <translation>The recovered changes could not be saved:
%1</translation>
    </message>
    <message>
        <source>The recovered changes are kept as a new draft: the document they were made on has changed since, or is not in this database.</source>
        <translation>The recovered changes are kept as a new draft: the document they were made on has changed since, or is not in this database.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Delete Document…</source>
        <translation>&amp;Delete Document…</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Delete Document</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the database?</source>
        <translation>Delete &quot;%1&quot; from the database?</translation>
    </message>
    <message>
        <source>Its figures, tables, 说明, review and audit trail go with it, and so do its unsaved changes. This cannot be undone.</source>
        <translation>Its figures, tables, 说明, review and audit trail go with it, and so do its unsaved changes. This cannot be undone.</translation>
    </message>
    <message>
        <source>Its figures, tables, 说明, review and audit trail go with it. This cannot be undone.</source>
        <translation>Its figures, tables, 说明, review and audit trail go with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>&quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>F&amp;ind…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Disclosures (*.txt *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>Disclosures (*.txt *.pdf *.xlsx *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>The folder holds no disclosure files (.txt, .pdf, .xlsx, .docx).</source>
        <translation>The folder holds no disclosure files (.txt, .pdf, .xlsx, .docx).</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Document…</source>
        <translation>Co&amp;mpare with Another Document…</translation>
    </message>
    <message>
        <source>Only documents of one template compare table by table.</source>
        <translation>Only documents of one template compare table by table.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>No other document of this template is stored.</source>
        <translation>No other document of this template is stored.</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message>
        <source>The two documents have the same figures in every table.</source>
        <translation>The two documents have the same figures in every table.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the tables differ.</source>
        <translation>
            <numerusform>%n figure of the tables differs.</numerusform>
            <numerusform>%n figures of the tables differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (document %5)</source>
        <translation>%1 %2 %3 %4 (document %5)</translation>
    </message>
</context>
<context>
    <name>bd::NarrativePage</name>
    <message>
        <source>Staffing: quota %1, actual %2 (in service %3, retired %4, retired cadres %5)</source>
        <translation>Staffing: quota %1, actual %2 (in service %3, retired %4, retired cadres %5)</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>Department overview</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Project explanations</source>
        <translation>Project explanations</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>This document has no narrative sections.</source>
        <translation>This document has no narrative sections.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Generated vs published</source>
        <translation>Generated vs published</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>highlighted</translation>
    </message>
    <message>
        <source>The standard sentences of the explanation, written from the figures, beside the published paragraphs. Numbers that differ are %1.</source>
        <translation>The standard sentences of the explanation, written from the figures, beside the published paragraphs. Numbers that differ are %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sentences differ from the published text; %3 have no published paragraph.</source>
        <translation>%1 of %2 sentences differ from the published text; %3 have no published paragraph.</translation>
    </message>
    <message>
        <source>Generated from the figures</source>
        <translation>Generated from the figures</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>No published paragraph</source>
        <translation>No published paragraph</translation>
    </message>
</context>
<context>
    <name>bd::PerformanceTargetModel</name>
    <message>
        <source>Scoring: %1</source>
        <translation>Scoring: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Last year&apos;s result</source>
        <translation>Last year&apos;s result</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: type a whole number</source>
        <translation>&quot;%1&quot; is not a weight: type a whole number</translation>
    </message>
</context>
<context>
    <name>bd::PieChartView</name>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bd::ProjectsModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>Published %1, derived %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>Functional classification</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Projects listed: %1, totalling %2; project expenditure %3</source>
        <translation>Projects listed: %1, totalling %2; project expenditure %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, of which %1</source>
        <translation>, of which %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No project is listed; project expenditure %1</source>
        <translation>No project is listed; project expenditure %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>bd::RecoveryStore</name>
    <message>
        <source>Cannot read the recovery file &quot;%1&quot;: %2</source>
        <translation>Cannot read the recovery file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; is damaged: %2</source>
        <translation>The recovery file &quot;%1&quot; is damaged: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BudgetDesk recovery file</source>
        <translation>&quot;%1&quot; is not a BudgetDesk recovery file</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; has version %2, which this version cannot read</source>
        <translation>The recovery file &quot;%1&quot; has version %2, which this version cannot read</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; holds no document</source>
        <translation>The recovery file &quot;%1&quot; holds no document</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder &quot;%1&quot;</source>
        <translation>Cannot create the recovery folder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; holds an invalid document: %2</source>
        <translation>The recovery file &quot;%1&quot; holds an invalid document: %2</translation>
    </message>
</context>
<context>
    <name>bd::RevenueStructureChart</name>
    <message>
        <source>Revenue by source</source>
        <translation>Revenue by source</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>General public budget</translation>
    </message>
    <message>
        <source>Government funds</source>
        <translation>Government funds</translation>
    </message>
    <message>
        <source>State capital operations</source>
        <translation>State capital operations</translation>
    </message>
    <message>
        <source>Fiscal special accounts</source>
        <translation>Fiscal special accounts</translation>
    </message>
    <message>
        <source>Unit funds</source>
        <translation>Unit funds</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>Subsidies from higher authorities</source>
        <translation>Subsidies from higher authorities</translation>
    </message>
    <message>
        <source>Remittances from affiliated units</source>
        <translation>Remittances from affiliated units</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>Operating income</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>No revenue in this document</source>
        <translation>No revenue in this document</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>bd::SanGongChart</name>
    <message>
        <source>Official trips abroad, receptions and vehicles</source>
        <translation>Official trips abroad, receptions and vehicles</translation>
    </message>
    <message>
        <source>Official trips abroad</source>
        <translation>Official trips abroad</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Official reception</translation>
    </message>
    <message>
        <source>Vehicle purchase</source>
        <translation>Vehicle purchase</translation>
    </message>
    <message>
        <source>Vehicle operation</source>
        <translation>Vehicle operation</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>%1 budget</translation>
    </message>
    <message>
        <source>%1 final accounts</source>
        <translation>%1 final accounts</translation>
    </message>
</context>
<context>
    <name>bd::SanGongModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Official travel abroad</source>
        <translation>Official travel abroad</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Official reception</translation>
    </message>
    <message>
        <source>Official vehicles: purchase and operation</source>
        <translation>Official vehicles: purchase and operation</translation>
    </message>
    <message>
        <source>Vehicle purchase</source>
        <translation>Vehicle purchase</translation>
    </message>
    <message>
        <source>Vehicle operation</source>
        <translation>Vehicle operation</translation>
    </message>
    <message>
        <source>Published %1, derived %2</source>
        <translation>Published %1, derived %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>Difference %</translation>
    </message>
</context>
<context>
    <name>bd::StoreAccess</name>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>Your account %1 reviews documents on this server: it may pass, publish and comment on them, not edit them.</source>
        <translation>Your account %1 reviews documents on this server: it may pass, publish and comment on them, not edit them.</translation>
    </message>
    <message>
        <source>Your account %1 may only read on this server.</source>
        <translation>Your account %1 may only read on this server.</translation>
    </message>
    <message>
        <source>Your account %1 edits the documents of %2 on this server, not those of %3.</source>
        <translation>Your account %1 edits the documents of %2 on this server, not those of %3.</translation>
    </message>
    <message>
        <source>A reviewer has passed this draft: it cannot be edited unless the review is withdrawn.</source>
        <translation>A reviewer has passed this draft: it cannot be edited unless the review is withdrawn.</translation>
    </message>
</context>
<context>
    <name>bd::TableBrowser</name>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>Show &amp;derived</source>
        <translation>Show &amp;derived</translation>
    </message>
    <message>
        <source>Show the table as derived from the schedules instead of as published</source>
        <translation>Show the table as derived from the schedules instead of as published</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Draft: every figure is derived from the schedules</source>
        <translation>Draft: every figure is derived from the schedules</translation>
    </message>
    <message>
        <source>Not in the published document: derived from the schedules</source>
        <translation>Not in the published document: derived from the schedules</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) differ from the derivation</source>
        <translation>
            <numerusform>%n cell differs from the derivation</numerusform>
            <numerusform>%n cells differ from the derivation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not readable)</source>
        <translation>%1 (not readable)</translation>
    </message>
    <message>
        <source>Printed in the document but not readable (line %1: %2). Shown as derived from the schedules; its printed lines are below.</source>
        <translation>Printed in the document but not readable (line %1: %2). Shown as derived from the schedules; its printed lines are below.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n by code</source>
        <translation>
            <numerusform>%n by code</numerusform>
            <numerusform>%n by code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) word for word</source>
        <translation>
            <numerusform>%n label word for word</numerusform>
            <numerusform>%n labels word for word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) after normalising numbering, widths and synonyms</source>
        <translation>
            <numerusform>%n label after normalising numbering, widths and synonyms</numerusform>
            <numerusform>%n labels after normalising numbering, widths and synonyms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by its place</source>
        <translation>
            <numerusform>%n by its place</numerusform>
            <numerusform>%n by their place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) under their header</source>
        <translation>
            <numerusform>%n figure under its header</numerusform>
            <numerusform>%n figures under their header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in column order (the header gave no positions)</source>
        <translation>
            <numerusform>%n figure in column order (the header gave no positions)</numerusform>
            <numerusform>%n figures in column order (the header gave no positions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in their own cell</source>
        <translation>
            <numerusform>%n figure in its own cell</numerusform>
            <numerusform>%n figures in their own cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s)</source>
        <translation>
            <numerusform>Read %n row</numerusform>
            <numerusform>Read %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) passed over: %1</source>
        <translation>
            <numerusform>; %n line passed over: %1</numerusform>
            <numerusform>; %n lines passed over: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ValidationPanel</name>
    <message>
        <source>No problems found: the document passes every rule of the check.</source>
        <translation>No problems found: the document passes every rule of the check.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>bd::Validator</name>
    <message>
        <source> and %1 %2 the table does not list</source>
        <translation> and %1 %2 the table does not list</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3 add up to %4 (difference %5)%6</source>
        <translation>%1: printed %2, but %3 add up to %4 (difference %5)%6</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3, which holds the same money, is %4 (difference %5)%6</source>
        <translation>%1: printed %2, but %3, which holds the same money, is %4 (difference %5)%6</translation>
    </message>
    <message>
        <source>the %1 rows under it</source>
        <translation>the %1 rows under it</translation>
    </message>
    <message>
        <source>the %1 rows it totals</source>
        <translation>the %1 rows it totals</translation>
    </message>
    <message>
        <source>%1: income total %2, but the expenditure total (%3) is %4 (difference %5)%6</source>
        <translation>%1: income total %2, but the expenditure total (%3) is %4 (difference %5)%6</translation>
    </message>
    <message>
        <source>Narrative, line %1: %2 %3 %4, but %5 add up to %6 (difference %7)%8</source>
        <translation>Narrative, line %1: %2 %3 %4, but %5 add up to %6 (difference %7)%8</translation>
    </message>
    <message>
        <source>功能分类</source>
        <translation>功能分类</translation>
    </message>
    <message>
        <source>经济分类</source>
        <translation>经济分类</translation>
    </message>
    <message>
        <source>table %1 (%2), row %3</source>
        <translation>table %1 (%2), row %3</translation>
    </message>
    <message>
        <source>the 功能分类 line %1 %2 (%3, %4)</source>
        <translation>the 功能分类 line %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>基本支出</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>the 经济分类 line %1 %2</source>
        <translation>the 经济分类 line %1 %2</translation>
    </message>
    <message>
        <source>the project %1</source>
        <translation>the project %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 code (类 3 digits, 款 5, 项 7%4)</source>
        <translation>%1: &quot;%2&quot; is not a %3 code (类 3 digits, 款 5, 项 7%4)</translation>
    </message>
    <message>
        <source>; 经济分类 has no 项</source>
        <translation>; 经济分类 has no 项</translation>
    </message>
    <message>
        <source>%1: %2 %3 stops at the %4 level; %5 must be shown down to the %6</source>
        <translation>%1: %2 %3 stops at the %4 level; %5 must be shown down to the %6</translation>
    </message>
    <message>
        <source>类</source>
        <translation>类</translation>
    </message>
    <message>
        <source>款</source>
        <translation>款</translation>
    </message>
    <message>
        <source>项</source>
        <translation>项</translation>
    </message>
    <message>
        <source>%1: code %2 is not in the %3 catalogue of %4</source>
        <translation>%1: code %2 is not in the %3 catalogue of %4</translation>
    </message>
    <message>
        <source>%1: %2 is named &quot;%3&quot;, but the %4 catalogue of %5 names it &quot;%6&quot;</source>
        <translation>%1: %2 is named &quot;%3&quot;, but the %4 catalogue of %5 names it &quot;%6&quot;</translation>
    </message>
    <message>
        <source>table %1 (%2), row %3 %4: the table has no row %5 for it to sit under</source>
        <translation>table %1 (%2), row %3 %4: the table has no row %5 for it to sit under</translation>
    </message>
    <message>
        <source>Table %1 (%2) of the template %3 is missing from the document</source>
        <translation>Table %1 (%2) of the template %3 is missing from the document</translation>
    </message>
    <message>
        <source>Table %1 (%2) is empty and carries no note saying why</source>
        <translation>Table %1 (%2) is empty and carries no note saying why</translation>
    </message>
    <message>
        <source>Table %1 (%2) is empty and the template gives no note for it: add one saying why</source>
        <translation>Table %1 (%2) is empty and the template gives no note for it: add one saying why</translation>
    </message>
    <message>
        <source>Table %1 (%2) carries the note &quot;%3&quot;, but %4</source>
        <translation>Table %1 (%2) carries the note &quot;%3&quot;, but %4</translation>
    </message>
    <message>
        <source>the table has figures</source>
        <translation>the table has figures</translation>
    </message>
    <message>
        <source>the other tables hold %1 %2 for it</source>
        <translation>the other tables hold %1 %2 for it</translation>
    </message>
    <message>
        <source>Table %1 (%2): the note reads &quot;%3&quot;; the template words it &quot;%4&quot;</source>
        <translation>Table %1 (%2): the note reads &quot;%3&quot;; the template words it &quot;%4&quot;</translation>
    </message>
    <message>
        <source>部门概况 (overview)</source>
        <translation>部门概况 (overview)</translation>
    </message>
    <message>
        <source>预算情况说明 (explanation of the tables)</source>
        <translation>预算情况说明 (explanation of the tables)</translation>
    </message>
    <message>
        <source>名词解释 (glossary)</source>
        <translation>名词解释 (glossary)</translation>
    </message>
    <message>
        <source>项目经费情况说明 (project explanations)</source>
        <translation>项目经费情况说明 (project explanations)</translation>
    </message>
    <message>
        <source>The narrative has no %1 section, which the template %2 requires</source>
        <translation>The narrative has no %1 section, which the template %2 requires</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3 prints %4 for the same money (difference %5)%6</source>
        <translation>%1: printed %2, but %3 prints %4 for the same money (difference %5)%6</translation>
    </message>
    <message>
        <source>the 经济分类 schedule</source>
        <translation>the 经济分类 schedule</translation>
    </message>
    <message>
        <source>; less is possible only when some units are not administrative</source>
        <translation>; less is possible only when some units are not administrative</translation>
    </message>
    <message>
        <source>部门整体绩效目标表 (overall performance targets)</source>
        <translation>部门整体绩效目标表 (overall performance targets)</translation>
    </message>
    <message>
        <source>项目支出绩效目标表 %1 (project performance targets)</source>
        <translation>项目支出绩效目标表 %1 (project performance targets)</translation>
    </message>
    <message>
        <source>上级安排</source>
        <translation>上级安排</translation>
    </message>
    <message>
        <source>本级安排</source>
        <translation>本级安排</translation>
    </message>
    <message>
        <source>财政拨款</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <source>其他资金</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>the schedules</source>
        <translation>the schedules</translation>
    </message>
    <message>
        <source>; its 财政资金 %1 万元 is not the 财政拨款 %2 万元</source>
        <translation>; its 财政资金 %1 万元 is not the 财政拨款 %2 万元</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2</source>
        <translation>Narrative (%1), line %2</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 万元 for %4, more than the %5 万元 in %6%7%8</source>
        <translation>%1: “%2” states %3 万元 for %4, more than the %5 万元 in %6%7%8</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 万元 for %4, but the figure in %6 is %5 万元%7%8</source>
        <translation>%1: “%2” states %3 万元 for %4, but the figure in %6 is %5 万元%7%8</translation>
    </message>
    <message>
        <source> (difference %1)</source>
        <translation> (difference %1)</translation>
    </message>
    <message>
        <source>%1: “%2” states a share of %3 for %4, but %5 / %6 (%7) = %8%9</source>
        <translation>%1: “%2” states a share of %3 for %4, but %5 / %6 (%7) = %8%9</translation>
    </message>
    <message>
        <source>%1: “%2” states a change of %3 万元 against last year for %4, but this year&apos;s %5 − last year&apos;s %6 = %7 万元%8</source>
        <translation>%1: “%2” states a change of %3 万元 against last year for %4, but this year&apos;s %5 − last year&apos;s %6 = %7 万元%8</translation>
    </message>
    <message>
        <source>%1: “%2” states a growth of %3 for %4, but (%5 − %6) / %6 = %7%8</source>
        <translation>%1: “%2” states a growth of %3 for %4, but (%5 − %6) / %6 = %7%8</translation>
    </message>
    <message>
        <source>; last year is %1, and only a date of the accounts (截至…) may be earlier</source>
        <translation>; last year is %1, and only a date of the accounts (截至…) may be earlier</translation>
    </message>
    <message>
        <source>%1: “%2” names the year %3 in the %4 budget%5</source>
        <translation>%1: “%2” names the year %3 in the %4 budget%5</translation>
    </message>
    <message>
        <source>%1: “%2” names the %3 “%4”, which neither the 功能分类 catalogue of %5 nor the document&apos;s tables know%6</source>
        <translation>%1: “%2” names the %3 “%4”, which neither the 功能分类 catalogue of %5 nor the document&apos;s tables know%6</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation> under %1</translation>
    </message>
    <message>
        <source>%1: “%2” names %3, under which the document&apos;s tables hold no money</source>
        <translation>%1: “%2” names %3, under which the document&apos;s tables hold no money</translation>
    </message>
    <message>
        <source>%1: “%2” quotes code %3, which the 功能分类 catalogue of %4 names “%5”</source>
        <translation>%1: “%2” quotes code %3, which the 功能分类 catalogue of %4 names “%5”</translation>
    </message>
    <message>
        <source>Table %1 (%2), note</source>
        <translation>Table %1 (%2), note</translation>
    </message>
    <message>
        <source>一级指标</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>%1, line %2, indicator “%3”: no %4</source>
        <translation>%1, line %2, indicator “%3”: no %4</translation>
    </message>
    <message>
        <source>%1, line %2, indicator “%3”: the 指标值 is empty</source>
        <translation>%1, line %2, indicator “%3”: the 指标值 is empty</translation>
    </message>
    <message>
        <source>; without a weight: %1</source>
        <translation>; without a weight: %1</translation>
    </message>
    <message>
        <source>table %1 (%2), row %3, column %4</source>
        <translation>table %1 (%2), row %3, column %4</translation>
    </message>
    <message>
        <source> (within the rounding of the %1 printed figures involved)</source>
        <translation> (within the rounding of the %1 printed figures involved)</translation>
    </message>
    <message>
        <source>every table of the template is in the document</source>
        <translation>every table of the template is in the document</translation>
    </message>
    <message>
        <source>an empty table carries its note, worded as the template words it</source>
        <translation>an empty table carries its note, worded as the template words it</translation>
    </message>
    <message>
        <source>a table said to be empty (by its note or the narrative) holds no money</source>
        <translation>a table said to be empty (by its note or the narrative) holds no money</translation>
    </message>
    <message>
        <source>the narrative has every section the template requires</source>
        <translation>the narrative has every section the template requires</translation>
    </message>
    <message>
        <source>功能分类 is shown down to the 项</source>
        <translation>功能分类 is shown down to the 项</translation>
    </message>
    <message>
        <source>经济分类 is shown down to the 款</source>
        <translation>经济分类 is shown down to the 款</translation>
    </message>
    <message>
        <source>codes have 3, 5 or 7 digits</source>
        <translation>codes have 3, 5 or 7 digits</translation>
    </message>
    <message>
        <source>every 款/项 row sits under the row of its parent code</source>
        <translation>every 款/项 row sits under the row of its parent code</translation>
    </message>
    <message>
        <source>codes are in the year&apos;s catalogue</source>
        <translation>codes are in the year&apos;s catalogue</translation>
    </message>
    <message>
        <source>codes are named as the year&apos;s catalogue names them</source>
        <translation>codes are named as the year&apos;s catalogue names them</translation>
    </message>
    <message>
        <source>收入总计 = 支出总计</source>
        <translation>收入总计 = 支出总计</translation>
    </message>
    <message>
        <source>a row is the sum of the rows under it; a total of the rows it totals</source>
        <translation>a row is the sum of the rows under it; a total of the rows it totals</translation>
    </message>
    <message>
        <source>a column is the sum of the columns it splits into (合计 = Σ sources, 项目支出合计 = Σ 经济分类)</source>
        <translation>a column is the sum of the columns it splits into (合计 = Σ sources, 项目支出合计 = Σ 经济分类)</translation>
    </message>
    <message>
        <source>合计 = 基本支出 + 项目支出</source>
        <translation>合计 = 基本支出 + 项目支出</translation>
    </message>
    <message>
        <source>合计 = 人员经费 + 公用经费</source>
        <translation>合计 = 人员经费 + 公用经费</translation>
    </message>
    <message>
        <source>“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费</source>
        <translation>“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费</translation>
    </message>
    <message>
        <source>公务用车购置及运行费 = 购置费 + 运行费</source>
        <translation>公务用车购置及运行费 = 购置费 + 运行费</translation>
    </message>
    <message>
        <source>政府采购预算 = 货物 + 工程 + 服务</source>
        <translation>政府采购预算 = 货物 + 工程 + 服务</translation>
    </message>
    <message>
        <source>a total printed in several tables (per fund, 基本/项目) is the same everywhere</source>
        <translation>a total printed in several tables (per fund, 基本/项目) is the same everywhere</translation>
    </message>
    <message>
        <source>a 类/款/项 printed in several tables has the same figure everywhere</source>
        <translation>a 类/款/项 printed in several tables has the same figure everywhere</translation>
    </message>
    <message>
        <source>一般公共预算基本支出 = the total of the 经济分类 table</source>
        <translation>一般公共预算基本支出 = the total of the 经济分类 table</translation>
    </message>
    <message>
        <source>一般公共预算项目支出 = the projects table, per 类/款 and in total</source>
        <translation>一般公共预算项目支出 = the projects table, per 类/款 and in total</translation>
    </message>
    <message>
        <source>机关运行经费 = 公用经费 (less is a warning: units that are not administrative)</source>
        <translation>机关运行经费 = 公用经费 (less is a warning: units that are not administrative)</translation>
    </message>
    <message>
        <source>performance targets&apos; funds equal their parts and the budget</source>
        <translation>performance targets&apos; funds equal their parts and the budget</translation>
    </message>
    <message>
        <source>an amount in the narrative is the figure of the tables</source>
        <translation>an amount in the narrative is the figure of the tables</translation>
    </message>
    <message>
        <source>a share (占 x%) is the part over the right whole</source>
        <translation>a share (占 x%) is the part over the right whole</translation>
    </message>
    <message>
        <source>增加/减少 X = this year − last year</source>
        <translation>增加/减少 X = this year − last year</translation>
    </message>
    <message>
        <source>增长/下降 x% = change / last year</source>
        <translation>增长/下降 x% = change / last year</translation>
    </message>
    <message>
        <source>years are the budget year, or last year where the text says so</source>
        <translation>years are the budget year, or last year where the text says so</translation>
    </message>
    <message>
        <source>类/款/项 named in the narrative exist in the catalogue and the document</source>
        <translation>类/款/项 named in the narrative exist in the catalogue and the document</translation>
    </message>
    <message>
        <source>every indicator has its 一级/二级/三级指标</source>
        <translation>every indicator has its 一级/二级/三级指标</translation>
    </message>
    <message>
        <source>every indicator has its 指标值</source>
        <translation>every indicator has its 指标值</translation>
    </message>
    <message>
        <source>the weights of a target table add up to 100</source>
        <translation>the weights of a target table add up to 100</translation>
    </message>
    <message>
        <source>; last year (%1) belongs in a comparison (比上年…, 比 %1 年…)</source>
        <translation>; last year (%1) belongs in a comparison (比上年…, 比 %1 年…)</translation>
    </message>
    <message>
        <source>Table %1 (%2) is printed but could not be read (line %3: %4); it is kept as printed, and the checks that need it are left out</source>
        <translation>Table %1 (%2) is printed but could not be read (line %3: %4); it is kept as printed, and the checks that need it are left out</translation>
    </message>
    <message>
        <source>%1: code %2 is not in the bundled %3 catalogue of %4; it is well formed and lies under %5 %6, so it is kept as printed</source>
        <translation>%1: code %2 is not in the bundled %3 catalogue of %4; it is well formed and lies under %5 %6, so it is kept as printed</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 where the text should be: “…%4…”</source>
        <translation>%1: “%2” holds %3 where the text should be: “…%4…”</translation>
    </message>
    <message>
        <source>a placeholder</source>
        <translation>a placeholder</translation>
    </message>
    <message>
        <source>a mark of unfinished editing</source>
        <translation>a mark of unfinished editing</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation>The department&apos;s name</translation>
    </message>
    <message>
        <source>Table %1 (%2), its note</source>
        <translation>Table %1 (%2), its note</translation>
    </message>
    <message>
        <source>no template text is left unfilled (XX, ××, {单位}, 待填写)</source>
        <translation>no template text is left unfilled (XX, ××, {单位}, 待填写)</translation>
    </message>
    <message>
        <source>no mark of unfinished editing is left (TBD, N/A, （略）, ……)</source>
        <translation>no mark of unfinished editing is left (TBD, N/A, （略）, ……)</translation>
    </message>
    <message>
        <source>an increase of</source>
        <translation>an increase of</translation>
    </message>
    <message>
        <source>a decrease of</source>
        <translation>a decrease of</translation>
    </message>
    <message>
        <source>a rate of change follows from the two figures its sentence states (上年预算执行数 or 上年预算, and this year&apos;s)</source>
        <translation>a rate of change follows from the two figures its sentence states (上年预算执行数 or 上年预算, and this year&apos;s)</translation>
    </message>
    <message>
        <source>nothing increases to zero</source>
        <translation>nothing increases to zero</translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation>“%1” is written twice</translation>
    </message>
    <message>
        <source>the text is unfinished at “%1”</source>
        <translation>the text is unfinished at “%1”</translation>
    </message>
    <message>
        <source>%1 and %2 do not pair up (%3 against %4)</source>
        <translation>%1 and %2 do not pair up (%3 against %4)</translation>
    </message>
    <message>
        <source>no word is written twice (预算预算)</source>
        <translation>no word is written twice (预算预算)</translation>
    </message>
    <message>
        <source>Table %1 (%2) carries the note of table %3 (%4), &quot;%5&quot;; its own reads &quot;%6&quot;</source>
        <translation>Table %1 (%2) carries the note of table %3 (%4), &quot;%5&quot;; its own reads &quot;%6&quot;</translation>
    </message>
    <message>
        <source>Line %1: “%2” makes last year&apos;s figure %3 万元, below zero</source>
        <translation>Line %1: “%2” makes last year&apos;s figure %3 万元, below zero</translation>
    </message>
    <message>
        <source>every change in the 预算编制说明 and the 三公 说明 gives its reason</source>
        <translation>every change in the 预算编制说明 and the 三公 说明 gives its reason</translation>
    </message>
    <message>
        <source>the share reserved for 中小企业</source>
        <translation>the share reserved for 中小企业</translation>
    </message>
    <message>
        <source>the 政府采购预算</source>
        <translation>the 政府采购预算</translation>
    </message>
    <message>
        <source>the share reserved for 小型和微型企业</source>
        <translation>the share reserved for 小型和微型企业</translation>
    </message>
    <message>
        <source>an item of the 说明 states its amount once, or the same twice</source>
        <translation>an item of the 说明 states its amount once, or the same twice</translation>
    </message>
    <message>
        <source>the 中小企业 share of 政府采购 is within the 政府采购预算, the 小微 share within that</source>
        <translation>the 中小企业 share of 政府采购 is within the 政府采购预算, the 小微 share within that</translation>
    </message>
    <message>
        <source>The narrative has no section %1, which the template %2 requires</source>
        <translation>The narrative has no section %1, which the template %2 requires</translation>
    </message>
    <message>
        <source> (the printed share is cut off, not rounded)</source>
        <translation> (the printed share is cut off, not rounded)</translation>
    </message>
    <message>
        <source>Narrative, line %1: “%2”</source>
        <translation>Narrative, line %1: “%2”</translation>
    </message>
    <message>
        <source> (within the rounding of the printed figures)</source>
        <translation> (within the rounding of the printed figures)</translation>
    </message>
    <message>
        <source> (the printed rate is cut off, not rounded)</source>
        <translation> (the printed rate is cut off, not rounded)</translation>
    </message>
    <message>
        <source>; %1 is the rate of the %2 of %3</source>
        <translation>; %1 is the rate of the %2 of %3</translation>
    </message>
    <message>
        <source>budget as adjusted (全年预算)</source>
        <translation>budget as adjusted (全年预算)</translation>
    </message>
    <message>
        <source>budget at the start of the year (年初预算)</source>
        <translation>budget at the start of the year (年初预算)</translation>
    </message>
    <message>
        <source>%1 states a completion of %2, but %3 / %4 = %5%6</source>
        <translation>%1 states a completion of %2, but %3 / %4 = %5%6</translation>
    </message>
    <message>
        <source>%1 states a completion of %2 of a budget of 0%3</source>
        <translation>%1 states a completion of %2 of a budget of 0%3</translation>
    </message>
    <message>
        <source>%1 states a 决算 of %2, but %3 prints %4 (difference %5)%6</source>
        <translation>%1 states a 决算 of %2, but %3 prints %4 (difference %5)%6</translation>
    </message>
    <message>
        <source>%1 states a 年初预算 of %2, but %3 prints %4 (difference %5)</source>
        <translation>%1 states a 年初预算 of %2, but %3 prints %4 (difference %5)</translation>
    </message>
    <message>
        <source>%1: the 决算 (%2) differs from the budget (%3), but no reason is given</source>
        <translation>%1: the 决算 (%2) differs from the budget (%3), but no reason is given</translation>
    </message>
    <message>
        <source>%1 states a %2 of %3, but the %4 lines under it add up to %5 (difference %6)%7</source>
        <translation>%1 states a %2 of %3, but the %4 lines under it add up to %5 (difference %6)%7</translation>
    </message>
    <message>
        <source>%1 names no 项 of the tables, and its 决算 of %2 is none of theirs under that 类</source>
        <translation>%1 names no 项 of the tables, and its 决算 of %2 is none of theirs under that 类</translation>
    </message>
    <message>
        <source>a final account&apos;s 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and 本年支出合计 + 结余分配 + 年末结转和结余</source>
        <translation>a final account&apos;s 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and 本年支出合计 + 结余分配 + 年末结转和结余</translation>
    </message>
    <message>
        <source>a completion rate (完成年初预算的 x%) is the 决算 over the budget it names</source>
        <translation>a completion rate (完成年初预算的 x%) is the 决算 over the budget it names</translation>
    </message>
    <message>
        <source>a 决算 stated in the 说明 is the tables&apos; figure</source>
        <translation>a 决算 stated in the 说明 is the tables&apos; figure</translation>
    </message>
    <message>
        <source>the 三公 年初预算 stated in the 说明 is the table&apos;s 预算数</source>
        <translation>the 三公 年初预算 stated in the 说明 is the table&apos;s 预算数</translation>
    </message>
    <message>
        <source>the 项 of the execution statements add up to their total, budget and 决算</source>
        <translation>the 项 of the execution statements add up to their total, budget and 决算</translation>
    </message>
    <message>
        <source>a 决算 that differs from its budget gives the reason</source>
        <translation>a 决算 that differs from its budget gives the reason</translation>
    </message>
    <message>
        <source>an execution statement names a 项 of the tables</source>
        <translation>an execution statement names a 项 of the tables</translation>
    </message>
    <message>
        <source>the 年初预算 a final account&apos;s 说明 states is the stored budget&apos;s</source>
        <translation>the 年初预算 a final account&apos;s 说明 states is the stored budget&apos;s</translation>
    </message>
    <message>
        <source>%1: the 说明 states a 年初预算 of %2 万元, but the stored budget of %3 (document %4) has %5 万元 (difference %6)</source>
        <translation>%1: the 说明 states a 年初预算 of %2 万元, but the stored budget of %3 (document %4) has %5 万元 (difference %6)</translation>
    </message>
    <message>
        <source>; %1 万元 is what %2 prints</source>
        <translation>; %1 万元 is what %2 prints</translation>
    </message>
    <message>
        <source>a half-width comma where the text writes ，</source>
        <translation>a half-width comma where the text writes ，</translation>
    </message>
    <message>
        <source>the paragraph ends without its full stop</source>
        <translation>the paragraph ends without its full stop</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2: the paragraph of line %3 is printed again: “%4…”</source>
        <translation>Narrative (%1), line %2: the paragraph of line %3 is printed again: “%4…”</translation>
    </message>
    <message>
        <source>Narrative (%1), lines %2–%3: the %4 paragraphs of lines %5–%6 are printed again, from “%7…”</source>
        <translation>Narrative (%1), lines %2–%3: the %4 paragraphs of lines %5–%6 are printed again, from “%7…”</translation>
    </message>
    <message>
        <source>%1: “%2” is the former name of 类 %3, which the %4 catalogue calls “%5”</source>
        <translation>%1: “%2” is the former name of 类 %3, which the %4 catalogue calls “%5”</translation>
    </message>
    <message>
        <source>no text is left unfinished: doubled punctuation, an empty reason, 增加（减少）, brackets that do not pair up, a paragraph without its full stop</source>
        <translation>no text is left unfinished: doubled punctuation, an empty reason, 增加（减少）, brackets that do not pair up, a paragraph without its full stop</translation>
    </message>
    <message>
        <source>no passage of the narrative is printed twice</source>
        <translation>no passage of the narrative is printed twice</translation>
    </message>
    <message>
        <source>a 类 is called by the year&apos;s name, not the one it had before (医疗卫生与计划生育支出)</source>
        <translation>a 类 is called by the year&apos;s name, not the one it had before (医疗卫生与计划生育支出)</translation>
    </message>
    <message>
        <source>a comma between Chinese text and a figure is the full-width ，</source>
        <translation>a comma between Chinese text and a figure is the full-width ，</translation>
    </message>
    <message>
        <source>Table %1 (%2), line %3: %4</source>
        <translation>Table %1 (%2), line %3: %4</translation>
    </message>
    <message>
        <source>the table does not say who compiled it (%1：…), as the other tables do</source>
        <translation>the table does not say who compiled it (%1：…), as the other tables do</translation>
    </message>
    <message>
        <source>it says “%1” where the template %2 says “%3”</source>
        <translation>it says “%1” where the template %2 says “%3”</translation>
    </message>
    <message>
        <source>it is compiled by “%1”, but the document is “%2”&apos;s</source>
        <translation>it is compiled by “%1”, but the document is “%2”&apos;s</translation>
    </message>
    <message>
        <source>every table says who compiled it, 编制部门 in a department&apos;s disclosure, 编制单位 in a unit&apos;s</source>
        <translation>every table says who compiled it, 编制部门 in a department&apos;s disclosure, 编制单位 in a unit&apos;s</translation>
    </message>
    <message>
        <source>every table is compiled by the document&apos;s department, named as the document names it</source>
        <translation>every table is compiled by the document&apos;s department, named as the document names it</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8: the number is right, the unit wrong</source>
        <translation>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8: the number is right, the unit wrong</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8 (difference %9)</source>
        <translation>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8 (difference %9)</translation>
    </message>
    <message>
        <source>an amount of the narrative is in the unit of the tables&apos; figure (万元, not 元)</source>
        <translation>an amount of the narrative is in the unit of the tables&apos; figure (万元, not 元)</translation>
    </message>
    <message>
        <source>Line %1, “%2”: %3</source>
        <translation>Line %1, “%2”: %3</translation>
    </message>
    <message>
        <source>names the year %1 in the document of %2</source>
        <translation>names the year %1 in the document of %2</translation>
    </message>
    <message>
        <source>the contents list table %1 a second time</source>
        <translation>the contents list table %1 a second time</translation>
    </message>
    <message>
        <source>the contents list table %1, which the document does not print</source>
        <translation>the contents list table %1, which the document does not print</translation>
    </message>
    <message>
        <source>The contents (line %1) list %2 tables but not table %3 (%4), which the document prints</source>
        <translation>The contents (line %1) list %2 tables but not table %3 (%4), which the document prints</translation>
    </message>
    <message>
        <source>the titles of the tables, the parts and the contents carry the document&apos;s year, where they carry one</source>
        <translation>the titles of the tables, the parts and the contents carry the document&apos;s year, where they carry one</translation>
    </message>
    <message>
        <source>the contents list every table the document prints, once</source>
        <translation>the contents list every table the document prints, once</translation>
    </message>
    <message>
        <source>it says %1 where the template %2 speaks of its %3</source>
        <translation>it says %1 where the template %2 speaks of its %3</translation>
    </message>
    <message>
        <source>the cover names “%1”, but the tables are compiled by “%2”</source>
        <translation>the cover names “%1”, but the tables are compiled by “%2”</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2: income is said to change by “%3” (line %4) and expenditure by “%5” (line %6), though a budget&apos;s income and expenditure are one sum</source>
        <translation>Narrative (%1), line %2: income is said to change by “%3” (line %4) and expenditure by “%5” (line %6), though a budget&apos;s income and expenditure are one sum</translation>
    </message>
    <message>
        <source>a budget&apos;s income and expenditure change in the same direction</source>
        <translation>a budget&apos;s income and expenditure change in the same direction</translation>
    </message>
    <message>
        <source>the text names the department “%1”, but the document is “%2”&apos;s</source>
        <translation>the text names the department “%1”, but the document is “%2”&apos;s</translation>
    </message>
    <message>
        <source>the title of table %1 is printed again after the table (line %2); what follows it up to the next table is not read</source>
        <translation>the title of table %1 is printed again after the table (line %2); what follows it up to the next table is not read</translation>
    </message>
    <message>
        <source>a table&apos;s title is printed once in the body</source>
        <translation>a table&apos;s title is printed once in the body</translation>
    </message>
    <message>
        <source>names no year, where the template %1 titles the table “%2”</source>
        <translation>names no year, where the template %1 titles the table “%2”</translation>
    </message>
    <message>
        <source>every table printed can be read (one that cannot is kept as printed)</source>
        <translation>every table printed can be read (one that cannot is kept as printed)</translation>
    </message>
    <message>
        <source>the paragraph is another year&apos;s text and still needs rewriting</source>
        <translation>the paragraph is another year&apos;s text and still needs rewriting</translation>
    </message>
    <message>
        <source>no paragraph a new year&apos;s draft carried over from the old year&apos;s text (marked 【待改写】) is left unrewritten</source>
        <translation>no paragraph a new year&apos;s draft carried over from the old year&apos;s text (marked 【待改写】) is left unrewritten</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>Total expenditure</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>&quot;Three public&quot; expenses</translation>
    </message>
    <message>
        <source>Operating costs (机关运行经费)</source>
        <translation>Operating costs (机关运行经费)</translation>
    </message>
    <message>
        <source>%1: the department&apos;s own budget (document %2) has %3 万元, but its units add up to %4 万元 (difference %5)</source>
        <translation>%1: the department&apos;s own budget (document %2) has %3 万元, but its units add up to %4 万元 (difference %5)</translation>
    </message>
    <message>
        <source>%1: stated %2 万元, but the 公用经费 in %3 is %4 万元 (difference %5)%6%7</source>
        <translation>%1: stated %2 万元, but the 公用经费 in %3 is %4 万元 (difference %5)%6%7</translation>
    </message>
    <message>
        <source>%1: 资金总额 %2 万元, but its sources add up to %3 万元 (%4; difference %5)%6</source>
        <translation>%1: 资金总额 %2 万元, but its sources add up to %3 万元 (%4; difference %5)%6</translation>
    </message>
    <message>
        <source>%1: its funds add up to %2 万元 (%3), but the department&apos;s budget is %4 万元 (财政拨款 %5 + 其他 %6) in %7 (difference %8)%9</source>
        <translation>%1: its funds add up to %2 万元 (%3), but the department&apos;s budget is %4 万元 (财政拨款 %5 + 其他 %6) in %7 (difference %8)%9</translation>
    </message>
    <message>
        <source>%1: its funds add up to %2 万元, but the project&apos;s budget is %3 万元 (difference %4)%5</source>
        <translation>%1: its funds add up to %2 万元, but the project&apos;s budget is %3 万元 (difference %4)%5</translation>
    </message>
    <message>
        <source>%1 has no indicators</source>
        <translation>%1 has no indicators</translation>
    </message>
    <message>
        <source>%1: the weights (分值权重) of its %2 indicators add up to %3, not 100%4</source>
        <translation>%1: the weights (分值权重) of its %2 indicators add up to %3, not 100%4</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 from %5 to %6 万元, which is %7 %8</source>
        <translation>%1: “%2” states %3 %4 from %5 to %6 万元, which is %7 %8</translation>
    </message>
    <message>
        <source>%1: “%2” says a figure of 0 万元 increased by %3 万元: last year&apos;s would have been −%3 万元</source>
        <translation>%1: “%2” says a figure of 0 万元 increased by %3 万元: last year&apos;s would have been −%3 万元</translation>
    </message>
    <message>
        <source>%1: “%2” says “%3”: a change and no change at once</source>
        <translation>%1: “%2” says “%3”: a change and no change at once</translation>
    </message>
    <message>
        <source>%1: the item states %2 万元 (“…%3”) and then %4 万元 (“%5”)</source>
        <translation>%1: the item states %2 万元 (“…%3”) and then %4 万元 (“%5”)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 万元) is more than %4 (%5 万元)</source>
        <translation>%1: %2 (%3 万元) is more than %4 (%5 万元)</translation>
    </message>
    <message>
        <source>%1: %2: “…%3…”</source>
        <translation>%1: %2: “…%3…”</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 but gives no reason (主要原因是…)</source>
        <translation>%1: “%2” states %3 but gives no reason (主要原因是…)</translation>
    </message>
    <message>
        <source>%1: says table %2 (%3) is empty, but it holds %4 %5</source>
        <translation>%1: says table %2 (%3) is empty, but it holds %4 %5</translation>
    </message>
    <message>
        <source>Narrative (%1)</source>
        <translation>Narrative (%1)</translation>
    </message>
</context>
<context>
    <name>bd::YearOnYearChart</name>
    <message>
        <source>General public budget expenditure, year on year</source>
        <translation>General public budget expenditure, year on year</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>%1 budget</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>No prior-year figures in this document</source>
        <translation>No prior-year figures in this document</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Department budget disclosures</source>
        <translation>Department budget disclosures</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Document to open</source>
        <translation>Document to open</translation>
    </message>
    <message>
        <source>Save a picture of the window to a file and quit</source>
        <translation>Save a picture of the window to a file and quit</translation>
    </message>
    <message>
        <source>BudgetDesk</source>
        <translation>BudgetDesk</translation>
    </message>
    <message>
        <source>The document database could not be opened:
%1</source>
        <translation>The document database could not be opened:
%1</translation>
    </message>
    <message>
        <source>Page to show (1–8)</source>
        <translation>Page to show (1–8)</translation>
    </message>
    <message>
        <source>Disclosure table to show</source>
        <translation>Disclosure table to show</translation>
    </message>
    <message>
        <source>Functional classification code to select</source>
        <translation>Functional classification code to select</translation>
    </message>
    <message>
        <source>%1 Working on the local database.</source>
        <translation>%1 Working on the local database.</translation>
    </message>
    <message>
        <source>Upgrading the document database for this version of BudgetDesk…</source>
        <translation>Upgrading the document database for this version of BudgetDesk…</translation>
    </message>
</context>
</TS>
