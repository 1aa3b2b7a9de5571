<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bd::AddLineDialog</name>
    <message>
        <source>Add Functional Line</source>
        <translation>新增功能分类明细</translation>
    </message>
    <message>
        <source>Only needed for a code the catalogue does not know</source>
        <translation>仅当编码不在科目目录中时需要填写</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Item code (项):</source>
        <translation>项级科目编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Funding source:</source>
        <translation>资金来源：</translation>
    </message>
    <message>
        <source>Basic / project:</source>
        <translation>基本支出/项目支出：</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>金额（%1）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>“%1”不是以%2为单位的金额。</translation>
    </message>
</context>
<context>
    <name>bd::AmountEdit</name>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: type digits such as 1,234.56</source>
        <translation>“%1”不是以%2为单位的金额：请输入数字，如 1,234.56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount in %2</source>
        <translation>“%1”超出了以%2为单位的金额所能表示的范围</translation>
    </message>
</context>
<context>
    <name>bd::AuditTrailView</name>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>bd::BarChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>bd::BasicProjectChart</name>
    <message>
        <source>Basic vs project expenditure</source>
        <translation>基本支出与项目支出</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>No expenditure in this document</source>
        <translation>本文档没有支出数据</translation>
    </message>
    <message>
        <source>No expenditure under %1</source>
        <translation>%1 下没有支出</translation>
    </message>
</context>
<context>
    <name>bd::Breadcrumb</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Go up to %1</source>
        <translation>返回上级：%1</translation>
    </message>
</context>
<context>
    <name>bd::ChartExporter</name>
    <message>
        <source>%1 %2: %3 (amounts in %4)</source>
        <translation>%1 %2年：%3（金额单位：%4）</translation>
    </message>
    <message>
        <source>No chart to export</source>
        <translation>没有可导出的图表</translation>
    </message>
    <message>
        <source>Invalid chart size %1×%2</source>
        <translation>图表尺寸 %1×%2 无效</translation>
    </message>
    <message>
        <source>Invalid resolution %1 dpi</source>
        <translation>分辨率 %1 dpi 无效</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Exporting charts needs a QApplication</source>
        <translation>导出图表需要图形界面环境（QApplication）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
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
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be exported:
%1</source>
        <translation>无法导出图表：
%1</translation>
    </message>
</context>
<context>
    <name>bd::ClassificationPage</name>
    <message>
        <source>Choose the cell where the pasted figures should start.</source>
        <translation>请先选中粘贴的起始单元格。</translation>
    </message>
    <message numerus="yes">
        <source>The pasted range has %n row(s), more than there are below the current cell.</source>
        <translation>
            <numerusform>粘贴区域有 %n 行，超出当前单元格以下的行数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row &quot;%1&quot;, column &quot;%2&quot; cannot be edited here.</source>
        <translation>第“%1”行“%2”列不能在此编辑。</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot;, column &quot;%2&quot;: &quot;%3&quot; is not an amount.</source>
        <translation>第“%1”行“%2”列：“%3”不是金额。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>The paste was refused.</source>
        <translation>粘贴未被接受。</translation>
    </message>
</context>
<context>
    <name>bd::CommandLine</name>
    <message>
        <source>upgrading the database: %1 of %2 documents</source>
        <translation>正在升级数据库：第 %1 个文档，共 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (see budgetdesk list)</source>
        <translation>“%1”不是文档编号（见 budgetdesk list）</translation>
    </message>
    <message>
        <source>document %1 uses template &quot;%2&quot;, which this version does not know</source>
        <translation>文档 %1 使用模板“%2”，本版本不认识该模板</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import 需要至少一个文件或文件夹</translation>
    </message>
    <message>
        <source>--duplicates is skip, replace or keep, not &quot;%1&quot;</source>
        <translation>--duplicates 取 skip、replace 或 keep，不能是“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: imported before as document %2; skipped (--duplicates replace or keep imports it again)</source>
        <translation>%1：此前已导入为文档 %2，已跳过（用 --duplicates replace 或 keep 可再次导入）</translation>
    </message>
    <message>
        <source>imported %1, failed %2, skipped %3 imported before</source>
        <translation>导入 %1 个，失败 %2 个，跳过此前已导入的 %3 个</translation>
    </message>
    <message>
        <source>imported %1, failed %2</source>
        <translation>导入 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of documents, not &quot;%2&quot;</source>
        <translation>--%1 需要文档个数（整数），不能是“%2”</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>show needs a document id and --table N</source>
        <translation>show 需要文档编号和 --table N</translation>
    </message>
    <message>
        <source>the template %1 has tables 1–%2</source>
        <translation>模板 %1 的表号为 1–%2</translation>
    </message>
    <message>
        <source>execution needs a document id</source>
        <translation>execution 需要文档编号</translation>
    </message>
    <message>
        <source>document %1 is a budget, and no final account (决算) of %2 %3 is stored</source>
        <translation>文档 %1 是预算，数据库中没有 %2 %3 年的决算</translation>
    </message>
    <message>
        <source>link needs two document ids</source>
        <translation>link 需要两个文档编号</translation>
    </message>
    <message>
        <source>unlink needs a document id</source>
        <translation>unlink 需要文档编号</translation>
    </message>
    <message>
        <source>draft needs a document id</source>
        <translation>draft 需要文档编号</translation>
    </message>
    <message>
        <source>--year is a year such as %1, not &quot;%2&quot;</source>
        <translation>--year 是年份，如 %1，不能是“%2”</translation>
    </message>
    <message>
        <source>consolidate needs --title, the name the consolidated document is published under</source>
        <translation>consolidate 需要 --title，即汇总文档公开时使用的名称</translation>
    </message>
    <message>
        <source>consolidate needs two or more document ids</source>
        <translation>consolidate 需要两个或更多文档编号</translation>
    </message>
    <message>
        <source>cannot consolidate: %1</source>
        <translation>无法汇总：%1</translation>
    </message>
    <message>
        <source>grant needs --role editor, reviewer or reader, and one account name</source>
        <translation>grant 需要 --role editor、reviewer 或 reader，以及一个账户名</translation>
    </message>
    <message>
        <source>review needs pass, withdraw, publish or comment, and a document id</source>
        <translation>review 需要 pass、withdraw、publish 或 comment，以及文档编号</translation>
    </message>
    <message>
        <source>composition needs a document id</source>
        <translation>composition 需要文档编号</translation>
    </message>
    <message>
        <source>document %1 is not a consolidated document (see budgetdesk consolidate)</source>
        <translation>文档 %1 不是汇总文档（见 budgetdesk consolidate）</translation>
    </message>
    <message>
        <source>the members of document %1 cannot be read: %2</source>
        <translation>无法读取文档 %1 的成员：%2</translation>
    </message>
    <message>
        <source>history needs a department&apos;s name</source>
        <translation>history 需要部门名称</translation>
    </message>
    <message>
        <source>no stored document is of a department named &quot;%1&quot; (see budgetdesk list)</source>
        <translation>数据库中没有名为“%1”的部门的文档（见 budgetdesk list）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 departments; give one of: %3</source>
        <translation>“%1”对应 %2 个部门，请给出其中之一：%3</translation>
    </message>
    <message>
        <source>text needs one file</source>
        <translation>text 需要一个文件</translation>
    </message>
    <message>
        <source>check needs a file or a document id</source>
        <translation>check 需要一个文件或文档编号</translation>
    </message>
    <message>
        <source>export-charts needs a document id, --out DIR and --format png|svg|pdf</source>
        <translation>export-charts 需要文档编号、--out 文件夹和 --format png|svg|pdf</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 800x500)</source>
        <translation>--size 取 宽x高（像素），各为 16 至 20000（如 800x500）</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 24 to 2400</source>
        <translation>--dpi 取 24 至 2400 的分辨率</translation>
    </message>
    <message>
        <source>export needs a document id, --format csv|json|fdp|xlsx|pdf and --out PATH</source>
        <translation>export 需要文档编号、--format csv|json|fdp|xlsx|pdf 和 --out 路径</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (export knows %2)</source>
        <translation>未知格式“%1”（export 支持 %2）</translation>
    </message>
    <message>
        <source>--out needs a path</source>
        <translation>--out 需要路径</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>delete needs a document id</source>
        <translation>delete 需要文档编号</translation>
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
        <translation>用法：
  budgetdesk
        打开窗口，显示默认文档
  budgetdesk import 文件|文件夹... [--duplicates skip|replace|keep] [--db 路径]
        导入 .txt、.pdf、.xlsx、.docx；文件夹逐层查找；此前导入过的文件将跳过，
        除非指定替换（replace）或保留两份（keep）
  budgetdesk text 文件
        导入时从 .txt、.pdf、.xlsx 或 .docx 读到的各行（导入错误的行号按这些行计）
  budgetdesk list [--offset N] [--limit N] [--db 路径] [--format text|json]
        按部门、年度和编号列出；用 --limit 时列出从 offset（从 0 起）开始的 N 个
  budgetdesk show 编号 --table N [--derived] [--format tsv|json] [--db 路径]
  budgetdesk check 文件|编号 [--format text|json] [--db 路径]
  budgetdesk export 编号 --format csv|json|fdp|xlsx|pdf --out 路径 [--db 路径]
        csv、fdp：路径为文件夹；json、xlsx、pdf：路径为文件
  budgetdesk export-charts 编号 --out 文件夹 --format png|svg|pdf [--size 宽x高] [--dpi N] [--db 路径]
  budgetdesk execution 编号 [--format tsv|json] [--db 路径]
        决算的执行情况，或预算所对应决算的执行情况
  budgetdesk history 部门 [--format tsv|json] [--db 路径]
        历年对比：一个部门历年的预算和决算
  budgetdesk draft 编号 [--year N] [--db 路径]
        文档的草稿（用 --year 生成下一年度的草稿）；输出其编号
  budgetdesk link 编号 另一编号 [--db 路径]
        手动关联一份预算和一份决算
  budgetdesk unlink 编号 [--db 路径]
        解除文档与其预算或决算的关联
  budgetdesk delete 编号 [--db 路径]
        从数据库中删除文档，连同其表格、说明、审核意见和审计记录
  budgetdesk consolidate --title 名称 编号 编号... [--db 路径]
        汇总：同一模板族、同一年度的文档相加成一份新草稿；输出其编号
  budgetdesk composition 编号 [--format tsv|json] [--db 路径]
        汇总文档的构成：每个功能分类科目中各成员所占的部分
  budgetdesk grant --role editor|reviewer|reader [--department 名称] 账户 --db postgresql://…
        设置服务器账户的角色（某一部门的编制、审核、只读）
  budgetdesk review pass|withdraw|publish 编号 [--db 路径]
  budgetdesk review comment 编号 --text 文字 [--db 路径]
        草稿 → 已审核 → 已发布，按账户的角色办理
</translation>
    </message>
    <message>
        <source>no *.txt, *.pdf, *.xlsx or *.docx files found</source>
        <translation>未找到 *.txt、*.pdf、*.xlsx 或 *.docx 文件</translation>
    </message>
</context>
<context>
    <name>bd::CompositionModel</name>
    <message>
        <source>%1 spends %2 of %3 %4</source>
        <translation>%1 占 %3 %4 的 %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目编码</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>功能分类科目</translation>
    </message>
    <message>
        <source>Consolidated (10k yuan)</source>
        <translation>汇总数（万元）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 (10k yuan)</source>
        <translation>%1（万元）</translation>
    </message>
</context>
<context>
    <name>bd::ConsolidateDialog</name>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Members (the same template family and year):</source>
        <translation>汇总成员（同一模板、同一年度）(&amp;M)：</translation>
    </message>
    <message>
        <source>No other stored document of this template family and year: import the units&apos; or departments&apos; documents first.</source>
        <translation>库中没有同一模板、同一年度的其他文档：请先导入各单位或各部门的文档。</translation>
    </message>
    <message>
        <source>Give the consolidated document a title.</source>
        <translation>请为汇总文档填写标题。</translation>
    </message>
    <message>
        <source>Tick two or more documents.</source>
        <translation>请勾选两个或更多文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be summed into a new draft.</source>
        <translation>
            <numerusform>将把 %n 个文档汇总为一份新草稿。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::Consolidation</name>
    <message>
        <source>a consolidated document needs a title (the name it is published under)</source>
        <translation>汇总文档需要一个标题（发布时使用的名称）</translation>
    </message>
    <message>
        <source>consolidation needs at least two documents, not %1</source>
        <translation>汇总至少需要两份文档，而不是 %1 份</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is of an unknown template (%3)</source>
        <translation>“%1 %2”使用的模板未知（%3）</translation>
    </message>
    <message>
        <source>%1 is of another template family (%2, not %3): only documents printed alike add up</source>
        <translation>%1 属于另一个模板族（%2，而不是 %3）：只有格式相同的文档才能相加</translation>
    </message>
    <message>
        <source>%1 is of another year than &quot;%2 %3&quot;</source>
        <translation>%1 与“%2 %3”不是同一年度</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 被选了两次</translation>
    </message>
