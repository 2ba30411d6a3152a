#pragma once

#include "result.h"
#include "statistics.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace PartyLedger {

class Ledger;
class PeriodSelector;

// 统计: for the organization selected in the tree and a period, the activities per type, the
// service figures and participation, the 三会一课 shortfalls, and for a whole year the summary
// paragraph. Tables copy into Excel with Ctrl+C.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget *parent = nullptr);

    void setLedger(const Ledger *ledger);
    void setOrganization(qint64 orgId, const QString &orgName);
    void refresh();

    PeriodSelector *periodSelector() const { return m_period; }
    QStandardItemModel *typeCounts() const { return m_types; }
    QStandardItemModel *figures() const { return m_figures; }
    QStandardItemModel *shortfalls() const { return m_shortfalls; }
    QString summary() const;
    // The three tables as one workbook, a sheet each; false when the user cancelled.
    Result<bool> exportXlsx(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    QTableView *addTable(QStandardItemModel *model, const QString &name);
    void saveSummary();
    void chooseXlsx();

    const Ledger *m_ledger = nullptr;
    qint64 m_orgId = 0;
    QString m_orgName;
    PeriodSelector *m_period = nullptr;
    QStandardItemModel *m_types = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QStandardItemModel *m_shortfalls = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_shortfallTitle = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace PartyLedger
