#include "orgimport.h"

#include "importcells.h"
#include "importnames.h"
#include "importrun.h"
#include "ledger.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace PartyLedger {

namespace {
constexpr int FieldCount = int(OrgField::Founded) + 1;
constexpr int ProgressStep = 100;

const QHash<QString, int> &vocabulary()
{
    using F = OrgField;
    const auto titles = ImportColumns::titles;
    static const QHash<QString, int> keys = ImportColumns::vocabulary({
        {int(F::Parent), titles({"上级组织", "上级党组织", "上级组织名称", "上级", "Parent",
                                 "Parent organization"})},
        {int(F::Name), titles({"组织名称", "党组织名称", "组织全称", "党组织全称", "全称", "名称",
                               "Name", "Full name", "Organization"})},
        {int(F::Kind),
         titles({"组织类别", "组织类型", "党组织类别", "类别", "类型", "Kind", "Type"})},
        {int(F::ShortName), titles({"简称", "组织简称", "Short name"})},
        {int(F::Unit), titles({"所属单位", "单位", "Unit"})},
        {int(F::Founded), titles({"成立日期", "成立时间", "Founded", "Founding date"})},
    });
    return keys;
}

const ImportWords<OrgKind> &kinds()
{
    static const ImportWords<OrgKind> words = [] {
        ImportWords<OrgKind> w;
        w.add(OrgKind::Committee, {"党委", "党委员会", "委员会", "Committee"});
        w.add(OrgKind::GeneralBranch, {"党总支", "总支", "党总支部", "General branch"});
        w.add(OrgKind::Branch, {"党支部", "支部", "Branch"});
        w.add(OrgKind::TemporaryBranch, {"临时党支部", "临时支部", "Temporary branch"});
        w.add(OrgKind::Group, {"党小组", "小组", "Group", "Party group"});
        for (OrgKind kind : OrgKinds::all()) {
            w.add(kind, OrgKinds::label(kind));
            w.add(kind, OrgKinds::code(kind));
        }
        return w;
    }();
    return words;
}

// One row of the sheet while its place in the tree is worked out.
struct SheetOrg {
    int row = 0;
    QString name;
    QString parentName;
    Organization org;
    bool kindKnown = false;
    int newUnit = -1;
    QList<ImportProblem> problems;
    // Worked out by Planner::resolve.
    enum class State { Open, Visiting, Done } state = State::Open;
    qint64 existingId = 0; // the same organization already in the ledger: left as it is
    int parentSheet = -1;  // the parent is this other row of the sheet, a new organization
    bool blocked = false;  // the parent's row cannot be imported, so neither can this one
    std::optional<OrgKind> parentKind;

    bool importable() const { return problems.isEmpty() && !blocked; }
};

class Planner {
    Q_DECLARE_TR_FUNCTIONS(OrgImport)
public:
    Planner(const Sheet &sheet, OrgImportPlan &plan, const QList<Organization> &organizations,
            const UnitNames &units)
        : m_sheet(sheet)
        , m_plan(plan)
        , m_ledger(organizations)
        , m_units(units)
    {
        m_columns = plan.mapping.columnsByField<FieldCount>();
        for (const Organization &org : organizations)
            m_existing.insert({org.parentId, NameIndex::key(org.fullName)}, org.id);
    }

    void read(int index);
    // Every row placed in the tree; the new organizations go into the plan, parents first.
    void finish();

private:
    const SheetCell &cellOf(int index, OrgField field) const
    {
        return m_sheet.cell(index, m_columns[size_t(field)]);
    }
    QString columnOf(OrgField field) const
    {
        const int column = m_columns[size_t(field)];
        const QString title = column < 0 ? QString() : m_plan.mapping.titles.value(column);
        return title.isEmpty() ? OrgImport::fieldLabel(field) : title;
    }
    void problem(SheetOrg &org, OrgField field, const QString &reason) const
    {
        org.problems.append({org.row, columnOf(field), reason});
    }
    void resolve(int i);
    int depth(int i) const;

