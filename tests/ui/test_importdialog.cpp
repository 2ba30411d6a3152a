#include "awardcontentmodel.h"
#include "csvreader.h"
#include "honorspage.h"
#include "importdialog.h"
#include "importeditor.h"
#include "ledger.h"
#include "mainwindow.h"
#include "memberimport.h"
#include "modelexport.h"
#include "orgtreemodel.h"
#include "period.h"
#include "periodselector.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "spreadsheetfile.h"
#include "statisticspage.h"
#include "tablecopy.h"
#include "xlsxexport.h"

#include "../support/modal.h"
#include "../support/testimport.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
const QString Branch = QStringLiteral("市医院第二党支部");
const QString WangId = idNumberFor(QDate(1991, 3, 15), 517);
const QString LiId = idNumberFor(QDate(1993, 8, 2), 624);

// A roster as offices keep it: a title row above the header, a numbering column, and a column
// (岗位) the importer does not know by its title.
QString rosterCsv(const QString &liId = LiId, const QString &liBranch = Branch)
{
    return QStringLiteral("晋江市医院第二党支部党员花名册,,,,,,,\n"
                          "序号,姓名,性别,身份证号,所在党支部,入党日期,转正日期,岗位\n"
                          "1,王晓东,男,%1,%2,2015-07-01,2016-07-01,医务科科员\n"
                          "2,李春梅,女,%3,%4,2016-07-01,2017-07-01,护士\n")
        .arg(WangId, Branch, liId, liBranch);
}

constexpr int PostColumn = 7; // 岗位, in the sheet above
constexpr int NameColumn = 1;

QByteArray fileOrEmpty(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Window {
    QTemporaryDir dir;
    MainWindow window;
    QString ledgerPath;

    Window()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        ledgerPath = writeDemo(dir);
        REQUIRE(window.openLedger(ledgerPath).ok());
    }
    const Ledger &ledger() const { return *window.ledger(); }
    QString writeFile(const QString &name, const QString &text) const
    {
        const QString path = dir.filePath(name);
        writeBytes(path, text.toUtf8());
        return path;
    }
    // The ledger as on disk, its write-ahead log included: any write changes one of them.
    QByteArray diskBytes() const
    {
        return fileOrEmpty(ledgerPath) + fileOrEmpty(ledgerPath + QStringLiteral("-wal"));
    }
    qint64 orgNamed(const QString &name) const
    {
        for (const Organization &org : ledger().organizations().value()) {
            if (org.shortName == name || org.fullName == name)
                return org.id;
        }
        return 0;
    }
    const Member *memberWithId(const QList<Member> &members, const QString &idNumber) const
    {
        for (const Member &m : members) {
            if (m.idNumber == idNumber)
                return &m;
        }
        return nullptr;
    }
    QStringList rosterNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = window.rosterView()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, RosterModel::NameColumn).data().toString();
        return names;
    }
};

// The dialog as a clerk drives it, without exec(): every step is a click or a key.
struct Dialog {
    ImportDialog dialog;
    QAbstractItemModelTester mappingTester;
    QAbstractItemModelTester problemTester;

