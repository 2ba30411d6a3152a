#include "statisticspage.h"

#include "annualsummary.h"
#include "ledger.h"
#include "modelexport.h"
#include "periodselector.h"
#include "tablecopy.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PartyLedger {

namespace {
QStandardItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QStandardItem(QLocale::system().toString(value, 'f', decimals));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}
} // namespace

StatisticsPage::StatisticsPage(QWidget *parent)
    : QWidget(parent)
    , m_types(new QStandardItemModel(this))
    , m_figures(new QStandardItemModel(this))
    , m_shortfalls(new QStandardItemModel(this))
{
    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("statisticsPeriod"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("statisticsHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #C8102E"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_period);
    auto *exportButton = new QPushButton(tr("Export to Excel..."), this);
    exportButton->setObjectName(QStringLiteral("exportStatistics"));
    connect(exportButton, &QPushButton::clicked, this, &StatisticsPage::chooseXlsx);
    top->addWidget(exportButton);

    auto *grid = new QGridLayout;
    grid->addWidget(heading(tr("Activities by type"), this), 0, 0);
    grid->addWidget(addTable(m_types, QStringLiteral("typeTable")), 1, 0);
    grid->addWidget(heading(tr("Service and participation"), this), 0, 1);
    grid->addWidget(addTable(m_figures, QStringLiteral("figureTable")), 1, 1);
    m_shortfallTitle = heading(tr("三会一课 shortfalls"), this);
    grid->addWidget(m_shortfallTitle, 2, 0);
    grid->addWidget(addTable(m_shortfalls, QStringLiteral("shortfallTable")), 3, 0);
    auto *summaryTitle = new QHBoxLayout;
    summaryTitle->addWidget(heading(tr("Annual summary"), this));
    summaryTitle->addStretch();
    auto *copy = new QPushButton(tr("Copy"), this);
    auto *save = new QPushButton(tr("Save as Text..."), this);
    summaryTitle->addWidget(copy);
    summaryTitle->addWidget(save);
    grid->addLayout(summaryTitle, 2, 1);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setReadOnly(true);
    grid->addWidget(m_summary, 3, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(summary());
        Q_EMIT message(tr("Copied the summary"));
    });
    connect(save, &QPushButton::clicked, this, &StatisticsPage::saveSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    connect(m_period, &PeriodSelector::periodChanged, this, &StatisticsPage::refresh);
}

QTableView *StatisticsPage::addTable(QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    TableCopy::install(view);
    return view;
}

void StatisticsPage::setLedger(const Ledger *ledger)
{
    m_ledger = ledger;
}

void StatisticsPage::setOrganization(qint64 orgId, const QString &orgName)
{
    m_orgId = orgId;
    m_orgName = orgName;
}

QString StatisticsPage::summary() const
{
    return m_summary->toPlainText();
}

void StatisticsPage::refresh()
{
    m_types->clear();
    m_figures->clear();
    m_shortfalls->clear();
    m_summary->clear();
    m_heading->setText(m_orgName);
    if (!m_ledger)
        return;
    const Period period = m_period->period();
    const auto stats = m_ledger->activityStatistics(
        m_orgId, period, StatisticsPart::Participants | StatisticsPart::Shortfalls);
    if (!stats) {
        Q_EMIT message(stats.error());
        return;
    }
    const ActivityStatistics &s = stats.value();

    m_types->setHorizontalHeaderLabels({tr("Type"), tr("Times held")});
    for (const TypeCount &type : s.types)
        m_types->appendRow({new QStandardItem(type.typeName), numberItem(type.count)});

    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    const auto figure = [this](const QString &name, QStandardItem *value) {
        m_figures->appendRow({new QStandardItem(name), value});
    };
    figure(tr("Activities"), numberItem(s.activities));
    figure(tr("People served (person-times)"), numberItem(double(s.figures.peopleServed)));
    figure(tr("Problems solved"), numberItem(double(s.figures.problemsSolved)));
    figure(tr("Households helped"), numberItem(double(s.figures.households)));
    auto *funds = new QStandardItem(ActivityVocabulary::yuan(s.figures.fundsFen));
    funds->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    figure(tr("Funds (yuan)"), funds);
    figure(tr("Hours"), numberItem(s.figures.hours, 1));
    figure(tr("Members who took part"), numberItem(s.participants));
    figure(tr("Members on the roll"), numberItem(s.membersOnRoll));
    auto *rate = new QStandardItem(QLocale::system().toString(s.participationRate() * 100, 'f', 1) +
                                   QLatin1Char('%'));
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    figure(tr("Participation rate"), rate);

    m_shortfalls->setHorizontalHeaderLabels(
        {tr("Organization"), tr("Duty"), tr("Period"), tr("Held"), tr("Required")});
    for (const Shortfall &f : s.shortfalls)
        m_shortfalls->appendRow({new QStandardItem(f.orgName), new QStandardItem(f.typeName),
                                 new QStandardItem(f.period.label()), numberItem(f.held),
                                 numberItem(f.required)});
    m_shortfallTitle->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("三会一课 shortfalls: %n", nullptr, int(s.shortfalls.size())).toHtmlEscaped()));

    if (period.kind == Period::Kind::Year)
        m_summary->setPlainText(AnnualSummary::write(m_orgName, period.first.year(), s));
    else
        m_summary->setPlaceholderText(tr("Choose a whole year for the annual summary."));
}

void StatisticsPage::saveSummary()
{
    if (summary().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Summary"),
        tr("%1 %2 summary.txt").arg(m_orgName).arg(m_period->period().first.year()),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    // UTF-8 with a byte-order mark: Notepad and WPS on Chinese Windows then read it right.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") < 0 ||
        file.write(summary().toUtf8()) < 0 || !file.commit()) {
        Q_EMIT message(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT message(tr("Saved the summary as %1").arg(path));
}

Result<bool> StatisticsPage::exportXlsx(const QString &path)
{
    return TableExport::write(this, path,
                              {exportTableOf(*m_types, tr("Activities by type")),
                               exportTableOf(*m_figures, tr("Service and participation")),
                               exportTableOf(*m_shortfalls, tr("三会一课 shortfalls"))});
}

void StatisticsPage::chooseXlsx()
{
    if (!m_ledger)
        return;
    const QString path = TableExport::choosePath(
        this, tr("Export to Excel"), QFileInfo(m_ledger->path()).absolutePath(),
        tr("%1 statistics %2").arg(m_orgName, m_period->period().label()), false);
    if (path.isEmpty())
        return;
    if (const auto saved = exportXlsx(path); !saved)
        QMessageBox::warning(this, tr("Could not export"), saved.error());
    else if (saved.value())
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

} // namespace PartyLedger
