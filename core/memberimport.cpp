#include "memberimport.h"

#include "idnumber.h"
#include "importcells.h"
#include "importnames.h"
#include "importrun.h"
#include "ledger.h"
#include "validation.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace PartyLedger {

namespace {
constexpr int FieldCount = int(MemberField::Status) + 1;
// Planning tells progress every so many rows.
constexpr int ProgressStep = 1000;

const QHash<QString, int> &vocabulary()
{
    using F = MemberField;
    const auto titles = ImportColumns::titles;
    static const QHash<QString, int> keys = ImportColumns::vocabulary({
        {int(F::Name), titles({"姓名", "党员姓名", "Name", "Full name"})},
        {int(F::Gender), titles({"性别", "Gender", "Sex"})},
        {int(F::Ethnicity), titles({"民族", "Ethnicity"})},
        {int(F::BirthDate),
         titles({"出生日期", "出生年月", "出生年月日", "出生时间", "Birth date", "Date of birth"})},
        {int(F::IdNumber), titles({"身份证号", "身份证号码", "公民身份号码", "居民身份证号",
                                   "居民身份证号码", "身份证", "ID number", "ID No", "ID"})},
        {int(F::Education), titles({"学历", "文化程度", "最高学历", "Education"})},
        {int(F::Phone), titles({"手机", "手机号", "手机号码", "联系电话", "电话", "联系方式",
                                "Phone", "Mobile", "Telephone"})},
        {int(F::Unit), titles({"工作单位", "单位", "所在单位", "Work unit", "Unit"})},
        {int(F::AdminPost), titles({"职务", "行政职务", "Post", "Position"})},
        {int(F::Title),
         titles({"职称", "专业技术职称", "技术职称", "Title", "Professional title"})},
        {int(F::Branch), titles({"所在党支部", "所在支部", "党支部", "所在党组织", "支部", "Branch",
                                 "Party branch"})},
        {int(F::PartyPosts), titles({"党内职务", "Party post", "Party posts"})},
        {int(F::Category), titles({"人员类别", "党员类别", "Category"})},
        {int(F::ApplicationDate),
         titles({"申请入党日期", "申请入党时间", "入党申请日期", "Application date"})},
        {int(F::ActivistDate), titles({"确定为入党积极分子日期", "确定为入党积极分子时间",
                                       "列为积极分子日期", "积极分子日期", "Activist date"})},
        {int(F::CandidateDate), titles({"确定为发展对象日期", "确定为发展对象时间",
                                        "列为发展对象日期", "发展对象日期", "Candidate date"})},
        {int(F::JoinDate), titles({"入党日期", "入党时间", "Join date"})},
        {int(F::ConfirmDate), titles({"转正日期", "转正时间", "Confirmation date"})},
        {int(F::Status), titles({"人员状态", "党员状态", "状态", "Status"})},
    });
    return keys;
}

const ImportWords<Gender> &genders()
{
    static const ImportWords<Gender> words = [] {
        ImportWords<Gender> w;
        w.add(Gender::Male, {"男", "男性", "M", "Male"});
        w.add(Gender::Female, {"女", "女性", "F", "Female"});
        w.add(Gender::Male, MemberVocabulary::label(Gender::Male));
        w.add(Gender::Female, MemberVocabulary::label(Gender::Female));
        return w;
    }();
    return words;
}

const ImportWords<MemberCategory> &categories()
{
    static const ImportWords<MemberCategory> words = [] {
        ImportWords<MemberCategory> w;
        w.add(MemberCategory::Full, {"正式党员", "正式", "Full", "Full member"});
        w.add(MemberCategory::Probationary,
              {"预备党员", "预备", "Probationary", "Probationary member"});
        for (MemberCategory c : {MemberCategory::Full, MemberCategory::Probationary})
            w.add(c, MemberVocabulary::label(c));
        return w;
    }();
    return words;
}

const ImportWords<MemberStatus> &statuses()
{
    static const ImportWords<MemberStatus> words = [] {
        ImportWords<MemberStatus> w;
        w.add(MemberStatus::Active, {"在册", "正常", "Active"});
        w.add(MemberStatus::Mobile, {"流动", "流动党员", "Mobile", "Mobile member"});
        w.add(MemberStatus::Retired, {"离退休", "退休", "离休", "Retired"});
        w.add(MemberStatus::TransferredOut, {"转出", "已转出", "Transferred out"});
        w.add(MemberStatus::Deceased, {"去世", "已去世", "死亡", "逝世", "已故", "Deceased"});
        for (MemberStatus s : {MemberStatus::Active, MemberStatus::Mobile, MemberStatus::Retired,
                               MemberStatus::TransferredOut, MemberStatus::Deceased})
            w.add(s, MemberVocabulary::label(s));
        return w;
    }();
    return words;
}

// The field of the import a validation problem is about.
MemberField fieldOfProblem(const QString &key)
{
    static const QHash<QString, MemberField> fields = {
        {QStringLiteral("name"), MemberField::Name},
        {QStringLiteral("gender"), MemberField::Gender},
        {QStringLiteral("birthDate"), MemberField::BirthDate},
        {QStringLiteral("idNumber"), MemberField::IdNumber},
        {QStringLiteral("orgId"), MemberField::Branch},
        {QStringLiteral("category"), MemberField::Category},
        {QStringLiteral("joinDate"), MemberField::JoinDate},
        {QStringLiteral("confirmDate"), MemberField::ConfirmDate},
        {QStringLiteral("applicationDate"), MemberField::ApplicationDate},
        {QStringLiteral("activistDate"), MemberField::ActivistDate},
        {QStringLiteral("candidateDate"), MemberField::CandidateDate},
        {QStringLiteral("phone"), MemberField::Phone},
    };
    return fields.value(key, MemberField::Ignored);
}

// Posts written in one cell: "书记、组织委员", "书记,纪检委员".
QStringList splitPosts(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// A number cell in the ID column: a spreadsheet keeps 15 significant digits of a number, so
// an 18-character ID number stored as one has lost its end. Short numbers are left to the
// ID number check, which names what is wrong with them.
bool lostDigits(const SheetCell &cell)
{
    if (cell.kind != SheetCell::Kind::Number)
        return false;
    static const QRegularExpression shortWhole(QStringLiteral("^\\d{1,15}$"));
    return !shortWhole.match(cell.text.trimmed()).hasMatch();
}

// Reads the rows of one sheet into a plan.
class Planner {
    Q_DECLARE_TR_FUNCTIONS(MemberImport)
public:
    // idNumbers: the ID column's normalized text by data row (index - firstDataRow), read
    // once to look up the stored members.
    Planner(const Sheet &sheet, MemberImportPlan &plan, const OrgNames &orgs,
            const UnitNames &units, QHash<QString, Member> stored, QStringList idNumbers)
        : m_sheet(sheet)
        , m_plan(plan)
        , m_orgs(orgs)
        , m_units(units)
        , m_stored(std::move(stored))
        , m_idNumbers(std::move(idNumbers))
    {
        m_columns = plan.mapping.columnsByField<FieldCount>();
    }

    // The kind of the branches the plan creates; set when they may be created.
    std::optional<OrgKind> newKind;

    void reserve(qsizetype rows)
    {
        m_plan.rows.reserve(rows);
        m_firstRowOfId.reserve(rows);
    }

    void read(int index);

private:
    const SheetCell &cellOf(int index, MemberField field) const
    {
        return m_sheet.cell(index, m_columns[size_t(field)]);
    }
    QString columnOf(MemberField field) const
    {
        const int column = m_columns[size_t(field)];
        const QString title = column < 0 ? QString() : m_plan.mapping.titles.value(column);
        return title.isEmpty() ? MemberImport::fieldLabel(field) : title;
    }
    int newUnit(const QString &name);
    int newBranch(const QString &name, int row);
    // Names looked up once each: 100,000 rows name a few thousand branches and units, and
    // rosters list a branch's members one after another, so the last name is tried first.
    struct Lookups {
        QString lastName;
        NameMatch lastMatch;
        QHash<QString, NameMatch> matches;

        template <typename Find> const NameMatch &find(const QString &name, Find lookUp)
        {
            if (name != lastName || name.isEmpty()) {
                auto found = matches.constFind(name);
                if (found == matches.cend())
                    found = matches.insert(name, lookUp(name));
                lastName = name;
                lastMatch = *found;
            }
            return lastMatch;
        }
    };
    NameMatch branchNamed(const QString &name)
    {
        return m_branchLookups.find(name, [this](const QString &n) { return m_orgs.find(n); });
    }
    NameMatch unitNamed(const QString &name)
    {
        return m_unitLookups.find(name, [this](const QString &n) { return m_units.find(n); });
    }

    const Sheet &m_sheet;
    MemberImportPlan &m_plan;
    const OrgNames &m_orgs;
    const UnitNames &m_units;
    const QHash<QString, Member> m_stored; // by ID number
    const QStringList m_idNumbers;
    std::array<int, FieldCount> m_columns;
    QHash<QString, int> m_firstRowOfId;
    QHash<QString, int> m_unknownBranches; // NameIndex::key -> index in plan.unknownBranches
    QHash<QString, int> m_newUnits;        // likewise into plan.newUnits
    QHash<QString, int> m_newBranches;     // likewise into plan.newBranches
    Lookups m_branchLookups;
    Lookups m_unitLookups;
};

int Planner::newUnit(const QString &name)
{
    const QString key = NameIndex::key(name);
    if (auto found = m_newUnits.constFind(key); found != m_newUnits.cend())
        return *found;
    m_plan.newUnits.append({0, name, QString()});
    m_plan.report.created.append(tr("Unit %1").arg(name));
    return m_newUnits[key] = int(m_plan.newUnits.size() - 1);
}

int Planner::newBranch(const QString &name, int row)
{
    const QString key = NameIndex::key(name);
    auto unknown = m_unknownBranches.find(key);
    if (unknown == m_unknownBranches.end()) {
        m_plan.unknownBranches.append({name, {}});
        unknown = m_unknownBranches.insert(key, int(m_plan.unknownBranches.size() - 1));
    }
    m_plan.unknownBranches[*unknown].rows.append(row);
    if (!newKind)
        return -1;
    if (auto found = m_newBranches.constFind(key); found != m_newBranches.cend())
        return *found;
    Organization branch;
    branch.kind = *newKind;
    branch.parentId = m_plan.options.createMissingUnder;
    branch.fullName = name;
    branch.sortOrder = -1; // after the siblings already there
    if (const Organization *parent = m_orgs.organization(branch.parentId))
        branch.unitId = parent->unitId;
    m_plan.newBranches.append(branch);
    //: %1 the kind (党支部, 党小组), %2 its name
    m_plan.report.created.append(tr("%1 %2").arg(OrgKinds::label(branch.kind), name));
    return m_newBranches[key] = int(m_plan.newBranches.size() - 1);
}

void Planner::read(int index)
{
    using F = MemberField;
    const int row = index + 1;
    const QDate today = m_plan.options.today;
    QList<ImportProblem> problems;
    // Fields whose cell could not be read: the validator need not say so again.
    std::array<bool, FieldCount> failed{};
    const auto problem = [&](F field, const QString &reason) {
        problems.append({row, columnOf(field), reason});
        failed[size_t(field)] = true;
    };

    // The ID number first: it tells a new member from one already in the ledger.
    QString idNumber;
    const SheetCell &idCell = cellOf(index, F::IdNumber);
    if (lostDigits(idCell)) {
        problem(F::IdNumber, tr("The ID number is stored as a number, which keeps only 15 "
                                "digits, so its last digits are lost; format the column as text "
                                "and type the ID numbers again."));
    } else if (!idCell.isEmpty()) {
        idNumber = m_idNumbers.value(index - m_plan.mapping.firstDataRow);
        if (const auto first = m_firstRowOfId.constFind(idNumber); first != m_firstRowOfId.cend())
            problem(F::IdNumber,
                    tr("The same ID number is on row %1 already; each member may appear once.")
                        .arg(*first));
        else
            m_firstRowOfId.insert(idNumber, row);
    }
    const auto stored = m_stored.constFind(idNumber);
    std::optional<Member> before;
    if (!idNumber.isEmpty() && stored != m_stored.cend())
        before = *stored;
    Member m = before.value_or(Member());
    if (!idNumber.isEmpty())
        m.idNumber = idNumber;

    const auto text = [&](F field, QString &into) {
        const SheetCell &cell = cellOf(index, field);
        if (!cell.isEmpty())
            into = ImportCells::text(cell);
    };
    text(F::Name, m.name);
    text(F::Ethnicity, m.ethnicity);
    text(F::Education, m.education);
    text(F::Phone, m.phone);
    text(F::AdminPost, m.adminPost);
    text(F::Title, m.title);

    const auto date = [&](F field, QDate &into) {
        const SheetCell &cell = cellOf(index, field);
        if (cell.isEmpty())
            return;
        const Result<QDate> read = ImportCells::date(cell);
        if (read)
            into = read.value();
        else
            problem(field, read.error());
    };
    date(F::BirthDate, m.birthDate);
    date(F::ApplicationDate, m.applicationDate);
    date(F::ActivistDate, m.activistDate);
    date(F::CandidateDate, m.candidateDate);
    date(F::JoinDate, m.joinDate);
    date(F::ConfirmDate, m.confirmDate);

    if (const SheetCell &cell = cellOf(index, F::Gender); !cell.isEmpty()) {
        if (const auto gender = genders().find(cell.text))
            m.gender = *gender;
        else
            problem(
                F::Gender,
                tr("“%1” is not a gender; write 男 or 女 (M or F).").arg(ImportCells::text(cell)));
    }
    bool categoryGiven = false;
    if (const SheetCell &cell = cellOf(index, F::Category); !cell.isEmpty()) {
        if (const auto category = categories().find(cell.text)) {
            m.category = *category;
            categoryGiven = true;
        } else {
            problem(F::Category, tr("“%1” is not a category; write 正式党员 or 预备党员.")
                                     .arg(ImportCells::text(cell)));
        }
    }
    if (const SheetCell &cell = cellOf(index, F::Status); !cell.isEmpty()) {
        if (const auto status = statuses().find(cell.text))
            m.status = *status;
        else
            problem(F::Status, tr("“%1” is not a status; write 在册, 流动, 离退休, 转出 or 去世.")
                                   .arg(ImportCells::text(cell)));
    }

    int unitIndex = -1;
    if (const SheetCell &cell = cellOf(index, F::Unit); !cell.isEmpty()) {
        const QString name = ImportCells::text(cell);
        const NameMatch unit = unitNamed(name);
        if (unit.id > 0)
            m.unitId = unit.id;
        else if (unit.unknown)
            unitIndex = newUnit(name);
        else
            problem(F::Unit, unit.problem);
    }
    int branchIndex = -1;
    if (const SheetCell &cell = cellOf(index, F::Branch); !cell.isEmpty()) {
        const QString name = ImportCells::text(cell);
        const NameMatch branch = branchNamed(name);
        const Organization *org = m_orgs.organization(branch.id);
        if (org && org->holdsMembers()) {
            m.orgId = org->id;
        } else if (org) {
            problem(F::Branch, tr("%1 is a %2; members belong to a branch or Party group.")
                                   .arg(name, OrgKinds::label(org->kind)));
        } else if (branch.unknown) {
            branchIndex = newBranch(name, row);
            if (branchIndex < 0)
                problem(F::Branch, tr("“%1” is not a branch of the ledger; correct the name, or "
                                      "let the import create the branch.")
                                       .arg(name));
        } else {
            problem(F::Branch, branch.problem);
        }
    }
    const qint64 branchBefore = before ? before->orgId : 0;
    if (branchIndex >= 0)
        m.orgId = 0; // the new branch's id, known once it is written
    if (const SheetCell &cell = cellOf(index, F::PartyPosts); !cell.isEmpty()) {
        // Posts in the sheet are posts in the member's branch; those held elsewhere (in the
        // committee above) stay.
        QList<PartyPost> posts;
        for (const PartyPost &post : std::as_const(m.partyPosts)) {
            if (post.orgId != branchBefore && post.orgId != m.orgId)
                posts.append(post);
        }
        for (const QString &post : splitPosts(ImportCells::text(cell)))
            posts.append({m.orgId, post});
        m.partyPosts = posts;
    }

    // A valid ID number tells the birth date and gender a sheet leaves out.
    if (!m.idNumber.isEmpty() && (!m.birthDate.isValid() || m.gender == Gender::Unknown)) {
        if (const auto info = IdNumber::parse(m.idNumber, today)) {
            if (!m.birthDate.isValid())
                m.birthDate = info->birthDate;
            if (m.gender == Gender::Unknown)
                m.gender = info->gender;
        }
    }
    // Without a category: confirmed members are full, those who joined within the year
    // probationary, everyone else full (the checks then ask for a missing confirmation date).
    if (!categoryGiven && !before) {
        const bool recent = m.joinDate.isValid() && m.joinDate.addYears(1) > today;
        m.category = !m.confirmDate.isValid() && recent ? MemberCategory::Probationary
                                                        : MemberCategory::Full;
    }

    // A row repeating what is stored (a roster imported again) changes nothing; the record is
    // left as it is, without the checks, which it passed or predates.
    if (before && problems.isEmpty() && unitIndex < 0 && branchIndex < 0 && m == *before) {
        m_plan.report.unchangedRows.append({row, m.name});
        return;
    }

    Member checked = m;
    if (branchIndex >= 0)
        checked.orgId = -1; // stands for the branch to be created
    for (const FieldProblem &found : MemberValidator::validate(checked, today)) {
        const F field = fieldOfProblem(found.field);
        if (failed[size_t(field)])
            continue;
        const QString column = field == F::Ignored || columnOf(field).isEmpty()
                                   ? MemberValidator::fieldLabel(found.field)
                                   : columnOf(field);
        problems.append({row, column, found.message});
    }

    if (!problems.isEmpty()) {
        m_plan.report.errors.append(problems);
        return;
    }
    if (before) {
        ++m_plan.report.updated;
        m_plan.report.updatedRows.append({row, m.name});
    } else {
        ++m_plan.report.inserted;
    }
    m_plan.rows.append({row, std::move(m), std::move(before), unitIndex, branchIndex});
}

// The row's member with the ids of the unit and branch the import created for it; posts in
// the new branch (written with org 0) go to that branch.
Member withIds(const MemberImportPlan::Row &row, const QList<qint64> &unitIds,
               const QList<qint64> &branchIds)
{
    Member m = row.member;
    if (row.newUnit >= 0)
        m.unitId = unitIds.at(row.newUnit);
    if (row.newBranch >= 0) {
        m.orgId = branchIds.at(row.newBranch);
        for (PartyPost &post : m.partyPosts) {
            if (post.orgId == 0)
                post.orgId = m.orgId;
        }
    }
    return m;
}
} // namespace

QList<MemberField> MemberImport::fields()
{
    QList<MemberField> all;
    for (int f = int(MemberField::Name); f < FieldCount; ++f)
        all.append(MemberField(f));
    return all;
}

QString MemberImport::fieldLabel(MemberField field)
{
    switch (field) {
    case MemberField::Ignored:
        return tr("(not imported)");
    case MemberField::Name:
        return tr("Name");
    case MemberField::Gender:
        return tr("Gender");
    case MemberField::Ethnicity:
        return tr("Ethnicity");
    case MemberField::BirthDate:
        return tr("Birth date");
    case MemberField::IdNumber:
        return tr("ID number");
    case MemberField::Education:
        return tr("Education");
    case MemberField::Phone:
        return tr("Phone");
    case MemberField::Unit:
        return tr("Work unit");
    case MemberField::AdminPost:
        return tr("Post");
    case MemberField::Title:
        return tr("Professional title");
    case MemberField::Branch:
        return tr("Branch");
    case MemberField::PartyPosts:
        return tr("Party posts");
    case MemberField::Category:
        return tr("Category");
    case MemberField::ApplicationDate:
        return tr("Application date");
    case MemberField::ActivistDate:
        return tr("Activist date");
    case MemberField::CandidateDate:
        return tr("Candidate date");
    case MemberField::JoinDate:
        return tr("Join date");
    case MemberField::ConfirmDate:
        return tr("Confirmation date");
    case MemberField::Status:
        return tr("Status");
    }
    return {};
}

Result<MemberMapping> MemberImport::detect(const Sheet &sheet)
{
    return ImportColumns::detect<MemberField>(sheet, vocabulary(),
                                              QStringLiteral("姓名, 身份证号, 所在党支部"));
}

MemberMapping MemberImport::mappingAt(const Sheet &sheet, int headerRow)
{
    return ImportColumns::mappingAt<MemberField>(sheet, vocabulary(), headerRow);
}

Result<qint64> MemberImport::defaultParentForMissing(const Ledger &ledger)
{
    auto organizations = ledger.organizations(); // in tree order
    if (!organizations)
        return Error{organizations.error()};
    for (const Organization &org : organizations.value()) {
        if (org.parentId == 0 && org.kind == OrgKind::Committee && !org.isDissolved())
            return org.id;
    }
    return qint64(0);
}

Result<MemberImportPlan> MemberImport::plan(const Ledger &ledger, const Sheet &sheet,
                                            const MemberMapping &mapping,
                                            const MemberImportOptions &options,
                                            const SheetProgress &progress)
{
    MemberImportPlan plan;
    plan.mapping = mapping;
    plan.options = options;
    if (mapping.firstDataRow < 0)
        return Error{tr("Choose the row that holds the column titles.")};
    auto organizations = ledger.organizations();
    if (!organizations)
        return Error{organizations.error()};
    auto units = ledger.units();
    if (!units)
        return Error{units.error()};
    const OrgNames orgs(organizations.value());
    const UnitNames unitNames(units.value());

    std::optional<OrgKind> newKind;
    if (options.createMissingUnder > 0) {
        const Organization *parent = orgs.organization(options.createMissingUnder);
        if (!parent)
            return Error{tr("The organization chosen for the new branches is no longer in the "
                            "ledger.")};
        if (parent->isDissolved())
            return Error{tr("New branches cannot be created under %1, which was dissolved on %2.")
                             .arg(parent->displayName(), parent->dissolved.toString(Qt::ISODate))};
        for (OrgKind kind : {OrgKind::Branch, OrgKind::Group}) {
            if (!newKind && OrgKinds::canBeChildOf(kind, parent->kind))
                newKind = kind;
        }
        if (!newKind)
            return Error{tr("New branches cannot be created under %1: a %2 holds no branches "
                            "or Party groups.")
                             .arg(parent->displayName(), OrgKinds::label(parent->kind))};
    }

    // The members already in the ledger with an ID number of the sheet, read in one go.
    const int idColumn = mapping.columnOf(MemberField::IdNumber);
    QStringList idNumbers; // by data row; empty where there is none to look up
    if (idColumn >= 0)
        idNumbers.reserve(sheet.rows.size() - mapping.firstDataRow);
    for (int index = mapping.firstDataRow; idColumn >= 0 && index < sheet.rows.size(); ++index) {
        const SheetCell &cell = sheet.cell(index, idColumn);
        idNumbers.append(cell.isEmpty() || lostDigits(cell) ? QString()
                                                            : IdNumber::normalized(cell.text));
    }
    QHash<QString, Member> stored;
    if (!idNumbers.isEmpty()) {
        auto known = ledger.memberIdsByIdNumber();
        if (!known)
            return Error{known.error()};
        QList<qint64> ids;
        for (const QString &idNumber : std::as_const(idNumbers)) {
            if (const qint64 id = known->value(idNumber, 0); id > 0)
                ids.append(id);
        }
        // Many of them: the whole roster in one bulk read is faster than asking for each.
        const bool most = ids.size() > known->size() / 4;
        auto members = ids.isEmpty() ? Result<QList<Member>>(QList<Member>())
                       : most        ? ledger.members()
                                     : ledger.members(ids);
        if (!members)
            return Error{members.error()};
        stored.reserve(ids.size());
        for (const Member &member : members.value()) {
            if (!member.idNumber.isEmpty())
                stored.insert(member.idNumber, member);
        }
    }

    Planner planner(sheet, plan, orgs, unitNames, std::move(stored), std::move(idNumbers));
    planner.newKind = newKind;
    planner.reserve(sheet.rows.size() - mapping.firstDataRow);
    if (auto read = ImportRun::readRows(sheet, mapping, plan.report, progress, ProgressStep,
                                        [&](int index) { planner.read(index); });
        !read)
        return Error{read.error()};
    return plan;
}

Result<ImportReport> MemberImport::apply(Ledger &ledger, MemberImportPlan &plan, ImportMode mode,
                                         const SheetProgress &progress)
{
    ImportReport report = plan.report;
    report.written = false;
    if (report.hasErrors() || plan.rows.isEmpty()) // nothing may, or needs to, be written
        return report;
    QList<qint64> unitIds;
    QList<qint64> branchIds;
    QList<qint64> memberIds;
    QList<qint64> transfers;
    const qint64 total = plan.rows.size();
    auto written = ImportRun::write(ledger, mode, [&]() -> Result<void> {
        if (!plan.newUnits.isEmpty()) {
            auto ids = ledger.addUnits(plan.newUnits);
            if (!ids)
                return Error{ids.error()};
            unitIds = ids.value();
        }
        for (const Organization &branch : std::as_const(plan.newBranches)) {
            auto id = ledger.addOrganization(branch);
            if (!id)
                return Error{id.error()};
            branchIds.append(id.value());
        }
        QList<Member> inserts;
        QList<Member> updates;
        for (const MemberImportPlan::Row &row : std::as_const(plan.rows))
            (row.before ? updates : inserts).append(withIds(row, unitIds, branchIds));
        const qint64 inserting = inserts.size();
        // plan() validated every row with the rules the store would apply again.
        const auto checked = Ledger::MemberChecks::AlreadyValidated;
        auto added = ledger.addMembers(
            inserts, [&](qint64 done, qint64) { return !progress || progress(done, total); },
            checked);
        if (!added)
            return Error{added.error()};
        memberIds = added.value();
        auto moved = ledger.updateMembers(
            updates, plan.options.today, tr("Branch changed by an import"),
            [&](qint64 done, qint64) { return !progress || progress(inserting + done, total); },
            checked);
        if (!moved)
            return Error{moved.error()};
        transfers = moved.value();
        return {};
    });
    if (!written)
        return Error{written.error()};
    if (mode == ImportMode::DryRun)
        return report;

    // The ids written, so redo writes the same records again and undo finds them.
    for (qsizetype i = 0; i < unitIds.size(); ++i)
        plan.newUnits[i].id = unitIds.at(i);
    for (qsizetype i = 0; i < branchIds.size(); ++i)
        plan.newBranches[i].id = branchIds.at(i);
    qsizetype next = 0;
    for (MemberImportPlan::Row &row : plan.rows) {
        row.member = withIds(row, unitIds, branchIds);
        if (!row.before)
            row.member.id = memberIds.at(next++);
    }
    plan.transfers = transfers;
    report.written = true;
    plan.report.written = true;
    return report;
}

Result<void> MemberImport::undo(Ledger &ledger, const MemberImportPlan &plan)
{
    return ledger.write([&]() -> Result<void> {
        if (auto removed = ledger.removeTransfers(plan.transfers); !removed)
            return removed;
        QList<qint64> added;
        QList<Member> before;
        for (const MemberImportPlan::Row &row : plan.rows) {
            if (row.before)
                before.append(*row.before);
            else
                added.append(row.member.id);
        }
        if (auto removed = ledger.removeMembers(added); !removed)
            return removed;
        if (auto restored = ledger.restoreMembers(before); !restored)
            return restored;
        for (auto branch = plan.newBranches.crbegin(); branch != plan.newBranches.crend();
             ++branch) {
            if (auto removed = ledger.removeOrganization(branch->id); !removed)
                return removed;
        }
        QList<qint64> units;
        for (const Unit &unit : plan.newUnits)
            units.append(unit.id);
        return ledger.removeUnits(units);
    });
}

Result<ImportReport> MemberImport::importSheet(Ledger &ledger, const Sheet &sheet,
                                               const MemberImportOptions &options, ImportMode mode,
                                               const SheetProgress &progress)
{
    auto mapping = detect(sheet);
    if (!mapping)
        return Error{mapping.error()};
    auto planned = plan(ledger, sheet, mapping.value(), options, progress);
    if (!planned)
        return Error{planned.error()};
    return apply(ledger, planned.value(), mode, progress);
}

} // namespace PartyLedger
