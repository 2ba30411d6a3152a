#include "demoledger.h"

#include "ledger.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PartyLedger {

namespace {
QDate date(const QJsonObject &object, const char *key)
{
    return QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Keys in the JSON name records; the ledger gives them ids as they are written.
class KeyMap {
public:
    void add(const QString &key, qint64 id) { m_ids.insert(key, id); }
    Result<qint64> resolve(const QString &key) const
    {
        if (key.isEmpty())
            return qint64(0);
        auto found = m_ids.constFind(key);
        if (found == m_ids.constEnd())
            return Error{DemoLedger::tr("The demo data refers to \"%1\", which it does not define.")
                             .arg(key)};
        return *found;
    }

private:
    QHash<QString, qint64> m_ids;
};

Result<void> loadUnits(Ledger &ledger, const QJsonArray &units, KeyMap &keys)
{
    for (const QJsonValue &value : units) {
        const QJsonObject object = value.toObject();
        auto id = ledger.addUnit({0, text(object, "name"), text(object, "shortName")});
        if (!id)
            return Error{id.error()};
        keys.add(text(object, "key"), id.value());
    }
    return {};
}

Result<void> loadOrganizations(Ledger &ledger, const QJsonArray &organizations, KeyMap &units,
                               KeyMap &keys)
{
    int order = 0;
    for (const QJsonValue &value : organizations) {
        const QJsonObject object = value.toObject();
        Organization org;
        auto parent = keys.resolve(text(object, "parent"));
        auto unit = units.resolve(text(object, "unit"));
        const auto kind = OrgKinds::fromCode(text(object, "kind"));
        if (!parent || !unit || !kind)
            return Error{!parent ? parent.error()
                         : !unit ? unit.error()
                                 : DemoLedger::tr("The demo data has an unknown "
                                                  "organization kind.")};
        org.parentId = parent.value();
        org.unitId = unit.value();
        org.kind = *kind;
        org.fullName = text(object, "fullName");
        org.shortName = text(object, "shortName");
        org.founded = date(object, "founded");
        org.dissolved = date(object, "dissolved");
        org.isRetiree = object.value(QLatin1String("retiree")).toBool();
        org.isNonPublic = object.value(QLatin1String("nonPublic")).toBool();
        org.sortOrder = order++;
        auto id = ledger.addOrganization(org);
        if (!id)
            return Error{id.error()};
        keys.add(text(object, "key"), id.value());
    }
    return {};
}

Result<void> loadMembers(Ledger &ledger, const QJsonArray &members, const KeyMap &units,
                         const KeyMap &orgs, KeyMap &keys)
{
    for (const QJsonValue &value : members) {
        const QJsonObject object = value.toObject();
        Member m;
        auto unit = units.resolve(text(object, "unit"));
        auto org = orgs.resolve(text(object, "org"));
        if (!unit || !org)
            return Error{!unit ? unit.error() : org.error()};
        m.name = text(object, "name");
        m.gender =
            MemberVocabulary::genderFromCode(text(object, "gender")).value_or(Gender::Unknown);
        m.ethnicity = text(object, "ethnicity");
        m.birthDate = date(object, "birthDate");
        m.idNumber = text(object, "idNumber");
        m.education = text(object, "education");
        m.phone = text(object, "phone");
        m.unitId = unit.value();
        m.adminPost = text(object, "adminPost");
        m.title = text(object, "title");
        m.orgId = org.value();
        m.category = MemberVocabulary::categoryFromCode(text(object, "category"))
                         .value_or(MemberCategory::Full);
        m.applicationDate = date(object, "applicationDate");
        m.activistDate = date(object, "activistDate");
        m.candidateDate = date(object, "candidateDate");
        m.joinDate = date(object, "joinDate");
        m.confirmDate = date(object, "confirmDate");
        m.status =
            MemberVocabulary::statusFromCode(text(object, "status")).value_or(MemberStatus::Active);
        for (const QJsonValue &postValue : object.value(QLatin1String("partyPosts")).toArray()) {
            const QJsonObject post = postValue.toObject();
            auto postOrg = orgs.resolve(text(post, "org"));
            if (!postOrg)
                return Error{postOrg.error()};
            m.partyPosts.append({postOrg.value(), text(post, "post")});
        }
        auto id = ledger.addMember(m);
        if (!id)
            return Error{id.error()};
        keys.add(text(object, "key"), id.value());
    }
    return {};
}

Result<void> loadAwards(Ledger &ledger, const QJsonArray &awards, const KeyMap &orgs,
                        const KeyMap &members)
{
    for (const QJsonValue &value : awards) {
        const QJsonObject object = value.toObject();
        Award award;
        award.title = text(object, "title");
        award.date = date(object, "date");
        award.documentNumber = text(object, "documentNumber");
        award.level =
            AwardVocabulary::levelFromCode(text(object, "level")).value_or(AwardLevel::System);
        award.grantor = text(object, "grantor");
        for (const QJsonValue &categoryValue :
             object.value(QLatin1String("categories")).toArray()) {
            const QJsonObject categoryObject = categoryValue.toObject();
            AwardCategory category;
            category.name = text(categoryObject, "name");
            category.recipientKind =
                AwardVocabulary::recipientKindFromCode(text(categoryObject, "recipientKind"))
                    .value_or(RecipientKind::Person);
            for (const QJsonValue &recipientValue :
                 categoryObject.value(QLatin1String("recipients")).toArray()) {
                const QJsonObject recipientObject = recipientValue.toObject();
                auto member = members.resolve(text(recipientObject, "member"));
                auto org = orgs.resolve(text(recipientObject, "org"));
                if (!member || !org)
                    return Error{!member ? member.error() : org.error()};
                category.recipients.append({0, member.value(), org.value(),
                                            text(recipientObject, "name"),
                                            text(recipientObject, "citation")});
            }
            award.categories.append(category);
        }
        auto id = ledger.addAward(award);
        if (!id)
            return Error{id.error()};
    }
    return {};
}
// Activities are rows of values in the order of "activityColumns", to keep the file small.
Result<void> loadActivities(Ledger &ledger, const QJsonArray &activities, const KeyMap &orgs,
                            const KeyMap &members)
{
    auto types = ledger.activityTypes();
    if (!types)
        return Error{types.error()};
    QHash<QString, qint64> typeIds;
    for (const ActivityType &type : types.value())
        typeIds.insert(type.name, type.id);
    for (const QJsonValue &value : activities) {
        const QJsonArray row = value.toArray();
        Activity a;
        a.date = QDate::fromString(row.at(0).toString(), Qt::ISODate);
        auto org = orgs.resolve(row.at(1).toString());
        if (!org)
            return Error{org.error()};
        a.orgId = org.value();
        a.typeId = typeIds.value(row.at(2).toString());
        if (a.typeId == 0)
            return Error{DemoLedger::tr("The demo data names the activity type \"%1\", which "
                                        "the ledger does not have.")
                             .arg(row.at(2).toString())};
        a.title = row.at(3).toString();
        for (const QJsonValue &key : row.at(4).toArray()) {
            auto member = members.resolve(key.toString());
            if (!member)
                return Error{member.error()};
            a.participants.append(member.value());
        }
        a.headCount = row.at(5).toInt();
        a.figures.peopleServed = row.at(6).toInteger();
        a.figures.households = row.at(7).toInteger();
        a.figures.fundsFen = row.at(8).toInteger();
        a.figures.hours = row.at(9).toDouble();
        if (auto added = ledger.addActivity(a); !added)
            return Error{added.error()};
    }
    return {};
}
} // namespace

Result<void> DemoLedger::load(Ledger &ledger, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || text(root, "format") != QLatin1String("partyledger-demo"))
        return Error{tr("The demo data is not readable: %1").arg(parseError.errorString())};

