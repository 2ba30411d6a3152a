#pragma once

#include "result.h"

#include <QPageSize>
#include <QSize>
#include <QWidget>

class QChartView;
class QLabel;
class QSpinBox;
class QTableView;

namespace PartyLedger {

class ChartTableModel;
class DashboardBoard;
class Ledger;
class OrgTreeModel;

// The 看板 page: the leaders' dashboard for the organization selected in the tree (0: the whole
// ledger) and a chosen year. Member counts per child organization come from the tree's rolled-up
// totals; the rest from the Ledger's statistics (aggregated in SQL), filled into small table
// models that the charts bind to through Qt Charts' model mappers.
//
// The page refreshes only while visible: setOrganization and setYear refresh at once when the
// page is shown, setLedger and changes of the tree's counts on the next turn of the event loop
// (once for many changes), and a hidden page when it is next shown.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    enum Chart {
        MembersByOrganization, // horizontal bars, one per child organization; click selects it
        Gender,                // pie
        Category,              // pie: full and probationary members
        AgeBands,              // horizontal bars
        Education,             // horizontal bars
        NewMembers,            // line: members who joined, per year, the twenty up to the year
        Honors,                // stacked bars: recipients per year (five), one set per level
        Activities,            // stacked bars: activities per month of the year, one set per type
        ChartCount
    };
    enum Figure { Members, Retirees, ActivityCount, PeopleServed, Households, Funds, FigureCount };

    DashboardPage(const OrgTreeModel *tree, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The open ledger (null when none is open). Give a newly opened ledger before its
    // organization: setOrganization reads at once while the page is shown.
    void setLedger(const Ledger *ledger);
    void setOrganization(qint64 orgId);
    qint64 organization() const { return m_orgId; }
    void setYear(int year);
    int year() const;
    // The ledger's content changed (an activity, an award): read again when shown.
    void invalidate();
    // Reads the figures now, whether shown or not.
    void refresh();

    // The whole dashboard on one landscape page, laid out for print whatever the window's size.
    Result<void> exportPdf(const QString &path, QPageSize::PageSizeId size = QPageSize::A4) const;
    // One chart as a picture (what its context menu's "Save as image..." writes).
    Result<void> exportChartPng(Chart chart, const QString &path,
                                QSize size = QSize(1200, 800)) const;
    // A file name to offer for a chart: the organization and the chart's title.
    QString suggestedFileName(Chart chart, const QString &suffix) const;

    // For tests and the window: what is shown.
    QChartView *chartView(Chart chart) const;
    ChartTableModel *chartModel(Chart chart) const;
    ChartTableModel *shortfallModel() const { return m_shortfalls; }
    QTableView *shortfallView() const;
    QString figureText(Figure figure) const; // the number as shown, without its unit
    QString heading() const { return m_heading; }

Q_SIGNALS:
    void organizationClicked(qint64 orgId);
    void message(const QString &text); // a short confirmation or error for the status bar

protected:
    void showEvent(QShowEvent *event) override;

private:
    friend class DashboardBoard;
    void changed(bool now);
    void fillMembersByOrganization();
    void chooseChartFile(Chart chart);
    void choosePdfFile();

    const OrgTreeModel *m_tree;
    const Ledger *m_ledger = nullptr;
    qint64 m_orgId = 0;
    bool m_dirty = true;
    bool m_scheduled = false;
    QString m_heading;
    QString m_figures[FigureCount];
    ChartTableModel *m_models[ChartCount] = {};
    ChartTableModel *m_shortfalls;
    QLabel *m_headingLabel;
    QSpinBox *m_year;
    DashboardBoard *m_board;
};

} // namespace PartyLedger
