#pragma once

// The PostgreSQL server of the suites' second run (ctest's postgres fixture, scripts/pg.sh):
// BD_TEST_POSTGRES names it; empty when the run is on files.

#include "store/DocumentStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bd::test {

inline QString serverUrl()
{
    return qEnvironmentVariable("BD_TEST_POSTGRES");
}

// Empties the server's database, as a new file is empty: every table, index and function of
// BudgetDesk goes with the schema. False and why when the server cannot be reached.
inline bool resetServer(const QString &url, QString *error)
{
    const auto address = ServerAddress::parse(url);
    if (!address) {
        *error = QStringLiteral("not a server address: ") + url;
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = address->connection(QStringLiteral("bd-test-reset"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages = warning"))
                 && q.exec(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE")) && q.exec(QStringLiteral("CREATE SCHEMA public"));
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bd-test-reset"));
    return ok;
}

} // namespace bd::test
