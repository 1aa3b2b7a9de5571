#include "CommandLine.h"
#include "consolidation/Consolidation.h"

#include "DocumentExport.h"
#include "DocumentSeeder.h"
#include "charts/ChartExporter.h"
#include "editing/DocumentSession.h"
#include "editing/DraftFactory.h"
#include "import/DisclosureImporter.h"
#include "import/ImportBatch.h"
#include "store/DocumentStore.h"
#include "tables/ExecutionTable.h"
#include "tables/TableDeriver.h"
#include "validation/Validator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace bd {

namespace {

enum Exit { Clean = 0, Warnings = 1, Errors = 2, Unreadable = 3, Usage = 64 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// A message on stderr, after the program's name, in the interface language (the caller's tr()).
void say(const QString &message)
{
    err() << "budgetdesk: " << message << "\n";
}

// A subcommand's arguments, read by QCommandLineParser: positional arguments, --name value
// (or --name=value) for the valued options, --flag for the others; anything else is an error.
struct Options
{
    QStringList positional;
    QMap<QString, QString> values;
    QStringList flags;
    QString error;

    Options(const QString &command, const QStringList &args, const QStringList &valued, const QStringList &boolean)
    {
        QCommandLineParser parser;
        for (const QString &name : valued)
            parser.addOption(QCommandLineOption(name, QString(), name));
        for (const QString &name : boolean)
            parser.addOption(QCommandLineOption(name));
        if (!parser.parse(QStringList{QStringLiteral("budgetdesk ") + command} + args)) {
            error = parser.errorText();
            return;
        }
        positional = parser.positionalArguments();
        for (const QString &name : valued)
            if (parser.isSet(name))
                values.insert(name, parser.value(name));
        for (const QString &name : boolean)
            if (parser.isSet(name))
                flags.append(name);
    }
    QString value(const QString &name, const QString &fallback = QString()) const { return values.value(name, fallback); }
};

int usage(const QString &problem = QString())
{
    if (!problem.isEmpty())
        say(problem);
    err() << CommandLine::tr("usage:\n"
             "  budgetdesk                          open the window on the default document\n"
             "  budgetdesk import FILE|FOLDER... [--duplicates skip|replace|keep] [--db PATH]\n"
             "                                      (.txt, .pdf, .xlsx, .docx; folders recursively; a file imported\n"
             "                                      before is skipped unless replaced or kept twice)\n"
             "  budgetdesk text FILE                the lines the importer reads from a .txt, .pdf, .xlsx or .docx\n"
             "                                      (the line numbers of import errors count these lines)\n"
             "  budgetdesk list [--offset N] [--limit N] [--db PATH] [--format text|json]\n"
             "                                      by department, year and id; a page of N from the\n"
             "                                      offset on (from 0) with --limit\n"
             "  budgetdesk show ID --table N [--derived] [--format tsv|json] [--db PATH]\n"
             "  budgetdesk check FILE|ID [--format text|json] [--db PATH]\n"
             "  budgetdesk export ID --format csv|json|fdp|xlsx|pdf --out PATH [--db PATH]\n"
             "                                      csv, fdp: PATH is a folder; json, xlsx, pdf: a file\n"
             "  budgetdesk export-charts ID --out DIR --format png|svg|pdf [--size WxH] [--dpi N] [--db PATH]\n"
             "  budgetdesk execution ID [--format tsv|json] [--db PATH]\n"
             "                                      执行情况 of a final account (决算), or of a budget's final account\n"
             "  budgetdesk history DEPARTMENT [--format tsv|json] [--db PATH]\n"
             "                                      历年对比: a department's budgets and final accounts over the years\n"
             "  budgetdesk draft ID [--year N] [--db PATH]   a draft of a document (next year's with --year);\n"
             "                                      prints its id\n"
             "  budgetdesk link ID OTHER [--db PATH]   link a budget and a final account by hand\n"
             "  budgetdesk unlink ID [--db PATH]       unlink a document from its budget or final account\n"
             "  budgetdesk delete ID [--db PATH]       take a document out of the database, with its\n"
             "                                      tables, 说明, review and audit trail\n"
             "  budgetdesk consolidate --title NAME ID ID... [--db PATH]\n"
             "                                      汇总: the documents of one family and year summed into a\n"
             "                                      new draft; prints its id\n"
             "  budgetdesk composition ID [--format tsv|json] [--db PATH]\n"
             "                                      构成 of a consolidated document: each member's part of every\n"
             "                                      功能分类 code\n"
             "  budgetdesk grant --role editor|reviewer|reader [--department NAME] ACCOUNT --db postgresql://…\n"
             "                                      a server account's role (编制 of one department, 审核, 只读)\n"
             "  budgetdesk review pass|withdraw|publish ID [--db PATH]\n"
             "  budgetdesk review comment ID --text TEXT [--db PATH]\n"
             "                                      草稿 → 已审核 → 已发布, as the account's role allows\n");
    err().flush();
    return Usage;
}

bool openStore(DocumentStore &store, const Options &o)
{
    const QString path = o.value(QStringLiteral("db"), DocumentStore::defaultPath());
    // Upgrading a store of many documents rewrites each of them: a line at every tenth.
    int shown = -1;
    store.setMigrationProgress([&shown](int done, int total) {
        if (const int tenth = total ? done * 10 / total : 10; tenth != shown) {
            shown = tenth;
            say(CommandLine::tr("upgrading the database: %1 of %2 documents").arg(done).arg(total));
            err().flush();
        }
    });
    QString error;
    const bool opened = store.open(path, &error);
    store.setMigrationProgress({});
    if (!opened) {
        say(error);
        return false;
    }
    // The default database starts with the bundled samples; one named by --db starts empty.
    if (!o.values.contains(QStringLiteral("db")) && !DocumentSeeder::seedIfEmpty(store, &error)) {
        say(error);
        return false;
    }
    return true;
}

std::optional<BudgetDocument> loadDocument(DocumentStore &store, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        say(CommandLine::tr("\"%1\" is not a document id (see budgetdesk list)").arg(idText));
        return std::nullopt;
    }
    QString error;
    auto doc = store.load(id, &error);
    if (!doc)
        say(error);
    return doc;
}

// A stored document with its template, or nothing (the reason already on stderr): what
// show, check, export and export-charts all start from.
struct StoredDocument
{
    BudgetDocument doc;
    std::shared_ptr<const TemplateDescription> tpl;
};

std::optional<StoredDocument> storedDocument(DocumentStore &store, const QString &idText)
{
    auto doc = loadDocument(store, idText);
    if (!doc)
        return std::nullopt;
    auto tpl = TemplateRegistry::instance().find(doc->templateId);
    if (!tpl) {
        say(CommandLine::tr("document %1 uses template \"%2\", which this version does not know").arg(doc->id).arg(doc->templateId));
        return std::nullopt;
    }
    return StoredDocument{std::move(*doc), std::move(tpl)};
}

std::optional<StoredDocument> openStoredDocument(const Options &o, const QString &idText)
{
    DocumentStore store;
    if (!openStore(store, o))
        return std::nullopt;
    return storedDocument(store, idText);
}

// The stored documents' summaries (limit of them from offset on, with a limit), or nothing (the
// reason already on stderr).
std::optional<QList<DocumentSummary>> listStored(const DocumentStore &store, int offset = 0, int limit = -1)
{
    QString error;
    QList<DocumentSummary> all = store.list(&error, offset, limit);
    if (!error.isEmpty()) {
        say(error);
        return std::nullopt;
    }
    return all;
}

int runImport(const Options &o)
{
    if (o.positional.isEmpty())
        return usage(CommandLine::tr("import needs at least one file or folder"));
    // The same file imported again (the same bytes): skipped unless told to replace the
    // document imported before or to keep both.
    const QString duplicates = o.value(QStringLiteral("duplicates"), QStringLiteral("skip"));
    const QMap<QString, ImportBatch::Duplicate> policies{{QStringLiteral("skip"), ImportBatch::Duplicate::Skip},
                                                         {QStringLiteral("replace"), ImportBatch::Duplicate::Replace},
                                                         {QStringLiteral("keep"), ImportBatch::Duplicate::Keep}};
    if (!policies.contains(duplicates))
        return usage(CommandLine::tr("--duplicates is skip, replace or keep, not \"%1\"").arg(duplicates));
    const ImportBatch::Duplicate policy = policies.value(duplicates);
    // Folders are searched recursively for *.txt, *.pdf, *.xlsx and *.docx, in name order. A file or
    // folder that cannot be read is a failure of the batch, never silently left out.
    QList<QPair<QString, QString>> failures;
    const QStringList files = ImportBatch::collectFiles(o.positional, &failures);
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    // Each file on its own: a file that fails is reported and the rest go on; the store saves a
    // document in one transaction, so a failure never leaves part of one behind.
    int imported = 0, skipped = 0;
    const bool progress = files.size() > 1 || o.positional.size() != 1 || QFileInfo(o.positional.first()).isDir();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        if (progress) {
            err() << "[" << (i + 1) << "/" << files.size() << "] " << file << " …\n";
            err().flush();
        }
        const ImportBatch::Outcome r = ImportBatch::importFile(store, file, [policy](qint64, const BudgetDocument &) { return policy; });
        if (!r.ok()) {
            say(CommandLine::tr("%1: %2").arg(file, r.error));
            failures.append({file, r.error});
            continue;
        }
        if (r.skipped) {
            say(CommandLine::tr("%1: imported before as document %2; skipped (--duplicates replace or keep imports it again)")
                    .arg(file)
                    .arg(r.duplicateOf));
            ++skipped;
            continue;
        }
        ++imported;
        // At once: a batch killed half-way still tells which documents it committed.
        out() << r.id << '\t' << r.department << '\t' << r.year << '\n';
        out().flush();
    }
    if (progress || !failures.isEmpty()) {
        err() << (skipped ? CommandLine::tr("imported %1, failed %2, skipped %3 imported before").arg(imported).arg(failures.size()).arg(skipped)
                          : CommandLine::tr("imported %1, failed %2").arg(imported).arg(failures.size()))
              << "\n";
        for (const auto &[file, reason] : failures)
            err() << "  " << CommandLine::tr("failed: %1: %2").arg(file, reason) << "\n";
    }
    if (files.isEmpty() && failures.isEmpty())
        say(CommandLine::tr("no *.txt, *.pdf, *.xlsx or *.docx files found"));
    return failures.isEmpty() && !files.isEmpty() ? Clean : Unreadable;
}

