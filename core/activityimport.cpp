#include "activityimport.h"

#include "importcells.h"
#include "importnames.h"
#include "importrun.h"
#include "ledger.h"

#include <QHash>

#include <array>
#include <limits>

namespace PartyLedger {

namespace {
constexpr int FieldCount = int(ActivityField::Note) + 1;
constexpr int ProgressStep = 1000;
// Written in batches of this many, so progress moves and a cancel is heard while writing.
constexpr qsizetype WriteBatch = 2000;

const QHash<QString, int> &vocabulary()
{
    using F = ActivityField;
    const auto titles = ImportColumns::titles;
    static const QHash<QString, int> keys = ImportColumns::vocabulary({
        {int(F::Date), titles({"日期", "活动日期", "活动时间", "时间", "Date"})},
        {int(F::Organization), titles({"组织", "党组织", "组织名称", "所属组织", "支部", "党支部",
                                       "Organization", "Branch"})},
        {int(F::Type), titles({"类型", "活动类型", "活动类别", "类别", "Type"})},
        {int(F::Title),
         titles({"标题", "活动主题", "主题", "活动名称", "名称", "活动内容", "Title"})},
        {int(F::HeadCount),
         titles({"参与人数", "参加人数", "参会人数", "人数", "Head count", "Participants"})},
        {int(F::PeopleServed), titles({"服务人次", "服务群众人次", "People served"})},
        {int(F::ProblemsSolved),
         titles({"解决问题件数", "解决实际问题件数", "解决问题", "Problems solved"})},
        {int(F::Households), titles({"帮扶户数", "结对帮扶户数", "户数", "Households"})},
        {int(F::Funds), titles({"帮扶资金", "资金", "金额", "Funds"})},
        {int(F::Hours), titles({"时长", "活动时长", "小时", "Hours"})},
        {int(F::Note), titles({"备注", "说明", "Note"})},
    });
    return keys;
}

class Planner {
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)
public:
    Planner(const Sheet &sheet, ActivityImportPlan &plan, const OrgNames &orgs,
            const QList<ActivityType> &types)
        : m_sheet(sheet)
        , m_plan(plan)
        , m_orgs(orgs)
    {
        m_columns = plan.mapping.columnsByField<FieldCount>();
        for (const ActivityType &type : types)
            m_types.add(type.id, type.name);
    }

    void read(int index);

private:
    const SheetCell &cellOf(int index, ActivityField field) const
    {
        return m_sheet.cell(index, m_columns[size_t(field)]);
    }
    QString columnOf(ActivityField field) const
    {
        const int column = m_columns[size_t(field)];
        const QString title = column < 0 ? QString() : m_plan.mapping.titles.value(column);
        return title.isEmpty() ? ActivityImport::fieldLabel(field) : title;
    }
    // The type named in a row: > 0 its id; < 0 -(index + 1) of a new type (with
    // createMissingTypes, newTypes and unknownTypes grow together); 0 unknown.
    qint64 typeOf(const QString &name, int row);