    Dialog(Window &w, ImportKind kind = ImportKind::Members)
        : dialog(kind, w.window.ledger(), w.window.importEditor(), &w.window)
        , mappingTester(dialog.mappingModel(),
                        QAbstractItemModelTester::FailureReportingMode::Fatal)
        , problemTester(dialog.problemModel(),
                        QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
    template <class T> T *child(const char *name) const
    {
        auto *found = dialog.findChild<T *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    void click(const char *name)
    {
        QPushButton *b = button(name);
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void typePath(const QString &path)
    {
        auto *edit = child<QLineEdit>("filePath");
        edit->setFocus();
        edit->clear();
        edit->insert(path); // as pasted
    }
    // The file typed in, Enter: the mapping page of its only sheet.
    void openFile(const QString &path)
    {
        typePath(path);
        QTest::keyClick(child<QLineEdit>("filePath"), Qt::Key_Return);
    }
    ColumnMappingModel *mapping() const { return dialog.mappingModel(); }
    QComboBox *fieldChoice(int column) const
    {
        auto *view = child<QTableView>("mappingView");
        auto *combo = qobject_cast<QComboBox *>(
            view->indexWidget(mapping()->index(column, ColumnMappingModel::FieldColumn)));
        REQUIRE(combo);
        return combo;
    }
};
} // namespace

TEST_CASE("The import dialog shows the mapping it detected and imports with the user's change",
          "[importdialog]")
{
    Window w;
    const QString csv = w.writeFile(QStringLiteral("roster.csv"), rosterCsv());
    Dialog d(w);
    CHECK(d.dialog.currentPage() == ImportDialog::Page::File);
    CHECK_FALSE(d.button("nextButton")->isEnabled()); // no file yet

    // A file that is not there: one message naming it, and the dialog stays where it was.
    auto message = std::make_shared<QString>();
    onNextModal<QMessageBox>([message](QMessageBox *box) { *message = box->text(); });
    d.openFile(w.dir.filePath(QStringLiteral("missing.csv")));
    CHECK(message->contains(QStringLiteral("missing.csv")));
    CHECK(d.dialog.currentPage() == ImportDialog::Page::File);

    d.openFile(csv);
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
    ColumnMappingModel *mapping = d.mapping();
    REQUIRE(mapping->rowCount() == 8);
    const auto fieldShown = [&](int column) {
        return mapping->index(column, ColumnMappingModel::FieldColumn).data().toString();
    };
    CHECK(mapping->index(NameColumn, ColumnMappingModel::TitleColumn).data().toString() ==
          QStringLiteral("姓名"));
    CHECK(fieldShown(NameColumn) == MemberImport::fieldLabel(MemberField::Name));
    CHECK(fieldShown(3) == MemberImport::fieldLabel(MemberField::IdNumber));
    CHECK(fieldShown(4) == MemberImport::fieldLabel(MemberField::Branch));
    CHECK(fieldShown(PostColumn) == MemberImport::fieldLabel(MemberField::Ignored));
    CHECK(d.fieldChoice(NameColumn)->currentText() == MemberImport::fieldLabel(MemberField::Name));
    // The preview: the data rows, numbered as the spreadsheet numbers them.
    REQUIRE(mapping->columnCount() == ColumnMappingModel::FirstPreviewColumn + 2);
    CHECK(mapping->headerData(ColumnMappingModel::FirstPreviewColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Row 3"));
    CHECK(mapping->index(NameColumn, ColumnMappingModel::FirstPreviewColumn).data().toString() ==
          QStringLiteral("王晓东"));
    CHECK(mapping->headerData(PostColumn, Qt::Vertical).toString() == QStringLiteral("H"));
    CHECK(d.child<QLabel>("mappingHeading")->text().contains(QStringLiteral("row 2")));

    // One field, one column: Name chosen for 岗位 leaves 姓名 out, and back again.
    QComboBox *post = d.fieldChoice(PostColumn);
    post->setCurrentIndex(post->findData(int(MemberField::Name)));
    CHECK(fieldShown(NameColumn) == MemberImport::fieldLabel(MemberField::Ignored));
    d.fieldChoice(NameColumn)
        ->setCurrentIndex(d.fieldChoice(NameColumn)->findData(int(MemberField::Name)));
    CHECK(fieldShown(PostColumn) == MemberImport::fieldLabel(MemberField::Ignored));
    // The user says 岗位 is the post.
    post->setCurrentIndex(post->findData(int(MemberField::AdminPost)));
    CHECK(fieldShown(PostColumn) == MemberImport::fieldLabel(MemberField::AdminPost));

    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK(d.dialog.report().inserted == 2);
    CHECK_FALSE(d.dialog.report().hasErrors());
    CHECK(d.child<QLabel>("reportCounts")->text().contains(QStringLiteral("2 to add")));
    REQUIRE(d.button("importButton")->isEnabled());
    d.click("importButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Done);
    CHECK(d.dialog.imported());
    CHECK(d.child<QLabel>("doneSummary")->text().contains(QStringLiteral("2 new member(s)")));

    const QList<Member> members = w.ledger().members().value();
    const Member *wang = w.memberWithId(members, WangId);
    REQUIRE(wang);
    CHECK(wang->name == QStringLiteral("王晓东"));
    CHECK(wang->adminPost == QStringLiteral("医务科科员")); // from the column the user mapped
    CHECK(wang->orgId == w.orgNamed(Branch));
    QTest::keyClick(&d.dialog, Qt::Key_Escape); // closing keeps what was imported
    CHECK(d.dialog.result() == QDialog::Accepted);
    CHECK(w.memberWithId(w.ledger().members().value(), WangId));
}

TEST_CASE("An invalid row is listed with its row, column and reason, and nothing can be imported",
          "[importdialog]")
{
    Window w;
    QString badId = LiId;
    badId.back() = badId.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString csv = w.writeFile(QStringLiteral("bad.csv"), rosterCsv(badId));
    const QByteArray before = w.diskBytes();
    const int membersBefore = int(w.ledger().members().value().size());
    {
        Dialog d(w);
        d.openFile(csv);
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);

        const ImportProblemModel *problems = d.dialog.problemModel();
        REQUIRE(problems->rowCount() >= 1);
        const auto cell = [&](int column) {
            return problems->index(0, column).data().toString();
        };
        CHECK(cell(ImportProblemModel::RowColumn) == QStringLiteral("4"));
        CHECK(cell(ImportProblemModel::ColumnColumn) == QStringLiteral("身份证号"));
        CHECK_FALSE(cell(ImportProblemModel::ReasonColumn).isEmpty());
        CHECK(d.child<QTableView>("problemView")->isVisible());
        // Import stays disabled, and a sentence says why.
        CHECK_FALSE(d.button("importButton")->isEnabled());
        CHECK(
            d.child<QLabel>("verdict")->text().contains(QStringLiteral("Nothing can be imported")));
        d.dialog.runImport(); // even asked directly, it writes nothing
        CHECK_FALSE(d.dialog.imported());

        // Copied for Excel (Ctrl+C) and saved as CSV, with the same row, column and reason.
        const QString copied = TableCopy::tsv(problems, {});
        CHECK(copied.startsWith(QStringLiteral("Row\tColumn\tProblem\n")));
        CHECK(copied.contains(QStringLiteral("4\t身份证号\t") +
                              cell(ImportProblemModel::ReasonColumn)));
        const QString saved = w.dir.filePath(QStringLiteral("problems.csv"));
        REQUIRE(d.dialog.saveProblems(saved).ok());
        const auto sheet = CsvReader::read(saved);
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() >= 2);
        CHECK(sheet->cell(1, 0).text == QStringLiteral("4"));
        CHECK(sheet->cell(1, 1).text == QStringLiteral("身份证号"));
        CHECK(sheet->cell(1, 2).text == cell(ImportProblemModel::ReasonColumn));

        d.click("cancelButton");
        CHECK_FALSE(d.dialog.isVisible());
    }
    CHECK(w.window.undoStack()->count() == 0);
    CHECK(int(w.ledger().members().value().size()) == membersBefore);
    CHECK(w.diskBytes() == before);
}

TEST_CASE("An import from the File menu lands in the roster, and one Undo takes it back",
          "[importdialog]")
{
    Window w;
    const QString csv = w.writeFile(QStringLiteral("roster.csv"), rosterCsv());
    const int membersBefore = int(w.ledger().members().value().size());
    const qint64 branch = w.orgNamed(Branch);
    const int countBefore = w.window.orgTreeModel()->memberTotal(branch);
    bool driven = false;
    onNextModal<ImportDialog>([&](ImportDialog *dialog) {
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("filePath"));
        path->insert(csv);
        QTest::keyClick(path, Qt::Key_Return); // the mapping page
        CHECK(dialog->currentPage() == ImportDialog::Page::Mapping);
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
        QTest::mouseClick(next, Qt::LeftButton); // the report
        CHECK(dialog->currentPage() == ImportDialog::Page::Report);
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        CHECK(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        CHECK(dialog->currentPage() == ImportDialog::Page::Done);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton); // "Close" now
        driven = true;
    });
    QAction *action = w.window.findChild<QAction *>(QStringLiteral("importMembers"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    REQUIRE(driven);

    CHECK(int(w.ledger().members().value().size()) == membersBefore + 2);
    CHECK(w.rosterNames().contains(QStringLiteral("王晓东")));
    CHECK(w.rosterNames().contains(QStringLiteral("李春梅")));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == countBefore + 2);
    CHECK(w.window.undoStack()->count() == 1);
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Import 2 member(s)"));

    w.window.undoStack()->undo();
    CHECK(int(w.ledger().members().value().size()) == membersBefore);
    CHECK_FALSE(w.rosterNames().contains(QStringLiteral("王晓东")));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == countBefore);
}

TEST_CASE("The toolbar's Import button offers the three imports; Export writes the roster",
          "[importdialog]")
{
    Window w;
    auto *toolBar = w.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    auto *importMenu = w.window.findChild<QAction *>(QStringLiteral("importMenu"));
    REQUIRE(importMenu);
    REQUIRE(importMenu->menu());
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(importMenu));
    REQUIRE(button);
    CHECK(button->isVisible());
    CHECK(button->popupMode() == QToolButton::InstantPopup); // a click opens the choices
    QStringList offered;
    for (QAction *action : importMenu->menu()->actions())
        offered << action->objectName();
    CHECK(offered == QStringList{QStringLiteral("importMembers"),
                                 QStringLiteral("importOrganizations"),
                                 QStringLiteral("importActivities")});
    CHECK_FALSE(button->icon().isNull());

    auto *exportRoster = w.window.findChild<QAction *>(QStringLiteral("exportRoster"));
    REQUIRE(exportRoster);
    QWidget *exportButton = toolBar->widgetForAction(exportRoster);
    REQUIRE(exportButton);
    CHECK(exportButton->isVisible());
    CHECK_FALSE(exportRoster->icon().isNull());
}

TEST_CASE("Read again after correcting the file: the rows are checked anew, the mapping kept "
          "while the header is the same",
          "[importdialog]")
{
    Window w;
    // 李春梅's join date is not a date; the clerk maps 岗位 as the post.
    const QString path = w.writeFile(QStringLiteral("roster.csv"),
                                     rosterCsv().replace(QStringLiteral("2016-07-01,2017-07-01"),
                                                         QStringLiteral("去年,2017-07-01")));
    Dialog d(w);
    d.openFile(path);
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
    QComboBox *post = d.fieldChoice(PostColumn);
    post->setCurrentIndex(post->findData(int(MemberField::AdminPost)));
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK(d.dialog.report().errors.size() == 1);
    CHECK_FALSE(d.button("importButton")->isEnabled());

    SECTION("The data corrected: checked again at once, the clerk's column kept")
    {
        w.writeFile(QStringLiteral("roster.csv"), rosterCsv());
        d.click("readAgain");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
        CHECK(d.dialog.report().errors.isEmpty());
        CHECK(d.dialog.report().inserted == 2);
        CHECK(d.mapping()->index(PostColumn, ColumnMappingModel::FieldColumn).data().toString() ==
              MemberImport::fieldLabel(MemberField::AdminPost));
    }
    SECTION("A row of sub-titles added under the header: back to the columns, none skipped")
    {
        // The same titles in the same row, but now a second header row: the data begin a row
        // later, so the old mapping would read the sub-titles as a member.
        QString twoRows = rosterCsv();
        twoRows.replace(
            QStringLiteral("岗位\n"),
            QStringLiteral("岗位\n,姓名,性别,身份证号,所在党支部,入党日期,转正日期,\n"));
        w.writeFile(QStringLiteral("roster.csv"), twoRows);
        d.click("readAgain");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
        CHECK(d.child<QLabel>("mappingHeading")->text().contains(QStringLiteral("row 4")));
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
        CHECK(d.dialog.report().errors.isEmpty());
        CHECK(d.dialog.report().inserted == 2);
    }
}

TEST_CASE("Cancel or Escape at the last step writes nothing", "[importdialog]")
{
    Window w;
    const QString csv = w.writeFile(QStringLiteral("roster.csv"), rosterCsv());
    const QByteArray before = w.diskBytes();
    const int membersBefore = int(w.ledger().members().value().size());
    for (const bool escape : {false, true}) {
        Dialog d(w);
        d.openFile(csv);
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
        REQUIRE(d.button("importButton")->isEnabled());
        if (escape)
            QTest::keyClick(&d.dialog, Qt::Key_Escape);
        else
            d.click("cancelButton");
        CHECK_FALSE(d.dialog.isVisible());
        CHECK(d.dialog.result() == QDialog::Rejected);
        CHECK_FALSE(d.dialog.imported());
    }
    CHECK(int(w.ledger().members().value().size()) == membersBefore);
    CHECK(w.window.undoStack()->count() == 0);
    CHECK(w.diskBytes() == before);
}

TEST_CASE("An unknown branch is an error until the user has it created under a chosen parent",
          "[importdialog]")
{
    Window w;
    const QString newBranch = QStringLiteral("市医院第九党支部");
    REQUIRE(w.orgNamed(newBranch) == 0);
    const QString csv = w.writeFile(QStringLiteral("roster.csv"), rosterCsv(LiId, newBranch));
    const qint64 parent = w.orgNamed(QStringLiteral("市医院党委"));
    REQUIRE(parent > 0);
    Dialog d(w);
    d.openFile(csv);
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::UnknownNames);
    auto *unknown = qobject_cast<QStandardItemModel *>(d.child<QTableView>("unknownView")->model());
    REQUIRE(unknown);
    REQUIRE(unknown->rowCount() == 1);
    CHECK(unknown->item(0, 0)->text() == newBranch);
    CHECK(unknown->item(0, 1)->text() == QStringLiteral("4"));