int runList(const Options &o)
{
    // A page of the list: --limit N documents from --offset M on (both counted from 0).
    int page[2] = {0, -1}; // offset, limit
    for (int i : {0, 1}) {
        const QString name = i ? QStringLiteral("limit") : QStringLiteral("offset");
        if (!o.values.contains(name))
            continue;
        bool ok = false;
        page[i] = o.value(name).toInt(&ok);
        if (!ok || page[i] < 0)
            return usage(CommandLine::tr("--%1 needs a whole number of documents, not \"%2\"").arg(name, o.value(name)));
    }
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const auto stored = listStored(store, page[0], page[1]);
    if (!stored)
        return Unreadable;
    const QList<DocumentSummary> &docs = *stored;
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const DocumentSummary &d : docs)
            a.append(QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("department"), d.department},
                                 {QStringLiteral("year"), d.year},
                                 {QStringLiteral("kind"), documentKindKey(documentKindOf(d.templateId))},
                                 {QStringLiteral("template"), d.templateId},
                                 {QStringLiteral("status"), statusKey(d.status)},
                                 {QStringLiteral("reviewed"), d.reviewed},
                                 {QStringLiteral("modified"), d.modified.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("source"), d.sourceName}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("text")) {
        for (const DocumentSummary &d : docs)
            out() << d.id << '\t' << d.department << '\t' << d.year << '\t'
                  << (documentKindOf(d.templateId) == DocumentKind::Final ? QStringLiteral("决算") : QStringLiteral("预算")) << '\t'
                  << d.templateId << '\t'
                  << (d.status == DocumentStatus::Published ? QStringLiteral("已发布")
                      : d.reviewed                            ? QStringLiteral("已审核")
                                                              : QStringLiteral("草稿"))
                  << '\t'
                  << d.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\n';
    } else {
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    }
    return Clean;
}

