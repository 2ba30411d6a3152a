#pragma once

#include "importcolumns.h"
#include "importreport.h"
#include "result.h"
#include "sheet.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace PartyLedger {

class ImportEditor;
class Ledger;

enum class ImportKind { Members, Organizations, Activities };

// The header of a sheet and the field of each of its columns (0: not imported), whatever the
// kind of import. `problem` says why the importer recognized no header: then the row with the
// most filled in at the top stands in for it, for the user to correct; a sheet with nothing
// has none.
struct DetectedColumns : ImportColumns::Found {
    QString problem;

    bool usable() const { return headerRow >= 0; }
};

// The mapping page's table: one row per column of the sheet, with its title, the field it
// feeds (edited with a list of the fields) and the first data rows' cells as a preview.
class ColumnMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, FieldColumn, FirstPreviewColumn };
    static constexpr int PreviewRows = 5;
    // The field's number (0: not imported) in the field column.
    static constexpr int FieldRole = Qt::UserRole + 1;

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // The fields offered, as (number, label), "not imported" (0) first.
    void setChoices(const QList<std::pair<int, QString>> &choices);
    const QList<std::pair<int, QString>> &choices() const { return m_choices; }
    // The sheet stays owned by the caller and must outlive the model's use of it.
    void setSheet(const Sheet *sheet, int firstDataRow, const QStringList &titles,
                  const QList<int> &fields);
    const QList<int> &fields() const { return m_fields; }
    QString labelOf(int field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A field chosen for one column is taken from any other column that had it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void mappingChanged();

private:
    const Sheet *m_sheet = nullptr;
    QStringList m_titles;
    QList<int> m_fields;
    QList<int> m_previewRows; // zero-based rows of the sheet
    QList<std::pair<int, QString>> m_choices;
};

// The problems a check found: row, column, reason.
class ImportProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);
    void setProblems(const QList<ImportProblem> &problems);
    const QList<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

// Members, organizations or activities from an Excel workbook or CSV file, step by step: the
// file, the sheet, what each column holds, what to do with names the ledger does not know,
// then every row checked and the problems listed before anything is written. Only Import
// writes, through the ImportEditor, as one undoable step; Cancel or Escape before that leaves
// the ledger as it was.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { File, Sheet, Mapping, UnknownNames, Report, Done };

    ImportDialog(ImportKind kind, const Ledger *ledger, ImportEditor *editor,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    Page currentPage() const;
    ColumnMappingModel *mappingModel() const { return m_mapping; }
    ImportProblemModel *problemModel() const { return m_problems; }
    // The last check's report; after the import, what was written.
    const ImportReport &report() const { return m_report; }
    bool imported() const { return m_imported; }
    // One line for the status bar once imported: "已导入 20 名党员".
    QString summary() const;

    // The buttons' steps.
    void next();
    void back();
    void runImport();
    Result<void> saveProblems(const QString &path) const;

    void reject() override;

    // The member, organization and activity imports behind one interface (in the .cpp).
    class Importer;

private:
    QWidget *createFilePage();
    QWidget *createSheetPage();
    QWidget *createMappingPage();
    QWidget *createUnknownPage();
    QWidget *createReportPage();
    QWidget *createDonePage();
    void showPage(Page page);
    void updateButtons();
    void browse();
    bool readFile();
    void showSheetChoice();
    void useSheet(int index);
    bool check();
    void proceedAfterCheck(bool askAboutUnknown);
    void showReport();
    void openFieldEditors();
    void showColumns();
    void setHeaderRow(int headerRow);
    void readAgain();
    void chooseProblemsFile();
    void fillParents();
    const Sheet &sheet() const { return m_workbook.sheets.at(m_sheetIndex); }

    ImportKind m_kind;
    const Ledger *m_ledger;
    ImportEditor *m_editor;
    std::unique_ptr<Importer> m_importer;
    Workbook m_workbook;
    QString m_readPath;                // the file m_workbook came from
    QList<DetectedColumns> m_detected; // per sheet of m_workbook
    int m_sheetIndex = -1;
    DetectedColumns m_columns; // the mapping in use, with the user's changes
    QString m_columnsSheet;    // the name of the sheet it is for
    bool m_unknownShown = false;
    ImportReport m_report;
    bool m_imported = false;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QListWidget *m_sheets = nullptr;
    QLabel *m_sheetProblem = nullptr;
    ColumnMappingModel *m_mapping = nullptr;
    QTableView *m_mappingView = nullptr;
    QLabel *m_mappingHeading = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QStandardItemModel *m_unknown = nullptr;
    QLabel *m_unknownHeading = nullptr;
    QTableView *m_unknownView = nullptr;
    QRadioButton *m_create = nullptr;
    QRadioButton *m_leave = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_created = nullptr;
    ImportProblemModel *m_problems = nullptr;
    QTableView *m_problemView = nullptr;
    QLabel *m_verdict = nullptr;
    QVBoxLayout *m_reportLayout = nullptr;
    QPushButton *m_saveProblems = nullptr;
    QLabel *m_copyHint = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace PartyLedger
