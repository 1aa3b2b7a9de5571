<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>bd::DocumentSession</name>
    <message>
        <source>The document uses the template &quot;%1&quot;, which this version does not know.</source>
        <translation>该文档使用模板“%1”，当前版本无法识别该模板。</translation>
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
        <source>%1 %2 — BudgetDesk</source>
        <translation>%1 %2年 — 预算公开工作台</translation>
    </message>
    <message>
        <source>Import Disclosure</source>
        <translation>导入公开文件</translation>
    </message>
    <message>
        <source>Disclosure text (*.txt);;All files (*)</source>
        <translation>公开文本 (*.txt);;所有文件 (*)</translation>
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
        <translation>&lt;b&gt;预算公开工作台 %1&lt;/b&gt;&lt;p&gt;部门预算公开：打开、浏览、审核和导出。&lt;/p&gt;</translation>
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
        <source>draft: all tables derived</source>
        <translation>草稿：各表均由明细推导</translation>
    </message>
    <message>
        <source>published tables agree with the derivation</source>
        <translation>公开表与推导值一致</translation>
    </message>
    <message>
        <source>%1 material and %2 rounding differences from the derivation</source>
        <translation>与推导值有 %1 处实质差异、%2 处尾差</translation>
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
</context>
</TS>