void printTsv(const DisclosureTable &t)
{
    for (const QStringList &h : t.headerRows)
        out() << h.join(QLatin1Char('\t')) << '\n';
    for (const TableRow &r : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c) {
            const TableCell &cell = r.cells.value(c);
            // Amounts in the table's unit, as the published table prints them.
            cells.append(t.columns[c].isAmount ? t.formatAmount(cell.amount) : cell.text);
        }
        out() << cells.join(QLatin1Char('\t')) << '\n';
    }
    if (!t.note.isEmpty())
        out() << t.note << '\n';
}

int runShow(const Options &o)
{
    if (o.positional.size() != 1 || !o.values.contains(QStringLiteral("table")))
        return usage(CommandLine::tr("show needs a document id and --table N"));
    const auto stored = openStoredDocument(o, o.positional.first());
    if (!stored)
        return Unreadable;
    const BudgetDocument *doc = &stored->doc;
    const TemplateDescription *tpl = stored->tpl.get();
    bool ok = false;
    const int number = o.value(QStringLiteral("table")).toInt(&ok);
    if (!ok || !tpl->table(number)) {
        say(CommandLine::tr("the template %1 has tables 1–%2").arg(tpl->id).arg(tpl->tables.size()));
        return Usage;
    }
    const bool derived = o.flags.contains(QStringLiteral("derived")) || doc->published.isEmpty();
    const DisclosureTable table = derived || !doc->publishedTable(number) ? TableDeriver(*tpl, *doc).derive(number)
                                                                          : *doc->publishedTable(number);
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json"))
        out() << QJsonDocument(tableToJson(table)).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("tsv"))
        printTsv(table);
    else
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    return Clean;
}

