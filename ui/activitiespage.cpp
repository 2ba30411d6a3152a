#include "activitiespage.h"

#include "activityeditor.h"
#include "activitylistmodel.h"
#include "activitytypesdialog.h"
#include "ledger.h"
#include "periodselector.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PartyLedger {

ActivitiesPage::ActivitiesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActivityListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    auto *add =
        new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Activity..."), this);
    add->setObjectName(QStringLiteral("addActivity"));
    auto *edit = new QPushButton(tr("&Edit..."), this);
    auto *duplicate = new QPushButton(tr("&Duplicate as New..."), this);
    duplicate->setToolTip(tr("A new activity with the same organization, type, participants and "
                             "figures, dated today"));
    auto *remove = new QPushButton(tr("De&lete"), this);
    auto *types = new QPushButton(tr("Activity &Types..."), this);
    types->setObjectName(QStringLiteral("activityTypes"));
    types->setToolTip(tr("The list of types, and the 三会一课 rules"));
    connect(types, &QPushButton::clicked, this, [this] {
        if (!m_editor)
            return;
        ActivityTypesDialog dialog(m_ledger, m_editor, this);
        dialog.exec();
        refresh();
    });
    m_addButton = add;
    m_selectionButtons = {edit, duplicate, remove};
    connect(add, &QPushButton::clicked, this, &ActivitiesPage::addActivity);
    connect(edit, &QPushButton::clicked, this, &ActivitiesPage::editCurrent);
    connect(duplicate, &QPushButton::clicked, this, &ActivitiesPage::duplicateCurrent);
    connect(remove, &QPushButton::clicked, this, &ActivitiesPage::removeSelected);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(duplicate);
    bar->addWidget(remove);
    bar->addWidget(types);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = {90, 150, 110, 220, 60, 80, 80, 70, 90, 60};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table, &QAbstractItemView::activated, this, &ActivitiesPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesPage::updateButtons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    connect(m_period, &PeriodSelector::periodChanged, this, &ActivitiesPage::refresh);
    updateButtons();
}

void ActivitiesPage::setLedger(const Ledger *ledger, ActivityEditor *editor,
                               const QList<Organization> &organizations,
                               const QHash<qint64, QString> &orgNames,
                               ActivityDialog::MembersFunction membersOf)
{
    m_ledger = ledger;
    m_editor = editor;
    m_organizations = organizations;
    m_orgNames = orgNames;
    m_membersOf = std::move(membersOf);
    m_model->setActivities({}, {}, {});
    updateButtons();
}

void ActivitiesPage::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
}

void ActivitiesPage::setSearchText(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}

void ActivitiesPage::refresh()
{
    if (!m_ledger) {
        m_model->setActivities({}, {}, {});
        return;
    }
    const qint64 current = currentId();
    const auto types = m_ledger->activityTypes();
    const auto activities = m_ledger->activities(m_orgId, m_period->period());
    for (const QString &error : {types.error(), activities.error()}) {
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            return;
        }
    }
    m_model->setActivities(activities.value(), types.value(), m_orgNames);
    if (current > 0)
        select(current);
    m_summary->setText(
        tr("%n activity(ies) in %1", nullptr, m_model->rowCount()).arg(m_period->period().label()));
    updateButtons();
}

qint64 ActivitiesPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ActivityListModel::ActivityIdRole).toLongLong() : 0;
}

void ActivitiesPage::select(qint64 activityId)
{
    const int row = m_model->rowOfActivity(activityId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ActivitiesPage::updateButtons()
{
    const bool writable = m_ledger && !m_ledger->isReadOnly() && m_editor;
    m_addButton->setEnabled(writable);
    const bool selected = writable && m_table->selectionModel()->hasSelection();
    for (QWidget *button : std::as_const(m_selectionButtons))
        button->setEnabled(selected);
}

void ActivitiesPage::addActivity()
{
    if (!m_editor)
        return;
    const auto types = m_ledger->activityTypes();
    if (!types) {
        Q_EMIT message(types.error());
        return;
    }
    Activity activity;
    activity.orgId = m_orgId;
    // Dated today when today is in the period shown, else on its first day.
    const Period period = m_period->period();
    activity.date = period.contains(QDate::currentDate()) ? QDate::currentDate() : period.first;
    qint64 added = 0;
    ActivityDialog dialog(
        m_organizations, types.value(), m_membersOf,
        [this, &added](const Activity &a) -> Result<void> {
            auto id = m_editor->addActivity(a);
            if (!id)
                return Error{id.error()};
            added = id.value();
            return {};
        },
        this);
    dialog.setActivity(activity);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(added);
        Q_EMIT message(tr("Added the activity"));
    }
}

void ActivitiesPage::editCurrent()
{
    const qint64 id = currentId();
    if (!m_editor || id == 0)
        return;
    const auto activity = m_ledger->activity(id);
    const auto types = m_ledger->activityTypes();
    for (const QString &error : {activity.error(), types.error()}) {
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            return;
        }
    }
    ActivityDialog dialog(
        m_organizations, types.value(), m_membersOf,
        [this](const Activity &a) { return m_editor->editActivity(a); }, this);
    dialog.setActivity(activity.value());
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ActivitiesPage::duplicateCurrent()
{
    const qint64 id = currentId();
    if (!m_editor || id == 0)
        return;
    const auto original = m_ledger->activity(id);
    const auto types = m_ledger->activityTypes();
    for (const QString &error : {original.error(), types.error()}) {
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            return;
        }
    }
    // A copy opened as a new activity, dated today: the clerk checks it before it is saved.
    Activity copy = original.value();
    copy.id = 0;
    copy.date = QDate::currentDate();
    qint64 added = 0;
    ActivityDialog dialog(
        m_organizations, types.value(), m_membersOf,
        [this, &added](const Activity &a) -> Result<void> {
            auto newId = m_editor->addActivity(a);
            if (!newId)
                return Error{newId.error()};
            added = newId.value();
            return {};
        },
        this);
    dialog.setActivity(copy);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(added);
    }
}

void ActivitiesPage::removeSelected()
{
    if (!m_editor)
        return;
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(ActivityListModel::ActivityIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete activities?"),
        tr("Delete %n activity(ies)? Edit > Undo brings them back.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_editor->removeActivities(ids); !removed)
        QMessageBox::warning(this, tr("Could not delete"), removed.error());
    else
        refresh();
}

} // namespace PartyLedger