</context>
<context>
    <name>bd::DisclosureDocument</name>
    <message>
        <source>Cannot start printing</source>
        <translation>无法开始打印</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>Cannot finish printing</source>
        <translation>无法完成打印</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>bd::DisclosureTableModel</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Published %1, derived %2, difference %3</source>
        <translation>公开值 %1，推导值 %2，差额 %3</translation>
    </message>
</context>
<context>
    <name>bd::DocumentBrowser</name>
    <message>
        <source>Search department, year, status…</source>
        <translation>搜索部门、年度、状态…</translation>
    </message>
</context>
<context>
    <name>bd::DocumentEditor</name>
    <message>
        <source>basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>personnel expenses</source>
        <translation>人员经费</translation>
    </message>
    <message>
        <source>public expenses</source>
        <translation>公用经费</translation>
    </message>
    <message>
        <source>overseas trips</source>
        <translation>因公出国（境）费</translation>
    </message>
    <message>
        <source>official reception</source>
        <translation>公务接待费</translation>
    </message>
    <message>
        <source>vehicle purchase</source>
        <translation>公务用车购置费</translation>
    </message>
    <message>
        <source>vehicle operation</source>
        <translation>公务用车运行费</translation>
    </message>
    <message>
        <source>functional classification %1 (%2, %3)</source>
        <translation>功能分类 %1（%2，%3）</translation>
    </message>
    <message>
        <source>economic classification %1 (%2)</source>
        <translation>经济分类 %1（%2）</translation>
    </message>
    <message>
        <source>project %1 &quot;%2&quot;</source>
        <translation>第 %1 个项目“%2”</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative (%2 %3).</source>
        <translation>%1：金额不能为负数（%2 %3）。</translation>
    </message>
    <message>
        <source>%1: the amount %2 %3 is too large.</source>
        <translation>%1：金额 %2 %3 过大。</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>没有打开的文档。</translation>
    </message>
    <message>
        <source>%1 %2 is published and cannot be edited; make a draft of it first.</source>
        <translation>%1 %2 年为已发布文档，不能编辑；请先由其生成草稿。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a functional classification item code (项, 7 digits).</source>
        <translation>“%1”不是功能分类项级科目编码（7 位数字）。</translation>
    </message>
    <message>
        <source>%1: the code is not in the %2 catalogue; add the line with its name instead.</source>
        <translation>%1：%2 年科目目录中没有该编码；请连同名称新增该行。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1: the line needs a name (the code is not in the %2 catalogue).</source>
        <translation>%1：该行需要名称（%2 年科目目录中没有该编码）。</translation>
    </message>
    <message>
        <source>%1 already exists; change its amount instead.</source>
        <translation>%1 已存在；请修改其金额。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an economic classification code (款, 5 digits).</source>
        <translation>“%1”不是经济分类款级科目编码（5 位数字）。</translation>
    </message>
    <message>
        <source>%1: the code is not in the %2 catalogue.</source>
        <translation>%1：%2 年科目目录中没有该编码。</translation>
    </message>
    <message>
        <source>There is no project %1 (the document has %2).</source>
        <translation>没有第 %1 个项目（文档共有 %2 个项目）。</translation>
    </message>
    <message>
        <source>%1, economic class %2</source>
        <translation>%1，经济分类 %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an economic classification class code (类, 3 digits).</source>
        <translation>%1：“%2”不是经济分类类级科目编码（3 位数字）。</translation>
    </message>
    <message>
        <source>A new project needs a name.</source>
        <translation>新项目需要名称。</translation>
    </message>
    <message>
        <source>%1: a project of that name already exists.</source>
        <translation>%1：已有同名项目。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a functional classification item code (项, 7 digits).</source>
        <translation>%1：“%2”不是功能分类项级科目编码（7 位数字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;three public expenses&quot; item (abroad, reception, vehicle_purchase, vehicle_operation).</source>
        <translation>“%1”不是“三公”经费项目（abroad、reception、vehicle_purchase、vehicle_operation）。</translation>
    </message>
    <message>
        <source>&quot;Three public expenses&quot; are funded by the general budget, government funds or state capital, not by %1.</source>
        <translation>“三公”经费的资金来源只能是一般公共预算、政府性基金预算或国有资本经营预算，不能是%1。</translation>
    </message>
    <message>
        <source>three public expenses: %1 (%2)</source>
        <translation>“三公”经费：%1（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure of this document or of its template.</source>
        <translation>“%1”不是本文档或其模板中的数据项。</translation>
    </message>
    <message>
        <source>There is no performance target table %1 (the document has %2).</source>
        <translation>没有第 %1 张绩效目标表（文档共有 %2 张）。</translation>
    </message>
    <message>
        <source>Performance targets of &quot;%1&quot;: there is no indicator %2 (the table has %3).</source>
        <translation>“%1”绩效目标：没有第 %2 个指标（该表共有 %3 个指标）。</translation>
    </message>
    <message>
        <source>performance targets of &quot;%1&quot;, indicator &quot;%2&quot;</source>
        <translation>“%1”绩效目标的指标“%2”</translation>
    </message>
    <message>
        <source>%1: a weight must be between 0 and 100, not %2.</source>
        <translation>%1：分值权重应在 0 到 100 之间，不能是 %2。</translation>
    </message>
    <message>
        <source>%1: a project needs a name.</source>
        <translation>%1：项目需要名称。</translation>
    </message>
    <message>
        <source>three public expenses: %1</source>
        <translation>“三公”经费：%1</translation>
    </message>
    <message>
        <source>carry-over %1 %2</source>
        <translation>上年结转结余 %1 %2</translation>
    </message>
    <message>
        <source>A figure &quot;%1&quot; has no key.</source>
        <translation>数据项“%1”没有键名。</translation>
    </message>
    <message>
        <source>performance targets of &quot;%1&quot;</source>
        <translation>“%1”绩效目标</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>remittance to the superior</source>
        <translation>上缴上级支出</translation>
    </message>
    <message>
        <source>operating expenditure</source>
        <translation>经营支出</translation>
    </message>
    <message>
        <source>subsidies to affiliated units</source>
        <translation>对附属单位补助支出</translation>
    </message>
    <message>
        <source>new this year</source>
        <translation>本年新增</translation>
    </message>
</context>
<context>
    <name>bd::DocumentExport</name>
    <message>
        <source>Disclosure as PDF</source>
        <translation>公开文本（PDF）</translation>
    </message>
    <message>
        <source>Tables as an XLSX workbook (with the check&apos;s results)</source>
        <translation>公开表（XLSX 工作簿，含检查结果）</translation>
    </message>
    <message>
        <source>Tables as CSV files</source>
        <translation>公开表（CSV 文件）</translation>
    </message>
    <message>
        <source>The whole document as JSON</source>
        <translation>完整文档（JSON）</translation>
    </message>
    <message>
        <source>Budget lines as a Fiscal Data Package</source>
        <translation>预算明细（Fiscal Data Package）</translation>
    </message>
</context>
<context>
    <name>bd::DocumentKind</name>
    <message>
        <source>Final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>bd::DocumentListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>From %1, saved %2</source>
        <translation>来自 %1，保存于 %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>bd::DocumentSession</name>
    <message>
        <source>The document uses the template &quot;%1&quot;, which this version does not know.</source>
        <translation>该文档使用模板“%1”，当前版本无法识别该模板。</translation>
    </message>
</context>
<context>
    <name>bd::DocumentStore</name>
    <message>
        <source>There is no document %1 in the store.</source>
        <translation>库中没有文档 %1。</translation>
    </message>
    <message>
        <source>The server refused the change: this account&apos;s role does not allow %1. Nothing was changed.</source>
        <translation>服务器拒绝了此更改：此账户的角色不允许%1。未作任何更改。</translation>
    </message>
    <message>
        <source>it (%1)</source>
        <translation>该操作（%1）</translation>
    </message>
    <message>
        <source>Roles are given on a PostgreSQL server; a database file has one user.</source>
        <translation>角色只能在 PostgreSQL 服务器上授予；数据库文件只有一个用户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account name: use letters, digits and _ . @ - (at most 63), starting with a letter.</source>
        <translation>“%1”不能用作账户名：请使用字母、数字及 _ . @ -（最多 63 个），并以字母开头。</translation>
    </message>
    <message>
        <source>The owner&apos;s role is not given: it is the account that owns the tables.</source>
        <translation>所有者的角色无需授予：它就是拥有这些表的账户。</translation>
    </message>
    <message>
        <source>An editor edits the drafts of one department: name it.</source>
        <translation>编制人员编辑某一部门的草稿：请指明部门。</translation>
    </message>
    <message>
        <source>Only the owner of the store&apos;s tables gives roles.</source>
        <translation>只有库中各表的所有者才能授予角色。</translation>
    </message>
    <message>
        <source>Document %1 is published: only a draft is reviewed.</source>
        <translation>文档 %1 已发布：只有草稿需要审核。</translation>
    </message>
    <message>
        <source>Document %1 has been reviewed already.</source>
        <translation>文档 %1 已经审核过了。</translation>
    </message>
    <message>
        <source>Document %1 is no reviewed draft: there is no review to withdraw.</source>
        <translation>文档 %1 不是已审核的草稿：没有可撤回的审核。</translation>
    </message>
    <message>
        <source>withdrawing a review</source>
        <translation>撤回审核</translation>
    </message>
    <message>
        <source>Document %1 is published already.</source>
        <translation>文档 %1 已经发布。</translation>
    </message>
    <message>
        <source>Document %1 has not been reviewed: a draft is published after its review.</source>
        <translation>文档 %1 尚未审核：草稿须经审核后才能发布。</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>批注内容为空。</translation>
    </message>
    <message>
        <source>stored part &quot;%1&quot; is %2</source>
        <translation>存储的部分“%1”%2</translation>
    </message>
    <message>
        <source>stored schedules are invalid: %1</source>
        <translation>存储的明细数据无效：%1</translation>
    </message>
    <message>
        <source>Cannot load document %1: %2</source>
        <translation>无法加载文档 %1：%2</translation>
    </message>
    <message>
        <source>no such document</source>
        <translation>没有此文档</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>functional line %1 has an unknown source &quot;%2&quot; or phase &quot;%3&quot;</source>
        <translation>功能分类明细 %1 的资金来源“%2”或支出类型“%3”未知</translation>
    </message>
    <message>
        <source>not a list of tables</source>
        <translation>不是表格列表</translation>
    </message>
    <message>
        <source>published table %1 has no body in the part &quot;%2&quot;</source>
        <translation>公开表 %1 在部分“%2”中没有表体</translation>
    </message>
    <message>
        <source>published table %1 is inconsistent: %2</source>
        <translation>公开表 %1 前后不一致：%2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>未打开任何数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address of a kind BudgetDesk cannot open: give a database file, or a PostgreSQL server as postgresql://user@host:port/database</source>
        <translation>“%1”不是 BudgetDesk 能打开的地址：请给出数据库文件，或以 postgresql://用户@主机:端口/数据库 的形式给出 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address: write postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 地址：请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>无法连接到 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the role of %1&apos;s account: %2</source>
        <translation>无法读取 %1 账户的角色：%2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>无法打开“%1”：未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is not a file</source>
        <translation>无法打开“%1”：它不是文件</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is not a BudgetDesk database (not an SQLite file)</source>
        <translation>无法打开“%1”：该文件不是 BudgetDesk 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>you have no permission to write to the file</source>
        <translation>您没有写入该文件的权限</translation>
    </message>
    <message>
        <source>you have no permission to write to its folder %1</source>
        <translation>您没有写入其所在文件夹 %1 的权限</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: cannot create the folder %2</source>
        <translation>无法创建“%1”：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 of another program, not a BudgetDesk database</source>
        <translation>无法打开 %1：它是其他程序的%2，不是 BudgetDesk 数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer BudgetDesk (schema %2, this version knows %3); update BudgetDesk to open it</source>
        <translation>%1 由更新版本的 BudgetDesk 写入（架构 %2，本版本只支持到 %3）；请更新 BudgetDesk 后再打开</translation>
    </message>
    <message>
        <source>%1 is read-only (%2) and was written by an older BudgetDesk (schema %3, this version needs %4): open it once where it can be written to upgrade it</source>
        <translation>%1 为只读（%2），且由较旧版本的 BudgetDesk 写入（架构 %3，本版本需要 %4）：请先在可写的位置打开一次以完成升级</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: this SQLite does not enforce foreign keys</source>
        <translation>无法打开 %1：此 SQLite 不强制外键约束</translation>
    </message>
    <message>
        <source>Cannot %1: the database &quot;%2&quot; is read-only (%3). Nothing was changed; save the document into a database you can write to, or ask for write permission.</source>
        <translation>无法%1：数据库“%2”为只读（%3）。未作任何更改；请将文档保存到您可以写入的数据库，或申请写入权限。</translation>
    </message>
    <message>
        <source>save &quot;%1 %2&quot;</source>
        <translation>保存“%1 %2”</translation>
    </message>
    <message>
        <source>store &quot;%1 %2&quot;</source>
        <translation>存储“%1 %2”</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: %3 saved it at %4, after this copy was read; nothing was saved. Reload it to see that version, or save this one as a copy.</source>
        <translation>无法保存“%1 %2”：%3 已于 %4 保存过它，晚于此副本读取的时间；未保存任何内容。请重新加载以查看该版本，或将此版本另存为副本。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: %3</source>
        <translation>无法保存“%1 %2”：%3</translation>
    </message>
    <message>
        <source>the database has no id counter for documents</source>
        <translation>数据库缺少文档编号计数器</translation>
    </message>
    <message>
        <source>cannot allocate a document id</source>
        <translation>无法分配文档编号</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1 %2&quot;: cannot record the audit trail: %3</source>
        <translation>无法保存“%1 %2”：无法记录修改记录：%3</translation>
    </message>
    <message>
        <source>writing document %1</source>
        <translation>写入文档 %1</translation>
    </message>
    <message>
        <source>document %1 no longer exists in the database</source>
        <translation>文档 %1 已不在数据库中</translation>
    </message>
    <message>
        <source>link documents %1 and %2</source>
        <translation>关联文档 %1 和 %2</translation>
    </message>
    <message>
        <source>Cannot link documents %1 and %2: no document %3</source>
        <translation>无法关联文档 %1 和 %2：没有文档 %3</translation>
    </message>
    <message>
        <source>Cannot link documents %1 and %2: a budget is linked with a final account (决算), and both are %3</source>
        <translation>无法关联文档 %1 和 %2：预算只能与决算关联，而两者都是%3</translation>
    </message>
    <message>
        <source>final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>unlink document %1</source>
        <translation>取消关联文档 %1</translation>
    </message>
    <message>
        <source>remove document %1</source>
        <translation>删除文档 %1</translation>
    </message>
    <message>
        <source>Cannot remove document %1: no such document</source>
        <translation>无法删除文档 %1：没有此文档</translation>
    </message>
    <message>
        <source>cannot read the stored version to compare with: %1</source>
        <translation>无法读取用于比较的已存版本：%1</translation>
    </message>
    <message>
        <source>the database has no id counter for the audit trail</source>
        <translation>数据库缺少修改记录的编号计数器</translation>
    </message>
    <message>
        <source>cannot allocate audit trail ids</source>
        <translation>无法分配修改记录编号</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of document %1: %2</source>
        <translation>无法读取文档 %1 的修改记录：%2</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; has %2 tables, published_tables %3</source>
        <translation>存储的部分“%1”有 %2 张表，published_tables 有 %3 张</translation>
    </message>
    <message>
        <source>two migrations for schema version %1 (%2, %3)</source>
        <translation>数据库结构版本 %1 有两个迁移（%2、%3）</translation>
    </message>
    <message>
        <source>migration for schema version %1 is missing</source>
        <translation>缺少数据库结构版本 %1 的迁移</translation>
    </message>
    <message>
        <source>no SQL migrations are bundled with this program (resource %1)</source>
        <translation>本程序未附带 SQL 迁移（资源 %1）</translation>
    </message>
    <message>
        <source>published tables are inconsistent: %1</source>
        <translation>公开表不一致：%1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>stray header text</source>
        <translation>多余的表头文字</translation>
    </message>
    <message>
        <source>stray column</source>
        <translation>多余的列</translation>
    </message>
    <message>
        <source>stray row</source>
        <translation>多余的行</translation>
    </message>
    <message>
        <source>stray cell</source>
        <translation>多余的单元格</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”的数据库结构版本：%2</translation>
    </message>
    <message>
        <source>cannot read migration %1: %2</source>
        <translation>无法读取迁移 %1：%2</translation>
    </message>
    <message>
        <source>migration %1 failed at &quot;%2&quot;: %3</source>
        <translation>迁移 %1 在“%2”处失败：%3</translation>
    </message>
    <message>
        <source>document %1: stored part &quot;%2&quot; is %3</source>
        <translation>文档 %1：存储的部分“%2”%3</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>文档 %1：%2</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>删除文档 %1</translation>
    </message>