QString wanText(const std::optional<Amount> &a)
{
    return a ? a->format(Unit::WanYuan) : QString();
}

QJsonValue fenJson(const std::optional<Amount> &a)
{
    return a ? QJsonValue(qint64(a->fen())) : QJsonValue();
}

QJsonValue percentJson(const std::optional<qint64> &p)
{
    return p ? QJsonValue(*p) : QJsonValue();
}

// 执行情况: the final account (the document, or the budget's linked final account) against the
// budget: the stored budget of its department and year, else its own 说明's statements.
int runExecution(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("execution needs a document id"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    auto doc = loadDocument(store, o.positional.first());
    if (!doc)
        return Unreadable;
    QString error;
    const qint64 linked = store.linkedDocument(doc->id, &error);
    if (!error.isEmpty()) {
        say(error);
        return Unreadable;
    }
    std::optional<BudgetDocument> other;
    if (linked) {
        other = store.load(linked, &error);
        if (!other) {
            say(error);
            return Unreadable;
        }
    }
    const bool isFinal = documentKindOf(doc->templateId) == DocumentKind::Final;
    if (!isFinal && !other) {
        say(CommandLine::tr("document %1 is a budget, and no final account (决算) of %2 %3 is stored")
                .arg(doc->id)
                .arg(doc->department)
                .arg(doc->year));
        return Usage;
    }
    const BudgetDocument &finalAccount = isFinal ? *doc : *other;
    const BudgetDocument *budget = isFinal ? (other ? &*other : nullptr) : &*doc;
    const QList<ExecutionRow> rows = executionTable(finalAccount, budget);
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const ExecutionRow &r : rows) {
            QJsonObject row{{QStringLiteral("key"), r.key},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("level"), r.level},
                            {QStringLiteral("budgeted_fen"), fenJson(r.budgeted)},
                            {QStringLiteral("adjusted_fen"), fenJson(r.adjusted)},
                            {QStringLiteral("actual_fen"), qint64(r.actual.fen())},
                            {QStringLiteral("difference_fen"), fenJson(r.difference())},
                            {QStringLiteral("completion"), percentJson(r.completion())},
                            {QStringLiteral("stated_completion"), percentJson(r.statedRate)},
                            {QStringLiteral("budget_source"), r.budgetSource}};
            if (r.statedBudget)
                row.insert(QStringLiteral("stated_budget_fen"), qint64(r.statedBudget->fen()));
            a.append(row);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("final_account"), finalAccount.id},
                                           {QStringLiteral("budget"), budget ? QJsonValue(budget->id) : QJsonValue()},
                                           {QStringLiteral("unit"), QStringLiteral("fen")},
                                           {QStringLiteral("rows"), a}})
                     .toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("tsv")) {
        out() << "科目编码\t科目名称\t年初预算\t全年预算\t决算\t差额\t完成率\t说明所述完成率\n";
        for (const ExecutionRow &r : rows) {
            out() << (r.key == QLatin1String("gpb.total") ? QString() : r.key) << '\t' << r.name << '\t' << wanText(r.budgeted) << '\t'
                  << wanText(r.adjusted) << '\t' << r.actual.format(Unit::WanYuan) << '\t' << wanText(r.difference()) << '\t'
                  << (r.completion() ? formatPercent(*r.completion()) : QString()) << '\t'
                  << (r.statedRate ? formatPercent(*r.statedRate) : QString()) << '\n';
        }
    } else {
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    }
    return Clean;
}

// The positional arguments as document ids; nullopt, with the one that is none named.
std::optional<QList<qint64>> documentIds(const QStringList &texts)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool ok = false;
        ids.append(text.toLongLong(&ok));
        if (!ok || ids.last() <= 0) {
            say(CommandLine::tr("\"%1\" is not a document id (see budgetdesk list)").arg(text));
            return std::nullopt;
        }
    }
    return ids;
}

// One change of the store on the documents the arguments name (count of them, else the usage
// with needs): said, and Unreadable, when the store refuses it.
int changeStore(const Options &o, int count, const QString &needs,
                const std::function<bool(DocumentStore &, const QList<qint64> &, QString *)> &change)
{
    if (o.positional.size() != count)
        return usage(needs);
    const auto ids = documentIds(o.positional);
    if (!ids)
        return Usage;
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    QString error;
    if (!change(store, *ids, &error)) {
        say(error);
        return Unreadable;
    }
    return Clean;
}

