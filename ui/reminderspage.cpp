#include "reminderspage.h"

#include "ledger.h"
#include "reminders.h"
#include "settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PartyLedger {

namespace {
enum ItemRole { MemberIdRole = Qt::UserRole + 1, OrgIdRole };
}

RemindersPage::RemindersPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *daysRow = new QHBoxLayout;
    m_confirmationsTitle = new QLabel(this);
    daysRow->addWidget(m_confirmationsTitle);
    daysRow->addStretch();
    daysRow->addWidget(new QLabel(tr("Look ahead:"), this));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("reminderDays"));
    m_days->setRange(0, 365);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(Settings::confirmationReminderDays());
    daysRow->addWidget(m_days);
    layout->addLayout(daysRow);
    m_confirmations =
        addList({tr("Name"), tr("Branch"), tr("Join date"), tr("Due"), tr("Days left")});
    m_confirmations->setObjectName(QStringLiteral("confirmationsDue"));
    layout->addWidget(m_confirmations, 3);
    m_smallBranchesTitle = new QLabel(this);
    layout->addWidget(m_smallBranchesTitle);
    m_smallBranches = addList({tr("Branch"), tr("Full members")});
    m_smallBranches->setObjectName(QStringLiteral("smallBranches"));
    layout->addWidget(m_smallBranches, 2);
    m_incompleteTitle = new QLabel(this);
    layout->addWidget(m_incompleteTitle);
    m_incomplete = addList({tr("Name"), tr("What is missing or wrong")});
    m_incomplete->setObjectName(QStringLiteral("incompleteMembers"));
    layout->addWidget(m_incomplete, 3);

    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        Settings::setConfirmationReminderDays(days);
        refresh();
    });
}

QTreeWidget *RemindersPage::addList(const QStringList &headers)
{
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, &RemindersPage::activate);
    return list;
}

void RemindersPage::setLedger(const Ledger *ledger, const QHash<qint64, QString> &orgNames)
{
    m_ledger = ledger;
    m_orgNames = orgNames;
    m_confirmations->clear();
    m_smallBranches->clear();
    m_incomplete->clear();
}

void RemindersPage::refresh()
{
    m_confirmations->clear();
    m_smallBranches->clear();
    m_incomplete->clear();
    if (!m_ledger)
        return;
    const QDate today = QDate::currentDate();
    const auto due = Reminders::confirmationsDue(*m_ledger, today, m_days->value());
    const auto small = Reminders::smallBranches(*m_ledger);
    const auto incomplete = Reminders::incompleteMembers(*m_ledger, today);
    for (const QString &error : {due.error(), small.error(), incomplete.error()}) {
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            return;
        }
    }
    for (const ConfirmationDue &d : due.value()) {
        auto *item = new QTreeWidgetItem(
            m_confirmations, {d.name, m_orgNames.value(d.orgId), d.joinDate.toString(Qt::ISODate),
                              d.dueDate.toString(Qt::ISODate),
                              d.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -d.daysLeft)
                                             : QString::number(d.daysLeft)});
        item->setData(0, MemberIdRole, d.memberId);
        if (d.daysLeft < 0)
            item->setForeground(4, QColor(0xb3, 0x26, 0x1e));
    }
    for (const SmallBranch &b : small.value()) {
        auto *item = new QTreeWidgetItem(
            m_smallBranches, {m_orgNames.value(b.orgId, b.name), QString::number(b.fullMembers)});
        item->setData(0, OrgIdRole, b.orgId);
    }
    for (const IncompleteMember &m : incomplete.value()) {
        auto *item = new QTreeWidgetItem(m_incomplete, {m.name, m.problems.join(QLatin1Char(' '))});
        item->setData(0, MemberIdRole, m.memberId);
        item->setToolTip(1, m.problems.join(QLatin1Char('\n')));
    }
    for (QTreeWidget *list : {m_confirmations, m_smallBranches})
        for (int column = 0; column < list->columnCount() - 1; ++column)
            list->resizeColumnToContents(column);
    m_incomplete->resizeColumnToContents(0);
    m_confirmationsTitle->setText(
        tr("<b>Due for confirmation</b> (probationary members whose year ends within the days "
           "set, overdue first): %n",
           nullptr, int(due->size())));
    m_smallBranchesTitle->setText(
        tr("<b>Branches with fewer than %1 full members</b>: %n", nullptr, int(small->size()))
            .arg(Reminders::MinimumFullMembers));
    m_incompleteTitle->setText(
        tr("<b>Records to complete or correct</b>: %n", nullptr, int(incomplete->size())));
}

void RemindersPage::activate(QTreeWidgetItem *item)
{
    if (const qint64 member = item->data(0, MemberIdRole).toLongLong(); member > 0)
        Q_EMIT memberActivated(member);
    else if (const qint64 org = item->data(0, OrgIdRole).toLongLong(); org > 0)
        Q_EMIT organizationActivated(org);
}

} // namespace PartyLedger
