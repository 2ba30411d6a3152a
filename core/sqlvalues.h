#pragma once

// How values cross between the ledger's structs and SQL, shared by the store's source files.
// Internal to core's store: nothing outside ledger*.cpp includes this.

#include "dateinput.h"
#include "ledger.h"
#include "sqlitedialect.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// The ids of an organization and everything below it, as a CTE named subtree(id); its one
// parameter is the organization's id. For the store's queries by subtree.
#define PARTYLEDGER_SUBTREE                                                                        \
    "WITH RECURSIVE subtree(id) AS (SELECT ? UNION SELECT o.id FROM organizations o JOIN "         \
    "subtree s ON o.parent_id = s.id) "

// The same for a root that may be 0, meaning every organization of the ledger; it takes the
// root id twice.
#define PARTYLEDGER_SUBTREE_OR_ALL                                                                 \
    "WITH RECURSIVE subtree(id) AS (SELECT id FROM organizations WHERE id = ? OR (? = 0 AND "      \
    "parent_id IS NULL) UNION SELECT o.id FROM organizations o JOIN subtree s ON o.parent_id = "   \
    "s.id) "

namespace PartyLedger::SqlValues {

// SQL NULL for the values a ledger leaves empty: a missing date or reference.
inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(DateInput::format(date)) : QVariant();
}

inline QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt's SQL drivers bind a null QString as SQL NULL. Text columns hold '' for "nothing"; NULL is
// asked for explicitly with an invalid QVariant (see dateValue, idValue, textOrNull).
inline QVariant boundValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline qint64 idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

inline QString sentence(const QString &context, const QSqlError &error)
{
    //: %1 says what could not be done, %2 why, in the engine's words made plain.
    return Ledger::tr("%1: %2").arg(context, SqliteDialect::describe(error));
}

// A read loop ends when next() is false, which is also how a failed read (busy, damaged) ends:
// this tells the two apart, so a list is never silently cut short.
inline std::optional<Error> readFailure(const QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return std::nullopt;
    return Error{sentence(Ledger::tr("Could not read the ledger"), query.lastError())};
}

// The first column of every row of a query, as ids: the shape of many small reads.
inline Result<QList<qint64>> idsOf(Result<QSqlQuery> query)
{
    if (!query)
        return Error{query.error()};
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    if (auto failed = readFailure(query.value()))
        return *failed;
    return ids;
}

} // namespace PartyLedger::SqlValues