    // Left as an error first: the report says so and nothing can be imported.
    CHECK(d.child<QRadioButton>("leaveUnknown")->isChecked());
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK(d.dialog.report().hasErrors());
    CHECK(d.dialog.problemModel()->index(0, ImportProblemModel::ColumnColumn).data().toString() ==
          QStringLiteral("所在党支部"));
    CHECK_FALSE(d.button("importButton")->isEnabled());

    d.click("backButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::UnknownNames);
    auto *create = d.child<QRadioButton>("createUnknown");
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(create->isChecked());
    auto *parents = d.child<QComboBox>("parentChoice");
    parents->setCurrentIndex(parents->findData(parent));
    REQUIRE(parents->currentData().toLongLong() == parent);
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK_FALSE(d.dialog.report().hasErrors());
    CHECK(d.child<QLabel>("reportCreated")->text().contains(newBranch));
    d.click("importButton");
    REQUIRE(d.dialog.imported());

    const qint64 created = w.orgNamed(newBranch);
    REQUIRE(created > 0);
    Organization org;
    for (const Organization &o : w.ledger().organizations().value()) {
        if (o.id == created)
            org = o;
    }
    CHECK(org.parentId == parent);
    CHECK(org.kind == OrgKind::Branch);
    const Member *li = w.memberWithId(w.ledger().members().value(), LiId);
    REQUIRE(li);
    CHECK(li->orgId == created);
    // The tree shows the new branch under its parent.
    const QModelIndex index = w.window.orgTreeModel()->indexOf(created);
    REQUIRE(index.isValid());
    CHECK(w.window.orgTreeModel()->orgId(index.parent()) == parent);
}

TEST_CASE("A workbook's sheet with recognized titles is chosen, and its columns are shown",
          "[importdialog]")
{
    Window w;
    using Kind = ExportColumn::Kind;
    ExportTable notes{QStringLiteral("说明"),
                      {{QStringLiteral("说明"), Kind::Text}},
                      {{QStringLiteral("本表由各支部填写")}}};
    ExportTable roster{
        QStringLiteral("花名册"),
        {{QStringLiteral("姓名"), Kind::Text},
         {QStringLiteral("身份证号"), Kind::Text},
         {QStringLiteral("所在党支部"), Kind::Text},
         {QStringLiteral("入党日期"), Kind::Date},
         {QStringLiteral("转正日期"), Kind::Date}},
        {{QStringLiteral("王晓东"), WangId, Branch, QDate(2015, 7, 1), QDate(2016, 7, 1)}}};
    const QString path = w.dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(writeXlsx(path, {notes, roster}).ok());

    Dialog d(w);
    d.openFile(path);
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Sheet);
    auto *sheets = d.child<QListWidget>("sheetList");
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->currentRow() == 1); // the first sheet has no header the import knows
    sheets->setCurrentRow(0);
    // It may still be chosen, its header row set by hand; the list says what is amiss.
    CHECK(d.button("nextButton")->isEnabled());
    CHECK_FALSE(d.child<QLabel>("sheetProblem")->text().isEmpty());
    sheets->setCurrentRow(1);
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
    CHECK(d.mapping()->index(3, ColumnMappingModel::FieldColumn).data().toString() ==
          MemberImport::fieldLabel(MemberField::JoinDate));
    CHECK(d.mapping()->index(3, ColumnMappingModel::FirstPreviewColumn).data().toString() ==
          QStringLiteral("2015-07-01"));
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK(d.dialog.report().inserted == 1);
    d.click("backButton");
    d.click("backButton");
    CHECK(d.dialog.currentPage() == ImportDialog::Page::Sheet);
}