// Links a budget and a final account by hand (their departments named differently), or unlinks
// a document (a department reorganised): what execution and check compare.
int runLink(const Options &o, bool link)
{
    if (link)
        return changeStore(o, 2, CommandLine::tr("link needs two document ids"),
                           [](DocumentStore &store, const QList<qint64> &ids, QString *error) { return store.link(ids[0], ids[1], error); });
    return changeStore(o, 1, CommandLine::tr("unlink needs a document id"),
                       [](DocumentStore &store, const QList<qint64> &ids, QString *error) { return store.unlink(ids[0], error); });
}

// Takes a document out of the store, with its tables, 说明, review and audit trail (a wrong
// import, a draft given up); on a server, as the account's role allows.
int runDelete(const Options &o)
{
    return changeStore(o, 1, CommandLine::tr("delete needs a document id"),
                       [](DocumentStore &store, const QList<qint64> &ids, QString *error) { return store.remove(ids[0], error); });
}

// A draft of a stored document, saved beside it: the same year (an editable copy) or another
// (next year's: this year's figures become last year's, the 说明 written anew with what a person
// must rewrite marked 【待改写】). Prints the draft's id.
int runDraft(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("draft needs a document id"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const auto doc = loadDocument(store, o.positional.first());
    if (!doc)
        return Unreadable;
    bool ok = true;
    const int year = o.values.contains(QStringLiteral("year")) ? o.value(QStringLiteral("year")).toInt(&ok) : doc->year;
    if (!ok || year < 1990 || year > 2100)
        return usage(CommandLine::tr("--year is a year such as %1, not \"%2\"").arg(doc->year + 1).arg(o.value(QStringLiteral("year"))));
    BudgetDocument draft = DraftFactory::makeDraft(*doc, year);
    QString error;
    if (!store.save(draft, &error)) {
        say(error);
        return Unreadable;
    }
    out() << draft.id << '\t' << draft.department << '\t' << draft.year << '\n';
    return Clean;
}

// 汇总: stored documents of one family and year summed into a new draft, which remembers its
// members. Prints the new document's id.
int runConsolidate(const Options &o)
{
    const QString title = o.value(QStringLiteral("title"));
    if (title.trimmed().isEmpty())
        return usage(CommandLine::tr("consolidate needs --title, the name the consolidated document is published under"));
    if (o.positional.size() < 2)
        return usage(CommandLine::tr("consolidate needs two or more document ids"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const auto ids = documentIds(o.positional);
    if (!ids)
        return Usage;
    QString error;
    const QList<BudgetDocument> members = store.loadFigures(*ids, &error);
    if (members.isEmpty()) {
        say(error);
        return Unreadable;
    }
    auto consolidated = Consolidation::consolidate(title, members, &error);
    if (!consolidated) {
        say(CommandLine::tr("cannot consolidate: %1").arg(error));
        return Usage;
    }
    consolidated->members = *ids;
    if (!store.save(*consolidated, &error)) {
        say(error);
        return Unreadable;
    }
    out() << consolidated->id << '\t' << consolidated->department << '\t' << consolidated->year << '\n';
    return Clean;
}

// A server account's role (as the owner of the store's tables).
int runGrant(const Options &o)
{
    const auto role = StoreAccess::roleFromKey(o.value(QStringLiteral("role")));
    if (o.positional.size() != 1 || !role)
        return usage(CommandLine::tr("grant needs --role editor, reviewer or reader, and one account name"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    QString error;
    if (!grantRole(store.database(), o.positional.first(), *role, o.value(QStringLiteral("department")), &error)) {
        say(error);
        return Unreadable;
    }
    return Clean;
}

// 草稿 → 已审核 → 已发布, and comments, as the connected account's role allows.
int runReview(const Options &o)
{
    static const QHash<QString, ReviewStep> steps{{QStringLiteral("pass"), ReviewStep::Pass},
                                                  {QStringLiteral("withdraw"), ReviewStep::Withdraw},
                                                  {QStringLiteral("publish"), ReviewStep::Publish}};
    const QString step = o.positional.value(0);
    const bool comment = step == QLatin1String("comment");
    if (o.positional.size() != 2 || !(comment || steps.contains(step)))
        return usage(CommandLine::tr("review needs pass, withdraw, publish or comment, and a document id"));
    const auto ids = documentIds(o.positional.mid(1));
    if (!ids)
        return Usage;
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const qint64 id = ids->first();
    QString error;
    const bool done = comment ? addReviewComment(store.database(), id, o.value(QStringLiteral("text")), &error)
                              : applyReviewStep(store.database(), id, steps.value(step), &error);
    if (!done) {
        say(error);
        return Unreadable;
    }
    return Clean;
}

// 构成: each member's part of every 功能分类 code of a consolidated document.
int runComposition(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("composition needs a document id"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const auto doc = loadDocument(store, o.positional.first());
    if (!doc)
        return Unreadable;
    if (doc->members.isEmpty()) {
        say(CommandLine::tr("document %1 is not a consolidated document (see budgetdesk consolidate)").arg(doc->id));
        return Usage;
    }
    QString error;
    const auto members = store.loadFigures(doc->members, &error); // a member removed since is named
    if (members.isEmpty()) {
        say(CommandLine::tr("the members of document %1 cannot be read: %2").arg(doc->id).arg(error));
        return Unreadable;
    }
    const QList<Consolidation::ShareRow> rows = Consolidation::composition(members);
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json")) {
        QJsonArray ids, a;
        for (const BudgetDocument &m : members)
            ids.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("department"), m.department}});
        for (const Consolidation::ShareRow &r : rows) {
            QJsonArray parts;
            for (const Amount &part : r.byMember)
                parts.append(qint64(part.fen()));
            a.append(QJsonObject{{QStringLiteral("code"), r.code},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("total_fen"), qint64(r.total.fen())},
                                 {QStringLiteral("members_fen"), parts}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("document"), doc->id},
                                           {QStringLiteral("members"), ids},
                                           {QStringLiteral("unit"), QStringLiteral("fen")},
                                           {QStringLiteral("rows"), a}})
                     .toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("tsv")) {
        out() << "科目编码\t科目名称\t合计";
        for (const BudgetDocument &m : members)
            out() << '\t' << m.department;
        out() << '\n';
        for (const Consolidation::ShareRow &r : rows) {
            out() << r.code << '\t' << r.name << '\t' << r.total.format(Unit::WanYuan);
            for (const Amount &part : r.byMember)
                out() << '\t' << part.format(Unit::WanYuan);
            out() << '\n';
        }
    } else {
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    }
    return Clean;
}

// 历年对比: every stored document of one department, budgets and final accounts, any year.
int runHistory(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("history needs a department's name"));
    DocumentStore store;
    if (!openStore(store, o))
        return Unreadable;
    const auto all = listStored(store);
    if (!all)
        return Unreadable;
    QString error;
    QStringList departments;
    const QList<DocumentSummary> found = documentsOfDepartment(*all, o.positional.first(), &departments);
    if (found.isEmpty()) {
        say(CommandLine::tr("no stored document is of a department named \"%1\" (see budgetdesk list)").arg(o.positional.first()));
        return Usage;
    }
    if (departments.size() > 1) {
        say(CommandLine::tr("\"%1\" names %2 departments; give one of: %3")
                .arg(o.positional.first())
                .arg(departments.size())
                .arg(departments.join(QStringLiteral("、"))));
        return Usage;
    }
    QList<BudgetDocument> docs;
    for (const DocumentSummary &d : found) {
        auto doc = store.load(d.id, &error);
        if (!doc) {
            say(error);
            return Unreadable;
        }
        docs.append(std::move(*doc));
    }
    const QList<HistoryRow> rows = historyTable(docs);
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const HistoryRow &r : rows)
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("year"), r.year},
                                 {QStringLiteral("kind"), r.finalAccount ? QStringLiteral("final") : QStringLiteral("budget")},
                                 {QStringLiteral("total_fen"), qint64(r.total.fen())},
                                 {QStringLiteral("basic_fen"), qint64(r.basic.fen())},
                                 {QStringLiteral("project_fen"), qint64(r.project.fen())},
                                 {QStringLiteral("general_budget_fen"), qint64(r.generalBudget.fen())},
                                 {QStringLiteral("sangong_fen"), qint64(r.sanGong.fen())}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("department"), departments.first()}, {QStringLiteral("rows"), a}})
                     .toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("tsv")) {
        out() << "年度\t类型\t编号\t支出合计\t基本支出\t项目支出\t一般公共预算财政拨款\t“三公”经费\n";
        for (const HistoryRow &r : rows)
            out() << r.year << '\t' << (r.finalAccount ? QStringLiteral("决算") : QStringLiteral("预算")) << '\t' << r.id << '\t'
                  << r.total.format(Unit::WanYuan) << '\t' << r.basic.format(Unit::WanYuan) << '\t' << r.project.format(Unit::WanYuan)
                  << '\t' << r.generalBudget.format(Unit::WanYuan) << '\t' << r.sanGong.format(Unit::WanYuan) << '\n';
    } else {
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    }
    return Clean;
}

