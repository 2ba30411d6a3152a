#include "importdialog.h"

#include "activityimport.h"
#include "importeditor.h"
#include "ledger.h"
#include "memberimport.h"
#include "modelexport.h"
#include "orgimport.h"
#include "problemlabel.h"
#include "spreadsheetfile.h"
#include "tablecopy.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace PartyLedger {

namespace {
// A sheet's column as Excel names it: A, B, ... Z, AA, AB ...
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// Whether two readings of a sheet find the same header: the same titles in the same rows. Untitled
// columns at the end do not count: a reading may have added them for data wider than its header.
bool sameHeader(const DetectedColumns &a, const DetectedColumns &b)
{
    const auto titled = [](QStringList titles) {
        while (!titles.isEmpty() && titles.last().isEmpty())
            titles.removeLast();
        return titles;
    };
    return a.headerRow == b.headerRow && a.firstDataRow == b.firstDataRow &&
           titled(a.titles) == titled(b.titles);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The field list shown in each row of the mapping table, always open.
class FieldDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("field%1").arg(index.row()));
        if (const auto *model = qobject_cast<const ColumnMappingModel *>(index.model())) {
            for (const auto &[field, label] : model->choices())
                combo->addItem(label, field);
        }
        combo->setMaxVisibleItems(24);
        auto *self = const_cast<FieldDelegate *>(this);
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        // What the model holds already: shown, not committed back.
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(index.data(ColumnMappingModel::FieldRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        editor->setGeometry(option.rect);
    }
};

// A cancellable progress window for a read, a check or the import, shown after a moment.
struct ProgressWindow {
    QProgressDialog dialog;
    ProgressWindow(const QString &label, QWidget *parent)
        : dialog(label, ImportDialog::tr("Cancel"), 0, 1000, parent)
    {
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(400);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
    }
    SheetProgress callback() { return TableExport::progressOf(&dialog); }
    bool cancelled() const { return dialog.wasCanceled(); }
};
} // namespace

// ---- ColumnMappingModel ----

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setChoices(const QList<std::pair<int, QString>> &choices)
{
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

void ColumnMappingModel::setSheet(const Sheet *sheet, int firstDataRow, const QStringList &titles,
                                  const QList<int> &fields)
{
    beginResetModel();
    m_sheet = sheet;
    m_titles = titles;
    m_fields = sheet ? fields : QList<int>();
    m_previewRows.clear();
    for (int row = std::max(0, firstDataRow);
         sheet && row < sheet->rows.size() && m_previewRows.size() < PreviewRows; ++row) {
        const QList<SheetCell> &cells = sheet->rows.at(row);
        if (std::any_of(cells.cbegin(), cells.cend(),
                        [](const SheetCell &cell) { return !cell.isEmpty(); }))
            m_previewRows.append(row);
    }
    endResetModel();
}

QString ColumnMappingModel::labelOf(int field) const
{
    for (const auto &[value, label] : m_choices) {
        if (value == field)
            return label;
    }
    return {};
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPreviewColumn + int(m_previewRows.size());
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.row(); // each row of the table is a column of the sheet
    const int field = m_fields.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            const QString title = m_titles.value(column).simplified();
            return title.isEmpty() ? tr("(no title)") : title;
        }
        if (index.column() == FieldColumn)
            return labelOf(field);
        return m_sheet->cell(m_previewRows.at(index.column() - FirstPreviewColumn), column).text;
    case Qt::EditRole:
    case FieldRole:
        return index.column() == FieldColumn ? QVariant(field) : QVariant();
    case Qt::ForegroundRole:
        // A column left out is greyed, so what will be read stands out.
        if (field == 0 && index.column() != FieldColumn)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn) {
            QFont font;
            font.setBold(field != 0);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_fields.size() ? columnLetters(section) : QVariant();
    if (section == TitleColumn)
        return tr("Column title");
    if (section == FieldColumn)
        return tr("Imported as");
    const int preview = section - FirstPreviewColumn;
    if (preview >= 0 && preview < m_previewRows.size())
        return tr("Row %1").arg(m_previewRows.at(preview) + 1);
    return {};
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != FieldColumn || (role != Qt::EditRole && role != FieldRole))
        return false;
    bool known = false;
    const int field = value.toInt(&known);
    if (!known || labelOf(field).isEmpty())
        return false;
    if (m_fields.at(index.row()) == field)
        return true;
    const int last = columnCount() - 1;
    m_fields[index.row()] = field;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), last));
    // One column per field: the column that had it before is left out now.
    for (int row = 0; field != 0 && row < m_fields.size(); ++row) {
        if (row != index.row() && m_fields.at(row) == field) {
            m_fields[row] = 0;
            Q_EMIT dataChanged(this->index(row, 0), this->index(row, last));
        }
    }
    Q_EMIT mappingChanged();
    return true;
}

