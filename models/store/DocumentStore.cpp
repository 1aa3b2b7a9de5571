#include "DocumentStore.h"
#include "store/StoredTime.h"
#include "store/StoreAccess.h"

#include "templates/TemplateDescription.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QThread>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <map>

namespace bd {

namespace {

const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kPostgresDriver = QStringLiteral("QPSQL");
const QString kMigrationDir = QStringLiteral(":/sql");

// Schedule parts kept as JSON in document_parts, named as in BudgetDocument::toJson.
const QStringList &jsonParts()
{
    static const QStringList parts{
        QStringLiteral("projects"), QStringLiteral("san_gong"), QStringLiteral("carry_over"),
        QStringLiteral("figures"),  QStringLiteral("prior"),    QStringLiteral("targets"),
        QStringLiteral("narrative"), QStringLiteral("staffing"), QStringLiteral("unit_funds_detail"),
        QStringLiteral("unreadable_tables"), QStringLiteral("import_readings"), QStringLiteral("receipts"),
        QStringLiteral("balances"), QStringLiteral("execution"), QStringLiteral("outline"),
    };
    return parts;
}

// The PostgreSQL advisory lock a writer holds (any number, the same for every BudgetDesk).
constexpr qint64 kWriteLock = 0x42756467; // "Budg"

// The parts a reading of the figures alone needs (DocumentStore::loadFigures): not the 说明,
// nor what the import recorded.
const QStringList &figureParts()
{
    static const QStringList parts{
        QStringLiteral("projects"), QStringLiteral("san_gong"), QStringLiteral("carry_over"),
        QStringLiteral("figures"),  QStringLiteral("prior"),    QStringLiteral("targets"),
        QStringLiteral("staffing"), QStringLiteral("unit_funds_detail"), QStringLiteral("receipts"),
        QStringLiteral("balances"), QStringLiteral("execution"),
    };
    return parts;
}

// Rolls back unless committed, so an early return or a failed statement can never leave half a
// document behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db) : m_db(std::move(db)) {}
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool begin(QString *error)
    {
        if (!m_db.transaction()) {
            if (error)
                *error = QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text());
            return false;
        }
        m_active = true;
        return true;
    }
    // A transaction that holds the write lock from its start, one writer at a time as SQLite
    // has it (BEGIN IMMEDIATE, waiting for the busy timeout; on PostgreSQL a transaction-scoped
    // advisory lock every writer of the database takes): what it reads stays true until it
    // commits.
    bool beginWrite(QString *error)
    {
        QSqlQuery q(m_db);
        const bool server = m_db.driverName() == kPostgresDriver;
        if (!q.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
            || (server && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock)))) {
            if (server)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = QStringLiteral("cannot lock the database for writing: %1").arg(q.lastError().text());
            return false;
        }
        m_active = true;
        return true;
    }
    bool commit(QString *error)
    {
        if (!m_db.commit()) {
            if (error)
                *error = QStringLiteral("cannot commit: %1").arg(m_db.lastError().text());
            return false; // the destructor rolls back
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString queryError(const QSqlQuery &q)
{
    return plainServerError(q.lastError());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and '' means "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant fen(Amount a)
{
    return QVariant(qlonglong(a.fen()));
}

QVariant optFen(const std::optional<Amount> &a)
{
    return a ? fen(*a) : QVariant(QMetaType::fromType<qlonglong>());
}

// Prepares once, executes many times with positional bindings.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }
    bool exec(const QVariantList &values, QString *error)
    {
        if (!m_prepared) {
            setError(error, QStringLiteral("cannot prepare \"%1\": %2").arg(m_sql, queryError(m_query)));
            return false;
        }
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            setError(error, QStringLiteral("\"%1\" failed: %2").arg(m_sql, queryError(m_query)));
            return false;
        }
        return true;
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

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
            setError(problem, QStringLiteral("two migrations for schema version %1 (%2, %3)").arg(v).arg(byVersion[v], f));
            return {};
        }
        byVersion[v] = f;
    }
    QList<Migration> out;
    int expected = 1;
    for (const auto &[v, f] : byVersion) {
        if (v != expected) {
            setError(problem, QStringLiteral("migration for schema version %1 is missing").arg(expected));
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
        setError(problem, QStringLiteral("no SQL migrations are bundled with this program (resource %1)").arg(kMigrationDir));
    return out;
}

// Parses a stored JSON part: an array or an object.
std::optional<QJsonValue> parsePart(const QString &payload, QString *problem)
{
    QJsonParseError perr;
    const QJsonDocument d = QJsonDocument::fromJson(payload.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        setError(problem, perr.errorString());
        return std::nullopt;
    }
    if (d.isArray())
        return QJsonValue(d.array());
    if (d.isObject())
        return QJsonValue(d.object());
    setError(problem, QStringLiteral("neither an array nor an object"));
    return std::nullopt;
}

QString partPayload(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

// ---- Connection ----

DocumentStore::DocumentStore(const QString &connectionName)
{
    // Two stores must not share (and so break) one connection: make the name unique.
    QString name = connectionName;
    for (int i = 2; QSqlDatabase::contains(name); ++i)
        name = connectionName + QStringLiteral("-%1").arg(i);
    m_connectionName = name;
}

DocumentStore::~DocumentStore()
{
    close();
}

void DocumentStore::close()
{
    m_access = StoreAccess();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase(); // drop our handle so removeDatabase() sees no user
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_location.clear();
    m_schemaVersion = 0;
    m_readOnlyReason.clear();
}

QString DocumentStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/budgetdesk.sqlite");
}

bool DocumentStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QSqlDatabase DocumentStore::database() const
{
    return m_db;
}

bool DocumentStore::requireOpen(QString *error) const
{
    if (isOpen())
        return true;
    setError(error, QStringLiteral("no database is open"));
    return false;
}

int DocumentStore::latestSchemaVersion()
{
    const QList<Migration> migrations = bundledMigrations(nullptr);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int DocumentStore::schemaVersion() const
{
    return isOpen() ? m_schemaVersion : 0;
}

bool DocumentStore::open(const QString &path, QString *error)
{
    close();
    // A server's address is no file name: refused, not created as a folder "postgresql:".
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = url.match(path);
    if (scheme.hasMatch() && scheme.captured(1).toLower() != QLatin1String("postgresql")
        && scheme.captured(1).toLower() != QLatin1String("postgres")) {
        setError(error, QStringLiteral("\"%1\" is an address of a kind BudgetDesk cannot open: give a database file, "
                                       "or a PostgreSQL server as postgresql://user@host:port/database").arg(path));
        return false;
    }
    QString why;
    if (!(scheme.hasMatch() ? openPostgres(path, &why) : openSqlite(path, &why))) {
        setError(error, why);
        close();
        return false;
    }
    m_location = path;
    return true;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &url)
{
    // postgresql://[user[:password]@]host[:port]/database; the host may be a socket folder,
    // percent-encoded ("%2Ftmp%2Fpg"), as libpq takes it.
    static const QRegularExpression re(
        QStringLiteral("^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/@]*)(?::(\\d{1,5}))?/([^/?#]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return std::nullopt;
    const auto decoded = [&m](int i) { return QUrl::fromPercentEncoding(m.captured(i).toUtf8()); };
    ServerAddress a;
    a.user = decoded(1);
    a.password = decoded(2);
    a.host = decoded(3);
    a.port = m.captured(4).isEmpty() ? 5432 : m.captured(4).toInt();
    a.database = decoded(5);
    if (a.database.isEmpty() || a.port <= 0 || a.port > 65535)
        return std::nullopt;
    return a;
}

QString ServerAddress::shown() const
{
    // Never the password.
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host, QString::number(port), database);
}

QString ServerAddress::url() const
{
    // One pass of arg(): the encoded host's "%2F" must not be taken for a placeholder.
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@'),
             QString::fromUtf8(QUrl::toPercentEncoding(host)), QString::number(port),
             QString::fromUtf8(QUrl::toPercentEncoding(database)));
}

QSqlDatabase ServerAddress::connection(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kPostgresDriver, connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    return db;
}

bool DocumentStore::openPostgres(const QString &url, QString *error)
{
    const auto address = ServerAddress::parse(url);
    if (!address) {
        setError(error, QStringLiteral("\"%1\" is not a PostgreSQL address: write postgresql://user@host:port/database").arg(url));
        return false;
    }
    const QString shown = address->shown();
    if (!QSqlDatabase::isDriverAvailable(kPostgresDriver)) {
        setError(error, QStringLiteral("Cannot connect to %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) "
                                       "is not installed").arg(shown));
        return false;
    }
    m_readOnlyReason.clear();
    m_db = address->connection(m_connectionName);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=BudgetDesk"));
    if (!m_db.open()) {
        setError(error, QStringLiteral("Cannot connect to %1: %2").arg(shown, m_db.lastError().text().trimmed()));
        return false;
    }
    m_path = shown;
    // Quiet the server's notices; money and text come back as written.
    QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages = warning"));
    if (!prepareSchema(shown, m_db.tables(), error))
        return false;
    QString why;
    m_access = StoreAccess::of(m_db, &why);
    if (!why.isEmpty()) {
        setError(error, QStringLiteral("Cannot read the role of %1's account: %2").arg(shown, why));
        return false;
    }
    return true;
}

bool DocumentStore::openSqlite(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(kSqliteDriver)) {
        setError(error, QStringLiteral("Cannot open \"%1\": the Qt SQLite driver (QSQLITE) is not installed").arg(shown));
        return false;
    }

    // Look at the file before SQLite does: never hand a file of another kind to the driver.
    const QFileInfo info(path);
    m_readOnlyReason.clear();
    if (info.exists()) {
        if (!info.isFile()) {
            setError(error, QStringLiteral("Cannot open \"%1\": it is not a file").arg(shown));
            return false;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            setError(error, QStringLiteral("Cannot open \"%1\": %2").arg(shown, f.errorString()));
            return false;
        }
        const QByteArray head = f.read(16);
        // An empty file is an empty SQLite database; anything else must carry the SQLite magic.
        if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16)) {
            setError(error, QStringLiteral("Cannot open \"%1\": the file is not a BudgetDesk database (not an SQLite file)").arg(shown));
            return false;
        }
        // A database the user may read but not write opens read-only: listing, showing,
        // checking and exporting work, and a save says why it cannot be done. (SQLite also
        // writes beside the file: its journal, or the -wal and -shm files.)
        if (!info.isWritable())
            m_readOnlyReason = QStringLiteral("you have no permission to write to the file");
        else if (!QFileInfo(info.absolutePath()).isWritable())
            m_readOnlyReason = QStringLiteral("you have no permission to write to its folder %1")
                                   .arg(QDir::toNativeSeparators(info.absolutePath()));
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        setError(error, QStringLiteral("Cannot create \"%1\": cannot create the folder %2")
                            .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }

    m_db = QSqlDatabase::addDatabase(kSqliteDriver, m_connectionName);
    m_db.setDatabaseName(path);
    if (!isReadOnly()) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (QFileInfo(info.absolutePath()).isWritable() || QFile::exists(path + QStringLiteral("-shm"))) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    } else {
        // Reading a WAL database needs its -shm file, which no one can create in a folder we
        // may not write: SQLite reads such a file only as immutable (a database its owner
        // changes meanwhile is seen as it was when opened).
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        setError(error, QStringLiteral("Cannot open \"%1\": %2").arg(shown, m_db.lastError().text()));
        return false;
    }
    m_path = path;

    const QStringList tables = m_db.tables();
    if (m_db.lastError().isValid()) {
        setError(error, QStringLiteral("Cannot read \"%1\": %2").arg(shown, m_db.lastError().text()));
        return false;
    }
    return prepareSchema(QStringLiteral("\"%1\"").arg(shown), tables, error);
}