    const Sheet &m_sheet;
    OrgImportPlan &m_plan;
    const OrgNames m_ledger;
    const UnitNames &m_units;
    std::array<int, FieldCount> m_columns;
    QHash<std::pair<qint64, QString>, qint64> m_existing; // (parent, full name key) -> id
    QList<SheetOrg> m_rows;
    NameIndex m_sheetNames; // full and short names of the sheet's rows -> index in m_rows
    QHash<std::pair<QString, QString>, int> m_seen; // (parent, name) keys -> sheet row
    QHash<QString, int> m_newUnits;
};

void Planner::read(int index)
{
    SheetOrg o;
    o.row = index + 1;
    o.name = ImportCells::text(cellOf(index, OrgField::Name));
    o.parentName = ImportCells::text(cellOf(index, OrgField::Parent));
    o.org.fullName = o.name;
    o.org.shortName = ImportCells::text(cellOf(index, OrgField::ShortName));
    o.org.sortOrder = -1; // after the siblings already there, in sheet order
    if (o.name.isEmpty())
        problem(o, OrgField::Name, tr("The organization's full name is missing."));

    const SheetCell &kindCell = cellOf(index, OrgField::Kind);
    if (kindCell.isEmpty()) {
        problem(o, OrgField::Kind,
                tr("The kind is missing; write 党委, 党总支, 党支部, 临时党支部 "
                   "or 党小组."));
    } else if (const auto kind = kinds().find(kindCell.text)) {
        o.org.kind = *kind;
        o.kindKnown = true;
    } else {
        problem(o, OrgField::Kind,
                tr("“%1” is not a kind of organization; write 党委, 党总支, 党支部, 临时党支部 or "
                   "党小组.")
                    .arg(ImportCells::text(kindCell)));
    }

    const Result<QDate> founded = ImportCells::date(cellOf(index, OrgField::Founded));
    if (founded)
        o.org.founded = founded.value();
    else
        problem(o, OrgField::Founded, founded.error());

    if (const QString unit = ImportCells::text(cellOf(index, OrgField::Unit)); !unit.isEmpty()) {
        const NameMatch match = m_units.find(unit);
        if (match.id > 0) {
            o.org.unitId = match.id;
        } else if (match.unknown) {
            const QString key = NameIndex::key(unit);
            auto known = m_newUnits.constFind(key);
            if (known == m_newUnits.cend()) {
                m_plan.newUnits.append({0, unit, QString()});
                m_plan.report.created.append(tr("Unit %1").arg(unit));
                known = m_newUnits.insert(key, int(m_plan.newUnits.size() - 1));
            }
            o.newUnit = *known;
        } else {
            problem(o, OrgField::Unit, match.problem);
        }
    }

    const std::pair<QString, QString> place(NameIndex::key(o.parentName), NameIndex::key(o.name));
    if (!o.name.isEmpty()) {
        if (const auto first = m_seen.constFind(place); first != m_seen.cend())
            problem(o, OrgField::Name,
                    tr("The same organization is on row %1 already.").arg(*first));
        else
            m_seen.insert(place, o.row);
    }
    m_sheetNames.add(m_rows.size(), o.name);
    m_sheetNames.add(m_rows.size(), o.org.shortName);
    m_rows.append(std::move(o));
}

void Planner::resolve(int i)
{
    SheetOrg &o = m_rows[i];
    if (o.state == SheetOrg::State::Done)
        return;
    if (o.state == SheetOrg::State::Visiting) {
        problem(o, OrgField::Parent,
                tr("Following the parents from this row leads back to it; one of them must be "
                   "in the ledger or at the top."));
        o.blocked = true;
        return;
    }
    o.state = SheetOrg::State::Visiting;
    qint64 parentId = 0;
    if (!o.parentName.isEmpty()) {
        QList<qint64> inSheet = m_sheetNames.find(o.parentName);
        inSheet.removeAll(i);
        if (inSheet.size() > 1) {
            problem(o, OrgField::Parent,
                    tr("“%1” is the name of %2 rows of the sheet; write the full name of the "
                       "parent.")
                        .arg(o.parentName)
                        .arg(inSheet.size()));
        } else if (inSheet.size() == 1) {
            const int j = int(inSheet.first());
            resolve(j);
            const SheetOrg &parent = m_rows.at(j);
            if (parent.existingId > 0) {
                parentId = parent.existingId;
                o.parentKind = m_ledger.organization(parentId)->kind;
            } else if (!parent.importable()) {
                o.blocked = true; // the parent's row says why
            } else {
                o.parentSheet = j;
                if (parent.kindKnown)
                    o.parentKind = parent.org.kind;
            }
        } else {
            const NameMatch match = m_ledger.find(o.parentName);
            const Organization *parent = m_ledger.organization(match.id);
            if (!parent) {
                problem(o, OrgField::Parent,
                        match.unknown ? tr("The parent “%1” is neither in the ledger nor in the "
                                           "sheet.")
                                            .arg(o.parentName)
                                      : match.problem);
            } else if (parent->isDissolved()) {
                problem(o, OrgField::Parent,
                        tr("%1 was dissolved on %2; nothing new can be placed under it.")
                            .arg(parent->displayName(), parent->dissolved.toString(Qt::ISODate)));
            } else {
                parentId = parent->id;
                o.parentKind = parent->kind;
            }
        }
    }
    if (o.problems.isEmpty() && !o.blocked && o.parentSheet < 0)
        o.existingId = m_existing.value({parentId, NameIndex::key(o.name)}, 0);
    o.org.parentId = parentId;
    if (o.existingId == 0 && o.kindKnown && !o.blocked &&
        (o.parentSheet >= 0 || o.parentName.isEmpty() || parentId > 0) &&
        !OrgKinds::canBeChildOf(o.org.kind, o.parentKind)) {
        if (o.parentKind)
            //: %1 and %3 kinds of organization (党支部, 党委), %2 the parent's name
            problem(o, OrgField::Kind,
                    tr("A %1 cannot be placed under %2, a %3.")
                        .arg(OrgKinds::label(o.org.kind), o.parentName,
                             OrgKinds::label(*o.parentKind)));
        else
            problem(o, OrgField::Kind,
                    tr("A %1 cannot be at the top of the tree; name its parent.")
                        .arg(OrgKinds::label(o.org.kind)));
    }
    o.state = SheetOrg::State::Done;
}

int Planner::depth(int i) const
{
    int steps = 0;
    for (int at = m_rows.at(i).parentSheet; at >= 0 && steps <= m_rows.size();
         at = m_rows.at(at).parentSheet)
        ++steps;
    return steps;
}

void Planner::finish()
{
    for (int i = 0; i < m_rows.size(); ++i)
        resolve(i);
    // Parents before children; in sheet order otherwise.
    QList<int> order;
    for (int i = 0; i < m_rows.size(); ++i) {
        const SheetOrg &o = m_rows.at(i);
        m_plan.report.errors.append(o.problems);
        if (o.existingId > 0)
            m_plan.report.unchangedRows.append({o.row, o.name});
        else if (o.importable())
            order.append(i);
    }
    QList<int> depths(m_rows.size(), 0);
    for (int i : std::as_const(order))
        depths[i] = depth(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return depths[a] < depths[b]; });
    QHash<int, int> planIndex;
    for (int i : std::as_const(order)) {
        const SheetOrg &o = m_rows.at(i);
        planIndex.insert(i, int(m_plan.rows.size()));
        m_plan.rows.append(
            {o.row, o.org, o.parentSheet >= 0 ? planIndex.value(o.parentSheet) : -1, o.newUnit});
    }
    m_plan.report.inserted = int(m_plan.rows.size());
}

} // namespace