TEST_CASE("Without recognized titles, the clerk sets the header row and the fields by hand",
          "[importdialog]")
{
    // A branch's own sheet: a title, a date line, then titles no roster vocabulary knows.
    Window w;
    const QString path = w.writeFile(QStringLiteral("own.csv"),
                                     QStringLiteral("第二党支部名单,,\n"
                                                    "填报日期：2026年11月,,\n"
                                                    "同志,证件,组织,入党,转正\n"
                                                    "王晓东,%1,%2,2015-07-01,2016-07-01\n")
                                         .arg(WangId, Branch));
    Dialog d(w);
    d.openFile(path);
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
    auto *heading = d.child<QLabel>("mappingHeading");
    auto *headerRow = d.child<QSpinBox>("headerRowBox");
    // The widest row at the top stands in for the header (the titles, here), and the heading
    // says none was recognized.
    CHECK(headerRow->value() == 3);
    CHECK(heading->text().contains(QStringLiteral("姓名")));
    CHECK_FALSE(d.button("nextButton")->isEnabled()); // nothing mapped yet

    // Row 1 typed in, as a clerk sets a spin box: its one title is a column, the rest untitled.
    headerRow->setFocus();
    headerRow->selectAll();
    QTest::keyClicks(headerRow, QStringLiteral("1"));
    QTest::keyClick(headerRow, Qt::Key_Tab);
    REQUIRE(d.mapping()->rowCount() == 5);
    CHECK(d.mapping()->index(0, ColumnMappingModel::TitleColumn).data().toString() ==
          QStringLiteral("第二党支部名单"));
    CHECK(heading->text().contains(QStringLiteral("row 1")));
    // And back to row 3 with the arrow keys.
    QTest::keyClick(headerRow, Qt::Key_Up);
    QTest::keyClick(headerRow, Qt::Key_Up);
    CHECK(headerRow->value() == 3);
    REQUIRE(d.mapping()->rowCount() == 5);
    CHECK(d.mapping()->index(0, ColumnMappingModel::TitleColumn).data().toString() ==
          QStringLiteral("同志"));
    CHECK(d.mapping()->index(0, ColumnMappingModel::FirstPreviewColumn).data().toString() ==
          QStringLiteral("王晓东"));
    CHECK(heading->text().contains(QStringLiteral("row 3")));

    const QList<MemberField> fields = {MemberField::Name, MemberField::IdNumber,
                                       MemberField::Branch, MemberField::JoinDate,
                                       MemberField::ConfirmDate};
    for (int column = 0; column < fields.size(); ++column) {
        QComboBox *choice = d.fieldChoice(column);
        choice->setCurrentIndex(choice->findData(int(fields.at(column))));
    }
    d.click("nextButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
    CHECK(d.dialog.report().errors.isEmpty());
    CHECK(d.dialog.report().inserted == 1);

    // Back on the mapping page, the header row and the fields chosen are still there.
    d.click("backButton");
    REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
    CHECK(headerRow->value() == 3);
    CHECK(d.mapping()->index(1, ColumnMappingModel::FieldColumn).data().toString() ==
          MemberImport::fieldLabel(MemberField::IdNumber));
}

TEST_CASE("Export Roster writes the rows the roster shows, in its order", "[importdialog]")
{
    Window w;
    const qint64 committee = w.orgNamed(QStringLiteral("市医院党委"));
    w.window.orgTree()->setCurrentIndex(w.window.orgTreeModel()->indexOf(committee));
    auto *search = w.window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    REQUIRE(search);
    QTableView *roster = w.window.rosterView();
    const int scoped = roster->model()->rowCount();
    // Narrowed by a search and sorted by name, descending.
    search->setText(QStringLiteral("医"));
    roster->sortByColumn(RosterModel::NameColumn, Qt::DescendingOrder);
    const QStringList shown = w.rosterNames();
    REQUIRE(shown.size() > 1);
    REQUIRE(shown.size() < int(w.ledger().members().value().size()));
    INFO(scoped);

    const QString csv = w.dir.filePath(QStringLiteral("roster.csv"));
    onNextModal<QFileDialog>([&](QFileDialog *dialog) {
        dialog->selectFile(csv);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    });
    QAction *action = w.window.findChild<QAction *>(QStringLiteral("exportRoster"));
    REQUIRE(action);
    action->trigger();
    REQUIRE(QFile::exists(csv));
    const auto read = CsvReader::read(csv);
    REQUIRE(read.ok());
    const int nameColumn =
        int(std::find_if(read->rows.first().cbegin(), read->rows.first().cend(),
                         [](const SheetCell &c) { return c.text == QStringLiteral("姓名"); }) -
            read->rows.first().cbegin());
    QStringList written;
    for (int row = 1; row < read->rows.size(); ++row)
        written << read->cell(row, nameColumn).text;
    CHECK(written == shown);

    // The same as a workbook.
    const QString xlsx = w.dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(w.window.exportRosterTo(xlsx).value() == shown.size());
    const auto book = readSpreadsheet(xlsx);
    REQUIRE(book.ok());
    QStringList inBook;
    for (int row = 1; row < book->sheets.first().rows.size(); ++row)
        inBook << book->sheets.first().cell(row, nameColumn).text;
    CHECK(inBook == shown);
}

TEST_CASE("The honor list and the statistics tables export to Excel", "[importdialog]")
{
    Window w;
    HonorsPage *honors = w.window.honorsPage();
    const QList<Award> awards = w.ledger().awards().value();
    REQUIRE_FALSE(awards.isEmpty());
    honors->selectAward(awards.first().id);
    const QString honorsPath = w.dir.filePath(QStringLiteral("honors.xlsx"));
    REQUIRE(honors->exportXlsx(honorsPath).value());
    const auto honorBook = readSpreadsheet(honorsPath);
    REQUIRE(honorBook.ok());
    int recipients = 0;
    for (const AwardCategory &category : w.ledger().award(awards.first().id).value().categories)
        recipients += int(category.recipients.size());
    CHECK(honorBook->sheets.first().rows.size() == recipients + 1);
    CHECK(honorBook->sheets.first().cell(1, 1).text ==
          honors->contentModel()->award().categories.first().recipients.first().name);

    StatisticsPage *statistics = w.window.statisticsPage();
    const Organization root = w.ledger().organizations().value().first();
    statistics->setOrganization(root.id, root.displayName());
    statistics->refresh();
    const QString statsPath = w.dir.filePath(QStringLiteral("statistics.xlsx"));
    REQUIRE(statistics->exportXlsx(statsPath).value());
    const auto statsBook = readSpreadsheet(statsPath);
    REQUIRE(statsBook.ok());
    REQUIRE(statsBook->sheets.size() == 3);
    CHECK(statsBook->sheets.at(0).rows.size() == statistics->typeCounts()->rowCount() + 1);
    CHECK(statsBook->sheets.at(1).rows.size() == statistics->figures()->rowCount() + 1);
    CHECK(statsBook->sheets.at(2).rows.size() == statistics->shortfalls()->rowCount() + 1);
}

TEST_CASE("A table model exports with its headers, numbers as numbers", "[importdialog]")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("类型"), QStringLiteral("次数"),
                                     QStringLiteral("时长"), QStringLiteral("备注")});
    const auto number = [](double value, const QString &shown) {
        auto *item = new QStandardItem(shown);
        item->setData(value, Qt::UserRole);
        return item;
    };
    model.appendRow({new QStandardItem(QStringLiteral("党课")),
                     number(1200, QStringLiteral("1,200")), number(1.5, QStringLiteral("1.5")),
                     number(3, QStringLiteral("3"))});
    model.appendRow({new QStandardItem(QStringLiteral("义诊")), number(4, QStringLiteral("4")),
                     number(2, QStringLiteral("2.0")), new QStandardItem(QStringLiteral("外出"))});
    const ExportTable table = exportTableOf(model, QStringLiteral("表"));
    CHECK(table.sheetName == QStringLiteral("表"));
    REQUIRE(table.columns.size() == 4);
    CHECK(table.columns.at(0).title == QStringLiteral("类型"));
    CHECK(table.columns.at(0).kind == ExportColumn::Kind::Text);
    CHECK(table.columns.at(1).kind == ExportColumn::Kind::Integer);
    CHECK(table.columns.at(2).kind == ExportColumn::Kind::Decimal);
    CHECK(table.columns.at(3).kind == ExportColumn::Kind::Text); // mixed: as shown
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0).at(1) == QVariant(qint64(1200)));
    CHECK(table.rows.at(0).at(2) == QVariant(1.5));
    CHECK(table.rows.at(0).at(3) == QVariant(QStringLiteral("3")));
    CHECK(table.rows.at(1).at(3) == QVariant(QStringLiteral("外出")));
    CHECK(TableExport::fileName(QStringLiteral("a/b: c"), QStringLiteral("xlsx")) ==
          QStringLiteral("a_b_ c ") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) +
              QStringLiteral(".xlsx"));
}