// Whether the database is ours and of a schema this program knows; then the per-connection
// settings and the pending migrations. shown names the database in messages.
bool DocumentStore::prepareSchema(const QString &shown, const QStringList &tables, QString *error)
{
    // Is it ours? A database with tables but without schema_version belongs to some other
    // program: refuse before changing anything (not even the journal mode).
    const bool sqlite = m_db.driverName() == kSqliteDriver;
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version"))) {
        setError(error, QStringLiteral("Cannot open %1: it is %2 of another program, not a BudgetDesk database")
                            .arg(shown, sqlite ? QStringLiteral("an SQLite database") : QStringLiteral("a database")));
        return false;
    }
    int version = 0;
    if (!tables.isEmpty() && !readSchemaVersion(&version, error))
        return false;
    const int latest = latestSchemaVersion();
    if (version > latest) {
        setError(error, QStringLiteral("%1 was written by a newer BudgetDesk (schema %2, this version knows %3); "
                                       "update BudgetDesk to open it")
                            .arg(shown).arg(version).arg(latest));
        return false;
    }

    if (isReadOnly()) {
        if (version < latest) {
            setError(error, QStringLiteral("%1 is read-only (%2) and was written by an older BudgetDesk (schema %3, this "
                                           "version needs %4): open it once where it can be written to upgrade it")
                                .arg(shown, m_readOnlyReason).arg(version).arg(latest));
            return false;
        }
        m_schemaVersion = version;
        return teachLearnedCodes(error);
    }

    // Per-connection settings; SQLite ignores foreign keys unless asked, and cannot switch the
    // journal mode inside a transaction, so both come before the migrations.
    if (sqlite && !setSqlitePragmas(shown, error))
        return false;
    m_schemaVersion = version;
    if (!applyMigrations(error)) {
        if (error)
            *error = QStringLiteral("Cannot prepare %1: %2").arg(shown, *error);
        return false;
    }
    return teachLearnedCodes(error);
}

