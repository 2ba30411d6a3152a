#pragma once

#include "award.h"
#include "honorlistdocument.h"
#include "memberfilter.h"
#include "organization.h"
#include "unit.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPrinter;
class QSpinBox;
class QTableView;
class QTreeView;

namespace PartyLedger {

class AwardContentModel;
class AwardEditor;
class AwardFilterProxy;
class AwardListModel;
class Ledger;
class RosterFilterProxy;
class RosterModel;

// The 表彰 page: the list of award decisions, and for the selected one its details, its
// categories and recipients (edited in place, dragged into order), and the printed list.
class HonorsPage : public QWidget {
    Q_OBJECT
public:
    HonorsPage(RosterModel *roster, QWidget *parent = nullptr);

    // A newly opened ledger (editor may be null when nothing is open).
    void setLedger(const Ledger *ledger, AwardEditor *editor);
    // The organization selected in the tree, which "Add the selected organization" adds.
    void setSelectedOrganization(const Organization *organization);

    qint64 currentAwardId() const { return m_awardId; }
    void selectAward(qint64 awardId);
    AwardContentModel *contentModel() const { return m_content; }
    HonorListOptions printOptions() const;
    // The toolbar's search: recipients whose name (or its pinyin) or citation match stay shown.
    void setSearchText(const QString &text);

    // The steps a person takes; the page's buttons call these too.
    void addMemberById(qint64 memberId);
    void addSelectedOrganization();
    void addTypedInRecipient(const QString &name);
    void removeSelected();
    void moveSelected(int delta);
    // Puts the list itself in the order chosen for printing, as one undoable step.
    void applyOrderToList();
    Result<void> exportPdf(const QString &path);
    Result<void> exportOdt(const QString &path);
    // The selected award's list as an Excel workbook, in the order chosen for printing;
    // false when the user cancelled.
    Result<bool> exportXlsx(const QString &path);

Q_SIGNALS:
    void message(const QString &text); // a short confirmation for the status bar

private:
    QWidget *createListSide();
    QWidget *createAwardSide();
    void reloadAwards();
    void applySearch();
    void showAward(qint64 awardId);
    void reloadCurrentAward();
    void saveDetails();
    void newAward();
    void removeAward();
    void addCategory();
    void choosePerson();
    void paintList(QPrinter *printer, const HonorListOptions &options);
    void preview();
    void print();
    void choosePdf();
    void chooseOdt();
    void chooseXlsx();
    void saveAs(const QString &title, const QString &suffix, const QString &filter,
                Result<void> (HonorsPage::*write)(const QString &));
    bool confirmWarnings();
    void showError(const QString &message);
    // Where a new recipient goes: after the selected one, or at the end of the selected
    // category, or of the first category of the right kind.
    bool insertionPoint(RecipientKind kind, qint64 *categoryId, int *position) const;

    const Ledger *m_ledger = nullptr;
    AwardEditor *m_editor = nullptr;
    RosterModel *m_roster;
    RosterFilterProxy *m_people;
    const Organization *m_selectedOrganization = nullptr;
    QHash<qint64, Unit> m_units;
    QHash<qint64, Organization> m_organizations;
    qint64 m_awardId = 0;
    MemberFilter m_search;

    AwardListModel *m_awards;
    AwardFilterProxy *m_filteredAwards;
    AwardContentModel *m_content = nullptr;
    QComboBox *m_yearFilter;
    QComboBox *m_levelFilter;
    QTableView *m_awardList;
    QWidget *m_awardSide;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_documentNumber;
    QComboBox *m_level;
    QLineEdit *m_grantor;
    QLineEdit *m_personSearch;
    QTreeView *m_tree;
    QComboBox *m_order;
    QComboBox *m_columns;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QSpinBox *m_fontSize;
    QCheckBox *m_footer;
    QLineEdit *m_printTitle;
    QLineEdit *m_printSubtitle;
};

} // namespace PartyLedger