// ---- ImportProblemModel ----

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemModel::setProblems(const QList<ImportProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn:
            return problem.row;
        case ColumnColumn:
            return problem.column;
        case ReasonColumn:
            return problem.reason;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    default:
        return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Problem");
    }
    return {};
}

// ---- the three kinds of import behind one interface ----

class ImportDialog::Importer {
public:
    virtual ~Importer() = default;
    virtual QList<std::pair<int, QString>> choices() const = 0;
    virtual DetectedColumns detect(const Sheet &sheet) const = 0;
    // The columns with their titles in the row the user chose (zero-based).
    virtual DetectedColumns columnsAt(const Sheet &sheet, int headerRow) const = 0;
    // `create`: names the ledger does not know are created (under `parentId` for members).
    virtual Result<void> plan(const Ledger &ledger, const Sheet &sheet,
                              const DetectedColumns &columns, bool create, qint64 parentId,
                              const SheetProgress &progress) = 0;
    virtual ImportReport report() const = 0;
    virtual QList<UnknownName> unknownNames() const = 0;
    virtual Result<ImportReport> write(ImportEditor &editor, const SheetProgress &progress) = 0;
};

namespace {
template <typename Import, typename Field, typename Plan>
class ImporterOf final : public ImportDialog::Importer {
public:
    QList<std::pair<int, QString>> choices() const override
    {
        QList<std::pair<int, QString>> all{{0, Import::fieldLabel(Field::Ignored)}};
        for (Field field : Import::fields())
            all.append({int(field), Import::fieldLabel(field)});
        return all;
    }
    DetectedColumns detect(const Sheet &sheet) const override
    {
        const auto found = Import::detect(sheet);
        if (found)
            return columnsOf(found.value());
        // No header recognized: the widest row at the top stands in, for the user to correct.
        const int widest = ImportColumns::widestRow(sheet);
        DetectedColumns columns = widest < 0 ? DetectedColumns() : columnsAt(sheet, widest);
        columns.problem = found.error();
        return columns;
    }
    DetectedColumns columnsAt(const Sheet &sheet, int headerRow) const override
    {
        return columnsOf(Import::mappingAt(sheet, headerRow));
    }
    Result<void> plan(const Ledger &ledger, const Sheet &sheet, const DetectedColumns &columns,
                      bool create, qint64 parentId, const SheetProgress &progress) override
    {
        const auto mapping = ImportColumns::mappingOf<Field>(columns);
        m_plan.reset();
        auto planned = [&] {
            if constexpr (std::is_same_v<Import, MemberImport>) {
                MemberImportOptions options;
                options.createMissingUnder = create ? parentId : 0;
                return Import::plan(ledger, sheet, mapping, options, progress);
            } else if constexpr (std::is_same_v<Import, ActivityImport>) {
                ActivityImportOptions options;
                options.createMissingTypes = create;
                return Import::plan(ledger, sheet, mapping, options, progress);
            } else {
                return Import::plan(ledger, sheet, mapping, progress);
            }
        }();
        if (!planned)
            return Error{planned.error()};
        m_plan = std::move(planned.value());
        return {};
    }
    ImportReport report() const override { return m_plan ? m_plan->report : ImportReport(); }
    QList<UnknownName> unknownNames() const override
    {
        if (!m_plan)
            return {};
        if constexpr (std::is_same_v<Import, MemberImport>)
            return m_plan->unknownBranches;
        else if constexpr (std::is_same_v<Import, ActivityImport>)
            return m_plan->unknownTypes;
        else
            return {};
    }
    Result<ImportReport> write(ImportEditor &editor, const SheetProgress &progress) override
    {
        if (!m_plan)
            return Error{ImportDialog::tr("Check the sheet before importing it.")};
        if constexpr (std::is_same_v<Import, MemberImport>)
            return editor.importMembers(*m_plan, progress);
        else if constexpr (std::is_same_v<Import, ActivityImport>)
            return editor.importActivities(*m_plan, progress);
        else
            return editor.importOrganizations(*m_plan, progress);
    }

private:
    static DetectedColumns columnsOf(const ColumnMapping<Field> &mapping)
    {
        return {ImportColumns::foundOf(mapping), QString()};
    }

    std::optional<Plan> m_plan;
};
} // namespace

// ---- the dialog ----