// The lines an import reads, as text that imports to the same document: for seeing why a PDF
// or workbook does not import.
int runText(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("text needs one file"));
    const SourceText text = DisclosureImporter::readSource(o.positional.first());
    if (!text.ok()) {
        say(text.error.toString());
        return Unreadable;
    }
    for (const QString &line : text.lines)
        out() << line << "\n";
    return Clean;
}

// The import's findings (published cells that differ from the derivation, problems with the
// text) and the validator's rules; exit 0 clean (notices only), 1 warnings, 2 errors.
int runCheck(const Options &o)
{
    if (o.positional.size() != 1)
        return usage(CommandLine::tr("check needs a file or a document id"));
    const QString arg = o.positional.first();
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return usage(CommandLine::tr("unknown format \"%1\"").arg(format));
    ImportReport report;
    std::optional<BudgetDocument> doc;
    std::shared_ptr<const TemplateDescription> tpl;
    if (QFileInfo::exists(arg)) {
        const ImportResult r = DisclosureImporter().importFile(arg);
        if (!r.ok()) {
            say(r.error.toString());
            return Unreadable;
        }
        // What a rule of the validator says again, better placed, is left to the validator.
        for (const Finding &f : r.report.findings)
            if (!Validator::supersedes(f.rule))
                report.findings.append(f);
        report.readings = r.document->readings; // how sure the import is of each table
        doc = r.document;
        tpl = r.templ;
    } else {
        DocumentStore store;
        if (!openStore(store, o))
            return Unreadable;
        auto stored = storedDocument(store, arg);
        if (!stored)
            return Unreadable;
        DocumentSession session; // derives the tables and compares them with the published ones
        QString error;
        if (!session.setDocument(stored->doc, &error)) {
            say(error);
            return Unreadable;
        }
        report.findings.append(session.differences().findings);
        // A final account against the stored budget of its year, where there is one.
        if (documentKindOf(stored->doc.templateId) == DocumentKind::Final) {
            QString linkError;
            if (const qint64 budgetId = store.linkedDocument(stored->doc.id, &linkError))
                if (const auto budget = store.load(budgetId, &linkError))
                    report.findings.append(Validator::checkAgainstBudget(stored->doc, *budget));
            if (!linkError.isEmpty())
                say(linkError);
        }
        // A consolidation of units against the department's own document, where it is stored.
        if (!stored->doc.members.isEmpty()) {
            QString ownError;
            if (const qint64 own = store.ownDocumentOf(stored->doc.id, &ownError))
                if (const auto department = store.load(own, &ownError))
                    report.findings.append(Validator::checkAgainstDepartment(stored->doc, *department));
            if (!ownError.isEmpty())
                say(ownError);
        }
        doc = std::move(stored->doc);
        tpl = std::move(stored->tpl);
    }
    report.findings.append(Validator::check(*doc, *tpl).findings);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    if (format == QLatin1String("json"))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    if (report.count(Severity::Error))
        return Errors;
    if (report.count(Severity::Warning))
        return Warnings;
    return Clean;
}