QList<OrgField> OrgImport::fields()
{
    return {OrgField::Parent,    OrgField::Name, OrgField::Kind,
            OrgField::ShortName, OrgField::Unit, OrgField::Founded};
}

QString OrgImport::fieldLabel(OrgField field)
{
    switch (field) {
    case OrgField::Ignored:
        return tr("(not imported)");
    case OrgField::Parent:
        return tr("Parent organization");
    case OrgField::Name:
        return tr("Full name");
    case OrgField::Kind:
        return tr("Kind");
    case OrgField::ShortName:
        return tr("Short name");
    case OrgField::Unit:
        return tr("Unit");
    case OrgField::Founded:
        return tr("Founded");
    }
    return {};
}

Result<OrgMapping> OrgImport::detect(const Sheet &sheet)
{
    return ImportColumns::detect<OrgField>(sheet, vocabulary(),
                                           QStringLiteral("上级组织, 组织名称, 组织类别"));
}

OrgMapping OrgImport::mappingAt(const Sheet &sheet, int headerRow)
{
    return ImportColumns::mappingAt<OrgField>(sheet, vocabulary(), headerRow);
}

Result<OrgImportPlan> OrgImport::plan(const Ledger &ledger, const Sheet &sheet,
                                      const OrgMapping &mapping, const SheetProgress &progress)
{
    OrgImportPlan plan;
    plan.mapping = mapping;
    if (mapping.firstDataRow < 0)
        return Error{tr("Choose the row that holds the column titles.")};
    auto organizations = ledger.organizations();
    if (!organizations)
        return Error{organizations.error()};
    auto units = ledger.units();
    if (!units)
        return Error{units.error()};
    const UnitNames unitNames(units.value());
    Planner planner(sheet, plan, organizations.value(), unitNames);
    if (auto read = ImportRun::readRows(sheet, mapping, plan.report, progress, ProgressStep,
                                        [&](int index) { planner.read(index); });
        !read)
        return Error{read.error()};
    planner.finish();
    return plan;
}