ImportDialog::ImportDialog(ImportKind kind, const Ledger *ledger, ImportEditor *editor,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_ledger(ledger)
    , m_editor(editor)
    , m_mapping(new ColumnMappingModel(this))
    , m_unknown(new QStandardItemModel(this))
    , m_problems(new ImportProblemModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    switch (kind) {
    case ImportKind::Members:
        m_importer = std::make_unique<ImporterOf<MemberImport, MemberField, MemberImportPlan>>();
        setWindowTitle(tr("Import Members"));
        break;
    case ImportKind::Organizations:
        m_importer = std::make_unique<ImporterOf<OrgImport, OrgField, OrgImportPlan>>();
        setWindowTitle(tr("Import Organizations"));
        break;
    case ImportKind::Activities:
        m_importer =
            std::make_unique<ImporterOf<ActivityImport, ActivityField, ActivityImportPlan>>();
        setWindowTitle(tr("Import Activities"));
        break;
    }
    m_mapping->setChoices(m_importer->choices());

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("importPages"));
    m_pages->addWidget(createFilePage());
    m_pages->addWidget(createSheetPage());
    m_pages->addWidget(createMappingPage());
    m_pages->addWidget(createUnknownPage());
    m_pages->addWidget(createReportPage());
    m_pages->addWidget(createDonePage());

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_back, m_next, m_import, m_cancel})
        buttons->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(900, 600);
    showPage(Page::File);
}

ImportDialog::~ImportDialog() = default;

QWidget *ImportDialog::createFilePage()
{
    auto *page = new QWidget(this);
    QString what;
    switch (m_kind) {
    case ImportKind::Members:
        what = tr("Choose the Excel workbook (.xlsx) or CSV file that holds the member roster "
                  "(花名册). Members already in the ledger, found by their ID number, are "
                  "updated; the others are added.");
        break;
    case ImportKind::Organizations:
        what = tr("Choose the Excel workbook (.xlsx) or CSV file that lists the Party "
                  "organizations, each with its parent. Organizations already in the ledger are "
                  "left as they are.");
        break;
    case ImportKind::Activities:
        what = tr("Choose the Excel workbook (.xlsx) or CSV file that lists the activities, "
                  "one a row, with the organization that held them.");
        break;
    }
    QStringList labels;
    for (const auto &[field, label] : m_mapping->choices()) {
        if (field != 0)
            labels << label;
    }
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("The path of an .xlsx or .csv file"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    auto *browse = new QPushButton(tr("&Browse..."), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&File:"), page);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(what, page));
    layout->addSpacing(8);
    layout->addLayout(pathRow);
    layout->addSpacing(8);
    layout->addWidget(wrappedLabel(
        tr("Columns recognized by their titles: %1.").arg(labels.join(QStringLiteral("、"))),
        page));
    layout->addWidget(wrappedLabel(tr("Nothing is written to the ledger until you press Import "
                                      "on the last page; Cancel leaves it as it was."),
                                   page));
    layout->addStretch();
    return page;
}

QWidget *ImportDialog::createSheetPage()
{
    auto *page = new QWidget(this);
    m_sheets = new QListWidget(page);
    m_sheets->setObjectName(QStringLiteral("sheetList"));
    m_sheetProblem = wrappedLabel(QString(), page);
    m_sheetProblem->setObjectName(QStringLiteral("sheetProblem"));
    m_sheetProblem->setStyleSheet(problemStyle());
    connect(m_sheets, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString problem =
            row >= 0 && row < m_detected.size() ? m_detected.at(row).problem : QString();
        m_sheetProblem->setText(problem);
        updateButtons();
    });
    // A double click chooses; Enter presses Next like on every page.
    connect(m_sheets, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_next->isEnabled())
            next();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("The workbook has several sheets. Choose the one to import; "
                                      "the first with recognized column titles is chosen."),
                                   page));
    layout->addWidget(m_sheets, 1);
    layout->addWidget(m_sheetProblem);
    return page;
}

QWidget *ImportDialog::createMappingPage()
{
    auto *page = new QWidget(this);
    m_mappingHeading = wrappedLabel(QString(), page);
    m_mappingHeading->setObjectName(QStringLiteral("mappingHeading"));
    m_mappingView = new QTableView(page);
    m_mappingView->setObjectName(QStringLiteral("mappingView"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                            new FieldDelegate(m_mappingView));
    m_mappingView->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingView->setWordWrap(false);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->horizontalHeader()->setHighlightSections(false);
    m_mappingView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mappingView->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, [this] {
        m_columns.fields = m_mapping->fields();
        updateButtons();
    });
    m_headerRow = new QSpinBox(page);
    m_headerRow->setObjectName(QStringLiteral("headerRowBox"));
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { setHeaderRow(row - 1); });
    auto *headerLabel = new QLabel(tr("Column &titles in row:"), page);
    headerLabel->setBuddy(m_headerRow);
    auto *headerLine = new QHBoxLayout;
    headerLine->addWidget(headerLabel);
    headerLine->addWidget(m_headerRow);
    headerLine->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingHeading);
    layout->addLayout(headerLine);
    layout->addWidget(m_mappingView, 1);
    layout->addWidget(wrappedLabel(tr("Columns set to “%1” are left out. A field can feed from "
                                      "one column only: choosing it for a column takes it from "
                                      "the column that had it.")
                                       .arg(m_mapping->labelOf(0)),
                                   page));
    return page;
}