int runExportCharts(const Options &o)
{
    if (o.positional.size() != 1 || !o.values.contains(QStringLiteral("out")) || !o.values.contains(QStringLiteral("format")))
        return usage(CommandLine::tr("export-charts needs a document id, --out DIR and --format png|svg|pdf"));
    const QString formatName = o.value(QStringLiteral("format"));
    const auto format = ChartExporter::formatFromName(formatName);
    if (!format)
        return usage(CommandLine::tr("unknown format \"%1\"").arg(formatName));
    QSize size = ChartExporter::DefaultSize;
    if (o.values.contains(QStringLiteral("size"))) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
        const QRegularExpressionMatch m = wxh.match(o.value(QStringLiteral("size")));
        size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
            return usage(CommandLine::tr("--size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 800x500)"));
    }
    int dpi = ChartExporter::DefaultDpi;
    if (o.values.contains(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = o.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || dpi < 24 || dpi > 2400)
            return usage(CommandLine::tr("--dpi takes a resolution from 24 to 2400"));
    }
    const auto stored = openStoredDocument(o, o.positional.first());
    if (!stored)
        return Unreadable;
    DocumentSession session;
    QString error;
    if (!session.setDocument(stored->doc, &error)) {
        say(error);
        return Unreadable;
    }
    QStringList written;
    const bool ok = ChartExporter::exportAll(&session, o.value(QStringLiteral("out")), *format, size, dpi, &written, &error);
    for (const QString &path : std::as_const(written))
        out() << QDir::toNativeSeparators(path) << '\n';
    if (!ok) {
        say(error);
        return Unreadable;
    }
    return Clean;
}