    const Sheet &m_sheet;
    ActivityImportPlan &m_plan;
    const OrgNames &m_orgs;
    NameIndex m_types;
    std::array<int, FieldCount> m_columns;
    QHash<QString, int> m_unknown; // NameIndex::key -> index in plan.unknownTypes
};

qint64 Planner::typeOf(const QString &name, int row)
{
    const QList<qint64> ids = m_types.find(name);
    if (!ids.isEmpty())
        return ids.first(); // type names are unique in the ledger
    const QString key = NameIndex::key(name);
    auto unknown = m_unknown.find(key);
    if (unknown == m_unknown.end()) {
        m_plan.unknownTypes.append({name, {}});
        if (m_plan.options.createMissingTypes) {
            ActivityType type;
            type.name = name;
            m_plan.newTypes.append(type);
            m_plan.report.created.append(tr("Activity type %1").arg(name));
        }
        unknown = m_unknown.insert(key, int(m_plan.unknownTypes.size() - 1));
    }
    m_plan.unknownTypes[*unknown].rows.append(row);
    return m_plan.options.createMissingTypes ? -(*unknown + 1) : 0;
}

void Planner::read(int index)
{
    using F = ActivityField;
    const int row = index + 1;
    QList<ImportProblem> problems;
    const auto problem = [&](F field, const QString &reason) {
        problems.append({row, columnOf(field), reason});
    };
    Activity a;
    int newType = -1;

    const SheetCell &dateCell = cellOf(index, F::Date);
    if (const Result<QDate> date = ImportCells::date(dateCell); !date)
        problem(F::Date, date.error());
    else if (!date->isValid())
        problem(F::Date, tr("The date is missing."));
    else
        a.date = date.value();

    const QString orgName = ImportCells::text(cellOf(index, F::Organization));
    if (orgName.isEmpty()) {
        problem(F::Organization, tr("The organization is missing."));
    } else {
        const NameMatch match = m_orgs.find(orgName);
        if (const Organization *org = m_orgs.organization(match.id)) {
            a.orgId = org->id;
            const QString iso = a.date.toString(Qt::ISODate);
            // As the store refuses them, but said for the row.
            if (a.date.isValid() && org->founded.isValid() && a.date < org->founded)
                problem(F::Date,
                        tr("%1 is before %2 was founded on %3.")
                            .arg(iso, org->displayName(), org->founded.toString(Qt::ISODate)));
            if (a.date.isValid() && org->isDissolved() && a.date > org->dissolved)
                problem(F::Date,
                        tr("%1 is after %2 was dissolved on %3.")
                            .arg(iso, org->displayName(), org->dissolved.toString(Qt::ISODate)));
        } else {
            problem(F::Organization, match.problem);
        }
    }

    const QString typeName = ImportCells::text(cellOf(index, F::Type));
    if (typeName.isEmpty()) {
        problem(F::Type, tr("The activity type is missing."));
    } else {
        const qint64 type = typeOf(typeName, row);
        if (type > 0)
            a.typeId = type;
        else if (type < 0)
            newType = int(-type - 1);
        else
            problem(F::Type, tr("“%1” is not an activity type of the ledger; correct it, or let "
                                "the import add it.")
                                 .arg(typeName));
    }

    a.title = ImportCells::text(cellOf(index, F::Title));
    a.note = ImportCells::text(cellOf(index, F::Note));
    const auto count = [&](F field, qint64 &into) {
        const Result<qint64> read = ImportCells::count(cellOf(index, field));
        if (read)
            into = read.value();
        else
            problem(field, read.error());
    };
    qint64 headCount = 0;
    count(F::HeadCount, headCount);
    if (headCount > std::numeric_limits<int>::max())
        problem(F::HeadCount, tr("%1 people is more than an activity can have.").arg(headCount));
    else
        a.headCount = int(headCount);
    count(F::PeopleServed, a.figures.peopleServed);
    count(F::ProblemsSolved, a.figures.problemsSolved);
    count(F::Households, a.figures.households);
    if (const Result<qint64> fen = ImportCells::fen(cellOf(index, F::Funds)); fen)
        a.figures.fundsFen = fen.value();
    else
        problem(F::Funds, fen.error());
    if (const Result<double> hours = ImportCells::hours(cellOf(index, F::Hours)); hours)
        a.figures.hours = hours.value();
    else
        problem(F::Hours, hours.error());

    if (!problems.isEmpty()) {
        m_plan.report.errors.append(problems);
        return;
    }
    ++m_plan.report.inserted;
    m_plan.rows.append({row, a, newType});
}
} // namespace

QList<ActivityField> ActivityImport::fields()
{
    QList<ActivityField> all;
    for (int f = int(ActivityField::Date); f < FieldCount; ++f)
        all.append(ActivityField(f));
    return all;
}

QString ActivityImport::fieldLabel(ActivityField field)
{
    switch (field) {
    case ActivityField::Ignored:
        return tr("(not imported)");
    case ActivityField::Date:
        return tr("Date");
    case ActivityField::Organization:
        return tr("Organization");
    case ActivityField::Type:
        return tr("Type");
    case ActivityField::Title:
        return tr("Title");
    case ActivityField::HeadCount:
        return tr("Head count");
    case ActivityField::PeopleServed:
        return tr("People served");
    case ActivityField::ProblemsSolved:
        return tr("Problems solved");
    case ActivityField::Households:
        return tr("Households helped");
    case ActivityField::Funds:
        return tr("Funds (yuan)");
    case ActivityField::Hours:
        return tr("Hours");
    case ActivityField::Note:
        return tr("Note");
    }
    return {};
}