QWidget *ImportDialog::createUnknownPage()
{
    auto *page = new QWidget(this);
    m_unknownHeading = wrappedLabel(QString(), page);
    m_unknownHeading->setObjectName(QStringLiteral("unknownHeading"));
    auto *view = new QTableView(page);
    m_unknownView = view;
    view->setObjectName(QStringLiteral("unknownView"));
    view->setModel(m_unknown);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    TableCopy::install(view);

    auto *group = new QButtonGroup(page);
    m_create = new QRadioButton(page);
    m_create->setObjectName(QStringLiteral("createUnknown"));
    m_leave = new QRadioButton(page);
    m_leave->setObjectName(QStringLiteral("leaveUnknown"));
    group->addButton(m_create);
    group->addButton(m_leave);
    m_leave->setChecked(true);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_create);
    if (m_kind == ImportKind::Members) {
        m_create->setText(tr("&Create them as new branches under:"));
        m_parent = new QComboBox(page);
        m_parent->setObjectName(QStringLiteral("parentChoice"));
        m_parent->setMinimumWidth(280);
        fillParents();
        createRow->addWidget(m_parent);
        connect(m_parent, &QComboBox::activated, m_create, [this] { m_create->setChecked(true); });
        m_leave->setText(tr("&Leave them as problems, to correct the names in the file"));
    } else {
        m_create->setText(tr("&Add them to the list of activity types"));
        m_leave->setText(tr("&Leave them as problems, to correct the names in the file"));
    }
    createRow->addStretch();
    connect(m_create, &QRadioButton::toggled, this, &ImportDialog::updateButtons);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_unknownHeading);
    layout->addWidget(view, 1);
    layout->addLayout(createRow);
    layout->addWidget(m_leave);
    return page;
}

QWidget *ImportDialog::createReportPage()
{
    auto *page = new QWidget(this);
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("reportCounts"));
    m_counts->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_counts->setWordWrap(true);
    m_created = wrappedLabel(QString(), page);
    m_created->setObjectName(QStringLiteral("reportCreated"));
    m_problemView = new QTableView(page);
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setAlternatingRowColors(true);
    m_problemView->setWordWrap(true);
    m_problemView->verticalHeader()->hide();
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setColumnWidth(ImportProblemModel::RowColumn, 60);
    m_problemView->setColumnWidth(ImportProblemModel::ColumnColumn, 140);
    TableCopy::install(m_problemView);
    m_verdict = wrappedLabel(QString(), page);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_saveProblems = new QPushButton(tr("&Save Problems as CSV..."), page);
    m_saveProblems->setObjectName(QStringLiteral("saveProblems"));
    m_saveProblems->setAutoDefault(false);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportDialog::chooseProblemsFile);
    auto *again = new QPushButton(tr("&Read the File Again"), page);
    again->setObjectName(QStringLiteral("readAgain"));
    again->setAutoDefault(false);
    again->setToolTip(tr("After correcting the file: read it and check every row again"));
    connect(again, &QPushButton::clicked, this, &ImportDialog::readAgain);
    auto *actions = new QHBoxLayout;
    m_copyHint = new QLabel(tr("Ctrl+C copies the selected problems for Excel."), page);
    actions->addWidget(m_copyHint);
    actions->addStretch();
    actions->addWidget(m_saveProblems);
    actions->addWidget(again);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_created);
    layout->addWidget(m_problemView, 1);
    layout->addLayout(actions);
    layout->addWidget(m_verdict);
    // Takes the room of the problem table when there are none (showReport).
    layout->addStretch(0);
    m_reportLayout = layout;
    return page;
}

QWidget *ImportDialog::createDonePage()
{
    auto *page = new QWidget(this);
    m_summary = wrappedLabel(QString(), page);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(
        wrappedLabel(tr("Edit > Undo (Ctrl+Z) takes the whole import back in one step."), page));
    layout->addStretch();
    return page;
}