Result<ImportReport> OrgImport::apply(Ledger &ledger, OrgImportPlan &plan, ImportMode mode,
                                      const SheetProgress &progress)
{
    ImportReport report = plan.report;
    report.written = false;
    if (report.hasErrors() || plan.rows.isEmpty()) // nothing may, or needs to, be written
        return report;
    QList<qint64> unitIds;
    QList<qint64> ids;
    auto written = ImportRun::write(ledger, mode, [&]() -> Result<void> {
        if (!plan.newUnits.isEmpty()) {
            auto added = ledger.addUnits(plan.newUnits);
            if (!added)
                return Error{added.error()};
            unitIds = added.value();
        }
        for (const OrgImportPlan::Row &row : std::as_const(plan.rows)) {
            Organization org = row.org;
            if (row.parentIndex >= 0)
                org.parentId = ids.at(row.parentIndex);
            if (row.newUnit >= 0)
                org.unitId = unitIds.at(row.newUnit);
            auto id = ledger.addOrganization(org);
            if (!id)
                return Error{tr("Row %1: %2").arg(row.row).arg(id.error())};
            ids.append(id.value());
            if (ids.size() % ProgressStep == 0) {
                if (auto going = ImportRun::tell(progress, ids.size(), plan.rows.size()); !going)
                    return going;
            }
        }
        return ImportRun::tell(progress, ids.size(), plan.rows.size());
    });
    if (!written)
        return Error{written.error()};
    if (mode == ImportMode::DryRun)
        return report;
    for (qsizetype i = 0; i < unitIds.size(); ++i)
        plan.newUnits[i].id = unitIds.at(i);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        OrgImportPlan::Row &row = plan.rows[i];
        row.org.id = ids.at(i);
        if (row.parentIndex >= 0)
            row.org.parentId = ids.at(row.parentIndex);
        if (row.newUnit >= 0)
            row.org.unitId = unitIds.at(row.newUnit);
    }
    report.written = true;
    plan.report.written = true;
    return report;
}

Result<void> OrgImport::undo(Ledger &ledger, const OrgImportPlan &plan)
{
    return ledger.write([&]() -> Result<void> {
        for (auto row = plan.rows.crbegin(); row != plan.rows.crend(); ++row) {
            if (auto removed = ledger.removeOrganization(row->org.id); !removed)
                return removed;
        }
        QList<qint64> units;
        for (const Unit &unit : plan.newUnits)
            units.append(unit.id);
        return ledger.removeUnits(units);
    });
}

Result<ImportReport> OrgImport::importSheet(Ledger &ledger, const Sheet &sheet, ImportMode mode,
                                            const SheetProgress &progress)
{
    auto mapping = detect(sheet);
    if (!mapping)
        return Error{mapping.error()};
    auto planned = plan(ledger, sheet, mapping.value(), progress);
    if (!planned)
        return Error{planned.error()};
    return apply(ledger, planned.value(), mode, progress);
}

} // namespace PartyLedger
