#include "citation.h"

namespace PartyLedger {

QString Citation::organizationLabel(const Organization &org)
{
    QString label = org.fullName.trimmed();
    if (label.startsWith(QStringLiteral("中共")))
        label.remove(0, 2);
    // Longest ending first: 总支部委员会 also ends in 支部委员会 and 委员会.
    const std::pair<const char16_t *, const char16_t *> endings[] = {
        {u"总支部委员会", u"党总支"}, {u"支部委员会", u"党支部"}, {u"委员会", u"党委"}};
    for (const auto &[ending, shortened] : endings) {
        const QString from = QString::fromUtf16(ending);
        if (label.endsWith(from))
            return label.chopped(from.size()) + QString::fromUtf16(shortened);
    }
    return org.shortName.isEmpty() ? label : org.shortName;
}

QString Citation::of(const RosterEntry &member, const QHash<qint64, Unit> &units,
                     const QHash<qint64, Organization> &organizations)
{
    // Party posts grouped by organization, in the order held: 宣传委员兼纪检委员.
    QList<std::pair<qint64, QStringList>> posts;
    for (const PartyPost &post : member.partyPosts) {
        auto held = std::find_if(posts.begin(), posts.end(),
                                 [&](const auto &entry) { return entry.first == post.orgId; });
        if (held == posts.end())
            posts.append({post.orgId, {post.post}});
        else
            held->second.append(post.post);
    }
    QStringList parts;
    for (const auto &[orgId, titles] : posts) {
        const auto org = organizations.constFind(orgId);
        if (org != organizations.constEnd())
            parts << organizationLabel(*org) + titles.join(QStringLiteral("兼"));
    }
    if (parts.isEmpty())
        return units.value(member.unitId).name + member.adminPost;
    if (!member.adminPost.isEmpty())
        parts << member.adminPost;
    return parts.join(QStringLiteral("、"));
}

} // namespace PartyLedger
