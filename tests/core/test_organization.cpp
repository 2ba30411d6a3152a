#include "organization.h"

#include <catch2/catch.hpp>

using namespace PartyLedger;

TEST_CASE("Organization kinds nest as domain.md says", "[organization]")
{
    using K = OrgKind;
    const std::optional<OrgKind> root;
    // committee: under a committee or at the root
    CHECK(OrgKinds::canBeChildOf(K::Committee, root));
    CHECK(OrgKinds::canBeChildOf(K::Committee, K::Committee));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::Committee, K::GeneralBranch));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::Committee, K::Branch));
    // general branch: under a committee only
    CHECK(OrgKinds::canBeChildOf(K::GeneralBranch, K::Committee));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::GeneralBranch, root));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::GeneralBranch, K::GeneralBranch));
    // branch and temporary branch: under a committee or general branch
    for (K branch : {K::Branch, K::TemporaryBranch}) {
        CHECK(OrgKinds::canBeChildOf(branch, K::Committee));
        CHECK(OrgKinds::canBeChildOf(branch, K::GeneralBranch));
        CHECK_FALSE(OrgKinds::canBeChildOf(branch, root));
        CHECK_FALSE(OrgKinds::canBeChildOf(branch, K::Branch));
        CHECK_FALSE(OrgKinds::canBeChildOf(branch, K::Group));
    }
    // group: under a branch only
    CHECK(OrgKinds::canBeChildOf(K::Group, K::Branch));
    CHECK(OrgKinds::canBeChildOf(K::Group, K::TemporaryBranch));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::Group, K::Committee));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::Group, K::Group));
    CHECK_FALSE(OrgKinds::canBeChildOf(K::Group, root));
}

TEST_CASE("Organization kind codes round trip and unknown codes are rejected", "[organization]")
{
    for (OrgKind kind : OrgKinds::all())
        CHECK(OrgKinds::fromCode(OrgKinds::code(kind)) == kind);
    CHECK_FALSE(OrgKinds::fromCode(QStringLiteral("党支部")).has_value());
    CHECK(OrgKinds::code(OrgKind::GeneralBranch) == QStringLiteral("general_branch"));
}

TEST_CASE("Only branches and groups hold members; a short name is preferred for display",
          "[organization]")
{
    Organization org;
    org.fullName = QStringLiteral("中共晋江市医院第二支部委员会");
    CHECK(org.displayName() == org.fullName);
    org.shortName = QStringLiteral("市医院第二党支部");
    CHECK(org.displayName() == org.shortName);
    org.kind = OrgKind::Branch;
    CHECK(org.holdsMembers());
    org.kind = OrgKind::Group;
    CHECK(org.holdsMembers());
    org.kind = OrgKind::Committee;
    CHECK_FALSE(org.holdsMembers());
    org.kind = OrgKind::GeneralBranch;
    CHECK_FALSE(org.holdsMembers());
}
