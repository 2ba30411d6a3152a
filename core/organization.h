#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace PartyLedger {

// The kinds of Party organization, in the order the tree nests them.
enum class OrgKind { Committee, GeneralBranch, Branch, TemporaryBranch, Group };

struct Organization {
    qint64 id = 0;
    qint64 parentId = 0; // 0: a top-level organization
    OrgKind kind = OrgKind::Branch;
    QString fullName;  // 中共晋江市医院第二支部委员会
    QString shortName; // 市医院第二党支部
    qint64 unitId = 0;
    QDate founded;
    QDate dissolved; // null while the organization exists
    bool isRetiree = false;
    bool isNonPublic = false;
    int sortOrder = 0; // order among siblings

    QString displayName() const { return shortName.isEmpty() ? fullName : shortName; }
    bool isDissolved() const { return dissolved.isValid(); }
    // Branches, temporary branches and groups hold members; committees hold organizations.
    bool holdsMembers() const;
};

class OrgKinds {
    Q_DECLARE_TR_FUNCTIONS(OrgKinds)
public:
    static QString code(OrgKind kind);
    static std::optional<OrgKind> fromCode(const QString &code);
    static QString label(OrgKind kind); // 党委, 党总支 ... in the UI language
    // domain.md: committee under committee or root; general branch under a committee;
    // branch under a committee or general branch; group under a branch.
    static bool canBeChildOf(OrgKind child, std::optional<OrgKind> parent);
    static QList<OrgKind> all();
};

} // namespace PartyLedger
