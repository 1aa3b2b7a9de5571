#include "CodeCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

namespace bd {

namespace {

const QString kResourceDir = QStringLiteral(":/catalogue");

bool allAsciiDigits(const QString &s)
{
    return !s.isEmpty()
        && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool codeLess(const CodeEntry &a, const CodeEntry &b)
{
    return a.code < b.code;
}

// Cache of catalogues: the shipped data by shipped year, and one catalogue per requested year
// (a copy of the nearest shipped one, which the codes learned for that year extend).
// Catalogues are never freed or moved, so references handed out by forYear() stay valid for
// the life of the program.
struct Cache
{
    QMutex mutex;
    std::map<int, std::unique_ptr<CodeCatalogue>> byYear;   // by shipped year
    std::map<int, std::unique_ptr<CodeCatalogue>> resolved; // by requested year
};

Cache &cache()
{
    static Cache c;
    return c;
}

} // namespace

QString classificationKey(Classification c)
{
    return c == Classification::Functional ? QStringLiteral("functional") : QStringLiteral("economic");
}

std::optional<Classification> classificationFromKey(const QString &key)
{
    if (key == QLatin1String("functional"))
        return Classification::Functional;
    if (key == QLatin1String("economic"))
        return Classification::Economic;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Code structure

int CodeCatalogue::levelOf(Classification c, const QString &code)
{
    if (!allAsciiDigits(code))
        return 0;
    switch (code.size()) {
    case 3:
        return 1;
    case 5:
        return 2;
    case 7:
        // 经济分类 has no third level.
        return c == Classification::Functional ? 3 : 0;
    default:
        return 0;
    }
}

QString CodeCatalogue::parentOf(const QString &code)
{
    if (!allAsciiDigits(code) || (code.size() != 5 && code.size() != 7))
        return QString();
    return code.left(code.size() - 2);
}

bool CodeCatalogue::isWellFormed(Classification c, const QString &code)
{
    return levelOf(c, code) != 0;
}

QString CodeCatalogue::normalizedName(const QString &name)
{
    // Published tables mix full-width and half-width brackets and wrap long names with
    // spaces ("政府办公厅（室）及相关 机构事务"); neither changes which item is meant.
    QString out;
    out.reserve(name.size());
    for (QChar ch : name) {
        if (ch.isSpace())
            continue;
        switch (ch.unicode()) {
        case 0xFF08: // （
            out += QLatin1Char('(');
            break;
        case 0xFF09: // ）
            out += QLatin1Char(')');
            break;
        default:
            out += ch;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Loading

bool CodeCatalogue::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("catalogue: invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("catalogue: the top level must be an object"));
    const QJsonObject root = doc.object();

    const QJsonValue yearValue = root.value(QLatin1String("year"));
    // toInt(0) also rejects fractions such as 2025.5.
    const int year = yearValue.toInt(0);
    if (!yearValue.isDouble() || year <= 0)
        return fail(QStringLiteral("catalogue: \"year\" must be a positive integer"));

    // Load into locals so that a failure leaves this catalogue unchanged.
    QHash<QString, CodeEntry> maps[2];
    for (Classification c : {Classification::Functional, Classification::Economic}) {
        const QString key = classificationKey(c);
        QHash<QString, CodeEntry> &m = maps[c == Classification::Functional ? 0 : 1];
        const QJsonValue listValue = root.value(key);
        if (!listValue.isArray())
            return fail(QStringLiteral("catalogue %1: \"%2\" must be an array of [code, name]")
                            .arg(year)
                            .arg(key));
        const QJsonArray list = listValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString place = QStringLiteral("catalogue %1: %2[%3]").arg(year).arg(key).arg(i);
            const QJsonArray pair = list.at(i).toArray();
            if (!list.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString()
                || !pair.at(1).isString())
                return fail(place + QStringLiteral(": expected [\"code\", \"name\"]"));
            CodeEntry e;
            e.code = pair.at(0).toString();
            e.name = pair.at(1).toString().trimmed();
            e.level = levelOf(c, e.code);
            if (e.level == 0)
                return fail(place + QStringLiteral(": malformed code \"%1\"").arg(e.code));
            if (e.name.isEmpty())
                return fail(place + QStringLiteral(": empty name for code %1").arg(e.code));
            if (m.contains(e.code))
                return fail(place + QStringLiteral(": duplicate code %1").arg(e.code));
            m.insert(e.code, e);
        }
        // Every 款/项 needs its parent: a missing one is almost always a typo in the code.
        for (const CodeEntry &e : std::as_const(m)) {
            const QString parent = parentOf(e.code);
            if (!parent.isEmpty() && !m.contains(parent))
                return fail(QStringLiteral("catalogue %1: %2 code %3 (%4) has no parent %5")
                                .arg(year)
                                .arg(key)
                                .arg(e.code, e.name, parent));
        }
    }

    QList<CodeEntry> formerly;
    const QJsonArray former = root.value(QLatin1String("formerly")).toArray();
    for (qsizetype i = 0; i < former.size(); ++i) {
        const QJsonArray pair = former.at(i).toArray();
        CodeEntry e{pair.at(0).toString(), pair.at(1).toString().trimmed(), levelOf(Classification::Functional, pair.at(0).toString())};
        if (pair.size() != 2 || e.level == 0 || e.name.isEmpty() || !maps[0].contains(e.code))
            return fail(QStringLiteral("catalogue %1: formerly[%2]: expected [\"code\", \"former name\"] of a code of the catalogue").arg(year).arg(i));
        formerly.append(e);
    }

    m_year = year;
    m_formerly = std::move(formerly);
    m_functional = std::move(maps[0]);
    m_economic = std::move(maps[1]);
    return true;
}

QList<int> CodeCatalogue::shippedYears()
{
    QList<int> years;
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        bool ok = false;
        const int y = f.chopped(5).toInt(&ok); // "2025.json"
        if (ok && y > 0)
            years.append(y);
    }
    std::sort(years.begin(), years.end());
    return years;
}

const CodeCatalogue &CodeCatalogue::forYear(int year)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    return resolvedLocked(year);
}

CodeCatalogue &CodeCatalogue::resolvedLocked(int year)
{
    Cache &c = cache();
    if (const auto hit = c.resolved.find(year); hit != c.resolved.end())
        return *hit->second;

    // Nearest shipped year; on a tie the later one, whose names are the more recent.
    const QList<int> years = shippedYears();
    int chosen = 0;
    for (int y : years) {
        if (chosen == 0 || std::abs(y - year) <= std::abs(chosen - year))
            chosen = y;
    }
    auto it = c.byYear.find(chosen);
    if (chosen != 0 && it == c.byYear.end()) {
        QFile file(QStringLiteral("%1/%2.json").arg(kResourceDir).arg(chosen));
        auto catalogue = std::make_unique<CodeCatalogue>();
        QString error;
        if (file.open(QIODevice::ReadOnly) && catalogue->loadJson(file.readAll(), &error))
            it = c.byYear.emplace(chosen, std::move(catalogue)).first;
        else // shipped data is tested; reaching this is a build problem, not a user error
            qWarning("CodeCatalogue: cannot load %s: %s", qPrintable(file.fileName()),
                     qPrintable(error.isEmpty() ? file.errorString() : error));
    }
    // Callers never drop unknown codes, so an empty catalogue degrades to "not found".
    auto own = it != c.byYear.end() ? std::make_unique<CodeCatalogue>(*it->second) : std::make_unique<CodeCatalogue>();
    return *c.resolved.emplace(year, std::move(own)).first->second;
}

bool CodeCatalogue::learn(int year, Classification c, const QString &code, const QString &name)
{
    if (!isWellFormed(c, code) || name.trimmed().isEmpty())
        return false;
    QMutexLocker lock(&cache().mutex);
    CodeCatalogue &catalogue = resolvedLocked(year);
    auto &m = c == Classification::Functional ? catalogue.m_functional : catalogue.m_economic;
    if (m.contains(code))
        return false;
    m.insert(code, CodeEntry{code, name.trimmed(), levelOf(c, code), true});
    return true;
}

// ---------------------------------------------------------------------------------------------
// Queries

std::optional<CodeEntry> CodeCatalogue::find(Classification c, const QString &code) const
{
    const auto &m = map(c);
    const auto it = m.constFind(code);
    if (it == m.cend())
        return std::nullopt;
    return *it;
}

QString CodeCatalogue::name(Classification c, const QString &code) const
{
    const auto &m = map(c);
    const auto it = m.constFind(code);
    return it == m.cend() ? QString() : it->name;
}

QList<CodeEntry> CodeCatalogue::entries(Classification c, int level) const
{
    QList<CodeEntry> out;
    for (const CodeEntry &e : map(c)) {
        if (e.level == level)
            out.append(e);
    }
    std::sort(out.begin(), out.end(), codeLess);
    return out;
}

QList<CodeEntry> CodeCatalogue::children(Classification c, const QString &code) const
{
    // The children of the root ("") are the 类.
    QList<CodeEntry> out;
    for (const CodeEntry &e : map(c)) {
        if (parentOf(e.code) == code && (!code.isEmpty() || e.level == 1))
            out.append(e);
    }
    std::sort(out.begin(), out.end(), codeLess);
    return out;
}

std::optional<QString> CodeCatalogue::codeForName(Classification c, const QString &name, int level,
                                                  const QString &parentCode) const
{
    const QString wanted = normalizedName(name);
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<QString> best;
    for (const CodeEntry &e : map(c)) {
        if (e.level != level || (!parentCode.isEmpty() && !e.code.startsWith(parentCode)))
            continue;
        // Several matches (e.g. every 款 has a 项 "行政运行"): the first in code order.
        if (best && *best <= e.code)
            continue;
        if (normalizedName(e.name) == wanted)
            best = e.code;
    }
    return best;
}

} // namespace bd