</context>
<context>
    <name>bd::EconomicChart</name>
    <message>
        <source>Basic expenditure by economic class</source>
        <translation>基本支出经济分类结构</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>No basic expenditure by economic class in this document</source>
        <translation>本文档没有按经济分类列示的基本支出</translation>
    </message>
    <message>
        <source>Personnel expenses</source>
        <translation>人员经费</translation>
    </message>
    <message>
        <source>Public expenses</source>
        <translation>公用经费</translation>
    </message>
</context>
<context>
    <name>bd::EconomicTreeModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>公开值 %1，推导值 %2</translation>
    </message>
    <message>
        <source>Economic classification</source>
        <translation>经济分类科目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Personnel expenses</source>
        <translation>人员经费</translation>
    </message>
    <message>
        <source>Public expenses</source>
        <translation>公用经费</translation>
    </message>
</context>
<context>
    <name>bd::ExecutionChart</name>
    <message>
        <source>Execution of the budget</source>
        <translation>预算执行情况</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>No final account to compare with its budget</source>
        <translation>没有可与预算对比的决算</translation>
    </message>
</context>
<context>
    <name>bd::ExecutionModel</name>
    <message>
        <source>Reason given: %1</source>
        <translation>说明所述原因：%1</translation>
    </message>
    <message>
        <source>The stored budget&apos;s figure; the final account&apos;s 说明 states %1 万元</source>
        <translation>已存预算的数字；决算说明所述为 %1 万元</translation>
    </message>
    <message>
        <source>From the stored budget of the same department and year</source>
        <translation>来自同一部门同一年度已存的预算</translation>
    </message>
    <message>
        <source>As the final account&apos;s 说明 states it</source>
        <translation>按决算说明所述</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Budget at the start of the year</source>
        <translation>年初预算</translation>
    </message>
    <message>
        <source>Adjusted budget</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Completion as stated</source>
        <translation>说明所述完成率</translation>
    </message>
</context>
<context>
    <name>bd::ExpenditureStructureChart</name>
    <message>
        <source>Expenditure by function</source>
        <translation>支出功能分类结构</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>No expenditure in this document</source>
        <translation>本文档没有支出数据</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Click the centre of the chart to go up one level</source>
        <translation>点击图表中心返回上一级</translation>
    </message>
    <message>
        <source>Up One Level</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>返回顶层</translation>
    </message>
</context>
<context>
    <name>bd::Export</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: no temporary folder (%2)</source>
        <translation>无法写入 %1：没有临时文件夹（%2）</translation>
    </message>
    <message>
        <source>cannot write %1: libxlsxwriter could not start a workbook</source>
        <translation>无法写入 %1：libxlsxwriter 无法新建工作簿</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>bd::FiguresDialog</name>
    <message>
        <source>Figures Outside the Tables</source>
        <translation>表外数据</translation>
    </message>
    <message>
        <source>Operating costs (机关运行经费):</source>
        <translation>机关运行经费：</translation>
    </message>
    <message>
        <source>Government procurement, total:</source>
        <translation>政府采购预算合计：</translation>
    </message>
    <message>
        <source>  of which goods:</source>
        <translation>  其中：货物</translation>
    </message>
    <message>
        <source>  of which works:</source>
        <translation>  其中：工程</translation>
    </message>
    <message>
        <source>  of which services:</source>
        <translation>  其中：服务</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>“%1”不是以%2为单位的金额。</translation>
    </message>
</context>
<context>
    <name>bd::FindBar</name>
    <message>
        <source>Find a code or a name (Enter: next, Esc: close)</source>
        <translation>查找科目编码或名称（回车：下一个，Esc：关闭）</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>bd::FindingsModel</name>
    <message>
        <source>Table %1 %2</source>
        <translation>表%1 %2</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notices (rounding)</source>
        <translation>提示（尾差）</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>bd::FunctionalTreeModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>公开值 %1，推导值 %2</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>功能分类科目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Last year&apos;s budget (general public budget)</source>
        <translation>上年预算数（一般公共预算）</translation>
    </message>
    <message>
        <source>Change (general public budget)</source>
        <translation>增减额（一般公共预算）</translation>
    </message>
    <message>
        <source>Change % (general public budget)</source>
        <translation>增减率（一般公共预算）</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>一般公共预算</translation>
    </message>
    <message>
        <source>Government funds</source>
        <translation>政府性基金预算</translation>
    </message>
    <message>
        <source>State capital operations</source>
        <translation>国有资本经营预算</translation>
    </message>
    <message>
        <source>Fiscal special accounts</source>
        <translation>财政专户管理资金</translation>
    </message>
    <message>
        <source>Unit funds</source>
        <translation>单位资金</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转结余</translation>
    </message>
    <message>
        <source>Last year&apos;s figures are the general public budget figures stated in the narrative; the change compares them with this year&apos;s general public budget.</source>
        <translation>上年数为说明中所列的一般公共预算数；增减为本年一般公共预算与其相比的变化。</translation>
    </message>
</context>
<context>
    <name>bd::HistoryChart</name>
    <message>
        <source>Over the years</source>
        <translation>历年对比</translation>
    </message>
    <message>
        <source>No document of this department</source>
        <translation>该部门没有文档</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>“Three public” expenses</source>
        <translation>“三公”经费</translation>
    </message>
</context>
<context>
    <name>bd::HistoryModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>一般公共预算财政拨款</translation>
    </message>
    <message>
        <source>“Three public” expenses</source>
        <translation>“三公”经费</translation>
    </message>
</context>
<context>
    <name>bd::ImportReport</name>
    <message>
        <source>Table %1 (%2), row %3, column %4: published %5, derived %6, difference %7 %8%9</source>
        <translation>表%1（%2），%3 行，%4 列：公开数 %5，推导数 %6，差额 %7 %8%9</translation>
    </message>
    <message>
        <source> (within the rounding of the %1 published figures it adds up)</source>
        <translation>（在其所合计的 %1 个公开数的尾差范围内）</translation>
    </message>
    <message>
        <source>table %1 (%2): %3 rows; labels %4 exact, %5 normalised, %6 by code, %7 by position; %8 cells by header, %9 in column order, %10 by cell; %11 lines skipped</source>
        <translation>表 %1（%2）：%3 行；行名 %4 个完全相同、%5 个规范化后相同、%6 个按编码、%7 个按位置；单元格 %8 个按表头、%9 个按列序、%10 个逐格；跳过 %11 行</translation>
    </message>
    <message>
        <source>line %1 skipped (%2): %3</source>
        <translation>第 %1 行已跳过（%2）：%3</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notices</source>
        <translation>%1 个错误，%2 个警告，%3 个提示</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>不是表中的行</translation>
    </message>
    <message>
        <source>Published table(s) %1 are not compared with their derivation: table(s) %2 could not be read or are missing, so the figures they hold are not in the schedules</source>
        <translation>表 %1 未与推导表比对：表 %2 无法读取或缺失，其数据不在明细中</translation>
    </message>
