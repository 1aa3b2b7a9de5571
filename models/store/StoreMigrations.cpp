// The migrator: the bundled migrations (portable, and a server's part), applied in order, each
// in its own transaction, and what their SQL cannot compute.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace bd {

using namespace storesql;

namespace {

const QString kMigrationDir = QStringLiteral(":/sql");

// Splits a migration file into statements on ';' outside quotes, comments and PostgreSQL's
// dollar-quoted bodies ($$ … $$, $tag$ … $tag$: functions and DO blocks).
QStringList splitSql(const QString &sql)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]*\\$"));
    QStringList out;
    QString current;
    const int n = sql.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'$') {
            const QRegularExpressionMatch tag = dollarTag.match(sql, i, QRegularExpression::NormalMatch,
                                                                QRegularExpression::AnchorAtOffsetMatchOption);
            if (tag.hasMatch()) {
                const qsizetype close = sql.indexOf(tag.captured(), i + tag.capturedLength());
                const qsizetype end = close < 0 ? n : close + tag.capturedLength();
                current += sql.mid(i, end - i);
                i = int(end) - 1;
                continue;
            }
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const int end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            // Copy the quoted literal; a doubled quote is an escaped quote and stays inside.
            current += c;
            ++i;
            while (i < n) {
                current += sql.at(i);
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) {
                        current += sql.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c == u';') {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

struct Migration
{
    int version = 0;
    QString file;
    QString postgresFile; // run after file on a PostgreSQL server only; may be empty
};

// The bundled migrations, :/sql/NNN_name.sql, by version. Versions must run 1, 2, 3 … without
// gaps or duplicates; *problem says what is wrong otherwise. NNN_name.postgresql.sql is the
// part of version NNN that only a server runs (roles, grants, row-level security).
QList<Migration> bundledMigrations(QString *problem)
{
    static const QRegularExpression name(QStringLiteral("^(\\d+)_[^.]*\\.sql$"));
    static const QRegularExpression postgres(QStringLiteral("^(\\d+)_[^.]*\\.postgresql\\.sql$"));
    std::map<int, QString> byVersion;
    std::map<int, QString> postgresParts;
    const QStringList files = QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (const auto p = postgres.match(f); p.hasMatch()) {
            postgresParts[p.captured(1).toInt()] = kMigrationDir + u'/' + f;
            continue;
        }
        const auto m = name.match(f);
        if (!m.hasMatch())
            continue;
        const int v = m.captured(1).toInt();
        if (byVersion.count(v)) {
            setError(problem, QCoreApplication::translate("bd::DocumentStore", "two migrations for schema version %1 (%2, %3)").arg(v).arg(byVersion[v], f));
            return {};
        }
        byVersion[v] = f;
    }
    QList<Migration> out;
    int expected = 1;
    for (const auto &[v, f] : byVersion) {
        if (v != expected) {
            setError(problem, QCoreApplication::translate("bd::DocumentStore", "migration for schema version %1 is missing").arg(expected));
            return {};
        }
        out.append({v, kMigrationDir + u'/' + f, postgresParts.count(v) ? postgresParts[v] : QString()});
        ++expected;
    }
    for (const auto &[v, f] : postgresParts)
        if (v >= expected) {
            setError(problem, QStringLiteral("%1 has no portable migration of its version").arg(f));
            return {};
        }
    if (out.isEmpty())
        setError(problem, QCoreApplication::translate("bd::DocumentStore", "no SQL migrations are bundled with this program (resource %1)").arg(kMigrationDir));
    return out;
}

// A document's published tables as versions 1 to 12 stored them: a row per header text, column,
// row and cell. Read once, by version 13, to pack them.
bool readUnpackedTables(const QSqlDatabase &db, qint64 id, QList<DisclosureTable> *tables, QString *error)
{
    const QVariant docId = qlonglong(id);
    auto corrupt = [&](const QString &what) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "published tables are inconsistent: %1").arg(what));
        return false;
    };
    auto tableAt = [&](int t) -> DisclosureTable * { return t >= 0 && t < tables->size() ? &(*tables)[t] : nullptr; };

    {
        Statement q(db, QStringLiteral("SELECT table_no, number, table_key, title, unit, thousands, note, source_line, "
                                       "header_row_count, printed_title, issuer FROM published_tables WHERE document_id = ? "
                                       "ORDER BY table_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            if (r.value(0).toInt() != tables->size())
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "table %1 is missing").arg(tables->size()));
            DisclosureTable t;
            t.number = r.value(1).toInt();
            t.id = r.value(2).toString();
            t.title = r.value(3).toString();
            const QString unit = r.value(4).toString();
            if (unit == QLatin1String("yuan"))
                t.unit = Unit::Yuan;
            else if (unit == QLatin1String("wanyuan"))
                t.unit = Unit::WanYuan;
            else
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "unknown unit \"%1\"").arg(unit));
            t.thousands = r.value(5).toInt() != 0;
            t.note = r.value(6).toString();
            t.sourceLine = r.value(7).toInt();
            const int headerRows = r.value(8).toInt();
            t.printedTitle = r.value(9).toString();
            t.issuer = r.value(10).toString();
            for (int h = 0; h < headerRows; ++h)
                t.headerRows.append(QStringList());
            tables->append(t);
        }
    }
    {
        Statement q(db, QStringLiteral("SELECT table_no, header_row, col_no, text FROM published_headers "
                                       "WHERE document_id = ? ORDER BY table_no, header_row, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int h = r.value(1).toInt();
            if (!t || h < 0 || h >= t->headerRows.size() || r.value(2).toInt() != t->headerRows.at(h).size())
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "stray header text"));
            t->headerRows[h].append(r.value(3).toString());
        }
    }
    {
        Statement q(db, QStringLiteral("SELECT table_no, col_no, col_key, header, is_amount, side FROM published_columns "
                                       "WHERE document_id = ? ORDER BY table_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->columns.size())
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "stray column"));
            TableColumn c;
            c.key = r.value(2).toString();
            c.header = r.value(3).toString();
            c.isAmount = r.value(4).toInt() != 0;
            c.side = r.value(5).toInt();
            t->columns.append(c);
        }
    }
    {
        Statement q(db, QStringLiteral("SELECT table_no, row_no, row_key, right_key, level, source_line FROM published_rows "
                                       "WHERE document_id = ? ORDER BY table_no, row_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->rows.size())
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "stray row"));
            TableRow row;
            row.key = r.value(2).toString();
            row.rightKey = r.value(3).toString();
            row.level = r.value(4).toInt();
            row.sourceLine = r.value(5).toInt();
            t->rows.append(row);
        }
    }
    {
        Statement q(db, QStringLiteral("SELECT table_no, row_no, col_no, text, amount_fen, source_line FROM published_cells "
                                       "WHERE document_id = ? ORDER BY table_no, row_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int rowNo = r.value(1).toInt();
            if (!t || rowNo < 0 || rowNo >= t->rows.size() || r.value(2).toInt() != t->rows.at(rowNo).cells.size())
                return corrupt(QCoreApplication::translate("bd::DocumentStore", "stray cell"));
            TableCell c;
            c.text = r.value(3).toString();
            if (!r.value(4).isNull())
                c.amount = Amount::fromFen(r.value(4).toLongLong());
            c.sourceLine = r.value(5).toInt();
            t->rows[rowNo].cells.append(c);
        }
    }
    return true;
}

} // namespace

