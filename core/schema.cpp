#include "schema.h"

#include "ledgerfile.h"

namespace PartyLedger {

namespace {
QStringList statements(std::initializer_list<const char *> sql)
{
    QStringList list;
    for (const char *statement : sql)
        list << QString::fromUtf8(statement);
    return list;
}

// Pragmas take no bound values, so the id is written out; it must be LedgerFile's.
static_assert(LedgerFile::ApplicationId == 1347175490);

// Version 1: units, the organization tree and members with their Party posts.
Migration version1()
{
    return {1, statements({
                   "PRAGMA application_id = 1347175490", // 0x504C4442, "PLDB"
                   R"(CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT ''
))",
                   R"(CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('committee', 'general_branch', 'branch',
                                       'temporary_branch', 'group')),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    founded TEXT CHECK (founded IS NULL OR date(founded) IS founded),
    dissolved TEXT CHECK (dissolved IS NULL OR date(dissolved) IS dissolved),
    is_retiree INTEGER NOT NULL DEFAULT 0 CHECK (is_retiree IN (0, 1)),
    is_non_public INTEGER NOT NULL DEFAULT 0 CHECK (is_non_public IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (dissolved IS NULL OR founded IS NULL OR dissolved >= founded),
    CHECK (parent_id IS NULL OR parent_id <> id)
))",
                   "CREATE INDEX organizations_by_parent ON organizations(parent_id, sort_order)",
                   R"(CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender TEXT CHECK (gender IN ('male', 'female')),
    ethnicity TEXT NOT NULL DEFAULT '',
    birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date),
    id_number TEXT UNIQUE CHECK (id_number IS NULL OR length(id_number) = 18),
    education TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    admin_post TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    category TEXT NOT NULL CHECK (category IN ('full', 'probationary')),
    application_date TEXT CHECK (application_date IS NULL
                                 OR date(application_date) IS application_date),
    activist_date TEXT CHECK (activist_date IS NULL OR date(activist_date) IS activist_date),
    candidate_date TEXT CHECK (candidate_date IS NULL OR date(candidate_date) IS candidate_date),
    join_date TEXT CHECK (join_date IS NULL OR date(join_date) IS join_date),
    confirm_date TEXT CHECK (confirm_date IS NULL OR date(confirm_date) IS confirm_date),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'mobile', 'retired', 'transferred_out', 'deceased')),
    CHECK (category = 'full' OR confirm_date IS NULL),
    CHECK (confirm_date IS NULL OR join_date IS NULL OR confirm_date >= join_date)
))",
                   "CREATE INDEX members_by_org ON members(org_id)",
                   "CREATE INDEX members_by_name ON members(name)",
                   R"(CREATE TABLE member_party_posts (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    post TEXT NOT NULL CHECK (length(trim(post)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, org_id, post)
))",
                   "CREATE INDEX party_posts_by_org ON member_party_posts(org_id)",
                   "PRAGMA user_version = 1",
               })};
}

