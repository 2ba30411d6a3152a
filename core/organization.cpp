#include "organization.h"

namespace PartyLedger {

bool Organization::holdsMembers() const
{
    return kind == OrgKind::Branch || kind == OrgKind::TemporaryBranch || kind == OrgKind::Group;
}

QString OrgKinds::code(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Committee:
        return QStringLiteral("committee");
    case OrgKind::GeneralBranch:
        return QStringLiteral("general_branch");
    case OrgKind::Branch:
        return QStringLiteral("branch");
    case OrgKind::TemporaryBranch:
        return QStringLiteral("temporary_branch");
    case OrgKind::Group:
        return QStringLiteral("group");
    }
    return {};
}

std::optional<OrgKind> OrgKinds::fromCode(const QString &code)
{
    for (OrgKind kind : all()) {
        if (OrgKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString OrgKinds::label(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Committee:
        return tr("Committee");
    case OrgKind::GeneralBranch:
        return tr("General branch");
    case OrgKind::Branch:
        return tr("Branch");
    case OrgKind::TemporaryBranch:
        return tr("Temporary branch");
    case OrgKind::Group:
        return tr("Party group");
    }
    return {};
}

bool OrgKinds::canBeChildOf(OrgKind child, std::optional<OrgKind> parent)
{
    switch (child) {
    case OrgKind::Committee:
        return !parent || *parent == OrgKind::Committee;
    case OrgKind::GeneralBranch:
        return parent == OrgKind::Committee;
    case OrgKind::Branch:
    case OrgKind::TemporaryBranch:
        return parent == OrgKind::Committee || parent == OrgKind::GeneralBranch;
    case OrgKind::Group:
        return parent == OrgKind::Branch || parent == OrgKind::TemporaryBranch;
    }
    return false;
}

QList<OrgKind> OrgKinds::all()
{
    return {OrgKind::Committee, OrgKind::GeneralBranch, OrgKind::Branch, OrgKind::TemporaryBranch,
            OrgKind::Group};
}

} // namespace PartyLedger