    return ledger.write([&]() -> Result<void> {
        KeyMap units, orgs, members;
        if (auto r = loadUnits(ledger, root.value(QLatin1String("units")).toArray(), units); !r)
            return r;
        if (auto r = loadOrganizations(ledger, root.value(QLatin1String("organizations")).toArray(),
                                       units, orgs);
            !r)
            return r;
        if (auto r = loadMembers(ledger, root.value(QLatin1String("members")).toArray(), units,
                                 orgs, members);
            !r)
            return r;
        if (auto r =
                loadAwards(ledger, root.value(QLatin1String("awards")).toArray(), orgs, members);
            !r)
            return r;
        return loadActivities(ledger, root.value(QLatin1String("activities")).toArray(), orgs,
                              members);
    });
}

Result<void> DemoLedger::write(const QString &path)
{
    QFile source(QStringLiteral(":/data/demo-ledger.json"));
    if (!source.open(QIODevice::ReadOnly))
        return Error{tr("The demo data is missing from this build of PartyLedger.")};
    auto ledger = Ledger::create(path);
    if (!ledger)
        return Error{ledger.error()};
    Result<void> loaded = load(*ledger.value(), source.readAll());
    if (!loaded) {
        ledger.value().reset();
        QFile::remove(path);
    }
    return loaded;
}

} // namespace PartyLedger