bool DocumentStore::setSqlitePragmas(const QString &shown, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(error, QStringLiteral("Cannot open %1: %2").arg(shown, queryError(q)));
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1) {
        setError(error, QStringLiteral("Cannot open %1: this SQLite does not enforce foreign keys").arg(shown));
        return false;
    }
    q.finish();
    // Switching to WAL needs the file to itself for a moment. When another process is opening
    // the same new database, SQLite may report the conflict at once instead of waiting (the
    // busy timeout does not cover every lock it takes here): try again for as long as the busy
    // timeout would have waited.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // SQLITE_BUSY 5, SQLITE_LOCKED 6
        if ((code != 5 && code != 6) || waited.elapsed() > 5000) {
            setError(error, QStringLiteral("Cannot open %1: %2").arg(shown, queryError(q)));
            return false;
        }
        q.finish();
        QThread::msleep(20);
    }
    const QString mode = q.value(0).toString().toLower();
    q.finish();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory"))
        qWarning("DocumentStore: %s stays in journal mode %s (WAL not supported here)", qPrintable(shown), qPrintable(mode));
    return true;
}

bool DocumentStore::teachLearnedCodes(QString *error) const
{
    Statement q(m_db, QStringLiteral("SELECT year, classification, code, name FROM learned_codes"));
    if (!q.exec({}, error))
        return false;
    while (q.query().next())
        if (const auto c = classificationFromKey(q.query().value(1).toString()))
            CodeCatalogue::learn(q.query().value(0).toInt(), *c, q.query().value(2).toString(), q.query().value(3).toString());
    return true;
}

QList<DocumentStore::LearnedCode> DocumentStore::codesToLearn(const BudgetDocument &doc)
{
    // Only what a department published: a draft's codes may be typing mistakes.
    QList<LearnedCode> out;
    if (doc.status != DocumentStatus::Published)
        return out;
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);
    auto consider = [&](Classification c, const QString &code, const QString &name) {
        if (!CodeCatalogue::isWellFormed(c, code) || name.trimmed().isEmpty() || catalogue.contains(c, code))
            return;
        for (const LearnedCode &l : std::as_const(out))
            if (l.classification == c && l.code == code)
                return;
        out.append({c, code, name.trimmed()});
    };
    // The published trees name their 类 and 款 too, which the schedules (项) do not.
    const auto tpl = TemplateRegistry::instance().find(doc.templateId);
    for (const DisclosureTable &t : doc.published) {
        const TableSpec *spec = tpl ? tpl->table(t.number) : nullptr;
        const int nameColumn = t.columnIndex(QStringLiteral("name"));
        if (!spec || nameColumn < 0 || (spec->kind != TableKind::FunctionalTree && spec->kind != TableKind::EconomicTree))
            continue;
        const Classification c = spec->kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
        for (const TableRow &r : t.rows)
            if (!r.key.isEmpty() && r.key.front().isDigit())
                consider(c, r.key, r.cells.value(nameColumn).text);
    }
    for (const FunctionalLine &l : doc.schedules.functional)
        consider(Classification::Functional, l.code, l.name);
    for (const EconomicLine &l : doc.schedules.economic)
        consider(Classification::Economic, l.code, l.name);
    return out;
}