void ImportDialog::fillParents()
{
    // Committees and general branches in being, indented as the tree nests them.
    if (!m_ledger)
        return;
    auto organizations = m_ledger->organizations();
    if (!organizations)
        return;
    QHash<qint64, int> depth;
    for (const Organization &org : organizations.value()) { // in tree order, parents first
        depth.insert(org.id, org.parentId ? depth.value(org.parentId) + 1 : 0);
        if (org.isDissolved() ||
            (org.kind != OrgKind::Committee && org.kind != OrgKind::GeneralBranch))
            continue;
        m_parent->addItem(QString(depth.value(org.id) * 2, QChar(u' ')) + org.displayName(),
                          org.id);
        m_parent->setItemData(m_parent->count() - 1, org.fullName, Qt::ToolTipRole);
    }
    const auto preferred = MemberImport::defaultParentForMissing(*m_ledger);
    const int index = m_parent->findData(preferred.value_or(0));
    m_parent->setCurrentIndex(index < 0 ? 0 : index);
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

ImportDialog::Page ImportDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void ImportDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    updateButtons();
    if (page == Page::File)
        m_path->setFocus();
    else if (page == Page::Sheet)
        m_sheets->setFocus();
}

void ImportDialog::updateButtons()
{
    if (!m_cancel)
        return; // still building
    const Page page = currentPage();
    m_back->setVisible(page != Page::File && page != Page::Done);
    m_next->setVisible(page != Page::Report && page != Page::Done);
    m_import->setVisible(page == Page::Report);
    m_cancel->setText(page == Page::Done ? tr("Close") : tr("Cancel"));
    switch (page) {
    case Page::File:
        m_next->setEnabled(!m_path->text().trimmed().isEmpty());
        break;
    case Page::Sheet:
        m_next->setEnabled(m_sheets->currentRow() >= 0 &&
                           m_detected.value(m_sheets->currentRow()).usable());
        break;
    case Page::Mapping:
        m_next->setEnabled(std::any_of(m_mapping->fields().cbegin(), m_mapping->fields().cend(),
                                       [](int field) { return field != 0; }));
        break;
    case Page::UnknownNames:
        m_next->setEnabled(!m_create->isChecked() || !m_parent || m_parent->currentIndex() >= 0);
        break;
    case Page::Report:
    case Page::Done:
        break;
    }
    m_import->setEnabled(page == Page::Report && !m_report.hasErrors() &&
                         m_report.inserted + m_report.updated > 0);
    QPushButton *preferred = page == Page::Report ? (m_import->isEnabled() ? m_import : m_cancel)
                                                  : (page == Page::Done ? m_cancel : m_next);
    for (QPushButton *button : {m_back, m_next, m_import, m_cancel})
        button->setDefault(button == preferred);
}