// Version 2: the transfer history and award decisions with their honor lists.
Migration version2()
{
    return {2, statements({
                   R"(CREATE TABLE member_transfers (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    from_org_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    to_org_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    external_org TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL CHECK (date(date) IS date),
    note TEXT NOT NULL DEFAULT ''
))",
                   "CREATE INDEX transfers_by_member ON member_transfers(member_id, date)",
                   R"(CREATE TABLE awards (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    date TEXT CHECK (date IS NULL OR date(date) IS date),
    document_number TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county',
                                         'system', 'unit')),
    grantor TEXT NOT NULL DEFAULT ''
))",
                   R"(CREATE TABLE award_categories (
    id INTEGER PRIMARY KEY,
    award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('person', 'organization')),
    position INTEGER NOT NULL DEFAULT 0
))",
                   "CREATE INDEX award_categories_by_award ON award_categories(award_id, position)",
                   R"(CREATE TABLE award_recipients (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES award_categories(id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    org_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    citation TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
))",
                   "CREATE INDEX award_recipients_by_category ON award_recipients(category_id, "
                   "position)",
                   "CREATE INDEX award_recipients_by_member ON award_recipients(member_id)",
                   "CREATE INDEX award_recipients_by_org ON award_recipients(org_id)",
                   "PRAGMA user_version = 2",
               })};
}
// Version 3: activities (服务统计) with their types, the 三会一课 rules as data, participants.
Migration version3()
{
    return {3, statements({
                   R"(CREATE TABLE activity_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    duty_period TEXT CHECK (duty_period IS NULL OR duty_period IN ('month', 'quarter', 'year')),
    duty_minimum INTEGER NOT NULL DEFAULT 1 CHECK (duty_minimum >= 1),
    duty_holder TEXT NOT NULL DEFAULT 'branch' CHECK (duty_holder IN ('branch', 'group')),
    position INTEGER NOT NULL DEFAULT 0
))",
                   // The types of domain.md; the four duties carry their rule (NULL: no duty).
                   R"(INSERT INTO activity_types (name, duty_period, duty_holder, position) VALUES
    ('支部党员大会', 'quarter', 'branch', 0), ('支部委员会', 'month', 'branch', 1),
    ('党小组会', 'month', 'group', 2), ('党课', 'quarter', 'branch', 3),
    ('主题党日', NULL, 'branch', 4), ('组织生活会', NULL, 'branch', 5),
    ('民主生活会', NULL, 'branch', 6), ('谈心谈话', NULL, 'branch', 7),
    ('第一议题学习', NULL, 'branch', 8), ('中心组学习', NULL, 'branch', 9),
    ('警示教育', NULL, 'branch', 10), ('主题教育', NULL, 'branch', 11),
    ('志愿服务', NULL, 'branch', 12), ('义诊', NULL, 'branch', 13),
    ('健康科普', NULL, 'branch', 14), ('结对帮扶', NULL, 'branch', 15),
    ('疫苗接种', NULL, 'branch', 16), ('家庭医生签约', NULL, 'branch', 17))",
                   R"(CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    type_id INTEGER NOT NULL REFERENCES activity_types(id) ON DELETE RESTRICT,
    date TEXT NOT NULL CHECK (date(date) IS date),
    title TEXT NOT NULL DEFAULT '',
    head_count INTEGER NOT NULL DEFAULT 0 CHECK (head_count >= 0),
    people_served INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),
    problems_solved INTEGER NOT NULL DEFAULT 0 CHECK (problems_solved >= 0),
    households INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    funds_fen INTEGER NOT NULL DEFAULT 0 CHECK (funds_fen >= 0),
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    note TEXT NOT NULL DEFAULT ''
))",
                   "CREATE INDEX activities_by_date ON activities(date, org_id)",
                   // Covering the sums and counts per month, so statistics read no table rows
                   // (figures are mostly 0, which SQLite stores in no bytes: +4% file size).
                   "CREATE INDEX activities_by_org ON activities(org_id, date, type_id, "
                   "people_served, problems_solved, households, funds_fen, hours)",
                   // The 三会一课 check reads only the duty types' activities.
                   "CREATE INDEX activities_by_type ON activities(type_id, date, org_id)",
                   R"(CREATE TABLE activity_participants (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID)",
                   "CREATE INDEX participants_by_member ON activity_participants(member_id)",
                   "PRAGMA user_version = 3",
               })};
}
// Version 4: the members' index by organization also holds what the dashboard counts, so the
// member structure of a subtree and its roll are read from the index alone (a county's tree:
// 30 ms where reading the table took 75, and the roll count 2 ms where it took 14).
Migration version4()
{
    return {4, statements({
                   "DROP INDEX members_by_org",
                   "CREATE INDEX members_by_org ON members(org_id, status, gender, birth_date, "
                   "education, category, join_date)",
                   "PRAGMA user_version = 4",
               })};
}
} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> all = {version1(), version2(), version3(), version4()};
    return all;
}

int Schema::currentVersion()
{
    return migrations().last().version;
}

} // namespace PartyLedger
