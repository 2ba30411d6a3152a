#include "importnames.h"

#include <algorithm>

namespace PartyLedger {

QString NameIndex::key(const QString &name)
{
    // As ImportColumns::key: names in common Han characters and digits are their own key.
    const bool plain = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') ||
               (c >= u'\u4E00' && c <= u'\u9FFF');
    });
    if (plain)
        return name;
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

void NameIndex::add(qint64 id, const QString &name)
{
    const QString k = key(name);
    if (k.isEmpty())
        return;
    QList<qint64> &ids = m_ids[k];
    if (!ids.contains(id))
        ids.append(id);
}

QList<qint64> NameIndex::find(const QString &name) const
{
    return m_ids.value(key(name));
}

OrgNames::OrgNames(const QList<Organization> &organizations)
{
    for (const Organization &org : organizations) {
        m_organizations.insert(org.id, org);
        m_names.add(org.id, org.fullName);
        m_names.add(org.id, org.shortName);
    }
}

const Organization *OrgNames::organization(qint64 id) const
{
    const auto found = m_organizations.constFind(id);
    return found == m_organizations.cend() ? nullptr : &*found;
}

NameMatch OrgNames::find(const QString &name) const
{
    QList<qint64> ids = m_names.find(name);
    if (ids.isEmpty())
        return {0, true, tr("“%1” is not an organization of the ledger.").arg(name)};
    const auto keepIf = [&ids](auto wanted) {
        QList<qint64> kept;
        std::copy_if(ids.cbegin(), ids.cend(), std::back_inserter(kept), wanted);
        if (!kept.isEmpty())
            ids = kept;
    };
    keepIf([this](qint64 id) { return !m_organizations.value(id).isDissolved(); });
    const QString key = NameIndex::key(name);
    keepIf([&](qint64 id) { return NameIndex::key(m_organizations.value(id).fullName) == key; });
    if (ids.size() == 1)
        return {ids.first(), false, {}};
    return {0, false,
            tr("“%1” is the name of %2 organizations; write the full name of the one you mean.")
                .arg(name)
                .arg(ids.size())};
}

UnitNames::UnitNames(const QList<Unit> &units)
{
    for (const Unit &unit : units) {
        m_units.insert(unit.id, unit);
        m_names.add(unit.id, unit.name);
        m_names.add(unit.id, unit.shortName);
    }
}

NameMatch UnitNames::find(const QString &name) const
{
    const QList<qint64> ids = m_names.find(name);
    if (ids.isEmpty())
        return {0, true, tr("“%1” is not a unit of the ledger.").arg(name)};
    if (ids.size() == 1)
        return {ids.first(), false, {}};
    const QString key = NameIndex::key(name);
    for (qint64 id : ids) {
        if (NameIndex::key(m_units.value(id).name) == key)
            return {id, false, {}};
    }
    return {0, false,
            tr("“%1” is the short name of %2 units; write the full name of the one you mean.")
                .arg(name)
                .arg(ids.size())};
}

} // namespace PartyLedger