int DocumentStore::latestSchemaVersion()
{
    const QList<Migration> migrations = bundledMigrations(nullptr);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

bool DocumentStore::readSchemaVersion(int *version, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot read the schema version of \"%1\": %2")
                            .arg(QDir::toNativeSeparators(m_path), queryError(q)));
        return false;
    }
    *version = q.value(0).isNull() ? 0 : q.value(0).toInt();
    return true;
}

bool DocumentStore::applyMigrations(QString *error)
{
    QString problem;
    const QList<Migration> migrations = bundledMigrations(&problem);
    if (migrations.isEmpty()) {
        setError(error, problem);
        return false;
    }
    bool migrated = false;
    for (const Migration &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        QList<std::pair<QString, QString>> statements; // file, statement
        for (const QString &file : {m.file, m_db.driverName() == kPostgresDriver ? m.postgresFile : QString()}) {
            if (file.isEmpty())
                continue;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                setError(error, QCoreApplication::translate("bd::DocumentStore", "cannot read migration %1: %2").arg(file, f.errorString()));
                return false;
            }
            for (const QString &sql : splitSql(QString::fromUtf8(f.readAll())))
                statements.append({file, sql});
        }

        // Take the write lock, then read the version again: another process opening the same
        // new database at the same moment may have applied this migration in between.
        TransactionGuard tx(m_db);
        if (!tx.beginWrite(error))
            return false;
        int applied = 0;
        if (m_db.tables().contains(QStringLiteral("schema_version")) && !readSchemaVersion(&applied, error))
            return false;
        if (applied >= m.version) {
            if (!tx.commit(error))
                return false;
            m_schemaVersion = applied;
            continue;
        }
        for (const auto &[file, sql] : std::as_const(statements)) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                setError(error, QCoreApplication::translate("bd::DocumentStore", "migration %1 failed at \"%2\": %3")
                                    .arg(QFileInfo(file).fileName(), sql.left(200), queryError(q)));
                return false;
            }
        }
        if (!fillNewColumns(m.version, error))
            return false;
        {
            Statement record(m_db, QStringLiteral("INSERT INTO schema_version (version, applied) VALUES (?, ?)"));
            if (!record.exec({m.version, isoUtc(QDateTime::currentDateTimeUtc())}, error))
                return false;
        }
        if (!tx.commit(error))
            return false;
        m_schemaVersion = m.version;
        migrated = true;
    }
    // A migration that drops or rebuilds tables (3, 5, 14) leaves their pages free inside the
    // file; SQLite hands them back only when the file is rewritten. Upgrading a store of 1,000
    // documents to schema 14 leaves 105 MB of its 147 free, and VACUUM takes a fraction of a
    // second. Not needed to work: a store that cannot be compacted now is used as it is.
    if (migrated && m_db.driverName() == kSqliteDriver) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next() && q.value(0).toLongLong() > 0) {
            q.finish();
            q.exec(QStringLiteral("VACUUM"));
        }
    }
    return true;
}

