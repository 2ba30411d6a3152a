#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace PartyLedger {

class Ledger;

// What office staff keep an eye on: probationary members due for confirmation (转正), branches
// with fewer than three full members, and records with missing or wrong fields. Double-clicking
// a line goes to that member or branch.
class RemindersPage : public QWidget {
    Q_OBJECT
public:
    explicit RemindersPage(QWidget *parent = nullptr);

    // orgNames: how the tree names each organization. The lists are read by refresh(), which
    // reads the whole ledger: call it when the page is looked at.
    void setLedger(const Ledger *ledger, const QHash<qint64, QString> &orgNames);
    void refresh();

    QTreeWidget *confirmations() const { return m_confirmations; }
    QTreeWidget *smallBranches() const { return m_smallBranches; }
    QTreeWidget *incomplete() const { return m_incomplete; }

Q_SIGNALS:
    void memberActivated(qint64 memberId);
    void organizationActivated(qint64 orgId);
    void message(const QString &text);

private:
    QTreeWidget *addList(const QStringList &headers);
    void activate(QTreeWidgetItem *item);

    const Ledger *m_ledger = nullptr;
    QHash<qint64, QString> m_orgNames;
    QSpinBox *m_days = nullptr;
    QLabel *m_confirmationsTitle = nullptr;
    QLabel *m_smallBranchesTitle = nullptr;
    QLabel *m_incompleteTitle = nullptr;
    QTreeWidget *m_confirmations = nullptr;
    QTreeWidget *m_smallBranches = nullptr;
    QTreeWidget *m_incomplete = nullptr;
};

} // namespace PartyLedger
