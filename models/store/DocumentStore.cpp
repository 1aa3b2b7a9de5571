// The connection: a file (SQLite) or a server (PostgreSQL) opened, its schema prepared, and
// what the connected account may do.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUrl>

#include <map>

namespace bd {

using namespace storesql;

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
    setError(error, QCoreApplication::translate("bd::DocumentStore", "no database is open"));
    return false;
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
        setError(error, QCoreApplication::translate("bd::DocumentStore", "\"%1\" is an address of a kind BudgetDesk cannot open: give a database file, "
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
        setError(error, QCoreApplication::translate("bd::DocumentStore", "\"%1\" is not a PostgreSQL address: write postgresql://user@host:port/database").arg(url));
        return false;
    }
    const QString shown = address->shown();
    if (!QSqlDatabase::isDriverAvailable(kPostgresDriver)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot connect to %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) "
                                       "is not installed").arg(shown));
        return false;
    }
    m_readOnlyReason.clear();
    m_db = address->connection(m_connectionName);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=BudgetDesk"));
    if (!m_db.open()) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot connect to %1: %2").arg(shown, m_db.lastError().text().trimmed()));
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
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot read the role of %1's account: %2").arg(shown, why));
        return false;
    }
    return true;
}

bool DocumentStore::openSqlite(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(kSqliteDriver)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open \"%1\": the Qt SQLite driver (QSQLITE) is not installed").arg(shown));
        return false;
    }

    // Look at the file before SQLite does: never hand a file of another kind to the driver.
    const QFileInfo info(path);
    m_readOnlyReason.clear();
    if (info.exists()) {
        if (!info.isFile()) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open \"%1\": it is not a file").arg(shown));
            return false;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open \"%1\": %2").arg(shown, f.errorString()));
            return false;
        }
        const QByteArray head = f.read(16);
        // An empty file is an empty SQLite database; anything else must carry the SQLite magic.
        if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open \"%1\": the file is not a BudgetDesk database (not an SQLite file)").arg(shown));
            return false;
        }
        // A database the user may read but not write opens read-only: listing, showing,
        // checking and exporting work, and a save says why it cannot be done. (SQLite also
        // writes beside the file: its journal, or the -wal and -shm files.)
        if (!info.isWritable())
            m_readOnlyReason = QCoreApplication::translate("bd::DocumentStore", "you have no permission to write to the file");
        else if (!QFileInfo(info.absolutePath()).isWritable())
            m_readOnlyReason = QCoreApplication::translate("bd::DocumentStore", "you have no permission to write to its folder %1")
                                   .arg(QDir::toNativeSeparators(info.absolutePath()));
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot create \"%1\": cannot create the folder %2")
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
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open \"%1\": %2").arg(shown, m_db.lastError().text()));
        return false;
    }
    m_path = path;

    const QStringList tables = m_db.tables();
    if (m_db.lastError().isValid()) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot read \"%1\": %2").arg(shown, m_db.lastError().text()));
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
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open %1: it is %2 of another program, not a BudgetDesk database")
                            .arg(shown, sqlite ? QCoreApplication::translate("bd::DocumentStore", "an SQLite database")
                                               : QCoreApplication::translate("bd::DocumentStore", "a database")));
        return false;
    }
    int version = 0;
    if (!tables.isEmpty() && !readSchemaVersion(&version, error))
        return false;
    const int latest = latestSchemaVersion();
    if (version > latest) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "%1 was written by a newer BudgetDesk (schema %2, this version knows %3); "
                                       "update BudgetDesk to open it")
                            .arg(shown).arg(version).arg(latest));
        return false;
    }

    if (isReadOnly()) {
        if (version < latest) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "%1 is read-only (%2) and was written by an older BudgetDesk (schema %3, this "
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
            *error = QCoreApplication::translate("bd::DocumentStore", "Cannot prepare %1: %2").arg(shown, *error);
        return false;
    }
    return teachLearnedCodes(error);
}

bool DocumentStore::setSqlitePragmas(const QString &shown, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open %1: %2").arg(shown, queryError(q)));
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open %1: this SQLite does not enforce foreign keys").arg(shown));
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
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot open %1: %2").arg(shown, queryError(q)));
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
    setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot %1: the database \"%2\" is read-only (%3). Nothing was changed; save the "
                                   "document into a database you can write to, or ask for write permission.")
                        .arg(what, QDir::toNativeSeparators(m_path), m_readOnlyReason));
    return false;
}

} // namespace bd