// What a migration's SQL cannot compute, for the documents stored before it, in its transaction.
bool DocumentStore::fillNewColumns(int version, QString *error)
{
    if (version == 9) {
        // 9: department_key, the name as departmentKey() compares it (NFKC is not SQL's).
        Statement read(m_db, QStringLiteral("SELECT id, department FROM documents"));
        if (!read.exec({}, error))
            return false;
        QList<std::pair<qlonglong, QVariant>> keys;
        while (read.query().next())
            keys.append({read.query().value(0).toLongLong(), text(departmentKey(read.query().value(1).toString()))});
        Statement write(m_db, QStringLiteral("UPDATE documents SET department_key = ? WHERE id = ?"));
        for (const auto &[id, key] : std::as_const(keys))
            if (!write.exec({key, id}, error))
                return false;
        return true;
    }
    if (version == 13) {
        // 13: the JSON parts packed and the published tables' bodies made a part, a document at a time.
        QList<qlonglong> ids;
        Statement read(m_db, QStringLiteral("SELECT id FROM documents ORDER BY id"));
        if (!read.exec({}, error))
            return false;
        while (read.query().next())
            ids.append(read.query().value(0).toLongLong());
        Statement parts(m_db, QStringLiteral("SELECT part, payload FROM document_parts WHERE document_id = ?"));
        Statement pack(m_db, QStringLiteral("UPDATE document_parts SET packed = ? WHERE document_id = ? AND part = ?"));
        Statement addPart(m_db, QStringLiteral("INSERT INTO document_parts (document_id, part, payload, packed) "
                                               "VALUES (?, ?, '', ?)"));
        // A new store has no documents to pack, and nothing to say.
        const auto progress = ids.isEmpty() ? MigrationProgress() : m_migrationProgress;
        for (qsizetype done = 0; done < ids.size(); ++done) {
            if (progress)
                progress(int(done), int(ids.size()));
            const qlonglong id = ids.at(done);
            QList<std::pair<QString, QByteArray>> packed;
            if (!parts.exec({id}, error))
                return false;
            while (parts.query().next()) {
                const QString name = parts.query().value(0).toString();
                QString problem;
                const auto v = parseJson(parts.query().value(1).toString().toUtf8(), &problem);
                if (!v) {
                    setError(error, QCoreApplication::translate("bd::DocumentStore", "document %1: stored part \"%2\" is %3").arg(id).arg(name, problem));
                    return false;
                }
                packed.append({name, packJson(*v)});
            }
            for (const auto &[name, bytes] : std::as_const(packed))
                if (!pack.exec({bytes, id, name}, error))
                    return false;
            QList<DisclosureTable> tables;
            QString why;
            if (!readUnpackedTables(m_db, id, &tables, &why)) {
                setError(error, QCoreApplication::translate("bd::DocumentStore", "document %1: %2").arg(id).arg(why));
                return false;
            }
            QJsonArray json;
            for (const DisclosureTable &t : std::as_const(tables))
                json.append(tableToJson(t));
            if (!addPart.exec({id, kPublishedPart, packJson(tableBodies(json))}, error))
                return false;
        }
        if (progress)
            progress(int(ids.size()), int(ids.size()));
    }
    return true;
}

} // namespace bd