</context>
<context>
    <name>bd::Importer</name>
    <message>
        <source>table %1 (%2): %3 amounts on a row of %4 amount columns</source>
        <translation>表 %1（%2）：一行中有 %3 个金额，而该表只有 %4 个金额列</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a code: &quot;%3&quot;</source>
        <translation>表 %1（%2）：一行金额没有科目编码：“%3”</translation>
    </message>
    <message>
        <source>table %1 (%2): unexpected text &quot;%3&quot; after the amounts</source>
        <translation>表 %1（%2）：金额后出现意外的文字“%3”</translation>
    </message>
    <message>
        <source>table %1 (%2): &quot;%3&quot; is not one of the template&apos;s rows</source>
        <translation>表 %1（%2）：“%3”不是模板中的行</translation>
    </message>
    <message>
        <source>table %1 (%2): amounts without a row label</source>
        <translation>表 %1（%2）：金额没有行名称</translation>
    </message>
    <message>
        <source>table %1 (%2): row &quot;%3&quot; is not one of the template&apos;s rows</source>
        <translation>表 %1（%2）：行“%3”不是模板中的行</translation>
    </message>
    <message>
        <source>table %1 (%2): the amount &quot;%3&quot; follows no 经济分类 code</source>
        <translation>表 %1（%2）：金额“%3”前没有经济分类科目编码</translation>
    </message>
    <message>
        <source>refused: the text is %1 MB, and BudgetDesk reads texts of at most %2 MB (a disclosure&apos;s text is well under 1 MB; is this the right file?)</source>
        <translation>已拒绝：文本大小为 %1 MB，BudgetDesk 最多读取 %2 MB 的文本（一份公开文件的文本远小于 1 MB；是否选错了文件？）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the layout is not recognised: it is not a disclosure of a known family. Tried: %1. Closest: %2; titles found: %3; titles expected: %4</source>
        <translation>无法识别版式：它不是已知模板族的公开文件。已尝试：%1。最接近：%2；找到的表名：%3；应有的表名：%4</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the text holds the disclosure more than once (saved or pasted twice?): the title of table 1 (%1) is at lines %2; import one copy</source>
        <translation>文本中包含了不止一份公开文件（保存或粘贴了两次？）：表 1（%1）的标题出现在第 %2 行；请只导入其中一份</translation>
    </message>
    <message>
        <source>no table of the template %1 was found after line %2: its titles stand only in the contents before it, or run into other text</source>
        <translation>在第 %2 行之后没有找到模板 %1 的任何表格：表名只出现在前面的目录中，或与其他文字连在一起</translation>
    </message>
    <message>
        <source>the budget year could not be read (expected a title such as &quot;2026 年部门预算公开&quot;)</source>
        <translation>无法读取预算年度（应有“2026 年部门预算公开”这样的标题）</translation>
    </message>
    <message>
        <source>the department could not be read (expected a line &quot;第一部分 …概况&quot;)</source>
        <translation>无法读取部门名称（应有“第一部分 …概况”这样的一行）</translation>
    </message>
    <message>
        <source>the department could not be read (expected a line &quot;编制部门：…&quot;)</source>
        <translation>无法读取部门名称（应有“编制部门：…”这样的一行）</translation>
    </message>
    <message>
        <source>Table %1 (%2): code %3 is not in the %4 catalogue of %5; kept as printed</source>
        <translation>表 %1（%2）：科目编码 %3 不在 %5 年%4目录中；按原样保留</translation>
    </message>
    <message>
        <source>The document has no narrative (说明) sections</source>
        <translation>该文档没有情况说明部分</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied); its files were not imported</source>
        <translation>无法读取该文件夹（没有权限）；其中的文件均未导入</translation>
    </message>
    <message>
        <source>not a regular file (a broken link, a pipe or a device)</source>
        <translation>不是普通文件（失效的链接、管道或设备）</translation>
    </message>
    <message>
        <source>The narrative names a 功能分类 that the catalogue does not know: &quot;%1&quot;</source>
        <translation>情况说明中提到了目录中没有的功能分类：“%1”</translation>
    </message>
    <message>
        <source>is not a PDF file (it does not start with &quot;%PDF&quot;)</source>
        <translation>不是 PDF 文件（开头不是“%PDF”）</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated (%1 bytes, no end-of-file marker); download or export it again</source>
        <translation>PDF 文件已损坏或不完整（%1 字节，没有文件结束标记）；请重新下载或导出</translation>
    </message>
    <message>
        <source>cannot be read: the PDF reader of BudgetDesk (budgetdesk_pdf) is missing: %1</source>
        <translation>无法读取：BudgetDesk 的 PDF 读取模块（budgetdesk_pdf）缺失：%1</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>PDF 文件已损坏，无法打开</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password to open; save an unprotected copy and import that</source>
        <translation>PDF 文件已加密，需要密码才能打开；请另存一份未加密的副本后再导入</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no readable pages</source>
        <translation>PDF 文件已损坏：没有可读取的页面</translation>
    </message>
    <message>
        <source>the PDF is damaged: page %1 of %2 cannot be read</source>
        <translation>PDF 文件已损坏：第 %1 页（共 %2 页）无法读取</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned document?); only PDFs with text can be imported</source>
        <translation>PDF 文件没有文字层（是扫描件吗？）；只能导入含文字的 PDF</translation>
    </message>
    <message>
        <source>table %1 (%2) has %3 columns but the row has a value in column %4: &quot;%5&quot;</source>
        <translation>表 %1（%2）有 %3 列，但该行第 %4 列有内容：“%5”</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a code or a name</source>
        <translation>表 %1（%2）：一行金额既没有科目编码也没有名称</translation>
    </message>
    <message>
        <source>table %1 (%2): a row of amounts without a 经济分类 code</source>
        <translation>表 %1（%2）：一行金额没有经济分类科目编码</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>table %1 (%2) has neither rows nor an empty-table note</source>
        <translation>表 %1（%2）既没有数据行，也没有空表说明</translation>
    </message>
    <message>
        <source>table %1 (%2) ends before its total row &quot;%3&quot;; the table looks truncated</source>
        <translation>表 %1（%2）在合计行“%3”之前就结束了；表格似乎不完整</translation>
    </message>
    <message>
        <source>table %1 (%2), column &quot;%3&quot;: %4</source>
        <translation>表 %1（%2），“%3”列：%4</translation>
    </message>
    <message>
        <source>table %1 (%2): &quot;%3&quot; is neither a 功能分类 类 nor the total</source>
        <translation>表 %1（%2）：“%3”既不是功能分类的类级科目，也不是合计</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>文件以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>文件不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the file is not text (it contains binary data)</source>
        <translation>文件不是文本（含有二进制数据）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and this build cannot decode GB18030</source>
        <translation>文件不是 UTF-8，且此版本无法解码 GB18030</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL characters)</source>
        <translation>文件不是文本（含有 NUL 字符）</translation>
    </message>
    <message>
        <source>cannot be read: no temporary file (%1)</source>
        <translation>无法读取：没有临时文件（%1）</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated (an entry cannot be read)</source>
        <translation>ZIP 压缩包已损坏或不完整（有条目无法读取）</translation>
    </message>
    <message>
        <source>refused: the entries inflate to more than %1 MB (a zip bomb?)</source>
        <translation>已拒绝：各条目解压后超过 %1 MB（压缩炸弹？）</translation>
    </message>
    <message>
        <source>refused: entry %1 inflates %2 times its compressed size (more than %3:1; a zip bomb?)</source>
        <translation>已拒绝：条目 %1 解压后是压缩大小的 %2 倍（超过 %3:1；压缩炸弹？）</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated</source>
        <translation>ZIP 压缩包已损坏或不完整</translation>
    </message>
    <message>
        <source>entry %1 cannot be read (damaged or truncated archive)</source>
        <translation>条目 %1 无法读取（压缩包已损坏或不完整）</translation>
    </message>
    <message>
        <source>refused: entry %1 inflates to more than its declared size</source>
        <translation>已拒绝：条目 %1 解压后超过其声明的大小</translation>
    </message>
    <message>
        <source>entry %1 is damaged or truncated</source>
        <translation>条目 %1 已损坏或不完整</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 不是格式正确的 XML（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: row number &quot;%2&quot; is not valid (rows run from 1 to %3)</source>
        <translation>%1：行号“%2”无效（行号范围为 1 至 %3）</translation>
    </message>
    <message>
        <source>%1: cell reference &quot;%2&quot; is not valid (columns run from A to XFD, rows from 1 to %3)</source>
        <translation>%1：单元格引用“%2”无效（列为 A 至 XFD，行为 1 至 %3）</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells</source>
        <translation>%1：第 %2 行的单元格超过 %3 个</translation>
    </message>
    <message>
        <source>%1: cell %2 refers to shared string %3, which does not exist</source>
        <translation>%1：单元格 %2 引用了不存在的共享字符串 %3</translation>
    </message>
    <message>
        <source>%1: the sheet spans %2 (%3 rows × %4 columns); BudgetDesk reads at most %5 cells of a sheet, from A1 to its last filled cell</source>
        <translation>%1：工作表范围为 %2（%3 行 × %4 列）；BudgetDesk 每张工作表最多读取 %5 个单元格，从 A1 到最后一个有内容的单元格</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook: the ZIP archive has no xl/workbook.xml</source>
        <translation>文件不是 XLSX 工作簿：ZIP 压缩包中没有 xl/workbook.xml</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no file in %2</source>
        <translation>工作表“%1”在 %2 中没有对应的文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (empty title cell)</source>
        <translation>“%1”（标题单元格为空）</translation>
    </message>
    <message>
        <source>the layout is not recognised: no sheet has the title of a disclosure table of a known template in its first cell (sheets: %1)</source>
        <translation>无法识别版式：没有哪张工作表的第一个单元格是已知模板公开表的标题（工作表：%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both brackets and a sign</source>
        <translation>“%1”既有括号又有正负号</translation>
    </message>
    <message>
        <source>no digits in &quot;%1&quot;</source>
        <translation>“%1”中没有数字</translation>
    </message>
    <message>
        <source>misplaced thousands separator in &quot;%1&quot;</source>
        <translation>“%1”中的千位分隔符位置不对</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (unexpected &quot;%2&quot;)</source>
        <translation>“%1”不是金额（出现意外的“%2”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows</source>
        <translation>“%1”的小数位数超过了%2允许的位数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>table %1 (%2): row &quot;%3&quot; has no 功能分类 code</source>
        <translation>表 %1（%2）：行“%3”没有功能分类科目编码</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>XLSX 工作簿</translation>
    </message>
    <message>
        <source>the file is not %1: the ZIP archive is damaged or truncated (no readable central directory)</source>
        <translation>文件不是%1：ZIP 压缩包已损坏或不完整（没有可读的中央目录）</translation>
    </message>
    <message>
        <source>the file is not %1: the ZIP archive is empty</source>
        <translation>文件不是%1：ZIP 压缩包为空</translation>
    </message>
    <message>
        <source>the file is encrypted (entry %1); save it without a password and import it again</source>
        <translation>文件已加密（条目 %1）；请不设密码另存后再导入</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <source>the file is an Office 97–2003 document or workbook (.doc, .xls), which cannot be read: save it as .docx, .xlsx or PDF and import that</source>
        <translation>文件是 Office 97–2003 格式的文档或工作簿（.doc、.xls），无法读取：请另存为 .docx、.xlsx 或 PDF 后再导入</translation>
    </message>
    <message>
        <source>table %1 (%2) lists the carry-over of more than one unit (&quot;%3&quot;): only a single unit&apos;s is read</source>
        <translation>表 %1（%2）列出了不止一个单位的上年结转结余（“%3”）：只能读取单一单位的</translation>
    </message>
</context>
<context>
    <name>bd::KeyFigures</name>
    <message>
        <source>Total budget</source>
        <translation>预算总额</translation>
    </message>
    <message>
        <source>Basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>Project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Fiscal appropriations</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>“三公”经费</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>机关运行经费</translation>
    </message>
    <message>
        <source>No prior-year figure</source>
        <translation>无上年数</translation>
    </message>
    <message>
        <source>%1 %2 on last year%3</source>
        <translation>比上年 %1 %2%3</translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>BudgetDesk</source>
        <translation>预算公开工作台</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Disclosure…</source>
        <translation>导入公开文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BudgetDesk</source>
        <translation>关于预算公开工作台(&amp;A)</translation>
    </message>
    <message>
        <source>The document could not be opened:
%1</source>
        <translation>无法打开文档：
%1</translation>
    </message>
    <message>
        <source>Import Disclosure</source>
        <translation>导入公开文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>These files were not imported:

%1</source>
        <translation>以下文件未能导入：

%1</translation>
    </message>
    <message>
        <source>About BudgetDesk</source>
        <translation>关于预算公开工作台</translation>
    </message>
    <message>
        <source>&lt;b&gt;BudgetDesk %1&lt;/b&gt;&lt;p&gt;Department budget disclosures: open, browse, check and export.&lt;/p&gt;</source>
        <translation>&lt;b&gt;预算公开工作台 %1&lt;/b&gt;&lt;p&gt;部门预算公开：打开、浏览、检查和导出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>功能分类</translation>
    </message>
    <message>
        <source>Economic classification</source>
        <translation>经济分类</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>三公经费</translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Disclosure tables</source>
        <translation>公开表</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近导入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export All Charts…</source>
        <translation>导出全部图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 %2 · total %3 %4 · %5</source>
        <translation>%1 %2年 · 合计 %3 %4 · %5</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>The charts could not all be written:
%1</source>
        <translation>部分图表未能写出：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 张图表写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>新建草稿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>恢复到已保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>连同表头复制(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Next year&apos;s draft (%1): this year&apos;s figures become last year&apos;s</source>
        <translation>下一年度草稿（%1年）：本年数转为上年数</translation>
    </message>
    <message>
        <source>Same year (%1): an editable copy</source>
        <translation>同一年度（%1年）：可编辑副本</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Make a draft of this document for:</source>
        <translation>以本文档新建草稿：</translation>
    </message>
    <message>
        <source>The draft could not be saved:
%1</source>
        <translation>无法保存草稿：
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The document could not be saved; nothing was changed in the database:
%1</source>
        <translation>文档未能保存，数据库未作任何更改：
%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>恢复到已保存版本</translation>
    </message>
    <message>
        <source>Discard every change since the last save?</source>
        <translation>放弃上次保存以来的所有修改？</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 %2 has unsaved changes. Save them?</source>
        <translation>%1 %2年有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>BudgetDesk was closed without saving changes to %1 %2 (recovered from %3). Restore them?</source>
        <translation>预算公开工作台上次关闭时，%1 %2年的修改尚未保存（恢复副本时间 %3）。是否恢复？</translation>
    </message>
    <message>
        <source>The recovery copy could not be read:
%1</source>
        <translation>无法读取恢复副本：
%1</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
    <message>
        <source>A published document is read-only: make a draft first (File › New Draft).</source>
        <translation>已发布文档为只读：请先新建草稿（文件 › 新建草稿）。</translation>
    </message>
    <message>
        <source>Paste into the figures of a classification page.</source>
        <translation>请粘贴到分类页面的数字单元格中。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开文本</translation>
    </message>
    <message>
        <source>Disclosure Check</source>
        <translation>公开检查</translation>
    </message>
    <message>
        <source>check: %1 errors, %2 warnings, %3 notices</source>
        <translation>检查：错误 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
    <message>
        <source>Add Functional &amp;Line…</source>
        <translation>新增功能分类明细(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Functional Line</source>
        <translation>删除功能分类明细</translation>
    </message>
    <message>
        <source>Add Pro&amp;ject…</source>
        <translation>新增项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Remove Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>&amp;Figures Outside the Tables…</source>
        <translation>表外数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the 基本支出, 项目支出 or source cell of a 项 in the functional classification first.</source>
        <translation>请先在功能分类中选中某个项的基本支出、项目支出或资金来源单元格。</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source>Select the 项 the project belongs to first.</source>
        <translation>请先选中项目所属的项级科目。</translation>
    </message>
    <message>
        <source>Project name (under %1):</source>
        <translation>项目名称（%1 下）：</translation>
    </message>
    <message>
        <source>Select the project on the Projects page first.</source>
        <translation>请先在“项目支出”页选中项目。</translation>
    </message>
    <message>
        <source>Figures Outside the Tables</source>
        <translation>表外数据</translation>
    </message>
    <message>
        <source>Edit figures</source>
        <translation>修改表外数据</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Disclosure</source>
        <translation>打印公开文本</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files%3</source>
        <translation>已导入 %1 / %2 个文件%3</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)[*] — BudgetDesk</source>
        <translation>%1 %2 %3（%4）[*] — 预算公开工作台</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>历年对比</translation>
    </message>
    <message>
        <source>&amp;Link with a Budget or Final Accounts…</source>
        <translation>关联预算或决算(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>No budget is stored to link with.</source>
        <translation>没有可关联的已存预算。</translation>
    </message>
    <message>
        <source>No final accounts are stored to link with.</source>
        <translation>没有可关联的已存决算。</translation>
    </message>
    <message>
        <source>Compare this document with:</source>
        <translation>将本文档与以下文档对比：</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>The document could not be exported:
%1</source>
        <translation>无法导出文档：
%1</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>没有打开的文档。</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>the check finds %n error(s) in this document: see the Disclosure Check</source>
        <translation>
            <numerusform>检查发现本文档有 %n 项错误：请查看公开检查</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Remove the line %1 (%2, %3) from the draft? Undo (Ctrl+Z) brings it back.</source>
        <translation>从草稿中删除 %1（%2，%3）这一行吗？撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>These could not be read; their files are not imported:

%1</source>
        <translation>以下位置无法读取，其中的文件未导入：

%1</translation>
    </message>
    <message>
        <source>%1 was imported before, as document %2 (%3 %4).

Replace that document with this import, keep both, or skip this file?</source>
        <translation>%1 以前已导入过，即文档 %2（%3 %4）。

用本次导入替换该文档、两者都保留，还是跳过此文件？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>都保留</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Do the same for the other files imported before</source>
        <translation>其他以前导入过的文件也照此处理</translation>
    </message>
    <message>
        <source>%1 saved this document at %2, after you opened it. Your changes were not saved.</source>
        <translation>%1 在您打开本文档之后于 %2 保存了它。您的修改没有保存。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>重新载入对方版本</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>将我的版本另存为副本</translation>
    </message>
    <message>
        <source>Saved as a copy: %1 %2 (document %3).</source>
        <translation>已另存为副本：%1 %2（文档 %3）。</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1（汇总）</translation>
    </message>
    <message numerus="yes">
        <source>Consolidated %n document(s) into %1 (document %2).</source>
        <translation>
            <numerusform>已将 %n 个文档汇总为 %1（文档 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>&amp;Consolidate…</source>
        <translation>汇总(&amp;C)…</translation>
    </message>
    <message>
        <source>The members of this consolidated document cannot be read: %1</source>
        <translation>无法读取本汇总文档的成员：%1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server, as postgresql://user@host:port/database (or a database file):</source>
        <translation>团队的 PostgreSQL 服务器，格式为 postgresql://用户@主机:端口/数据库（也可以是数据库文件）：</translation>
    </message>
    <message>
        <source>Working on %1.</source>
        <translation>正在使用 %1。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Use &amp;Local Database</source>
        <translation>使用本机数据库(&amp;L)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Review Comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>您的意见：</translation>
    </message>
    <message>
        <source>Comments so far:
%1

Your comment:</source>
        <translation>已有意见：
%1

您的意见：</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审核(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pass the Draft</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Withdraw the Review</source>
        <translation>撤回审核(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>填写意见(&amp;C)…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>意见已保存。</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>已审核（%1）</translation>
    </message>
    <message>
        <source> · %1 (%2)</source>
        <translation> · %1（%2）</translation>
    </message>
    <message>
        <source>The template %1 of this document is not known.</source>
        <translation>本文档的模板 %1 未知。</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>The saved version has the same figures as yours: the two differ in text only.</source>
        <translation>已保存的版本与您的版本数字相同，只有文字不同。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the tables differ between the saved version and yours.</source>
        <translation>
            <numerusform>已保存的版本与您的版本在各表中有 %n 个数字不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Review the differences cell by cell, then reload their version (your changes are discarded) or save your version as a new draft beside it.</source>
        <translation>可以逐格查看差异，然后重新载入对方的版本（您的修改将被放弃），或者把您的版本另存为一份新的草稿。</translation>
    </message>
    <message>
        <source>Review Differences…</source>
        <translation>查看差异…</translation>
    </message>
    <message>
        <source> · read-only for you</source>
        <translation> · 您只能查看</translation>
    </message>
    <message>
        <source>The recovered changes could not be saved:
%1</source>
        <translation>恢复的修改无法保存：
%1</translation>
    </message>
    <message>
        <source>The recovered changes are kept as a new draft: the document they were made on has changed since, or is not in this database.</source>
        <translation>恢复的修改已另存为新草稿：原文档此后已被修改，或不在此数据库中。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Delete Document…</source>
        <translation>删除文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the database?</source>
        <translation>从数据库中删除“%1”？</translation>
    </message>
    <message>
        <source>Its figures, tables, 说明, review and audit trail go with it, and so do its unsaved changes. This cannot be undone.</source>
        <translation>其数字、表格、说明、审核意见和审计记录将一并删除，未保存的修改也将丢失。此操作不能撤销。</translation>
    </message>
    <message>
        <source>Its figures, tables, 说明, review and audit trail go with it. This cannot be undone.</source>
        <translation>其数字、表格、说明、审核意见和审计记录将一并删除。此操作不能撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>查找(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Disclosures (*.txt *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>公开文件 (*.txt *.pdf *.xlsx *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The folder holds no disclosure files (.txt, .pdf, .xlsx, .docx).</source>
        <translation>该文件夹中没有公开文件（.txt、.pdf、.xlsx、.docx）。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Document…</source>
        <translation>与其他文档比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Only documents of one template compare table by table.</source>
        <translation>只有同一模板的文档才能逐表比较。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>No other document of this template is stored.</source>
        <translation>数据库中没有此模板的其他文档。</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文档</translation>
    </message>
    <message>
        <source>The two documents have the same figures in every table.</source>
        <translation>两份文档各表的数字完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the tables differ.</source>
        <translation>
            <numerusform>两份文档在各表中有 %n 个数字不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (document %5)</source>
        <translation>%1 %2 %3 %4（文档 %5）</translation>
    </message>
</context>
<context>
    <name>bd::NarrativePage</name>
    <message>
        <source>Staffing: quota %1, actual %2 (in service %3, retired %4, retired cadres %5)</source>
        <translation>人员编制：编制数 %1，实有人数 %2（在职 %3，退休 %4，离休 %5）</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门概况</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>部门预算情况说明</translation>
    </message>
    <message>
        <source>Project explanations</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>名词解释</translation>
    </message>
    <message>
        <source>This document has no narrative sections.</source>
        <translation>本文档没有文字说明部分。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开文本</translation>
    </message>
    <message>
        <source>Generated vs published</source>
        <translation>生成与公开对照</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>高亮显示</translation>
    </message>
    <message>
        <source>The standard sentences of the explanation, written from the figures, beside the published paragraphs. Numbers that differ are %1.</source>
        <translation>按预算数据生成的标准说明语句，与公开文本的段落逐句对照。不一致的数字已%1。</translation>
    </message>
    <message>
        <source>%1 of %2 sentences differ from the published text; %3 have no published paragraph.</source>
        <translation>共 %2 句，其中 %1 句与公开文本不一致，%3 句在公开文本中没有对应段落。</translation>
    </message>
    <message>
        <source>Generated from the figures</source>
        <translation>按数据生成</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>No published paragraph</source>
        <translation>公开文本中无对应段落</translation>
    </message>
</context>
<context>
    <name>bd::PerformanceTargetModel</name>
    <message>
        <source>Scoring: %1</source>
        <translation>评分标准：%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>佐证资料：%1</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>部门整体：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>指标值确定依据</translation>
    </message>
    <message>
        <source>Last year&apos;s result</source>
        <translation>上年实际完成值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值权重</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: type a whole number</source>
        <translation>“%1”不是权重：请输入整数</translation>
    </message>
</context>
<context>
    <name>bd::PieChartView</name>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>bd::ProjectsModel</name>
    <message>
        <source>Published %1, derived %2</source>
        <translation>公开值 %1，推导值 %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Functional classification</source>
        <translation>功能分类科目</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Projects listed: %1, totalling %2; project expenditure %3</source>
        <translation>列出项目 %1 个，合计 %2；项目支出 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, of which %1</source>
        <translation>，其中%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No project is listed; project expenditure %1</source>
        <translation>未列出项目；项目支出 %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>bd::RecoveryStore</name>
    <message>
        <source>Cannot read the recovery file &quot;%1&quot;: %2</source>
        <translation>无法读取恢复文件“%1”：%2</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; is damaged: %2</source>
        <translation>恢复文件“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BudgetDesk recovery file</source>
        <translation>“%1”不是 BudgetDesk 恢复文件</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; has version %2, which this version cannot read</source>
        <translation>恢复文件“%1”的版本为 %2，本版本无法读取</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; holds no document</source>
        <translation>恢复文件“%1”中没有文档</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder &quot;%1&quot;</source>
        <translation>无法创建恢复文件夹“%1”</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The recovery file &quot;%1&quot; holds an invalid document: %2</source>
        <translation>恢复文件“%1”中的文档无效：%2</translation>
    </message>
</context>
<context>
    <name>bd::RevenueStructureChart</name>
    <message>
        <source>Revenue by source</source>
        <translation>收入来源结构</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>一般公共预算</translation>
    </message>
    <message>
        <source>Government funds</source>
        <translation>政府性基金预算</translation>
    </message>
    <message>
        <source>State capital operations</source>
        <translation>国有资本经营预算</translation>
    </message>
    <message>
        <source>Fiscal special accounts</source>
        <translation>财政专户管理资金</translation>
    </message>
    <message>
        <source>Unit funds</source>
        <translation>单位资金</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>事业收入</translation>
    </message>
    <message>
        <source>Subsidies from higher authorities</source>
        <translation>上级补助收入</translation>
    </message>
    <message>
        <source>Remittances from affiliated units</source>
        <translation>附属单位上缴收入</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>经营收入</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转结余</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>No revenue in this document</source>
        <translation>本文档没有收入数据</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>bd::SanGongChart</name>
    <message>
        <source>Official trips abroad, receptions and vehicles</source>
        <translation>“三公”经费</translation>
    </message>
    <message>
        <source>Official trips abroad</source>
        <translation>因公出国（境）费</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>公务接待费</translation>
    </message>
    <message>
        <source>Vehicle purchase</source>
        <translation>公务用车购置费</translation>
    </message>
    <message>
        <source>Vehicle operation</source>
        <translation>公务用车运行费</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>%1年预算</translation>
    </message>
    <message>
        <source>%1 final accounts</source>
        <translation>%1年决算</translation>
    </message>
</context>
<context>
    <name>bd::SanGongModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Official travel abroad</source>
        <translation>因公出国（境）费</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>公务接待费</translation>
    </message>
    <message>
        <source>Official vehicles: purchase and operation</source>
        <translation>公务用车购置及运行费</translation>
    </message>
    <message>
        <source>Vehicle purchase</source>
        <translation>公务用车购置费</translation>
    </message>
    <message>
        <source>Vehicle operation</source>
        <translation>公务用车运行费</translation>
    </message>
    <message>
        <source>Published %1, derived %2</source>
        <translation>公开值 %1，推导值 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减额</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减率</translation>
    </message>
    <message>
        <source>Final accounts</source>
        <translation>决算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>差额%</translation>
    </message>
</context>
<context>
    <name>bd::StoreAccess</name>
    <message>
        <source>editor</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Your account %1 reviews documents on this server: it may pass, publish and comment on them, not edit them.</source>
        <translation>您的账户 %1 在此服务器上负责审核：可以审核通过、发布文档并填写意见，但不能编辑。</translation>
    </message>
    <message>
        <source>Your account %1 may only read on this server.</source>
        <translation>您的账户 %1 在此服务器上只能查看。</translation>
    </message>
    <message>
        <source>Your account %1 edits the documents of %2 on this server, not those of %3.</source>
        <translation>您的账户 %1 在此服务器上编制的是%2的文档，不能编辑%3的文档。</translation>
    </message>
    <message>
        <source>A reviewer has passed this draft: it cannot be edited unless the review is withdrawn.</source>
        <translation>此草稿已审核通过：撤回审核前不能编辑。</translation>
    </message>
</context>
<context>
    <name>bd::TableBrowser</name>
    <message>
        <source>&amp;Table:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>Show &amp;derived</source>
        <translation>显示推导值(&amp;D)</translation>
    </message>
    <message>
        <source>Show the table as derived from the schedules instead of as published</source>
        <translation>按明细数据推导显示本表，而不是按公开发布的原表显示</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Draft: every figure is derived from the schedules</source>
        <translation>草稿：所有数字均由明细数据推导</translation>
    </message>
    <message>
        <source>Not in the published document: derived from the schedules</source>
        <translation>公开文件中没有此表：由明细数据推导</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) differ from the derivation</source>
        <translation>
            <numerusform>%n 个单元格与推导值不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not readable)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>Printed in the document but not readable (line %1: %2). Shown as derived from the schedules; its printed lines are below.</source>
        <translation>文档中印有此表，但无法读取（第 %1 行：%2）。此处显示由明细数据推导的表，下方为原文各行。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n by code</source>
        <translation>
            <numerusform>%n 行按科目编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) word for word</source>
        <translation>
            <numerusform>%n 个项目名称逐字一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) after normalising numbering, widths and synonyms</source>
        <translation>
            <numerusform>%n 个项目名称经规范化（序号、全半角、同义词）后一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by its place</source>
        <translation>
            <numerusform>%n 行按位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) under their header</source>
        <translation>
            <numerusform>%n 个数字按表头定位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in column order (the header gave no positions)</source>
        <translation>
            <numerusform>%n 个数字按列顺序放置（表头未给出位置）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in their own cell</source>
        <translation>
            <numerusform>%n 个数字取自各自单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s)</source>
        <translation>
            <numerusform>读取 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) passed over: %1</source>
        <translation>
            <numerusform>；略过 %n 行：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ValidationPanel</name>
    <message>
        <source>No problems found: the document passes every rule of the check.</source>
        <translation>未发现问题：本文档通过了全部检查规则。</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>没有打开的文档。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>bd::Validator</name>
    <message>
        <source> and %1 %2 the table does not list</source>
        <translation> 及表中未列示的 %1 %2</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3 add up to %4 (difference %5)%6</source>
        <translation>%1：填列数为 %2，但%3合计为 %4（差额 %5）%6</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3, which holds the same money, is %4 (difference %5)%6</source>
        <translation>%1：填列数为 %2，但口径相同的 %3 为 %4（差额 %5）%6</translation>
    </message>
    <message>
        <source>the %1 rows under it</source>
        <translation>其下 %1 行</translation>
    </message>
    <message>
        <source>the %1 rows it totals</source>
        <translation>其汇总的 %1 行</translation>
    </message>
    <message>
        <source>%1: income total %2, but the expenditure total (%3) is %4 (difference %5)%6</source>
        <translation>%1：收入总计为 %2，但支出总计（%3）为 %4（差额 %5）%6</translation>
    </message>
    <message>
        <source>Narrative, line %1: %2 %3 %4, but %5 add up to %6 (difference %7)%8</source>
        <translation>说明第 %1 行：%2 %3 %4，但%5合计为 %6（差额 %7）%8</translation>
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
        <translation>表%1（%2）“%3”行</translation>
    </message>
    <message>
        <source>the 功能分类 line %1 %2 (%3, %4)</source>
        <translation>功能分类明细 %1 %2（%3，%4）</translation>
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
        <translation>经济分类明细 %1 %2</translation>
    </message>
    <message>
        <source>the project %1</source>
        <translation>项目“%1”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 code (类 3 digits, 款 5, 项 7%4)</source>
        <translation>%1：“%2”不是有效的%3科目编码（类 3 位、款 5 位、项 7 位%4）</translation>
    </message>
    <message>
        <source>; 经济分类 has no 项</source>
        <translation>；经济分类没有项级</translation>
    </message>
    <message>
        <source>%1: %2 %3 stops at the %4 level; %5 must be shown down to the %6</source>
        <translation>%1：%2 %3 只列到%4级；%5应公开到%6级</translation>
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
        <translation>%1：科目编码 %2 不在 %4 年%3科目表中</translation>
    </message>
    <message>
        <source>%1: %2 is named &quot;%3&quot;, but the %4 catalogue of %5 names it &quot;%6&quot;</source>
        <translation>%1：%2 的名称为“%3”，但 %5 年%4科目表中的名称为“%6”</translation>
    </message>
    <message>
        <source>table %1 (%2), row %3 %4: the table has no row %5 for it to sit under</source>
        <translation>表%1（%2）“%3 %4”行：表中没有其上级科目 %5 的行</translation>
    </message>
    <message>
        <source>Table %1 (%2) of the template %3 is missing from the document</source>
        <translation>文档缺少模板“%3”规定的表%1（%2）</translation>
    </message>
    <message>
        <source>Table %1 (%2) is empty and carries no note saying why</source>
        <translation>表%1（%2）为空表，但没有说明为空的原因</translation>
    </message>
    <message>
        <source>Table %1 (%2) is empty and the template gives no note for it: add one saying why</source>
        <translation>表%1（%2）为空表，模板未提供空表说明：请补充说明为空的原因</translation>
    </message>
    <message>
        <source>Table %1 (%2) carries the note &quot;%3&quot;, but %4</source>
        <translation>表%1（%2）注明“%3”，但%4</translation>
    </message>
    <message>
        <source>the table has figures</source>
        <translation>表中有数据</translation>
    </message>
    <message>
        <source>the other tables hold %1 %2 for it</source>
        <translation>其他表中该表口径的金额为 %1 %2</translation>
    </message>
    <message>
        <source>Table %1 (%2): the note reads &quot;%3&quot;; the template words it &quot;%4&quot;</source>
        <translation>表%1（%2）：空表说明为“%3”；模板的表述为“%4”</translation>
    </message>
    <message>
        <source>部门概况 (overview)</source>
        <translation>部门概况</translation>
    </message>
    <message>
        <source>预算情况说明 (explanation of the tables)</source>
        <translation>预算情况说明</translation>
    </message>
    <message>
        <source>名词解释 (glossary)</source>
        <translation>名词解释</translation>
    </message>
    <message>
        <source>项目经费情况说明 (project explanations)</source>
        <translation>项目经费情况说明</translation>
    </message>
    <message>
        <source>The narrative has no %1 section, which the template %2 requires</source>
        <translation>说明部分缺少模板“%2”要求的“%1”</translation>
    </message>
    <message>
        <source>%1: printed %2, but %3 prints %4 for the same money (difference %5)%6</source>
        <translation>%1：填列数为 %2，但口径相同的%3为 %4（差额 %5）%6</translation>
    </message>
    <message>
        <source>the 经济分类 schedule</source>
        <translation>经济分类明细</translation>
    </message>
    <message>
        <source>; less is possible only when some units are not administrative</source>
        <translation>；仅当部分单位不是行政单位时才可能小于公用经费</translation>
    </message>
    <message>
        <source>部门整体绩效目标表 (overall performance targets)</source>
        <translation>部门整体绩效目标表</translation>
    </message>
    <message>
        <source>项目支出绩效目标表 %1 (project performance targets)</source>
        <translation>项目支出绩效目标表（%1）</translation>
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
        <translation>明细数据</translation>
    </message>
    <message>
        <source>; its 财政资金 %1 万元 is not the 财政拨款 %2 万元</source>
        <translation>；其财政资金 %1 万元与财政拨款 %2 万元不符</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2</source>
        <translation>说明（%1）第 %2 行</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 万元 for %4, more than the %5 万元 in %6%7%8</source>
        <translation>%1：“%2”中%4为 %3 万元，超过%6的 %5 万元%7%8</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 万元 for %4, but the figure in %6 is %5 万元%7%8</source>
        <translation>%1：“%2”中%4为 %3 万元，但%6为 %5 万元%7%8</translation>
    </message>
    <message>
        <source> (difference %1)</source>
        <translation>（差额 %1）</translation>
    </message>
    <message>
        <source>%1: “%2” states a share of %3 for %4, but %5 / %6 (%7) = %8%9</source>
        <translation>%1：“%2”中%4占比为 %3，但 %5 / %6（%7）= %8%9</translation>
    </message>
    <message>
        <source>%1: “%2” states a change of %3 万元 against last year for %4, but this year&apos;s %5 − last year&apos;s %6 = %7 万元%8</source>
        <translation>%1：“%2”中%4比上年增减 %3 万元，但本年 %5 − 上年 %6 = %7 万元%8</translation>
    </message>
    <message>
        <source>%1: “%2” states a growth of %3 for %4, but (%5 − %6) / %6 = %7%8</source>
        <translation>%1：“%2”中%4增长率为 %3，但（%5 − %6）/ %6 = %7%8</translation>
    </message>
    <message>
        <source>; last year is %1, and only a date of the accounts (截至…) may be earlier</source>
        <translation>；上年为 %1 年，更早的年份只能用于资产等截止日期（截至…）</translation>
    </message>
    <message>
        <source>%1: “%2” names the year %3 in the %4 budget%5</source>
        <translation>%1：%4 年预算中“%2”提到 %3 年%5</translation>
    </message>
    <message>
        <source>%1: “%2” names the %3 “%4”, which neither the 功能分类 catalogue of %5 nor the document&apos;s tables know%6</source>
        <translation>%1：“%2”中的%3“%4”%6既不在 %5 年功能分类科目表中，也不在本文档的表中</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation>（“%1”之下）</translation>
    </message>
    <message>
        <source>%1: “%2” names %3, under which the document&apos;s tables hold no money</source>
        <translation>%1：“%2”对应科目 %3，但本文档各表在该科目下没有金额</translation>
    </message>
    <message>
        <source>%1: “%2” quotes code %3, which the 功能分类 catalogue of %4 names “%5”</source>
        <translation>%1：“%2”引用的科目编码 %3 在 %4 年功能分类科目表中名为“%5”</translation>
    </message>
    <message>
        <source>Table %1 (%2), note</source>
        <translation>表%1（%2）的说明</translation>
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
        <translation>%1 第 %2 行指标“%3”：缺少%4</translation>
    </message>
    <message>
        <source>%1, line %2, indicator “%3”: the 指标值 is empty</source>
        <translation>%1 第 %2 行指标“%3”：指标值为空</translation>
    </message>
    <message>
        <source>; without a weight: %1</source>
        <translation>；未填权重的指标：%1</translation>
    </message>
    <message>
        <source>table %1 (%2), row %3, column %4</source>
        <translation>表%1（%2）“%3”行“%4”列</translation>
    </message>
    <message>
        <source> (within the rounding of the %1 printed figures involved)</source>
        <translation>（在所涉 %1 个填列数的四舍五入误差之内）</translation>
    </message>
    <message>
        <source>every table of the template is in the document</source>
        <translation>模板规定的每张表都已公开</translation>
    </message>
    <message>
        <source>an empty table carries its note, worded as the template words it</source>
        <translation>空表附有按模板表述的空表说明</translation>
    </message>
    <message>
        <source>a table said to be empty (by its note or the narrative) holds no money</source>
        <translation>注明（或说明中称）为空表的表确实没有金额</translation>
    </message>
    <message>
        <source>the narrative has every section the template requires</source>
        <translation>说明部分包含模板要求的各部分</translation>
    </message>
    <message>
        <source>功能分类 is shown down to the 项</source>
        <translation>功能分类公开到项级</translation>
    </message>
    <message>
        <source>经济分类 is shown down to the 款</source>
        <translation>经济分类公开到款级</translation>
    </message>
    <message>
        <source>codes have 3, 5 or 7 digits</source>
        <translation>科目编码为 3、5 或 7 位数字</translation>
    </message>
    <message>
        <source>every 款/项 row sits under the row of its parent code</source>
        <translation>每个款、项行都列在其上级科目行之下</translation>
    </message>
    <message>
        <source>codes are in the year&apos;s catalogue</source>
        <translation>科目编码在当年科目表中</translation>
    </message>
    <message>
        <source>codes are named as the year&apos;s catalogue names them</source>
        <translation>科目名称与当年科目表一致</translation>
    </message>
    <message>
        <source>收入总计 = 支出总计</source>
        <translation>收入总计 = 支出总计</translation>
    </message>
    <message>
        <source>a row is the sum of the rows under it; a total of the rows it totals</source>
        <translation>上级行等于其下各行之和，合计行等于其汇总各行之和</translation>
    </message>
    <message>
        <source>a column is the sum of the columns it splits into (合计 = Σ sources, 项目支出合计 = Σ 经济分类)</source>
        <translation>合计列等于其细分各列之和（合计 = 各资金来源之和，项目支出合计 = 各经济分类之和）</translation>
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
        <translation>多张表列示的同一合计数（分资金来源、基本/项目）各处一致</translation>
    </message>
    <message>
        <source>a 类/款/项 printed in several tables has the same figure everywhere</source>
        <translation>多张表列示的同一类、款、项金额各处一致</translation>
    </message>
    <message>
        <source>一般公共预算基本支出 = the total of the 经济分类 table</source>
        <translation>一般公共预算基本支出 = 经济分类表合计</translation>
    </message>
    <message>
        <source>一般公共预算项目支出 = the projects table, per 类/款 and in total</source>
        <translation>一般公共预算项目支出 = 项目支出表（分类、款及合计）</translation>
    </message>
    <message>
        <source>机关运行经费 = 公用经费 (less is a warning: units that are not administrative)</source>
        <translation>机关运行经费 = 公用经费（小于公用经费时提示警告：可能含非行政单位）</translation>
    </message>
    <message>
        <source>performance targets&apos; funds equal their parts and the budget</source>
        <translation>绩效目标的资金等于其各资金来源之和及部门预算</translation>
    </message>
    <message>
        <source>an amount in the narrative is the figure of the tables</source>
        <translation>说明中的金额与表中数据一致</translation>
    </message>
    <message>
        <source>a share (占 x%) is the part over the right whole</source>
        <translation>占比（占 x%）等于该项除以相应总数</translation>
    </message>
    <message>
        <source>增加/减少 X = this year − last year</source>
        <translation>增加/减少 X = 本年 − 上年</translation>
    </message>
    <message>
        <source>增长/下降 x% = change / last year</source>
        <translation>增长/下降 x% = 增减额 / 上年</translation>
    </message>
    <message>
        <source>years are the budget year, or last year where the text says so</source>
        <translation>年份为预算年度，与上年比较时为上年</translation>
    </message>
    <message>
        <source>类/款/项 named in the narrative exist in the catalogue and the document</source>
        <translation>说明中提到的类、款、项在科目表和本文档中存在</translation>
    </message>
    <message>
        <source>every indicator has its 一级/二级/三级指标</source>
        <translation>每个指标都有一级、二级、三级指标</translation>
    </message>
    <message>
        <source>every indicator has its 指标值</source>
        <translation>每个指标都填有指标值</translation>
    </message>
    <message>
        <source>the weights of a target table add up to 100</source>
        <translation>绩效目标表的分值权重合计为 100</translation>
    </message>
    <message>
        <source>; last year (%1) belongs in a comparison (比上年…, 比 %1 年…)</source>
        <translation>；上年（%1 年）只应出现在与上年的比较中（比上年…、比 %1 年…）</translation>
    </message>
    <message>
        <source>Table %1 (%2) is printed but could not be read (line %3: %4); it is kept as printed, and the checks that need it are left out</source>
        <translation>表%1（%2）已刊印但无法读取（第 %3 行：%4）；已按原样保留，依赖该表的检查未执行</translation>
    </message>
    <message>
        <source>%1: code %2 is not in the bundled %3 catalogue of %4; it is well formed and lies under %5 %6, so it is kept as printed</source>
        <translation>%1：科目编码 %2 不在程序自带的 %4 年%3科目表中；编码格式正确，属于 %5 %6，按原样保留</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 where the text should be: “…%4…”</source>
        <translation>%1：“%2”是%3，应填写正文：“…%4…”</translation>
    </message>
    <message>
        <source>a placeholder</source>
        <translation>未填写的模板占位符</translation>
    </message>
    <message>
        <source>a mark of unfinished editing</source>
        <translation>未完成编辑的标记</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Table %1 (%2), its note</source>
        <translation>表%1（%2）的注释</translation>
    </message>
    <message>
        <source>no template text is left unfilled (XX, ××, {单位}, 待填写)</source>
        <translation>没有未填写的模板文字（XX、××、{单位}、待填写）</translation>
    </message>
    <message>
        <source>no mark of unfinished editing is left (TBD, N/A, （略）, ……)</source>
        <translation>没有遗留的未完成编辑标记（TBD、N/A、（略）、……）</translation>
    </message>
    <message>
        <source>an increase of</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>a decrease of</source>
        <translation>减少</translation>
    </message>
    <message>
        <source>a rate of change follows from the two figures its sentence states (上年预算执行数 or 上年预算, and this year&apos;s)</source>
        <translation>增减比例与同一句所述的两个数（上年预算执行数或上年预算，及本年数）相符</translation>
    </message>
    <message>
        <source>nothing increases to zero</source>
        <translation>不会“增加”到零</translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation>“%1”重复书写</translation>
    </message>
    <message>
        <source>the text is unfinished at “%1”</source>
        <translation>文字在“%1”处未完成</translation>
    </message>
    <message>
        <source>%1 and %2 do not pair up (%3 against %4)</source>
        <translation>%1 与 %2 不成对（%3 个对 %4 个）</translation>
    </message>
    <message>
        <source>no word is written twice (预算预算)</source>
        <translation>没有重复书写的词（预算预算）</translation>
    </message>
    <message>
        <source>Table %1 (%2) carries the note of table %3 (%4), &quot;%5&quot;; its own reads &quot;%6&quot;</source>
        <translation>表%1（%2）的注释是表%3（%4）的注释“%5”；本表的注释应为“%6”</translation>
    </message>
    <message>
        <source>Line %1: “%2” makes last year&apos;s figure %3 万元, below zero</source>
        <translation>第 %1 行：“%2”推算出的上年数为 %3 万元，小于零</translation>
    </message>
    <message>
        <source>every change in the 预算编制说明 and the 三公 说明 gives its reason</source>
        <translation>预算编制说明与三公经费说明中的每项增减都说明原因</translation>
    </message>
    <message>
        <source>the share reserved for 中小企业</source>
        <translation>面向中小企业预留的金额</translation>
    </message>
    <message>
        <source>the 政府采购预算</source>
        <translation>政府采购预算</translation>
    </message>
    <message>
        <source>the share reserved for 小型和微型企业</source>
        <translation>预留给小型和微型企业的金额</translation>
    </message>
    <message>
        <source>an item of the 说明 states its amount once, or the same twice</source>
        <translation>说明中的每项金额只写一次，或前后一致</translation>
    </message>
    <message>
        <source>the 中小企业 share of 政府采购 is within the 政府采购预算, the 小微 share within that</source>
        <translation>面向中小企业预留的金额不超过政府采购预算，预留给小微企业的不超过前者</translation>
    </message>
    <message>
        <source>The narrative has no section %1, which the template %2 requires</source>
        <translation>说明中缺少模板 %2 要求的“%1”一节</translation>
    </message>
    <message>
        <source> (the printed share is cut off, not rounded)</source>
        <translation>（所印比例为截尾而非四舍五入）</translation>
    </message>
    <message>
        <source>Narrative, line %1: “%2”</source>
        <translation>说明第 %1 行：“%2”</translation>
    </message>
    <message>
        <source> (within the rounding of the printed figures)</source>
        <translation>（在所印数字的四舍五入范围内）</translation>
    </message>
    <message>
        <source> (the printed rate is cut off, not rounded)</source>
        <translation>（所印比率为截尾而非四舍五入）</translation>
    </message>
    <message>
        <source>; %1 is the rate of the %2 of %3</source>
        <translation>；%1 是 %3 的%2的完成率</translation>
    </message>
    <message>
        <source>budget as adjusted (全年预算)</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <source>budget at the start of the year (年初预算)</source>
        <translation>年初预算</translation>
    </message>
    <message>
        <source>%1 states a completion of %2, but %3 / %4 = %5%6</source>
        <translation>%1 称完成 %2，但 %3 / %4 = %5%6</translation>
    </message>
    <message>
        <source>%1 states a completion of %2 of a budget of 0%3</source>
        <translation>%1 称完成预算 0 的 %2%3</translation>
    </message>
    <message>
        <source>%1 states a 决算 of %2, but %3 prints %4 (difference %5)%6</source>
        <translation>%1 称决算为 %2，但 %3 所印为 %4（相差 %5）%6</translation>
    </message>
    <message>
        <source>%1 states a 年初预算 of %2, but %3 prints %4 (difference %5)</source>
        <translation>%1 称年初预算为 %2，但 %3 所印为 %4（相差 %5）</translation>
    </message>
    <message>
        <source>%1: the 决算 (%2) differs from the budget (%3), but no reason is given</source>
        <translation>%1：决算（%2）与预算（%3）不同，但未说明原因</translation>
    </message>
    <message>
        <source>%1 states a %2 of %3, but the %4 lines under it add up to %5 (difference %6)%7</source>
        <translation>%1 称%2为 %3，但其下 %4 项合计为 %5（相差 %6）%7</translation>
    </message>
    <message>
        <source>%1 names no 项 of the tables, and its 决算 of %2 is none of theirs under that 类</source>
        <translation>%1 所列的项不在各表中，其决算 %2 也不是该类下任何一项的数</translation>
    </message>
    <message>
        <source>a final account&apos;s 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and 本年支出合计 + 结余分配 + 年末结转和结余</source>
        <translation>决算的总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余，也 = 本年支出合计 + 结余分配 + 年末结转和结余</translation>
    </message>
    <message>
        <source>a completion rate (完成年初预算的 x%) is the 决算 over the budget it names</source>
        <translation>完成率（完成年初预算的 x%）等于决算除以所称的预算</translation>
    </message>
    <message>
        <source>a 决算 stated in the 说明 is the tables&apos; figure</source>
        <translation>说明中的决算数与表中数字一致</translation>
    </message>
    <message>
        <source>the 三公 年初预算 stated in the 说明 is the table&apos;s 预算数</source>
        <translation>说明中的“三公”年初预算与表中预算数一致</translation>
    </message>
    <message>
        <source>the 项 of the execution statements add up to their total, budget and 决算</source>
        <translation>各项执行情况的预算数与决算数之和等于总数</translation>
    </message>
    <message>
        <source>a 决算 that differs from its budget gives the reason</source>
        <translation>决算与预算不同时说明原因</translation>
    </message>
    <message>
        <source>an execution statement names a 项 of the tables</source>
        <translation>执行情况所列的项是表中的项</translation>
    </message>
    <message>
        <source>the 年初预算 a final account&apos;s 说明 states is the stored budget&apos;s</source>
        <translation>决算说明所述年初预算与已存的预算一致</translation>
    </message>
    <message>
        <source>%1: the 说明 states a 年初预算 of %2 万元, but the stored budget of %3 (document %4) has %5 万元 (difference %6)</source>
        <translation>%1：说明所述年初预算为 %2 万元，但已存的 %3 年预算（文档 %4）为 %5 万元（相差 %6）</translation>
    </message>
    <message>
        <source>; %1 万元 is what %2 prints</source>
        <translation>；%1 万元是%2所印的数</translation>
    </message>
    <message>
        <source>a half-width comma where the text writes ，</source>
        <translation>用了半角逗号，应为“，”</translation>
    </message>
    <message>
        <source>the paragraph ends without its full stop</source>
        <translation>段落结尾缺少句号</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2: the paragraph of line %3 is printed again: “%4…”</source>
        <translation>说明（%1）第 %2 行：第 %3 行的段落重复印出：“%4…”</translation>
    </message>
    <message>
        <source>Narrative (%1), lines %2–%3: the %4 paragraphs of lines %5–%6 are printed again, from “%7…”</source>
        <translation>说明（%1）第 %2–%3 行：第 %5–%6 行的 %4 段重复印出，自“%7…”起</translation>
    </message>
    <message>
        <source>%1: “%2” is the former name of 类 %3, which the %4 catalogue calls “%5”</source>
        <translation>%1：“%2”是类 %3 的旧称，%4 年科目表称为“%5”</translation>
    </message>
    <message>
        <source>no text is left unfinished: doubled punctuation, an empty reason, 增加（减少）, brackets that do not pair up, a paragraph without its full stop</source>
        <translation>没有未完成的文字：重复标点、空缺的原因、增加（减少）、不成对的括号、缺少句号的段落</translation>
    </message>
    <message>
        <source>no passage of the narrative is printed twice</source>
        <translation>说明中没有重复印出的段落</translation>
    </message>
    <message>
        <source>a 类 is called by the year&apos;s name, not the one it had before (医疗卫生与计划生育支出)</source>
        <translation>类级科目使用当年名称，而非旧称（医疗卫生与计划生育支出）</translation>
    </message>
    <message>
        <source>a comma between Chinese text and a figure is the full-width ，</source>
        <translation>中文与数字之间的逗号为全角“，”</translation>
    </message>
    <message>
        <source>Table %1 (%2), line %3: %4</source>
        <translation>表%1（%2）第 %3 行：%4</translation>
    </message>
    <message>
        <source>the table does not say who compiled it (%1：…), as the other tables do</source>
        <translation>本表未写明编制者（%1：…），其他各表均已写明</translation>
    </message>
    <message>
        <source>it says “%1” where the template %2 says “%3”</source>
        <translation>本表写作“%1”，模板 %2 应为“%3”</translation>
    </message>
    <message>
        <source>it is compiled by “%1”, but the document is “%2”&apos;s</source>
        <translation>编制者为“%1”，但本文档属于“%2”</translation>
    </message>
    <message>
        <source>every table says who compiled it, 编制部门 in a department&apos;s disclosure, 编制单位 in a unit&apos;s</source>
        <translation>每张表写明编制者：部门预算写“编制部门”，单位预算写“编制单位”</translation>
    </message>
    <message>
        <source>every table is compiled by the document&apos;s department, named as the document names it</source>
        <translation>每张表的编制者为本文档的部门，名称与文档一致</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8: the number is right, the unit wrong</source>
        <translation>%1：“%2”称%5为 %3 %4，但%6为 %7 %8：数字相同，单位错误</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8 (difference %9)</source>
        <translation>%1：“%2”称%5为 %3 %4，但%6为 %7 %8（相差 %9）</translation>
    </message>
    <message>
        <source>an amount of the narrative is in the unit of the tables&apos; figure (万元, not 元)</source>
        <translation>说明中的金额与表中数据单位一致（万元而非元）</translation>
    </message>
    <message>
        <source>Line %1, “%2”: %3</source>
        <translation>第 %1 行“%2”：%3</translation>
    </message>
    <message>
        <source>names the year %1 in the document of %2</source>
        <translation>写的是 %1 年，而本文档为 %2 年</translation>
    </message>
    <message>
        <source>the contents list table %1 a second time</source>
        <translation>目录第二次列出表%1</translation>
    </message>
    <message>
        <source>the contents list table %1, which the document does not print</source>
        <translation>目录列出了表%1，但文档中没有该表</translation>
    </message>
    <message>
        <source>The contents (line %1) list %2 tables but not table %3 (%4), which the document prints</source>
        <translation>目录（第 %1 行）列出 %2 张表，但未列出文档中的表%3（%4）</translation>
    </message>
    <message>
        <source>the titles of the tables, the parts and the contents carry the document&apos;s year, where they carry one</source>
        <translation>表、各部分及目录的标题如写年度，须为本文档年度</translation>
    </message>
    <message>
        <source>the contents list every table the document prints, once</source>
        <translation>目录逐一列出文档中的每张表，且只列一次</translation>
    </message>
    <message>
        <source>it says %1 where the template %2 speaks of its %3</source>
        <translation>写作“%1”，模板 %2 应称“%3”</translation>
    </message>
    <message>
        <source>the cover names “%1”, but the tables are compiled by “%2”</source>
        <translation>封面写的是“%1”，但各表的编制者为“%2”</translation>
    </message>
    <message>
        <source>Narrative (%1), line %2: income is said to change by “%3” (line %4) and expenditure by “%5” (line %6), though a budget&apos;s income and expenditure are one sum</source>
        <translation>说明（%1）第 %2 行：收入称“%3”（第 %4 行），支出称“%5”（第 %6 行），而预算的收入与支出总额相等，增减方向应一致</translation>
    </message>
    <message>
        <source>a budget&apos;s income and expenditure change in the same direction</source>
        <translation>预算收入与支出的增减方向一致</translation>
    </message>
    <message>
        <source>the text names the department “%1”, but the document is “%2”&apos;s</source>
        <translation>正文所称部门为“%1”，但本文档属于“%2”</translation>
    </message>
    <message>
        <source>the title of table %1 is printed again after the table (line %2); what follows it up to the next table is not read</source>
        <translation>表%1的标题在该表（第 %2 行）之后再次出现；其后至下一张表之间的内容未读取</translation>
    </message>
    <message>
        <source>a table&apos;s title is printed once in the body</source>
        <translation>表标题在正文中只出现一次</translation>
    </message>
    <message>
        <source>names no year, where the template %1 titles the table “%2”</source>
        <translation>未写年度，模板 %1 的表标题为“%2”</translation>
    </message>
    <message>
        <source>every table printed can be read (one that cannot is kept as printed)</source>
        <translation>所印各表均可读取（无法读取的表按原样保留）</translation>
    </message>
    <message>
        <source>the paragraph is another year&apos;s text and still needs rewriting</source>
        <translation>该段落是上一年度的文字，仍需改写</translation>
    </message>
    <message>
        <source>no paragraph a new year&apos;s draft carried over from the old year&apos;s text (marked 【待改写】) is left unrewritten</source>
        <translation>新年度草稿从上年文本沿用的段落（标有【待改写】）均已改写</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>&quot;Three public&quot; expenses</source>
        <translation>“三公”经费</translation>
    </message>
    <message>
        <source>Operating costs (机关运行经费)</source>
        <translation>机关运行经费</translation>
    </message>
    <message>
        <source>%1: the department&apos;s own budget (document %2) has %3 万元, but its units add up to %4 万元 (difference %5)</source>
        <translation>%1：部门本身的预算（文档 %2）为 %3 万元，但其所属单位合计为 %4 万元（差额 %5）</translation>
    </message>
    <message>
        <source>%1: stated %2 万元, but the 公用经费 in %3 is %4 万元 (difference %5)%6%7</source>
        <translation>%1：填报 %2 万元，但%3的公用经费为 %4 万元（差额 %5）%6%7</translation>
    </message>
    <message>
        <source>%1: 资金总额 %2 万元, but its sources add up to %3 万元 (%4; difference %5)%6</source>
        <translation>%1：资金总额为 %2 万元，但各资金来源合计为 %3 万元（%4；差额 %5）%6</translation>
    </message>
    <message>
        <source>%1: its funds add up to %2 万元 (%3), but the department&apos;s budget is %4 万元 (财政拨款 %5 + 其他 %6) in %7 (difference %8)%9</source>
        <translation>%1：资金合计 %2 万元（%3），但部门预算为 %4 万元（财政拨款 %5 + 其他 %6，见%7）（差额 %8）%9</translation>
    </message>
    <message>
        <source>%1: its funds add up to %2 万元, but the project&apos;s budget is %3 万元 (difference %4)%5</source>
        <translation>%1：资金合计 %2 万元，但该项目预算为 %3 万元（差额 %4）%5</translation>
    </message>
    <message>
        <source>%1 has no indicators</source>
        <translation>%1没有绩效指标</translation>
    </message>
    <message>
        <source>%1: the weights (分值权重) of its %2 indicators add up to %3, not 100%4</source>
        <translation>%1：%2 个指标的分值权重合计为 %3，不是 100%4</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 %4 from %5 to %6 万元, which is %7 %8</source>
        <translation>%1：“%2”称由 %5 万元到 %6 万元%3 %4，实为%7 %8</translation>
    </message>
    <message>
        <source>%1: “%2” says a figure of 0 万元 increased by %3 万元: last year&apos;s would have been −%3 万元</source>
        <translation>%1：“%2”称 0 万元比上年增加 %3 万元，则上年应为 −%3 万元</translation>
    </message>
    <message>
        <source>%1: “%2” says “%3”: a change and no change at once</source>
        <translation>%1：“%2”称“%3”：既有增减又持平</translation>
    </message>
    <message>
        <source>%1: the item states %2 万元 (“…%3”) and then %4 万元 (“%5”)</source>
        <translation>%1：该项先写 %2 万元（“…%3”），后写 %4 万元（“%5”）</translation>
    </message>
    <message>
        <source>%1: %2 (%3 万元) is more than %4 (%5 万元)</source>
        <translation>%1：%2（%3 万元）大于%4（%5 万元）</translation>
    </message>
    <message>
        <source>%1: %2: “…%3…”</source>
        <translation>%1：%2：“…%3…”</translation>
    </message>
    <message>
        <source>%1: “%2” states %3 but gives no reason (主要原因是…)</source>
        <translation>%1：“%2”写明%3，但未说明原因（主要原因是…）</translation>
    </message>
    <message>
        <source>%1: says table %2 (%3) is empty, but it holds %4 %5</source>
        <translation>%1：称表%2（%3）为空表，但该表金额为 %4 %5</translation>
    </message>
    <message>
        <source>Narrative (%1)</source>
        <translation>说明（%1）</translation>
    </message>
