<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>bd::DocumentSession</name>
    <message>
        <source>The document uses the template &quot;%1&quot;, which this version does not know.</source>
        <translation>The document uses the template &quot;%1&quot;, which this version does not know.</translation>
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
        <source>%1 %2 — BudgetDesk</source>
        <translation>%1 %2 — BudgetDesk</translation>
    </message>
    <message>
        <source>Import Disclosure</source>
        <translation>Import Disclosure</translation>
    </message>
    <message>
        <source>Disclosure text (*.txt);;All files (*)</source>
        <translation>Disclosure text (*.txt);;All files (*)</translation>
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
        <source>draft: all tables derived</source>
        <translation>draft: all tables derived</translation>
    </message>
    <message>
        <source>published tables agree with the derivation</source>
        <translation>published tables agree with the derivation</translation>
    </message>
    <message>
        <source>%1 material and %2 rounding differences from the derivation</source>
        <translation>%1 material and %2 rounding differences from the derivation</translation>
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
</context>
</TS>