Result<ActivityMapping> ActivityImport::detect(const Sheet &sheet)
{
    return ImportColumns::detect<ActivityField>(sheet, vocabulary(),
                                                QStringLiteral("日期, 组织, 类型, 标题"));
}

ActivityMapping ActivityImport::mappingAt(const Sheet &sheet, int headerRow)
{
    return ImportColumns::mappingAt<ActivityField>(sheet, vocabulary(), headerRow);
}

Result<ActivityImportPlan> ActivityImport::plan(const Ledger &ledger, const Sheet &sheet,
                                                const ActivityMapping &mapping,
                                                const ActivityImportOptions &options,
                                                const SheetProgress &progress)
{
    ActivityImportPlan plan;
    plan.mapping = mapping;
    plan.options = options;
    if (mapping.firstDataRow < 0)
        return Error{tr("Choose the row that holds the column titles.")};
    auto organizations = ledger.organizations();
    if (!organizations)
        return Error{organizations.error()};
    auto types = ledger.activityTypes();
    if (!types)
        return Error{types.error()};
    const OrgNames orgs(organizations.value());
    Planner planner(sheet, plan, orgs, types.value());
    if (auto read = ImportRun::readRows(sheet, mapping, plan.report, progress, ProgressStep,
                                        [&](int index) { planner.read(index); });
        !read)
        return Error{read.error()};
    return plan;
}

Result<ImportReport> ActivityImport::apply(Ledger &ledger, ActivityImportPlan &plan,
                                           ImportMode mode, const SheetProgress &progress)
{
    ImportReport report = plan.report;
    report.written = false;
    if (report.hasErrors() || plan.rows.isEmpty()) // nothing may, or needs to, be written
        return report;
    QList<qint64> typeIds;
    QList<qint64> ids;
    auto written = ImportRun::write(ledger, mode, [&]() -> Result<void> {
        for (const ActivityType &type : std::as_const(plan.newTypes)) {
            auto id = ledger.addActivityType(type);
            if (!id)
                return Error{id.error()};
            typeIds.append(id.value());
        }
        QList<Activity> activities;
        activities.reserve(plan.rows.size());
        for (const ActivityImportPlan::Row &row : std::as_const(plan.rows)) {
            activities.append(row.activity);
            if (row.newType >= 0)
                activities.last().typeId = typeIds.at(row.newType);
        }
        for (qsizetype from = 0; from < activities.size(); from += WriteBatch) {
            if (auto going = ImportRun::tell(progress, from, activities.size()); !going)
                return going;
            auto added = ledger.addActivities(activities.mid(from, WriteBatch));
            if (!added)
                return Error{tr("Row %1 and the rows after it: %2")
                                 .arg(plan.rows.at(from).row)
                                 .arg(added.error())};
            ids.append(added.value());
        }
        return ImportRun::tell(progress, activities.size(), activities.size());
    });
    if (!written)
        return Error{written.error()};
    if (mode == ImportMode::DryRun)
        return report;
    // The ids and places written, so redo writes the same records again.
    auto types = ledger.activityTypes();
    for (qsizetype i = 0; i < typeIds.size(); ++i) {
        plan.newTypes[i].id = typeIds.at(i);
        for (const ActivityType &type : types.value_or({})) {
            if (type.id == typeIds.at(i))
                plan.newTypes[i].position = type.position;
        }
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        ActivityImportPlan::Row &row = plan.rows[i];
        row.activity.id = ids.at(i);
        if (row.newType >= 0)
            row.activity.typeId = typeIds.at(row.newType);
    }
    report.written = true;
    plan.report.written = true;
    return report;
}

Result<void> ActivityImport::undo(Ledger &ledger, const ActivityImportPlan &plan)
{
    return ledger.write([&]() -> Result<void> {
        QList<qint64> ids;
        for (const ActivityImportPlan::Row &row : plan.rows)
            ids.append(row.activity.id);
        if (auto removed = ledger.removeActivities(ids); !removed)
            return removed;
        for (const ActivityType &type : plan.newTypes) {
            if (auto removed = ledger.removeActivityType(type.id); !removed)
                return removed;
        }
        return {};
    });
}

Result<ImportReport> ActivityImport::importSheet(Ledger &ledger, const Sheet &sheet,
                                                 const ActivityImportOptions &options,
                                                 ImportMode mode, const SheetProgress &progress)
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
