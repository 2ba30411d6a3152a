#pragma once

#include "organization.h"
#include "unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace PartyLedger {

// Records found by the names a sheet writes: full or short name, ignoring spaces and
// full-width forms ("市医院 第一党支部", "（筹）"). A name may fit several records.
class NameIndex {
public:
    static QString key(const QString &name);
    void add(qint64 id, const QString &name); // an empty name is not added
    QList<qint64> find(const QString &name) const;

private:
    QHash<QString, QList<qint64>> m_ids;
};

// What a name in a sheet resolved to: an id, or why not.
struct NameMatch {
    qint64 id = 0;
    bool unknown = false; // no record has this name (as opposed to several having it)
    QString problem;      // set when id is 0: a translated reason for the report
};

// The ledger's organizations by full and short name. Of several with the name, one still in
// being is taken over dissolved ones; still several: the one whose full name it is.
class OrgNames {
    Q_DECLARE_TR_FUNCTIONS(OrgNames)
public:
    explicit OrgNames(const QList<Organization> &organizations);
    NameMatch find(const QString &name) const;
    const Organization *organization(qint64 id) const;

private:
    QHash<qint64, Organization> m_organizations;
    NameIndex m_names;
};

// The ledger's units by name and short name; of several, the one whose full name it is wins.
class UnitNames {
    Q_DECLARE_TR_FUNCTIONS(UnitNames)
public:
    explicit UnitNames(const QList<Unit> &units);
    NameMatch find(const QString &name) const;

private:
    QHash<qint64, Unit> m_units;
    NameIndex m_names;
};

} // namespace PartyLedger