</context>
<context>
    <name>bd::YearOnYearChart</name>
    <message>
        <source>General public budget expenditure, year on year</source>
        <translation>一般公共预算支出同比变化</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>%1年预算</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1（%2%3）</translation>
    </message>
    <message>
        <source>No prior-year figures in this document</source>
        <translation>本文档没有上年数据</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Department budget disclosures</source>
        <translation>部门预算公开</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Document to open</source>
        <translation>要打开的文档</translation>
    </message>
    <message>
        <source>Save a picture of the window to a file and quit</source>
        <translation>将窗口截图保存到文件后退出</translation>
    </message>
    <message>
        <source>BudgetDesk</source>
        <translation>预算公开工作台</translation>
    </message>
    <message>
        <source>The document database could not be opened:
%1</source>
        <translation>无法打开文档数据库：
%1</translation>
    </message>
    <message>
        <source>Page to show (1–8)</source>
        <translation>要显示的页面（1–8）</translation>
    </message>
    <message>
        <source>Disclosure table to show</source>
        <translation>要显示的公开表</translation>
    </message>
    <message>
        <source>Functional classification code to select</source>
        <translation>要选中的功能分类科目编码</translation>
    </message>
    <message>
        <source>%1 Working on the local database.</source>
        <translation>%1 现使用本机数据库。</translation>
    </message>
    <message>
        <source>Upgrading the document database for this version of BudgetDesk…</source>
        <translation>正在为此版本的预算公开工作台升级文档数据库…</translation>
    </message>
</context>
</TS>