// `export ID --format F --out PATH`: one written path per line. Each format is one branch of
// the chain below (csv and fdp write into a folder, json, xlsx and pdf into a file).
int runExport(const Options &o)
{
    if (o.positional.size() != 1 || !o.values.contains(QStringLiteral("out")) || !o.values.contains(QStringLiteral("format")))
        return usage(CommandLine::tr("export needs a document id, --format csv|json|fdp|xlsx|pdf and --out PATH"));
    const QString format = o.value(QStringLiteral("format"));
    if (!DocumentExport::format(format))
        return usage(CommandLine::tr("unknown format \"%1\" (export knows %2)").arg(format, DocumentExport::keys().join(QLatin1Char('|'))));
    const QString outPath = o.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(CommandLine::tr("--out needs a path"));
    const auto stored = openStoredDocument(o, o.positional.first());
    if (!stored)
        return Unreadable;
    const BudgetDocument *doc = &stored->doc;
    const TemplateDescription *tpl = stored->tpl.get();
    QStringList written;
    QString error;
    // The PDF's charts are widgets: this command runs with a QApplication for it (needsWidgets).
    const bool ok = DocumentExport::write(format, *doc, *tpl, TableDeriver(*tpl, *doc).deriveAll(), outPath, &written, &error);
    for (const QString &path : std::as_const(written))
        out() << QDir::toNativeSeparators(path) << '\n';
    if (!ok) {
        say(error);
        return Unreadable;
    }
    return Clean;
}

} // namespace

bool CommandLine::needsWidgets(const QStringList &args)
{
    // Charts are widgets: exporting them, alone or inside the disclosure PDF, needs a QApplication.
    return !args.isEmpty()
           && (args.first() == QLatin1String("export-charts")
               || (args.first() == QLatin1String("export") && (args.contains(QStringLiteral("pdf"))
                                                              || args.contains(QStringLiteral("--format=pdf")))));
}

bool CommandLine::isCommand(const QStringList &args)
{
    // Anything but an option is a subcommand: a mistyped one ("imprt") is an error with the
    // usage, not a window.
    return !args.isEmpty() && (!args.first().startsWith(QLatin1Char('-')) || args.first() == QLatin1String("--help"));
}

int CommandLine::run(const QStringList &args)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    int status = Usage;
    if (command == QLatin1String("import")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("duplicates")}, {});
        status = o.error.isEmpty() ? runImport(o) : usage(o.error);
    } else if (command == QLatin1String("text")) {
        Options o(command, rest, {}, {});
        status = o.error.isEmpty() ? runText(o) : usage(o.error);
    } else if (command == QLatin1String("list")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("offset"), QStringLiteral("limit")}, {});
        status = o.error.isEmpty() ? runList(o) : usage(o.error);
    } else if (command == QLatin1String("show")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("table")}, {QStringLiteral("derived")});
        status = o.error.isEmpty() ? runShow(o) : usage(o.error);
    } else if (command == QLatin1String("check")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format")}, {});
        status = o.error.isEmpty() ? runCheck(o) : usage(o.error);
    } else if (command == QLatin1String("export")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("format")}, {});
        status = o.error.isEmpty() ? runExport(o) : usage(o.error);
    } else if (command == QLatin1String("export-charts")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("format"), QStringLiteral("size"), QStringLiteral("dpi")}, {});
        status = o.error.isEmpty() ? runExportCharts(o) : usage(o.error);
    } else if (command == QLatin1String("execution")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format")}, {});
        status = o.error.isEmpty() ? runExecution(o) : usage(o.error);
    } else if (command == QLatin1String("link") || command == QLatin1String("unlink")) {
        Options o(command, rest, {QStringLiteral("db")}, {});
        status = o.error.isEmpty() ? runLink(o, command == QLatin1String("link")) : usage(o.error);
    } else if (command == QLatin1String("delete")) {
        Options o(command, rest, {QStringLiteral("db")}, {});
        status = o.error.isEmpty() ? runDelete(o) : usage(o.error);
    } else if (command == QLatin1String("draft")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("year")}, {});
        status = o.error.isEmpty() ? runDraft(o) : usage(o.error);
    } else if (command == QLatin1String("history")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format")}, {});
        status = o.error.isEmpty() ? runHistory(o) : usage(o.error);
    } else if (command == QLatin1String("grant")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("role"), QStringLiteral("department")}, {});
        status = o.error.isEmpty() ? runGrant(o) : usage(o.error);
    } else if (command == QLatin1String("review")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("text")}, {});
        status = o.error.isEmpty() ? runReview(o) : usage(o.error);
    } else if (command == QLatin1String("consolidate")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("title")}, {});
        status = o.error.isEmpty() ? runConsolidate(o) : usage(o.error);
    } else if (command == QLatin1String("composition")) {
        Options o(command, rest, {QStringLiteral("db"), QStringLiteral("format")}, {});
        status = o.error.isEmpty() ? runComposition(o) : usage(o.error);
    } else if (command == QLatin1String("help") || command == QLatin1String("--help")) {
        usage();
        status = Clean;
    } else {
        status = usage(CommandLine::tr("unknown command \"%1\"").arg(command));
    }
    out().flush();
    err().flush();
    return status;
}

} // namespace bd