TEST_CASE("Organizations and activities import through the same dialog, each one undo step",
          "[importdialog]")
{
    Window w;
    const qint64 parent = w.orgNamed(QStringLiteral("市医院党委"));
    const QString orgs = w.writeFile(
        QStringLiteral("orgs.csv"), QStringLiteral("上级组织,组织名称,组织类别,简称,成立日期\n"
                                                   "市医院党委,中共晋江市医院第十支部委员会,党支部,"
                                                   "市医院第十党支部,2020-03-01\n"));
    {
        Dialog d(w, ImportKind::Organizations);
        CHECK(d.dialog.windowTitle() == QStringLiteral("Import Organizations"));
        d.openFile(orgs);
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Mapping);
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
        INFO(TableCopy::tsv(d.dialog.problemModel(), {}).toStdString());
        CHECK(d.dialog.report().inserted == 1);
        d.click("importButton");
        REQUIRE(d.dialog.imported());
    }
    const qint64 tenth = w.orgNamed(QStringLiteral("市医院第十党支部"));
    REQUIRE(tenth > 0);
    CHECK(w.window.orgTreeModel()->orgId(w.window.orgTreeModel()->indexOf(tenth).parent()) ==
          parent);

    // An activity of a type the ledger lacks: added to the list when the user says so.
    const Period year = Period::year(2024);
    const auto countActivities = [&] {
        return int(w.ledger().activities(0, year).value().size());
    };
    const int activitiesBefore = countActivities();
    const QString activities =
        w.writeFile(QStringLiteral("activities.csv"),
                    QStringLiteral("日期,组织,类型,标题,服务人次\n"
                                   "2024-03-01,市医院第二党支部,义诊,社区义诊,120\n"
                                   "2024-04-12,市医院第二党支部,健康讲座,高血压讲座,60\n"));
    {
        Dialog d(w, ImportKind::Activities);
        d.openFile(activities);
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::UnknownNames);
        QTest::mouseClick(d.child<QRadioButton>("createUnknown"), Qt::LeftButton);
        d.click("nextButton");
        REQUIRE(d.dialog.currentPage() == ImportDialog::Page::Report);
        INFO(TableCopy::tsv(d.dialog.problemModel(), {}).toStdString());
        CHECK(d.dialog.report().inserted == 2);
        d.click("importButton");
        REQUIRE(d.dialog.imported());
    }
    CHECK(countActivities() == activitiesBefore + 2);
    CHECK(w.window.undoStack()->count() == 2);
    w.window.undoStack()->undo();
    CHECK(countActivities() == activitiesBefore);
    w.window.undoStack()->undo();
    CHECK(w.orgNamed(QStringLiteral("市医院第十党支部")) == 0);
    CHECK_FALSE(w.window.orgTreeModel()->indexOf(tenth).isValid());
}