void ImportDialog::browse()
{
    QString folder = QFileInfo(m_path->text().trimmed()).absolutePath();
    if (m_path->text().trimmed().isEmpty() || !QFileInfo(folder).isDir())
        folder = m_ledger ? QFileInfo(m_ledger->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the File to Import"), folder,
                                     tr("Spreadsheets (*.xlsx *.csv *.txt *.xls);;All files (*)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    next();
}

void ImportDialog::next()
{
    if (!m_next->isEnabled() || !m_next->isVisible())
        return;
    switch (currentPage()) {
    case Page::File:
        if (readFile())
            showSheetChoice();
        break;
    case Page::Sheet:
        useSheet(m_sheets->currentRow());
        break;
    case Page::Mapping:
        if (check())
            proceedAfterCheck(true);
        break;
    case Page::UnknownNames:
        if (check())
            showReport();
        break;
    case Page::Report:
    case Page::Done:
        break;
    }
}

void ImportDialog::back()
{
    switch (currentPage()) {
    case Page::Sheet:
        showPage(Page::File);
        break;
    case Page::Mapping:
        showPage(m_workbook.sheets.size() > 1 ? Page::Sheet : Page::File);
        break;
    case Page::UnknownNames:
        showPage(Page::Mapping);
        break;
    case Page::Report:
        showPage(m_unknownShown ? Page::UnknownNames : Page::Mapping);
        break;
    case Page::File:
    case Page::Done:
        break;
    }
}

bool ImportDialog::readFile()
{
    QString path = m_path->text().trimmed();
    // A path copied from Explorer comes in quotes.
    if (path.size() > 1 && path.startsWith(QLatin1Char('"')) && path.endsWith(QLatin1Char('"')))
        path = path.mid(1, path.size() - 2);
    path = QDir::fromNativeSeparators(path);
    const QString fileName = QFileInfo(path).fileName();
    ProgressWindow progress(tr("Reading %1...").arg(fileName), this);
    auto read = readSpreadsheet(path, progress.callback());
    if (progress.cancelled())
        return false;
    if (read && read->sheets.isEmpty())
        read = Error{tr("%1 holds no sheet to import.").arg(fileName)};
    if (!read) {
        // Core's messages name the file; one that does not gets it in front.
        const QString message = read.error().contains(fileName)
                                    ? read.error()
                                    : tr("%1: %2").arg(fileName, read.error());
        QMessageBox::warning(this, tr("Could not read the file"), message);
        return false;
    }
    // The mapping table shows cells of the old workbook until it is given the new one.
    m_mapping->setSheet(nullptr, -1, {}, {});
    m_workbook = std::move(read.value());
    m_readPath = path;
    m_sheetIndex = -1;
    m_detected.clear();
    for (const Sheet &sheet : std::as_const(m_workbook.sheets))
        m_detected.append(m_importer->detect(sheet));
    return true;
}

void ImportDialog::showSheetChoice()
{
    if (m_workbook.sheets.size() == 1) {
        useSheet(0);
        return;
    }
    m_sheets->clear();
    int preferred = -1;
    for (int i = 0; i < m_workbook.sheets.size(); ++i) {
        const Sheet &sheet = m_workbook.sheets.at(i);
        const bool found = m_detected.at(i).problem.isEmpty();
        QString text = tr("%1 (%n row(s))", nullptr, int(sheet.rows.size())).arg(sheet.name);
        if (!found)
            text += tr(" — no recognized column titles");
        auto *item = new QListWidgetItem(text, m_sheets);
        if (!m_detected.at(i).usable())
            item->setForeground(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (preferred < 0 && found)
            preferred = i;
        if (sheet.name == m_columnsSheet && found)
            preferred = i; // the sheet chosen before, read again
    }
    m_sheets->setCurrentRow(preferred < 0 ? 0 : preferred);
    showPage(Page::Sheet);
}

void ImportDialog::useSheet(int index)
{
    if (index < 0 || index >= m_workbook.sheets.size())
        return;
    const DetectedColumns &found = m_detected.at(index);
    const Sheet &chosen = m_workbook.sheets.at(index);
    if (!found.usable()) {
        QMessageBox::warning(
            this, tr("No column titles found"),
            tr("%1, sheet “%2”: %3")
                .arg(QFileInfo(m_readPath).fileName(), chosen.name, found.problem));
        return;
    }
    // The same sheet with the same titles in the row the columns were taken from (found, or
    // chosen by the user) keeps the columns the user chose.
    const bool same = m_columnsSheet == chosen.name && m_columns.usable() &&
                      sameHeader(m_importer->columnsAt(chosen, m_columns.headerRow), m_columns);
    if (!same) {
        m_columns = found;
        m_columnsSheet = chosen.name;
    }
    m_sheetIndex = index;
    showColumns();
    showPage(Page::Mapping);
}

// The mapping page for m_columns: the header row, the table of columns and what it says above.
void ImportDialog::showColumns()
{
    const Sheet &chosen = sheet();
    m_mapping->setSheet(&chosen, m_columns.firstDataRow, m_columns.titles, m_columns.fields);
    openFieldEditors();
    {
        const QSignalBlocker quiet(m_headerRow);
        m_headerRow->setRange(1, std::max(1, int(chosen.rows.size())));
        m_headerRow->setValue(m_columns.headerRow + 1);
    }
    const QString where =
        tr("Sheet “%1” of %2: the column titles are in row %3, the data begin in row %4.")
            .arg(chosen.name, QFileInfo(m_readPath).fileName())
            .arg(m_columns.headerRow + 1)
            .arg(m_columns.firstDataRow + 1);
    if (m_columns.problem.isEmpty()) {
        m_mappingHeading->setStyleSheet(QString());
        //: %1 where the titles and data are (the sentence above)
        m_mappingHeading->setText(
            tr("%1 Check what each column holds; the first rows are shown to help.").arg(where));
    } else {
        m_mappingHeading->setStyleSheet(problemStyle());
        //: %1 where the titles and data are taken to be (the sentence above)
        m_mappingHeading->setText(
            m_columns.problem + u'\n' +
            tr("%1 Set the row that holds the column titles, then choose what each column holds.")
                .arg(where));
    }
    updateButtons();
}

void ImportDialog::setHeaderRow(int headerRow)
{
    if (m_sheetIndex < 0 || headerRow == m_columns.headerRow)
        return;
    m_columns = m_importer->columnsAt(sheet(), headerRow); // the user's choice: no problem
    showColumns();
}

void ImportDialog::openFieldEditors()
{
    QHeaderView *header = m_mappingView->horizontalHeader();
    header->resizeSection(ColumnMappingModel::TitleColumn, 150);
    header->resizeSection(ColumnMappingModel::FieldColumn, 170);
    // Previews as wide as their cells (an ID number is 18 digits), within reason.
    for (int column = ColumnMappingModel::FirstPreviewColumn; column < m_mapping->columnCount();
         ++column) {
        m_mappingView->resizeColumnToContents(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), 90, 220));
    }
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        m_mappingView->openPersistentEditor(m_mapping->index(row, ColumnMappingModel::FieldColumn));
}

bool ImportDialog::check()
{
    if (m_sheetIndex < 0 || !m_ledger)
        return false;
    DetectedColumns columns = m_columns;
    columns.fields = m_mapping->fields();
    const bool create = m_create->isChecked();
    const qint64 parentId = m_parent ? m_parent->currentData().toLongLong() : 0;
    ProgressWindow progress(tr("Checking the rows of “%1”...").arg(sheet().name), this);
    const auto planned =
        m_importer->plan(*m_ledger, sheet(), columns, create, parentId, progress.callback());
    if (progress.cancelled())
        return false;
    if (!planned) {
        QMessageBox::warning(this, tr("Could not check the sheet"), planned.error());
        return false;
    }
    m_report = m_importer->report();
    return true;
}

void ImportDialog::proceedAfterCheck(bool askAboutUnknown)
{
    const QList<UnknownName> unknown = m_importer->unknownNames();
    m_unknown->clear();
    m_unknown->setHorizontalHeaderLabels(
        {m_kind == ImportKind::Members ? tr("Branch named in the sheet") : tr("Type"),
         tr("Rows that use it")});
    for (const UnknownName &name : unknown) {
        QStringList rows;
        for (int row : name.rows.mid(0, 30))
            rows << QString::number(row);
        if (name.rows.size() > 30)
            rows << tr("... %n in all", nullptr, int(name.rows.size()));
        m_unknown->appendRow(
            {new QStandardItem(name.name), new QStandardItem(rows.join(QStringLiteral(", ")))});
    }
    m_unknownHeading->setText(
        m_kind == ImportKind::Members
            ? tr("%n branch name(s) in the sheet are not in the ledger. They may be misspelled "
                 "(correct the file), or branches the ledger does not have yet.",
                 nullptr, int(unknown.size()))
            : tr("%n activity type(s) in the sheet are not in the ledger's list of types.", nullptr,
                 int(unknown.size())));
    m_unknownView->resizeColumnToContents(0);
    if (unknown.isEmpty()) {
        m_unknownShown = false;
        showReport();
    } else if (askAboutUnknown) {
        m_unknownShown = true;
        showPage(Page::UnknownNames);
    } else {
        showReport();
    }
}

void ImportDialog::showReport()
{
    const ImportReport &r = m_report;
    QStringList counts{tr("%n data row(s) read", nullptr, r.rows),
                       tr("%n to add", nullptr, r.inserted)};
    if (m_kind == ImportKind::Members)
        counts << tr("%n to update", nullptr, r.updated);
    if (!r.unchangedRows.isEmpty())
        counts << tr("%n already in the ledger, unchanged", nullptr, int(r.unchangedRows.size()));
    counts << tr("%n problem(s)", nullptr, int(r.errors.size()));
    m_counts->setText(counts.join(QStringLiteral(" · ")));

    QStringList notes;
    if (!r.created.isEmpty())
        notes << tr("Also created: %1.").arg(r.created.join(QStringLiteral("、")));
    if (!r.updatedRows.isEmpty()) {
        QStringList names;
        for (const ImportedRow &row : r.updatedRows.mid(0, 12))
            names << tr("%1 (row %2)").arg(row.name).arg(row.row);
        if (r.updatedRows.size() > 12)
            names << tr("... %n in all", nullptr, int(r.updatedRows.size()));
        notes << tr("Already in the ledger, to be updated: %1.")
                     .arg(names.join(QStringLiteral("、")));
    }
    m_created->setText(notes.join(QLatin1Char('\n')));
    m_created->setVisible(!notes.isEmpty());

    m_problems->setProblems(r.errors);
    m_problemView->setVisible(r.hasErrors());
    m_reportLayout->setStretch(m_reportLayout->count() - 1, r.hasErrors() ? 0 : 1);
    m_saveProblems->setVisible(r.hasErrors());
    m_copyHint->setVisible(r.hasErrors());
    if (r.hasErrors()) {
        m_verdict->setStyleSheet(problemStyle());
        m_verdict->setText(tr("Nothing can be imported while there are problems. Correct them in "
                              "the file and press “Read the File Again”, or go Back to change "
                              "the columns. Nothing has been written."));
    } else if (r.inserted + r.updated == 0) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("There is nothing to import: every row is in the ledger already."));
    } else {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("No problems found. Nothing has been written yet: Import writes "
                              "it all as one step, which Edit > Undo takes back."));
    }
    showPage(Page::Report);
    m_problemView->resizeRowsToContents();
}