bool DocumentStore::readSchemaVersion(int *version, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        setError(error, QStringLiteral("Cannot read the schema version of \"%1\": %2")
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
    for (const Migration &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        QList<std::pair<QString, QString>> statements; // file, statement
        for (const QString &file : {m.file, m_db.driverName() == kPostgresDriver ? m.postgresFile : QString()}) {
            if (file.isEmpty())
                continue;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                setError(error, QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
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
                setError(error, QStringLiteral("migration %1 failed at \"%2\": %3")
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
    }
    return true;
}

// What a migration's SQL cannot compute, for the documents stored before it, in its transaction.
bool DocumentStore::fillNewColumns(int version, QString *error)
{
    if (version != 9)
        return true;
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

// ---- Save ----

QString DocumentStore::editRefusal(const BudgetDocument &doc) const
{
    if (m_access.role == StoreAccess::Role::Owner)
        return {};
    QString error;
    const bool reviewed = doc.id && reviewOf(m_db, doc.id, &error).has_value();
    return error.isEmpty() ? m_access.refusal(doc, reviewed) : error;
}

bool DocumentStore::requireWritable(const QString &what, QString *error) const
{
    if (!requireOpen(error))
        return false;
    if (!isReadOnly())
        return true;
    setError(error, QStringLiteral("Cannot %1: the database \"%2\" is read-only (%3). Nothing was changed; save the "
                                   "document into a database you can write to, or ask for write permission.")
                        .arg(what, QDir::toNativeSeparators(m_path), m_readOnlyReason));
    return false;
}

std::optional<qint64> DocumentStore::save(BudgetDocument &doc, QString *error, SaveConflict *conflict)
{
    if (!requireWritable(doc.id ? QStringLiteral("save \"%1 %2\"").arg(doc.department).arg(doc.year)
                                : QStringLiteral("store \"%1 %2\"").arg(doc.department).arg(doc.year),
                         error))
        return std::nullopt;

    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;

    qint64 id = doc.id;
    QList<AuditEntry> audit;
    if (id != 0) {
        // Take the write lock before reading the stored version: a transaction that reads
        // first and writes later can lose the race to another writer (SQLite WAL refuses the
        // upgrade), and the audit must compare with what this save really replaces.
        Statement lock(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id WHERE name = ?"));
        if (!lock.exec({QStringLiteral("audit_log")}, error))
            return std::nullopt;
        // Two people, one draft: a copy read before someone else's save does not overwrite it.
        // (A copy with no time, an import replacing a document, replaces whatever is there.)
        if (doc.modified.isValid()) {
            Statement current(m_db, QStringLiteral("SELECT modified, modified_by FROM documents WHERE id = ?"));
            if (!current.exec({qlonglong(id)}, error))
                return std::nullopt;
            if (current.query().next() && current.query().value(0).toString() != isoUtc(doc.modified)) {
                const SaveConflict c{current.query().value(1).toString(), fromIsoUtc(current.query().value(0).toString())};
                setError(error, QStringLiteral("Cannot save \"%1 %2\": %3 saved it at %4, after this copy was read; "
                                               "nothing was saved. Reload it to see that version, or save this one as a copy.")
                                    .arg(doc.department).arg(doc.year)
                                    .arg(c.by.isEmpty() ? QStringLiteral("someone") : c.by,
                                         c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
                if (conflict)
                    *conflict = c;
                return std::nullopt;
            }
        }
        QString why;
        if (!auditChanges(doc, id, &audit, &why)) {
            setError(error, QStringLiteral("Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
            return std::nullopt;
        }
    }
    if (id == 0) {
        // Allocate: bump the counter first (that takes the write lock), then read it; never
        // below MAX(id) + 1 so rows written by other tools cannot collide.
        Statement bump(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id + 1 WHERE name = ?"));
        if (!bump.exec({QStringLiteral("documents")}, error))
            return std::nullopt;
        if (bump.query().numRowsAffected() != 1) {
            setError(error, QStringLiteral("the database has no id counter for documents"));
            return std::nullopt;
        }
        Statement next(m_db, QStringLiteral("SELECT c.next_id - 1, (SELECT MAX(id) FROM documents) "
                                            "FROM id_counters c WHERE c.name = ?"));
        if (!next.exec({QStringLiteral("documents")}, error) || !next.query().next()) {
            setError(error, QStringLiteral("cannot allocate a document id"));
            return std::nullopt;
        }
        id = next.query().value(0).toLongLong();
        const QVariant maxId = next.query().value(1);
        if (!maxId.isNull() && maxId.toLongLong() >= id) {
            id = maxId.toLongLong() + 1;
            Statement fix(m_db, QStringLiteral("UPDATE id_counters SET next_id = ? WHERE name = ?"));
            if (!fix.exec({qlonglong(id + 1), QStringLiteral("documents")}, error))
                return std::nullopt;
        }
    }

    // Whole milliseconds, so the stored text gives back exactly this value.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QString why;
    if (!writeDocument(doc, id, now, &why)) {
        setError(error, QStringLiteral("Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
        return std::nullopt;
    }
    if (!audit.isEmpty()) {
        const QString user = AuditLog::currentOsUser();
        for (AuditEntry &e : audit) {
            e.documentId = id;
            e.changedAt = now;
            e.osUser = user;
        }
        if (!writeAudit(audit, &why)) {
            setError(error, QStringLiteral("Cannot save \"%1 %2\": cannot record the audit trail: %3")
                                .arg(doc.department)
                                .arg(doc.year)
                                .arg(why));
            return std::nullopt;
        }
    }
    const QList<LearnedCode> learned = codesToLearn(doc);
    Statement learn(m_db, QStringLiteral("INSERT INTO learned_codes (year, classification, code, name, document_id) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const LearnedCode &l : learned) {
        if (!learn.exec({doc.year, classificationKey(l.classification), l.code, l.name, qlonglong(id)}, &why)) {
            setError(error, QStringLiteral("Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
            return std::nullopt;
        }
    }
    if (!tx.commit(error))
        return std::nullopt;
    for (const LearnedCode &l : learned)
        CodeCatalogue::learn(doc.year, l.classification, l.code, l.name);
    // Only now, when the document is safely stored, does the caller's copy change.
    doc.id = id;
    doc.modified = now;
    return id;
}

bool DocumentStore::writeDocument(BudgetDocument &doc, qint64 id, const QDateTime &modified, QString *error)
{
    const QVariantList meta{text(doc.department), doc.year, text(doc.templateId), statusKey(doc.status),
                            text(doc.title), text(doc.publishDate), text(doc.sourceName), isoUtc(modified),
                            text(doc.sourceHash), text(departmentKey(doc.department)), text(AuditLog::currentOsUser())};
    if (doc.id == 0) {
        Statement insert(m_db, QStringLiteral("INSERT INTO documents (id, department, year, template_id, status, title, "
                                              "publish_date, source_name, modified, source_hash, department_key, modified_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert.exec(QVariantList{qlonglong(id)} + meta, error))
            return false;
    } else {
        Statement update(m_db, QStringLiteral("UPDATE documents SET department = ?, year = ?, template_id = ?, status = ?, "
                                              "title = ?, publish_date = ?, source_name = ?, modified = ?, source_hash = ?, "
                                              "department_key = ?, modified_by = ? WHERE id = ?"));
        if (!update.exec(meta + QVariantList{qlonglong(id)}, error))
            return false;
        if (update.query().numRowsAffected() != 1) {
            // On a server, row-level security hides from an UPDATE a row the role may not write.
            Statement exists(m_db, QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
            const bool there = exists.exec({qlonglong(id)}, error) && exists.query().next();
            setError(error, there ? QStringLiteral("The server refused the change: this account's role does not allow "
                                                   "writing document %1. Nothing was changed.").arg(id)
                                  : QStringLiteral("document %1 no longer exists in the database").arg(id));
            return false;
        }
        // Replace the content: children first (the cascade would do it, but explicit deletes
        // do not depend on it).
        for (const char *table : {"published_cells", "published_rows", "published_columns", "published_headers",
                                  "published_tables", "document_parts", "economic_lines", "functional_lines",
                                  "consolidation_members"}) {
            Statement del(m_db, QStringLiteral("DELETE FROM %1 WHERE document_id = ?").arg(QLatin1String(table)));
            if (!del.exec({qlonglong(id)}, error))
                return false;
        }
    }
    const QVariant docId = qlonglong(id);
    const Schedules &s = doc.schedules;

    Statement functional(m_db, QStringLiteral("INSERT INTO functional_lines (document_id, seq, code, name, source, phase, "
                                              "amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.functional.size(); ++i) {
        const FunctionalLine &l = s.functional.at(i);
        if (!functional.exec({docId, i, text(l.code), text(l.name), fundSourceKey(l.source), phaseKey(l.phase), fen(l.amount)},
                             error))
            return false;
    }

    Statement economic(m_db, QStringLiteral("INSERT INTO economic_lines (document_id, seq, code, name, personnel_fen, "
                                            "public_fen) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.economic.size(); ++i) {
        const EconomicLine &l = s.economic.at(i);
        if (!economic.exec({docId, i, text(l.code), text(l.name), fen(l.personnel), fen(l.publicUse)}, error))
            return false;
    }

    Statement member(m_db, QStringLiteral("INSERT INTO consolidation_members (document_id, seq, member_id) VALUES (?, ?, ?)"));
    for (int i = 0; i < doc.members.size(); ++i)
        if (!member.exec({docId, i, qlonglong(doc.members.at(i))}, error))
            return false;

    // The JSON parts come from BudgetDocument::toJson, so there is one JSON shape to maintain.
    const QJsonObject json = doc.toJson();
    Statement part(m_db, QStringLiteral("INSERT INTO document_parts (document_id, part, payload) VALUES (?, ?, ?)"));
    for (const QString &name : jsonParts()) {
        const QJsonValue v = json.value(name);
        if (!v.isArray() && !v.isObject()) {
            setError(error, QStringLiteral("BudgetDocument::toJson wrote no \"%1\"").arg(name));
            return false;
        }
        if (!part.exec({docId, name, partPayload(v)}, error))
            return false;
    }

    Statement table(m_db, QStringLiteral("INSERT INTO published_tables (document_id, table_no, number, table_key, title, "
                                         "unit, thousands, note, source_line, header_row_count, printed_title, issuer) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement header(m_db, QStringLiteral("INSERT INTO published_headers (document_id, table_no, header_row, col_no, text) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    Statement column(m_db, QStringLiteral("INSERT INTO published_columns (document_id, table_no, col_no, col_key, header, "
                                          "is_amount, side) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Statement row(m_db, QStringLiteral("INSERT INTO published_rows (document_id, table_no, row_no, row_key, right_key, "
                                       "level, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Statement cell(m_db, QStringLiteral("INSERT INTO published_cells (document_id, table_no, row_no, col_no, text, "
                                        "amount_fen, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int t = 0; t < doc.published.size(); ++t) {
        const DisclosureTable &dt = doc.published.at(t);
        if (!table.exec({docId, t, dt.number, text(dt.id), text(dt.title),
                         dt.unit == Unit::Yuan ? QStringLiteral("yuan") : QStringLiteral("wanyuan"), dt.thousands ? 1 : 0,
                         text(dt.note), dt.sourceLine, int(dt.headerRows.size()), text(dt.printedTitle), text(dt.issuer)},
                        error))
            return false;
        for (int h = 0; h < dt.headerRows.size(); ++h)
            for (int c = 0; c < dt.headerRows.at(h).size(); ++c)
                if (!header.exec({docId, t, h, c, text(dt.headerRows.at(h).at(c))}, error))
                    return false;
        for (int c = 0; c < dt.columns.size(); ++c) {
            const TableColumn &col = dt.columns.at(c);
            if (!column.exec({docId, t, c, text(col.key), text(col.header), col.isAmount ? 1 : 0, col.side}, error))
                return false;
        }
        for (int r = 0; r < dt.rows.size(); ++r) {
            const TableRow &tr = dt.rows.at(r);
            if (!row.exec({docId, t, r, text(tr.key), text(tr.rightKey), tr.level, tr.sourceLine}, error))
                return false;
            for (int c = 0; c < tr.cells.size(); ++c) {
                const TableCell &tc = tr.cells.at(c);
                if (!cell.exec({docId, t, r, c, text(tc.text), optFen(tc.amount), tc.sourceLine}, error))
                    return false;
            }
        }
    }
    return true;
}

// ---- Audit trail ----

bool DocumentStore::auditChanges(const BudgetDocument &doc, qint64 id, QList<AuditEntry> *entries, QString *error) const
{
    {
        // A document that is gone has nothing to compare with; writeDocument says why the save fails.
        Statement exists(m_db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE id = ?"));
        if (!exists.exec({qlonglong(id)}, error) || !exists.query().next())
            return false;
        if (exists.query().value(0).toLongLong() == 0)
            return true;
    }
    const auto tpl = TemplateRegistry::instance().find(doc.templateId);
    if (!tpl)
        return true; // no derivation without the template: nothing to compare
    BudgetDocument stored;
    QString why;
    if (!readDocument(id, &stored, &why)) {
        setError(error, QStringLiteral("cannot read the stored version to compare with: %1").arg(why));
        return false;
    }
    *entries = AuditLog::diff(stored, doc, *tpl);
    return true;
}

bool DocumentStore::writeAudit(const QList<AuditEntry> &entries, QString *error)
{
    // Ids as for documents: bump the counter by the number of rows, use the range below it.
    const qlonglong n = entries.size();
    Statement bump(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id + ? WHERE name = ?"));
    if (!bump.exec({n, QStringLiteral("audit_log")}, error))
        return false;
    if (bump.query().numRowsAffected() != 1) {
        setError(error, QStringLiteral("the database has no id counter for the audit trail"));
        return false;
    }
    Statement next(m_db, QStringLiteral("SELECT c.next_id - ?, (SELECT MAX(id) FROM audit_log) FROM id_counters c "
                                        "WHERE c.name = ?"));
    if (!next.exec({n, QStringLiteral("audit_log")}, error) || !next.query().next()) {
        setError(error, QStringLiteral("cannot allocate audit trail ids"));
        return false;
    }
    qint64 first = next.query().value(0).toLongLong();
    const QVariant maxId = next.query().value(1);
    if (!maxId.isNull() && maxId.toLongLong() >= first) {
        first = maxId.toLongLong() + 1;
        Statement fix(m_db, QStringLiteral("UPDATE id_counters SET next_id = ? WHERE name = ?"));
        if (!fix.exec({qlonglong(first + n), QStringLiteral("audit_log")}, error))
            return false;
    }
    Statement insert(m_db, QStringLiteral("INSERT INTO audit_log (id, document_id, changed_at, os_user, table_no, row_key, "
                                          "column_key, old_fen, new_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 nextId = first;
    for (const AuditEntry &e : entries) {
        if (!insert.exec({qlonglong(nextId++), qlonglong(e.documentId), isoUtc(e.changedAt), text(e.osUser), e.tableNo,
                          text(e.rowKey), text(e.columnKey), optFen(e.oldAmount), optFen(e.newAmount)},
                         error))
            return false;
    }
    return true;
}

QList<AuditEntry> DocumentStore::auditTrail(qint64 id, QString *error) const
{
    QList<AuditEntry> out;
    if (!requireOpen(error))
        return out;
    Statement q(m_db, QStringLiteral("SELECT id, document_id, changed_at, os_user, table_no, row_key, column_key, old_fen, "
                                     "new_fen FROM audit_log WHERE document_id = ? ORDER BY id"));
    QString why;
    if (!q.exec({qlonglong(id)}, &why)) {
        setError(error, QStringLiteral("Cannot read the audit trail of document %1: %2").arg(id).arg(why));
        return out;
    }
    while (q.query().next()) {
        const QSqlQuery &r = q.query();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.documentId = r.value(1).toLongLong();
        e.changedAt = fromIsoUtc(r.value(2).toString());
        e.osUser = r.value(3).toString();
        e.tableNo = r.value(4).toInt();
        e.rowKey = r.value(5).toString();
        e.columnKey = r.value(6).toString();
        if (!r.value(7).isNull())
            e.oldAmount = Amount::fromFen(r.value(7).toLongLong());
        if (!r.value(8).isNull())
            e.newAmount = Amount::fromFen(r.value(8).toLongLong());
        out.append(e);
    }
    return out;
}

// ---- Load ----

QList<BudgetDocument> DocumentStore::loadFigures(const QList<qint64> &ids, QString *error)
{
    return readDocuments(ids, Reading::Figures, error);
}

std::optional<BudgetDocument> DocumentStore::load(qint64 id, QString *error)
{
    QList<BudgetDocument> read = readDocuments({id}, Reading::Whole, error);
    if (read.isEmpty())
        return std::nullopt;
    return std::move(read.first());
}

// The documents, in one read transaction: every table is read from the same snapshot, even
// while another connection is saving. Empty and *error when one cannot be read.
QList<BudgetDocument> DocumentStore::readDocuments(const QList<qint64> &ids, Reading reading, QString *error)
{
    QList<BudgetDocument> out;
    if (!requireOpen(error))
        return out;
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        BudgetDocument doc;
        QString why;
        if (!readDocument(id, &doc, &why, reading)) {
            setError(error, QStringLiteral("Cannot load document %1: %2").arg(id).arg(why));
            return {};
        }
        out.append(std::move(doc));
    }
    if (!tx.commit(error))
        return {};
    return out;
}

bool DocumentStore::readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading) const
{
    const QVariant docId = qlonglong(id);
    {
        Statement q(m_db, QStringLiteral("SELECT department, year, template_id, status, title, publish_date, source_name, "
                                         "modified, source_hash FROM documents WHERE id = ?"));
        if (!q.exec({docId}, error))
            return false;
        if (!q.query().next()) {
            setError(error, QStringLiteral("no such document"));
            return false;
        }
        const QSqlQuery &r = q.query();
        doc->id = id;
        doc->department = r.value(0).toString();
        doc->year = r.value(1).toInt();
        doc->templateId = r.value(2).toString();
        const auto status = statusFromKey(r.value(3).toString());
        if (!status) {
            setError(error, QStringLiteral("unknown status \"%1\"").arg(r.value(3).toString()));
            return false;
        }
        doc->status = *status;
        doc->title = r.value(4).toString();
        doc->publishDate = r.value(5).toString();
        doc->sourceName = r.value(6).toString();
        doc->modified = fromIsoUtc(r.value(7).toString());
        doc->sourceHash = r.value(8).toString();
    }

    // The JSON parts, rebuilt through BudgetDocument::fromJson.
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("budgetdesk-document")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("status"), statusKey(doc->status)}};
    {
        Statement q(m_db, QStringLiteral("SELECT part, payload FROM document_parts WHERE document_id = ? ORDER BY part"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QString name = q.query().value(0).toString();
            if (!jsonParts().contains(name))
                continue; // written by a later version; this one does not know it
            if (reading == Reading::Figures && !figureParts().contains(name))
                continue;
            QString problem;
            const auto v = parsePart(q.query().value(1).toString(), &problem);
            if (!v) {
                setError(error, QStringLiteral("stored part \"%1\" is not valid JSON: %2").arg(name, problem));
                return false;
            }
            json.insert(name, *v);
        }
    }
    QString problem;
    const auto parts = BudgetDocument::fromJson(json, &problem);
    if (!parts) {
        setError(error, QStringLiteral("stored schedules are invalid: %1").arg(problem));
        return false;
    }
    doc->schedules = parts->schedules;
    doc->unreadable = parts->unreadable;
    doc->readings = parts->readings;
    doc->outline = parts->outline;
    Schedules &s = doc->schedules;

    {
        Statement q(m_db, QStringLiteral("SELECT code, name, source, phase, amount_fen FROM functional_lines "
                                         "WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            FunctionalLine l;
            l.code = r.value(0).toString();
            l.name = r.value(1).toString();
            const auto source = fundSourceFromKey(r.value(2).toString());
            const auto phase = phaseFromKey(r.value(3).toString());
            if (!source || !phase) {
                setError(error, QStringLiteral("functional line %1 has an unknown source \"%2\" or phase \"%3\"")
                                    .arg(l.code, r.value(2).toString(), r.value(3).toString()));
                return false;
            }
            l.source = *source;
            l.phase = *phase;
            l.amount = Amount::fromFen(r.value(4).toLongLong());
            s.functional.append(l);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT code, name, personnel_fen, public_fen FROM economic_lines "
                                         "WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            EconomicLine l;
            l.code = r.value(0).toString();
            l.name = r.value(1).toString();
            l.personnel = Amount::fromFen(r.value(2).toLongLong());
            l.publicUse = Amount::fromFen(r.value(3).toLongLong());
            s.economic.append(l);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT member_id FROM consolidation_members WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next())
            doc->members.append(q.query().value(0).toLongLong());
    }
    return reading == Reading::Figures || readPublished(id, &doc->published, error);
}

bool DocumentStore::readPublished(qint64 id, QList<DisclosureTable> *tables, QString *error) const
{
    const QVariant docId = qlonglong(id);
    auto corrupt = [&](const QString &what) {
        setError(error, QStringLiteral("published tables are inconsistent: %1").arg(what));
        return false;
    };
    auto tableAt = [&](int t) -> DisclosureTable * { return t >= 0 && t < tables->size() ? &(*tables)[t] : nullptr; };

    {
        Statement q(m_db, QStringLiteral("SELECT table_no, number, table_key, title, unit, thousands, note, source_line, "
                                         "header_row_count, printed_title, issuer FROM published_tables WHERE document_id = ? "
                                         "ORDER BY table_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            if (r.value(0).toInt() != tables->size())
                return corrupt(QStringLiteral("table %1 is missing").arg(tables->size()));
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
                return corrupt(QStringLiteral("unknown unit \"%1\"").arg(unit));
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
        Statement q(m_db, QStringLiteral("SELECT table_no, header_row, col_no, text FROM published_headers "
                                         "WHERE document_id = ? ORDER BY table_no, header_row, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int h = r.value(1).toInt();
            if (!t || h < 0 || h >= t->headerRows.size() || r.value(2).toInt() != t->headerRows.at(h).size())
                return corrupt(QStringLiteral("stray header text"));
            t->headerRows[h].append(r.value(3).toString());
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, col_no, col_key, header, is_amount, side FROM published_columns "
                                         "WHERE document_id = ? ORDER BY table_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->columns.size())
                return corrupt(QStringLiteral("stray column"));
            TableColumn c;
            c.key = r.value(2).toString();
            c.header = r.value(3).toString();
            c.isAmount = r.value(4).toInt() != 0;
            c.side = r.value(5).toInt();
            t->columns.append(c);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, row_no, row_key, right_key, level, source_line FROM published_rows "
                                         "WHERE document_id = ? ORDER BY table_no, row_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->rows.size())
                return corrupt(QStringLiteral("stray row"));
            TableRow row;
            row.key = r.value(2).toString();
            row.rightKey = r.value(3).toString();
            row.level = r.value(4).toInt();
            row.sourceLine = r.value(5).toInt();
            t->rows.append(row);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, row_no, col_no, text, amount_fen, source_line FROM published_cells "
                                         "WHERE document_id = ? ORDER BY table_no, row_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int rowNo = r.value(1).toInt();
            if (!t || rowNo < 0 || rowNo >= t->rows.size() || r.value(2).toInt() != t->rows.at(rowNo).cells.size())
                return corrupt(QStringLiteral("stray cell"));
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

// ---- List / remove ----

qint64 linkedDocumentId(const QList<DocumentSummary> &documents, qint64 id)
{
    const auto self = std::find_if(documents.begin(), documents.end(), [id](const DocumentSummary &d) { return d.id == id; });
    if (self == documents.end())
        return 0;
    const QString key = departmentKey(self->department);
    const DocumentKind kind = documentKindOf(self->templateId);
    qint64 found = 0;
    for (const DocumentSummary &d : documents)
        if (d.id != id && d.year == self->year && documentKindOf(d.templateId) != kind && departmentKey(d.department) == key)
            found = std::max(found, d.id);
    return found;
}

QList<DocumentSummary> documentsOfDepartment(const QList<DocumentSummary> &documents, const QString &name, QStringList *departments)
{
    const QString key = departmentKey(name);
    QList<DocumentSummary> out;
    for (bool exact : {true, false}) {
        for (const DocumentSummary &d : documents) {
            const QString k = departmentKey(d.department);
            if (!key.isEmpty() && (exact ? k == key : k.contains(key)))
                out.append(d);
        }
        if (!out.isEmpty())
            break;
    }
    if (departments) {
        departments->clear();
        for (const DocumentSummary &d : std::as_const(out))
            if (!departments->contains(d.department))
                departments->append(d.department);
    }
    return out;
}

QList<DocumentSummary> DocumentStore::list(QString *error) const
{
    return listWhere(QString(), {}, error);
}

QList<DocumentSummary> DocumentStore::listDepartment(const QString &department, QString *error) const
{
    return listWhere(QStringLiteral("department_key = ?"), {departmentKey(department)}, error);
}

QList<DocumentSummary> DocumentStore::listYear(int year, QString *error) const
{
    return listWhere(QStringLiteral("year = ?"), {year}, error);
}

QList<DocumentSummary> DocumentStore::listWhere(const QString &where, const QVariantList &values, QString *error) const
{
    QList<DocumentSummary> out;
    if (!requireOpen(error))
        return out;
    QString sql = QStringLiteral("SELECT id, department, year, template_id, status, modified, source_name FROM documents");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    Statement q(m_db, sql + QStringLiteral(" ORDER BY department, year, id"));
    if (!q.exec(values, error))
        return out;
    while (q.query().next()) {
        DocumentSummary s;
        s.id = q.query().value(0).toLongLong();
        s.department = q.query().value(1).toString();
        s.year = q.query().value(2).toInt();
        s.templateId = q.query().value(3).toString();
        s.status = statusFromKey(q.query().value(4).toString()).value_or(DocumentStatus::Draft);
        s.modified = fromIsoUtc(q.query().value(5).toString());
        s.sourceName = q.query().value(6).toString();
        out.append(s);
    }
    return out;
}

qint64 DocumentStore::firstDocument(const QString &preferredSource, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    // Two queries, each served by the (department, year) index.
    Statement preferred(m_db, QStringLiteral("SELECT id FROM documents WHERE source_name = ? ORDER BY department, year, id LIMIT 1"));
    if (!preferred.exec({preferredSource}, error))
        return 0;
    if (preferred.query().next())
        return preferred.query().value(0).toLongLong();
    Statement first(m_db, QStringLiteral("SELECT id FROM documents ORDER BY department, year, id LIMIT 1"));
    return first.exec({}, error) && first.query().next() ? first.query().value(0).toLongLong() : 0;
}

qint64 DocumentStore::findImport(const QString &sourceHash, QString *error) const
{
    if (sourceHash.isEmpty() || !requireOpen(error))
        return 0;
    Statement q(m_db, QStringLiteral("SELECT id FROM documents WHERE source_hash = ? ORDER BY id LIMIT 1"));
    return q.exec({sourceHash}, error) && q.query().next() ? q.query().value(0).toLongLong() : 0;
}

bool DocumentStore::isEmpty(QString *error) const
{
    if (!requireOpen(error))
        return true;
    Statement q(m_db, QStringLiteral("SELECT 1 FROM documents LIMIT 1"));
    return q.exec({}, error) && !q.query().next();
}

// The link made by hand for a document: nullopt when there is none, 0 when it was unlinked.
std::optional<qint64> DocumentStore::handLink(qint64 id, QString *error) const
{
    Statement q(m_db, QStringLiteral("SELECT linked_id FROM document_links WHERE document_id = ?"));
    if (!q.exec({qlonglong(id)}, error) || !q.query().next())
        return std::nullopt;
    return q.query().value(0).isNull() ? 0 : q.query().value(0).toLongLong();
}

qint64 DocumentStore::linkedDocument(qint64 id, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    if (const auto byHand = handLink(id, error))
        return *byHand;
    // Its counterpart is of the same year and department: only those documents are read
    // (through the (year, department_key) index).
    const qint64 automatic = linkedDocumentId(
        listWhere(QStringLiteral("(year, department_key) = (SELECT year, department_key FROM documents WHERE id = ?)"),
                  {qlonglong(id)}, error),
        id);
    // The other document may have been linked elsewhere, or unlinked, by hand.
    const auto theirs = automatic ? handLink(automatic, error) : std::nullopt;
    return theirs && *theirs != id ? 0 : automatic;
}

qint64 DocumentStore::ownDocumentOf(qint64 consolidatedId, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    Statement q(m_db, QStringLiteral("SELECT d.id FROM documents d, documents c WHERE c.id = ? AND d.year = c.year "
                                     "AND d.department_key = c.department_key AND d.template_id = c.template_id AND d.id <> c.id "
                                     "AND NOT EXISTS (SELECT 1 FROM consolidation_members m WHERE m.document_id = d.id) "
                                     "ORDER BY d.id DESC LIMIT 1"));
    if (!q.exec({qlonglong(consolidatedId)}, error) || !q.query().next())
        return 0;
    return q.query().value(0).toLongLong();
}

// One row of document_links, in plain SQL (no upsert: the schema runs on PostgreSQL too).
bool DocumentStore::setLink(qint64 id, std::optional<qint64> linked, QString *error)
{
    Statement del(m_db, QStringLiteral("DELETE FROM document_links WHERE document_id = ?"));
    Statement ins(m_db, QStringLiteral("INSERT INTO document_links (document_id, linked_id) VALUES (?, ?)"));
    return del.exec({qlonglong(id)}, error)
           && ins.exec({qlonglong(id), linked ? QVariant(qlonglong(*linked)) : QVariant(QMetaType(QMetaType::LongLong))}, error);
}

bool DocumentStore::link(qint64 a, qint64 b, QString *error)
{
    if (!requireWritable(QStringLiteral("link documents %1 and %2").arg(a).arg(b), error))
        return false;
    const QList<DocumentSummary> all = list(error);
    auto find = [&](qint64 id) -> const DocumentSummary * {
        for (const DocumentSummary &d : all)
            if (d.id == id)
                return &d;
        return nullptr;
    };
    const DocumentSummary *da = find(a), *db = find(b);
    if (!da || !db) {
        setError(error, QStringLiteral("Cannot link documents %1 and %2: no document %3").arg(a).arg(b).arg(da ? b : a));
        return false;
    }
    if (documentKindOf(da->templateId) == documentKindOf(db->templateId)) {
        setError(error, QStringLiteral("Cannot link documents %1 and %2: a budget is linked with a final account (决算), and both are %3")
                            .arg(a).arg(b).arg(documentKindOf(da->templateId) == DocumentKind::Final ? QStringLiteral("final accounts")
                                                                                                     : QStringLiteral("budgets")));
        return false;
    }
    const qint64 oldA = linkedDocument(a, error), oldB = linkedDocument(b, error);
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    for (qint64 old : {oldA, oldB})
        if (old && old != a && old != b && !setLink(old, std::nullopt, error))
            return false;
    if (!setLink(a, b, error) || !setLink(b, a, error))
        return false;
    return tx.commit(error);
}

bool DocumentStore::unlink(qint64 id, QString *error)
{
    if (!requireWritable(QStringLiteral("unlink document %1").arg(id), error))
        return false;
    const qint64 other = linkedDocument(id, error);
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!setLink(id, std::nullopt, error) || (other && !setLink(other, std::nullopt, error)))
        return false;
    return tx.commit(error);
}

bool DocumentStore::remove(qint64 id, QString *error)
{
    if (!requireWritable(QStringLiteral("remove document %1").arg(id), error))
        return false;
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    {
        // Every other row of the document goes with it: ON DELETE CASCADE.
        Statement del(m_db, QStringLiteral("DELETE FROM documents WHERE id = ?"));
        if (!del.exec({qlonglong(id)}, error))
            return false;
        if (del.query().numRowsAffected() != 1) {
            setError(error, QStringLiteral("Cannot remove document %1: no such document").arg(id));
            return false;
        }
    }
    return tx.commit(error);
}

} // namespace bd