void ImportDialog::readAgain()
{
    const DetectedColumns before = m_columns;
    const QString sheetName = m_columnsSheet;
    m_path->setText(QDir::toNativeSeparators(m_readPath));
    if (!readFile())
        return;
    int index = -1;
    for (int i = 0; i < m_workbook.sheets.size() && index < 0; ++i) {
        if (m_workbook.sheets.at(i).name == sheetName || m_workbook.sheets.size() == 1)
            index = i;
    }
    if (index < 0) {
        showSheetChoice();
        return;
    }
    // The titles in the row the columns were taken from: changed, they are to be checked again.
    const DetectedColumns now =
        m_importer->columnsAt(m_workbook.sheets.at(index), before.headerRow);
    if (!before.usable() || !sameHeader(now, before)) {
        useSheet(index);
        return;
    }
    m_columnsSheet = m_workbook.sheets.at(index).name;
    m_sheetIndex = index;
    m_mapping->setSheet(&sheet(), before.firstDataRow, before.titles, before.fields);
    openFieldEditors();
    if (check())
        proceedAfterCheck(!m_unknownShown);
}

Result<void> ImportDialog::saveProblems(const QString &path) const
{
    using Kind = ExportColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Problems");
    const auto title = [this](int column) {
        return m_problems->headerData(column, Qt::Horizontal).toString();
    };
    table.columns = {{title(ImportProblemModel::RowColumn), Kind::Integer},
                     {title(ImportProblemModel::ColumnColumn), Kind::Text},
                     {title(ImportProblemModel::ReasonColumn), Kind::Text}};
    for (const ImportProblem &problem : m_report.errors)
        table.rows.append({qint64(problem.row), problem.column, problem.reason});
    const auto written = TableExport::write(const_cast<ImportDialog *>(this), path, {table});
    if (!written)
        return Error{written.error()};
    if (!written.value())
        return Error{tr("Cancelled; the problems were not saved.")};
    return {};
}

void ImportDialog::chooseProblemsFile()
{
    const QFileInfo source(m_readPath);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Problems"),
        source.absolutePath() + QLatin1Char('/') +
            TableExport::fileName(tr("%1 problems").arg(source.completeBaseName()),
                                  QStringLiteral("csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (auto saved = saveProblems(path); !saved)
        QMessageBox::warning(this, tr("Could not save the problems"), saved.error());
    else
        m_verdict->setText(m_verdict->text() + QLatin1Char(' ') +
                           tr("The problems were saved as %1.").arg(QFileInfo(path).fileName()));
}

void ImportDialog::runImport()
{
    if (!m_import->isEnabled() || !m_import->isVisible() || !m_editor)
        return;
    ProgressWindow progress(tr("Importing..."), this);
    const auto written = m_importer->write(*m_editor, progress.callback());
    if (!written) {
        if (progress.cancelled()) {
            m_verdict->setStyleSheet(QString());
            m_verdict->setText(written.error());
            return;
        }
        QMessageBox::warning(this, tr("Could not import"), written.error());
        return;
    }
    m_report = written.value();
    if (!m_report.written) { // the store found what the check did not
        showReport();
        return;
    }
    m_imported = true;
    QString text =
        QStringLiteral("<p style='font-size: 13pt'><b>%1</b></p>").arg(summary().toHtmlEscaped());
    if (!m_report.created.isEmpty())
        text += QStringLiteral("<p>%1</p>")
                    .arg(tr("Also created: %1.")
                             .arg(m_report.created.join(QStringLiteral("、")))
                             .toHtmlEscaped());
    m_summary->setText(text);
    showPage(Page::Done);
}

QString ImportDialog::summary() const
{
    const int added = m_report.inserted;
    switch (m_kind) {
    case ImportKind::Members:
        return m_report.updated > 0 ? tr("Imported %n new member(s)", nullptr, added) +
                                          tr("; %n member(s) updated", nullptr, m_report.updated)
                                    : tr("Imported %n new member(s)", nullptr, added);
    case ImportKind::Organizations:
        return tr("Imported %n new organization(s)", nullptr, added);
    case ImportKind::Activities:
        return tr("Imported %n activity record(s)", nullptr, added);
    }
    return {};
}

void ImportDialog::reject()
{
    // Once imported, closing keeps what was written (Undo takes it back).
    if (m_imported)
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace PartyLedger
