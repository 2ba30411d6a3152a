#include "dashboardpage.h"

#include "activity.h"
#include "award.h"
#include "chartmodels.h"
#include "ledger.h"
#include "orgtreemodel.h"
#include "period.h"
#include "statistics.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVPieModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace PartyLedger {

namespace {

using Chart = DashboardPage::Chart;
using Figure = DashboardPage::Figure;

const QColor partyRed(0xC8, 0x10, 0x2E);

// Party red first, then calm colors that stay apart on a projector and in grey print.
QColor paletteColor(int index)
{
    static const QRgb colors[] = {0xC8102E, 0x2F5D8A, 0xD9A441, 0x4E8C6A, 0x7A6FA8, 0x3C8DA3,
                                  0xB5654A, 0x8C8C8C, 0x9DB7D5, 0xC9B27C, 0x7D8F3A, 0xA0527A};
    const int count = int(std::size(colors));
    return QColor(colors[((index % count) + count) % count]);
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

// Sizes for a projector at the back of a meeting room.
constexpr int titlePoints = 16;
constexpr int labelPoints = 12;
constexpr int figurePoints = 26;
constexpr int headingPoints = 20;
// Honors are shown for the five years up to the chosen one.
constexpr int honorYears = 5;
// New members, for the twenty.
constexpr int newMemberYears = 20;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// A step of 1, 2 or 5 times a power of ten that cuts `span` into at most `parts` parts.
double niceStep(double span, int parts)
{
    const double target = std::max(span, 1.0) / parts;
    for (double base = 1;; base *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (base * m >= target)
                return base * m;
        }
    }
}

// A count axis from 0 with whole-number ticks and room for the value labels past the longest bar.
void setCountRange(QValueAxis *axis, double most)
{
    const double step = niceStep(most, 5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, (std::floor(most / step) + 1) * step);
}

// The category axis refuses duplicates; two organizations may share a short name.
QStringList distinctCategories(const QStringList &labels)
{
    QStringList unique;
    QSet<QString> seen;
    for (QString label : labels) {
        while (seen.contains(label))
            label.append(QChar(0x200B)); // zero-width space: looks the same, differs
        seen.insert(label);
        unique.append(label);
    }
    return unique;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(labelPoints));
    axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis->setGridLineColor(QColor(0xE2, 0xE2, 0xE2));
    axis->setLinePenColor(QColor(0xB0, 0xB0, 0xB0));
}

void showTip(QChartView *view, const QString &text)
{
    view->setToolTip(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

QString chartTitle(Chart chart, int year)
{
    switch (chart) {
    case DashboardPage::MembersByOrganization:
        return DashboardPage::tr("Members by organization");
    case DashboardPage::Gender:
        return DashboardPage::tr("Gender");
    case DashboardPage::Category:
        return DashboardPage::tr("Full and probationary");
    case DashboardPage::AgeBands:
        return DashboardPage::tr("Age");
    case DashboardPage::Education:
        return DashboardPage::tr("Education");
    case DashboardPage::NewMembers:
        return DashboardPage::tr("New members per year, %1-%2")
            .arg(year - newMemberYears + 1)
            .arg(year);
    case DashboardPage::Honors:
        return DashboardPage::tr("Honors by level, %1-%2").arg(year - honorYears + 1).arg(year);
    case DashboardPage::Activities:
        return DashboardPage::tr("Activities by type and month, %1").arg(year);
    case DashboardPage::ChartCount:
        break;
    }
    return {};
}

QString shortfallTitle(int year, int count)
{
    return DashboardPage::tr("Duties short of the rule, %1: %2").arg(year).arg(count);
}

// A month or quarter of the chosen year (the title names the year).
QString periodInYear(const Period &period)
{
    switch (period.kind) {
    case Period::Kind::Month:
        return QLocale().monthName(period.first.month(), QLocale::ShortFormat);
    case Period::Kind::Quarter:
        return DashboardPage::tr("Q%1").arg((period.first.month() - 1) / 3 + 1);
    case Period::Kind::Year:
        return DashboardPage::tr("Whole year");
    case Period::Kind::Range:
        break;
    }
    return period.label();
}

struct FigureText {
    QString caption;
    QString unit;
};

FigureText figureLabels(Figure figure, int year)
{
    switch (figure) {
    case DashboardPage::Members:
        return {DashboardPage::tr("Party members"), DashboardPage::tr("people", "unit: 名")};
    case DashboardPage::Retirees:
        return {DashboardPage::tr("Retired members"), DashboardPage::tr("people", "unit: 名")};
    case DashboardPage::ActivityCount:
        return {DashboardPage::tr("Activities in %1").arg(year),
                DashboardPage::tr("times", "unit: 次")};
    case DashboardPage::PeopleServed:
        return {DashboardPage::tr("People served in %1").arg(year),
                DashboardPage::tr("person-times", "unit: 人次")};
    case DashboardPage::Households:
        return {DashboardPage::tr("Households helped in %1").arg(year),
                DashboardPage::tr("households", "unit: 户")};
    case DashboardPage::Funds:
        return {DashboardPage::tr("Aid funds in %1").arg(year),
                DashboardPage::tr("yuan", "unit: 元")};
    case DashboardPage::FigureCount:
        break;
    }
    return {};
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(chartFont(titlePoints, true));
    chart->setTitleBrush(QColor(0x22, 0x22, 0x22));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 2, 14, 2)); // room for the value axis' last label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setFont(chartFont(labelPoints));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// The colour a model asks for a column (a level, an activity type), or the palette's next.
QColor columnColor(const ChartTableModel *model, int column)
{
    const QVariant color = model->headerData(column, Qt::Horizontal, Qt::DecorationRole);
    return color.canConvert<QColor>() ? color.value<QColor>() : paletteColor(column - 1);
}

// The categories of a horizontal bar chart, drawn beside the bars by the dashboard itself: Qt
// Charts elides a category label taller than its share of the axis, and the text documents it
// draws them with are much taller than a line of Chinese. These are as large as the rows allow
// (12 to 9 points), elided to at most 45% of the chart's width.
class SideLabels : public QObject {
public:
    SideLabels(QChart *chart, QAbstractBarSeries *series)
        : QObject(chart)
        , m_chart(chart)
        , m_series(series)
    {
        connect(chart, &QChart::plotAreaChanged, this, [this] { place(); });
    }

    // From the bottom bar to the top one.
    void setLabels(const QStringList &labels)
    {
        m_labels = labels;
        place();
    }

    void place()
    {
        if (m_placing)
            return;
        m_placing = true;
        const QRectF plot = m_chart->plotArea();
        const int rows = int(m_labels.size());
        while (m_items.size() < rows) {
            auto *item = new QGraphicsSimpleTextItem(m_chart);
            item->setBrush(QColor(0x33, 0x33, 0x33));
            item->setZValue(10);
            m_items.append(item);
        }
        while (m_items.size() > rows)
            delete m_items.takeLast();

        const double pitch = rows ? plot.height() / rows : plot.height();
        int points = labelPoints;
        while (points > 9 && QFontMetricsF(chartFont(points)).height() > pitch)
            --points;
        const QFont font = chartFont(points);
        const QFontMetricsF metrics(font);
        double widest = 0;
        for (const QString &label : m_labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const double room = std::min(widest, m_chart->size().width() * 0.45);
        // When even 9 points are taller than a row, every second (third ...) row is named.
        const int every = pitch > 0 ? std::max(1, int(std::ceil(metrics.height() / pitch))) : 1;
        for (int i = 0; i < rows; ++i) {
            QGraphicsSimpleTextItem *item = m_items[i];
            item->setFont(font);
            item->setText(metrics.elidedText(m_labels[i], Qt::ElideRight, room));
            item->setToolTip(m_labels[i]);
            item->setVisible((rows - 1 - i) % every == 0);
            const QRectF box = item->boundingRect();
            const double y = m_chart->mapToPosition(QPointF(0, i), m_series).y();
            item->setPos(plot.left() - 8 - box.width(), y - box.height() / 2);
        }
        for (QBarSet *set : m_series->barSets())
            set->setLabelFont(chartFont(points, true));
        // Bars no thicker than about two lines of text, however few.
        if (pitch > 0) {
            const double width = std::clamp(2.2 * metrics.height() / pitch, 0.2, 0.6);
            if (std::abs(m_series->barWidth() - width) > 0.01)
                m_series->setBarWidth(width);
        }
        QMargins margins = m_chart->margins();
        if (const int left = int(std::ceil(room)) + 10; margins.left() != left) {
            margins.setLeft(left);
            m_chart->setMargins(margins);
        }
        m_placing = false;
    }

private:
    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QStringList m_labels;
    QList<QGraphicsSimpleTextItem *> m_items;
    bool m_placing = false;
};

// The bar sets of a stacked chart listed beside it, a line each: Qt's legend gives each entry
// a text document as tall as the axis labels' and so lists only a few. From 11 points down to
// 8 as the chart's height requires; what still does not fit ends in "and N more".
class SideLegend : public QObject {
public:
    SideLegend(QChart *chart, QAbstractBarSeries *series)
        : QObject(chart)
        , m_chart(chart)
        , m_series(series)
    {
        chart->legend()->setVisible(false);
        connect(chart, &QChart::plotAreaChanged, this, [this] { place(); });
    }

    void place()
    {
        if (m_placing)
            return;
        m_placing = true;
        qDeleteAll(m_items);
        m_items.clear();
        const QList<QBarSet *> sets = m_series->barSets();
        const QRectF plot = m_chart->plotArea();
        int points = labelPoints - 1;
        while (points > 8 &&
               QFontMetricsF(chartFont(points)).height() * sets.size() > plot.height())
            --points;
        const QFont font = chartFont(points);
        const QFontMetricsF metrics(font);
        const double pitch = metrics.height();
        const int fit = std::max(1, int(plot.height() / pitch));
        const int shown = sets.size() <= fit ? int(sets.size()) : fit - 1;
        double widest = 0;
        for (int i = 0; i < shown; ++i)
            widest = std::max(widest, metrics.horizontalAdvance(sets[i]->label()));
        const QString more = DashboardPage::tr("and %1 more").arg(sets.size() - std::max(shown, 0));
        if (shown < sets.size())
            widest = std::max(widest, metrics.horizontalAdvance(more));
        const double marker = std::round(pitch * 0.6);
        const double left = plot.right() + 14;
        double y = plot.top();
        for (int i = 0; i < std::max(shown, 0); ++i) {
            auto *box =
                new QGraphicsRectItem(left, y + (pitch - marker) / 2, marker, marker, m_chart);
            box->setBrush(sets[i]->color());
            box->setPen(Qt::NoPen);
            auto *text = new QGraphicsSimpleTextItem(sets[i]->label(), m_chart);
            text->setFont(font);
            text->setBrush(QColor(0x33, 0x33, 0x33));
            text->setPos(left + marker + 6, y);
            m_items << box << text;
            y += pitch;
        }
        if (shown < sets.size()) {
            auto *text = new QGraphicsSimpleTextItem(more, m_chart);
            text->setFont(font);
            text->setBrush(QColor(0x66, 0x66, 0x66));
            text->setPos(left + marker + 6, y);
            m_items << text;
        }
        QMargins margins = m_chart->margins();
        const int right = sets.isEmpty() ? 6 : int(std::ceil(marker + widest)) + 26;
        if (margins.right() != right) {
            margins.setRight(right);
            m_chart->setMargins(margins);
        }
        m_placing = false;
    }

private:
    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QList<QGraphicsItem *> m_items;
    bool m_placing = false;
};

struct BarChartOptions {
    bool horizontal = false;
    bool stacked = false;
    bool valueLabels = true;
    bool legend = false;
    bool sideLegend = false; // a compact list at the right instead
};

QChartView *barChartView(ChartTableModel *model, const BarChartOptions &options)
{
    QChart *chart = newChart();
    QAbstractBarSeries *series = nullptr;
    if (options.horizontal)
        series = new QHorizontalBarSeries;
    else if (options.stacked)
        series = new QStackedBarSeries;
    else
        series = new QBarSeries;
    series->setBarWidth(options.stacked ? 0.7 : 0.6);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    auto *values = new QValueAxis;
    styleAxis(categories);
    styleAxis(values);
    categories->setGridLineVisible(false);
    if (options.horizontal) {
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(options.legend);
    SideLabels *sideLabels = nullptr;
    if (options.horizontal) {
        categories->setLabelsVisible(false);
        sideLabels = new SideLabels(chart, series);
    }
    // Labels under the bars as large as their share of the width allows, so none is elided.
    auto fitCategories = [chart, categories, options] {
        const QStringList labels = categories->categories();
        if (options.horizontal || labels.isEmpty())
            return;
        const double room = chart->plotArea().width() / labels.size() - 14;
        int points = labelPoints;
        for (; points > 8; --points) {
            const QFontMetricsF metrics(chartFont(points));
            double widest = 0;
            for (const QString &label : labels)
                widest = std::max(widest, metrics.horizontalAdvance(label));
            if (widest <= room)
                break;
        }
        if (categories->labelsFont().pointSize() != points)
            categories->setLabelsFont(chartFont(points));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, categories, fitCategories);

    // Every bar set a model column, column 0 the categories; the mapper stops at the last one.
    // Horizontal bars read the rows from the last, so that the first is drawn on top.
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(9999);
    if (options.horizontal)
        mapper->setModel(new ReversedRowsProxy(model, series));
    else
        mapper->setModel(model);
    mapper->setSeries(series);

    QObject::connect(series, &QAbstractBarSeries::barsetsAdded, series,
                     [model, series, options](const QList<QBarSet *> &sets) {
                         for (QBarSet *set : sets) {
                             const int column = int(series->barSets().indexOf(set)) + 1;
                             const QColor color = columnColor(model, column);
                             set->setColor(color);
                             set->setBorderColor(color);
                             set->setLabelFont(chartFont(labelPoints, true));
                             set->setLabelColor(options.stacked ? Qt::white
                                                                : QColor(0x22, 0x22, 0x22));
                         }
                     });
    series->setLabelsVisible(options.valueLabels);
    series->setLabelsPosition(options.stacked ? QAbstractBarSeries::LabelsCenter
                                              : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);

    SideLegend *sideLegend = options.sideLegend ? new SideLegend(chart, series) : nullptr;
    auto update = [model, series, categories, values, options, sideLabels, sideLegend,
                   fitCategories] {
        QStringList labels = model->categories();
        if (options.horizontal)
            std::reverse(labels.begin(), labels.end());
        categories->setCategories(distinctCategories(labels));
        setCountRange(values, model->maximum(options.stacked));
        // The barsetsAdded handler styled the sets the mapper built from the reset model;
        // style any built before it was connected.
        for (int i = 0; i < series->count(); ++i) {
            const QColor color = columnColor(model, i + 1);
            series->barSets().at(i)->setColor(color);
            series->barSets().at(i)->setBorderColor(color);
            series->barSets().at(i)->setLabelFont(chartFont(labelPoints, true));
            series->barSets().at(i)->setLabelColor(options.stacked ? Qt::white
                                                                   : QColor(0x22, 0x22, 0x22));
        }
        if (sideLabels)
            sideLabels->setLabels(labels);
        if (sideLegend)
            sideLegend->place();
        fitCategories();
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, series, update);
    update();

    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QChartView *pieChartView(ChartTableModel *model)
{
    QChart *chart = newChart();
    auto *series = new QPieSeries;
    series->setPieSize(0.52);
    series->setHorizontalPosition(0.5);
    series->setVerticalPosition(0.55);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto *mapper = new QVPieModelMapper(series);
    mapper->setLabelsColumn(0);
    mapper->setValuesColumn(1);
    mapper->setModel(model);
    mapper->setSeries(series);

    auto style = [series] {
        const QList<QPieSlice *> slices = series->slices();
        for (int i = 0; i < slices.size(); ++i) {
            QPieSlice *slice = slices[i];
            slice->setColor(paletteColor(i));
            slice->setBorderColor(Qt::white);
            slice->setBorderWidth(2);
            slice->setLabelFont(chartFont(labelPoints));
            slice->setLabelColor(QColor(0x22, 0x22, 0x22));
            slice->setLabelPosition(QPieSlice::LabelOutside);
            slice->setLabelArmLengthFactor(0.12);
            slice->setLabelVisible(slice->value() > 0);
            slice->setExplodeDistanceFactor(0.06);
        }
    };
    QObject::connect(series, &QPieSeries::added, series, style);
    QObject::connect(model, &QAbstractItemModel::modelReset, series, style);
    style();

    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QChartView *lineChartView(ChartTableModel *model)
{
    QChart *chart = newChart();
    auto *series = new QLineSeries;
    QPen pen(partyRed);
    pen.setWidth(3);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setMarkerSize(7);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto *years = new QValueAxis;
    auto *counts = new QValueAxis;
    styleAxis(years);
    styleAxis(counts);
    years->setGridLineVisible(false);
    years->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(years);
    series->attachAxis(counts);

    auto *mapper = new QVXYModelMapper(series);
    mapper->setXColumn(0);
    mapper->setYColumn(1);
    mapper->setModel(model);
    mapper->setSeries(series);

    auto update = [model, years, counts] {
        const int rows = model->rowCount();
        const int first = rows ? model->cell(0, 0).toInt() : QDate::currentDate().year();
        const int last = rows ? model->cell(rows - 1, 0).toInt() : first;
        const double step = niceStep(last - first, 4);
        years->setTickType(QValueAxis::TicksDynamic);
        years->setTickAnchor(std::floor(first / step) * step);
        years->setTickInterval(step);
        years->setMinorTickCount(0);
        years->setRange(first - 0.5, last + 0.5); // room for the first and last labels
        setCountRange(counts, model->maximum(false));
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, series, update);
    update();

    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QChartView *chartViewFor(Chart chart, ChartTableModel *model)
{
    switch (chart) {
    case DashboardPage::MembersByOrganization:
    case DashboardPage::AgeBands:
    case DashboardPage::Education:
        return barChartView(model, {.horizontal = true});
    case DashboardPage::Honors:
        return barChartView(model, {.stacked = true, .valueLabels = false, .legend = true});
    case DashboardPage::Activities: // many types: listed beside the bars
        return barChartView(model, {.stacked = true, .valueLabels = false, .sideLegend = true});
    case DashboardPage::Gender:
    case DashboardPage::Category:
        return pieChartView(model);
    case DashboardPage::NewMembers:
        return lineChartView(model);
    case DashboardPage::ChartCount:
        break;
    }
    return nullptr;
}

// The model row of a bar: horizontal bars are read from the last row (ReversedRowsProxy).
int modelRow(const QAbstractBarSeries *series, const ChartTableModel *model, int index)
{
    return series->type() == QAbstractSeries::SeriesTypeHorizontalBar
               ? model->rowCount() - 1 - index
               : index;
}

// Tooltips with the exact figures: what is under the mouse, in words.
void addTooltips(Chart chart, QChartView *view, ChartTableModel *model)
{
    QAbstractSeries *series = view->chart()->series().value(0);
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        QObject::connect(
            bars, &QAbstractBarSeries::hovered, view,
            [chart, view, model, bars](bool status, int index, QBarSet *set) {
                if (!status || !set) {
                    showTip(view, {});
                    return;
                }
                const QString category = model->cell(modelRow(bars, model, index), 0).toString();
                const int value = int(set->at(index));
                QString text;
                if (chart == DashboardPage::Honors)
                    text = DashboardPage::tr("%1, %2: %3 recipients")
                               .arg(category, set->label())
                               .arg(value);
                else if (chart == DashboardPage::Activities)
                    text = DashboardPage::tr("%1, %2: %3 activities")
                               .arg(QLocale().standaloneMonthName(index + 1), set->label())
                               .arg(value);
                else
                    text = DashboardPage::tr("%1: %2 members").arg(category).arg(value);
                showTip(view, text);
            });
    } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
        QObject::connect(pie, &QPieSeries::hovered, view,
                         [view, model, pie](QPieSlice *slice, bool state) {
                             slice->setExploded(state);
                             if (!state) {
                                 showTip(view, {});
                                 return;
                             }
                             const int row = int(pie->slices().indexOf(slice));
                             showTip(view, DashboardPage::tr("%1: %2 members (%3%)")
                                               .arg(model->cell(row, 2).toString())
                                               .arg(int(slice->value()))
                                               .arg(slice->percentage() * 100, 0, 'f', 1));
                         });
    } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
        QObject::connect(line, &QLineSeries::hovered, view,
                         [view, model](const QPointF &point, bool state) {
                             if (!state) {
                                 showTip(view, {});
                                 return;
                             }
                             const int year = int(std::lround(point.x()));
                             for (int row = 0; row < model->rowCount(); ++row) {
                                 if (model->cell(row, 0).toInt() == year) {
                                     showTip(view, DashboardPage::tr("%1: %2 new members")
                                                       .arg(year)
                                                       .arg(model->cell(row, 1).toInt()));
                                     return;
                                 }
                             }
                         });
    }
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("dashboardCard"));
    frame->setStyleSheet(QStringLiteral("QFrame#dashboardCard { background: white; border: 1px "
                                        "solid #DDDDDD; border-radius: 4px; }"));
    return frame;
}

} // namespace

// The dashboard's content: figures, charts and the shortfall table over the page's models. The
// page shows one inside a scroll area; exports build another at the size of the paper.
class DashboardBoard : public QWidget {
public:
    DashboardBoard(DashboardPage *page, bool print)
        : m_page(page)
        , m_print(print)
    {
        setObjectName(QStringLiteral("dashboardBoard"));
        setAutoFillBackground(true);
        QPalette palette = this->palette();
        palette.setColor(QPalette::Window, QColor(0xF4, 0xF4, 0xF2));
        setPalette(palette);

        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->setSpacing(8);
        if (print) {
            m_heading = new QLabel(this);
            m_heading->setFont(chartFont(headingPoints, true));
            m_heading->setStyleSheet(QStringLiteral("color: #C8102E"));
            layout->addWidget(m_heading);
        }

        auto *figures = new QGridLayout;
        figures->setSpacing(8);
        m_figureGrid = figures;
        for (int f = 0; f < DashboardPage::FigureCount; ++f) {
            QFrame *frame = card(this);
            auto *box = new QVBoxLayout(frame);
            box->setContentsMargins(12, 6, 12, 6);
            box->setSpacing(0);
            m_captions[f] = new QLabel(frame);
            m_captions[f]->setFont(chartFont(labelPoints));
            m_captions[f]->setStyleSheet(QStringLiteral("color: #555555"));
            auto *line = new QHBoxLayout;
            m_values[f] = new QLabel(frame);
            m_values[f]->setObjectName(QStringLiteral("figure%1").arg(f));
            m_values[f]->setFont(chartFont(figurePoints, true));
            m_values[f]->setStyleSheet(QStringLiteral("color: #222222"));
            m_units[f] = new QLabel(frame);
            m_units[f]->setFont(chartFont(labelPoints));
            line->addWidget(m_values[f]);
            line->addWidget(m_units[f], 0, Qt::AlignBottom);
            line->addStretch();
            box->addWidget(m_captions[f]);
            box->addLayout(line);
            m_figureCards[f] = frame;
        }
        layout->addLayout(figures);

        auto *grid = new QGridLayout;
        grid->setSpacing(8);
        for (int c = 0; c < DashboardPage::ChartCount; ++c) {
            const auto chart = Chart(c);
            ChartTableModel *model = page->m_models[c];
            m_views[c] = chartViewFor(chart, model);
            m_views[c]->setParent(this);
            m_views[c]->setObjectName(QStringLiteral("chart%1").arg(c));
            m_views[c]->setMinimumSize(260, 220);
            m_views[c]->setFrameShape(QFrame::NoFrame);
            if (!print)
                makeInteractive(chart);
        }
        m_tableTitle = new QLabel(this);
        m_tableTitle->setFont(chartFont(titlePoints, true));
        m_tableTitle->setWordWrap(true);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("shortfalls"));
        m_table->setModel(page->m_shortfalls);
        m_table->setFont(chartFont(labelPoints - 1));
        m_table->horizontalHeader()->setFont(chartFont(labelPoints - 1, true));
        m_table->verticalHeader()->setDefaultSectionSize(
            QFontMetrics(chartFont(labelPoints - 1)).height() + 6);
        m_table->verticalHeader()->hide();
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setAlternatingRowColors(true);
        m_table->setWordWrap(false);
        m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        if (print)
            m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->setFrameShape(QFrame::NoFrame);
        // The branch takes what the other columns leave, elided when long.
        auto fitColumns = [this] {
            QHeaderView *header = m_table->horizontalHeader();
            if (header->count() != 4)
                return;
            header->setResizeContentsPrecision(200); // thousands of rows in a large ledger
            header->setSectionResizeMode(0, QHeaderView::Stretch);
            for (int c = 1; c < 4; ++c)
                header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        };
        QObject::connect(page->m_shortfalls, &QAbstractItemModel::modelReset, m_table, fitColumns);
        fitColumns();
        if (!print) {
            QObject::connect(
                m_table, &QAbstractItemView::activated, m_table, [this](const QModelIndex &index) {
                    const qint64 orgId = m_page->m_shortfalls->key(index.row()).toLongLong();
                    if (orgId)
                        Q_EMIT m_page->organizationClicked(orgId);
                });
        }
        QFrame *tableCard = card(this);
        tableCard->setMinimumSize(260, 220);
        auto *tableBox = new QVBoxLayout(tableCard);
        tableBox->setContentsMargins(8, 6, 8, 6);
        tableBox->addWidget(m_tableTitle);
        tableBox->addWidget(m_table, 1);

        m_grid = grid;
        m_tableCard = tableCard;
        arrange(print ? 4 : 2);
        // Rows of at least 18 pixels for the organizations' names.
        ChartTableModel *orgs = page->m_models[DashboardPage::MembersByOrganization];
        auto fitOrganizations = [this, orgs] {
            m_views[DashboardPage::MembersByOrganization]->setMinimumHeight(
                std::max(220, orgs->rowCount() * 18 + 90));
        };
        QObject::connect(orgs, &QAbstractItemModel::modelReset, this, fitOrganizations);
        fitOrganizations();
        layout->addLayout(grid, 1);
        updateTexts();
    }

    // Four columns on a wide screen or a printed page; two beside the tree and details docks,
    // where four would need scrolling sideways.
    void arrange(int columns)
    {
        if (columns == m_columns)
            return;
        m_columns = columns;
        for (int c = 0; c < DashboardPage::ChartCount; ++c)
            m_grid->removeWidget(m_views[c]);
        m_grid->removeWidget(m_tableCard);
        // The figures: one row of six, or two rows of three.
        const int perRow = columns == 4 ? DashboardPage::FigureCount : 3;
        for (int f = 0; f < DashboardPage::FigureCount; ++f) {
            m_figureGrid->removeWidget(m_figureCards[f]);
            m_figureGrid->addWidget(m_figureCards[f], f / perRow, f % perRow);
        }
        for (int c = 0; c < DashboardPage::FigureCount; ++c)
            m_figureGrid->setColumnStretch(c, c < perRow ? 1 : 0);
        for (int i = 0; i < 6; ++i) {
            m_grid->setColumnStretch(i, 0);
            m_grid->setRowStretch(i, 0);
        }
        using P = DashboardPage;
        if (columns == 4) {
            // The organizations down the left, as the tree lists them; who the members are, then
            // what the organizations did, to the right.
            m_grid->addWidget(m_views[P::MembersByOrganization], 0, 0, 3, 1);
            m_grid->addWidget(m_views[P::Gender], 0, 1);
            m_grid->addWidget(m_views[P::Category], 0, 2);
            m_grid->addWidget(m_views[P::AgeBands], 0, 3);
            m_grid->addWidget(m_views[P::Education], 1, 1);
            m_grid->addWidget(m_views[P::NewMembers], 1, 2);
            m_grid->addWidget(m_views[P::Honors], 1, 3);
            m_grid->addWidget(m_views[P::Activities], 2, 1, 1, 2);
            m_grid->addWidget(m_tableCard, 2, 3);
            for (int i = 0; i < 4; ++i)
                m_grid->setColumnStretch(i, i == 0 ? 4 : i == 3 ? 5 : 3);
            for (int i = 0; i < 3; ++i)
                m_grid->setRowStretch(i, i == 2 ? 4 : 3);
        } else {
            m_grid->addWidget(m_views[P::MembersByOrganization], 0, 0, 2, 1);
            m_grid->addWidget(m_views[P::Gender], 0, 1);
            m_grid->addWidget(m_views[P::Category], 1, 1);
            m_grid->addWidget(m_views[P::Activities], 2, 0, 1, 2);
            m_grid->addWidget(m_tableCard, 3, 0, 1, 2);
            m_grid->addWidget(m_views[P::AgeBands], 4, 0);
            m_grid->addWidget(m_views[P::Education], 4, 1);
            m_grid->addWidget(m_views[P::NewMembers], 5, 0);
            m_grid->addWidget(m_views[P::Honors], 5, 1);
            m_grid->setColumnStretch(0, 1);
            m_grid->setColumnStretch(1, 1);
        }
    }

    QChartView *view(Chart chart) const { return m_views[chart]; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        // The scroll area's viewport is the room there is; the board may be wider than that.
        const int room = parentWidget() ? parentWidget()->width() : event->size().width();
        if (!m_print)
            arrange(room >= 1100 ? 4 : 2);
        QWidget::resizeEvent(event);
    }

public:
    QTableView *table() const { return m_table; }

    void updateTexts()
    {
        const int year = m_page->year();
        if (m_heading)
            m_heading->setText(DashboardPage::tr("%1: Party work dashboard, %2")
                                   .arg(m_page->heading(), Period::year(year).label()));
        for (int f = 0; f < DashboardPage::FigureCount; ++f) {
            const FigureText text = figureLabels(Figure(f), year);
            m_captions[f]->setText(text.caption);
            m_values[f]->setText(m_page->m_figures[f]);
            m_units[f]->setText(text.unit);
        }
        for (int c = 0; c < DashboardPage::ChartCount; ++c)
            m_views[c]->chart()->setTitle(chartTitle(Chart(c), year));
        m_tableTitle->setText(shortfallTitle(year, m_page->m_shortfalls->rowCount()));
    }

private:
    void makeInteractive(Chart chart)
    {
        QChartView *view = m_views[chart];
        ChartTableModel *model = m_page->m_models[chart];
        addTooltips(chart, view, model);
        if (chart == DashboardPage::MembersByOrganization) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
            QObject::connect(
                bars, &QAbstractBarSeries::clicked, view, [this, model, bars](int index) {
                    const qint64 orgId = model->key(modelRow(bars, model, index)).toLongLong();
                    if (orgId)
                        Q_EMIT m_page->organizationClicked(orgId);
                });
        }
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *save = new QAction(DashboardPage::tr("Save as image..."), view);
        QObject::connect(save, &QAction::triggered, view,
                         [this, chart] { m_page->chooseChartFile(chart); });
        view->addAction(save);
        auto *pdf = new QAction(DashboardPage::tr("Export dashboard as PDF..."), view);
        QObject::connect(pdf, &QAction::triggered, view, [this] { m_page->choosePdfFile(); });
        view->addAction(pdf);
    }

    DashboardPage *m_page;
    QLabel *m_heading = nullptr;
    QLabel *m_captions[DashboardPage::FigureCount] = {};
    QLabel *m_values[DashboardPage::FigureCount] = {};
    QLabel *m_units[DashboardPage::FigureCount] = {};
    QChartView *m_views[DashboardPage::ChartCount] = {};
    bool m_print = false;
    QGridLayout *m_figureGrid = nullptr;
    QFrame *m_figureCards[DashboardPage::FigureCount] = {};
    QGridLayout *m_grid = nullptr;
    QFrame *m_tableCard = nullptr;
    int m_columns = 0;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_table = nullptr;
};

DashboardPage::DashboardPage(const OrgTreeModel *tree, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
    , m_shortfalls(new ChartTableModel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    for (ChartTableModel *&model : m_models)
        model = new ChartTableModel(this);
    for (QString &figure : m_figures)
        figure = QStringLiteral("\u2014");

    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("dashboardHeading"));
    m_headingLabel->setFont(chartFont(headingPoints, true));
    m_headingLabel->setStyleSheet(QStringLiteral("color: #C8102E"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("dashboardYear"));
    m_year->setRange(1921, 2999);
    m_year->setValue(QDate::currentDate().year());
    m_year->setKeyboardTracking(false);
    m_year->setFont(chartFont(labelPoints));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setFont(chartFont(labelPoints));
    yearLabel->setBuddy(m_year);
    auto *pdf = new QPushButton(tr("Export PDF..."), this);
    pdf->setToolTip(tr("The whole dashboard on one landscape page, for a meeting"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_headingLabel, 1);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(pdf);

    m_board = new DashboardBoard(this, false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_board);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { changed(true); });
    connect(pdf, &QPushButton::clicked, this, &DashboardPage::choosePdfFile);

    // The tree's counts change with every edit of the roster: read again, once, when shown.
    if (m_tree) {
        auto later = [this] {
            changed(false);
        };
        connect(m_tree, &QAbstractItemModel::modelReset, this, later);
        connect(m_tree, &QAbstractItemModel::dataChanged, this, later);
        connect(m_tree, &QAbstractItemModel::rowsInserted, this, later);
        connect(m_tree, &QAbstractItemModel::rowsRemoved, this, later);
        connect(m_tree, &QAbstractItemModel::rowsMoved, this, later);
    }
}

DashboardPage::~DashboardPage()
{
    // Charts before their models: a mapper still listens while its series empties itself.
    delete m_board;
}

void DashboardPage::setLedger(const Ledger *ledger)
{
    m_ledger = ledger;
    changed(false);
}

void DashboardPage::setOrganization(qint64 orgId)
{
    if (orgId == m_orgId && !m_dirty)
        return;
    m_orgId = orgId;
    changed(true);
}

void DashboardPage::setYear(int year)
{
    m_year->setValue(year);
}

int DashboardPage::year() const
{
    return m_year->value();
}

void DashboardPage::invalidate()
{
    changed(false);
}

void DashboardPage::changed(bool now)
{
    m_dirty = true;
    if (!isVisible())
        return; // showEvent reads it
    if (now) {
        refresh();
        return;
    }
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_dirty && isVisible())
            refresh();
    });
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::fillMembersByOrganization()
{
    constexpr int shownOrganizations = 15;
    QList<QVariantList> rows;
    QVariantList keys;
    if (m_tree && m_ledger) {
        const QModelIndex parent = m_orgId ? m_tree->indexOf(m_orgId) : QModelIndex();
        int children = 0;
        for (int r = 0; r < m_tree->rowCount(parent); ++r) {
            const qint64 id = m_tree->orgId(m_tree->index(r, 0, parent));
            const Organization *org = m_tree->organization(id);
            const int total = m_tree->memberTotal(id);
            children += total;
            if (!org || (org->isDissolved() && total == 0))
                continue;
            rows.append({org->displayName(), total});
            keys.append(id);
        }
        // A projector shows some fifteen bars legibly: past that, the largest, then the rest
        // as one bar (a county's bureau has some 190 hospitals and centers under it).
        if (rows.size() > shownOrganizations) {
            QList<int> order(rows.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&rows](int a, int b) {
                return rows.at(a).at(1).toInt() > rows.at(b).at(1).toInt();
            });
            QList<QVariantList> largest;
            QVariantList largestKeys;
            int rest = 0;
            for (int i = 0; i < order.size(); ++i) {
                if (i < shownOrganizations - 1) {
                    largest.append(rows.at(order.at(i)));
                    largestKeys.append(keys.at(order.at(i)));
                } else {
                    rest += rows.at(order.at(i)).at(1).toInt();
                }
            }
            largest.append(
                {tr("%n other organizations", nullptr, int(order.size()) - shownOrganizations + 1),
                 rest});
            largestKeys.append(QVariant());
            rows = largest;
            keys = largestKeys;
        }
        // Members directly in the organization, beside those of its children.
        if (m_orgId && (parent.isValid() || rows.isEmpty())) {
            const int direct = m_tree->memberTotal(m_orgId) - children;
            if (direct > 0 || rows.isEmpty()) {
                rows.append(
                    {rows.isEmpty() ? m_heading : tr("Directly in %1").arg(m_heading), direct});
                keys.append(m_orgId);
            }
        }
    }
    m_models[MembersByOrganization]->setTable({tr("Organization"), tr("Members")}, rows, keys);
}

void DashboardPage::refresh()
{
    m_dirty = false;
    const int year = this->year();
    const Organization *org = m_orgId && m_tree ? m_tree->organization(m_orgId) : nullptr;
    m_heading = !m_orgId ? tr("All organizations") : org ? org->displayName() : QString();
    m_headingLabel->setText(m_heading);
    fillMembersByOrganization();

    QString firstError;
    auto failed = [&firstError](const QString &error) {
        if (firstError.isEmpty())
            firstError = error;
    };
    const QString dash = QStringLiteral("\u2014");
    for (QString &figure : m_figures)
        figure = dash;
    const QStringList countHeaders = {tr("Category"), tr("Members"), tr("Name")};

    // Who the members on the roll are, and who joined in the twenty years up to the chosen one,
    // every year shown.
    QList<QVariantList> gender, category, ages, education, joined;
    const int firstJoinYear = year - newMemberYears + 1;
    for (int y = firstJoinYear; y <= year; ++y)
        joined.append({y, 0});
    if (m_ledger) {
        if (auto structure = m_ledger->memberStructure(m_orgId, QDate::currentDate())) {
            const MemberStructure &s = structure.value();
            auto slice = [](QList<QVariantList> &rows, const QString &name, int count) {
                if (count > 0)
                    rows.append({QStringLiteral("%1 %2").arg(name).arg(count), count, name});
            };
            slice(gender, tr("Male"), s.male);
            slice(gender, tr("Female"), s.female);
            slice(gender, tr("Not entered"), s.genderUnknown);
            slice(category, tr("Full"), s.full);
            slice(category, tr("Probationary"), s.probationary);
            for (const auto &[band, count] : s.ageBands)
                ages.append({band, count});
            for (const auto &[name, count] : s.education)
                education.append({name, count});
            for (const YearCount &count : s.joinedPerYear) {
                if (count.year >= firstJoinYear && count.year <= year)
                    joined[count.year - firstJoinYear][1] = count.count;
            }
            m_figures[Members] = number(s.total());
            m_figures[Retirees] = number(s.retirees);
        } else {
            failed(structure.error());
        }
    }
    m_models[Gender]->setTable(countHeaders, gender);
    m_models[Category]->setTable(countHeaders, category);
    m_models[AgeBands]->setTable(countHeaders.mid(0, 2), ages);
    m_models[Education]->setTable(countHeaders.mid(0, 2), education);
    m_models[NewMembers]->setTable({tr("Year"), tr("New members")}, joined);

    // Honors of the five years up to the chosen one, a set per level that has any.
    QList<QVariantList> honorRows;
    QStringList honorHeaders = {tr("Year")};
    QList<QColor> honorColors = {QColor()};
    if (m_ledger) {
        if (auto honors = m_ledger->honorsPerLevelAndYear(m_orgId)) {
            const QList<AwardLevel> levels = AwardVocabulary::levels();
            QList<AwardLevel> present;
            for (const HonorCount &h : honors.value()) {
                if (h.year > year - honorYears && h.year <= year && !present.contains(h.level))
                    present.append(h.level);
            }
            std::sort(present.begin(), present.end(), [&levels](AwardLevel a, AwardLevel b) {
                return levels.indexOf(a) < levels.indexOf(b);
            });
            for (AwardLevel level : present) {
                honorHeaders.append(AwardVocabulary::label(level));
                honorColors.append(paletteColor(int(levels.indexOf(level))));
            }
            if (!present.isEmpty()) {
                for (int y = year - honorYears + 1; y <= year; ++y) {
                    QVariantList row = {QString::number(y)};
                    for (qsizetype i = 0; i < present.size(); ++i)
                        row.append(0);
                    honorRows.append(row);
                }
                for (const HonorCount &h : honors.value()) {
                    if (h.year > year - honorYears && h.year <= year) {
                        QVariant &cell = honorRows[h.year - (year - honorYears + 1)]
                                                  [present.indexOf(h.level) + 1];
                        cell = cell.toInt() + h.count;
                    }
                }
            }
        } else {
            failed(honors.error());
        }
    }
    m_models[Honors]->setTable(honorHeaders, honorRows, {}, honorColors);

    // The months and the shortfalls from one pass over the year's activities.
    const Result<ActivityStatistics> yearly =
        m_ledger ? m_ledger->activityStatistics(m_orgId, Period::year(year),
                                                StatisticsPart::Months | StatisticsPart::Shortfalls)
                 : Result<ActivityStatistics>(ActivityStatistics());

    // Activities per month of the year, a set per type held, in the type list's order.
    QList<QVariantList> activityRows;
    QStringList activityHeaders = {tr("Month")};
    QList<QColor> activityColors = {QColor()};
    if (m_ledger) {
        auto types = m_ledger->activityTypes();
        if (yearly) {
            // The year's totals are the months' sums: no second pass over the year.
            int activities = 0;
            ServiceFigures f;
            for (const MonthlyTypeCount &c : yearly->perMonth) {
                activities += c.count;
                f.peopleServed += c.figures.peopleServed;
                f.households += c.figures.households;
                f.fundsFen += c.figures.fundsFen;
            }
            m_figures[ActivityCount] = number(activities);
            m_figures[PeopleServed] = number(f.peopleServed);
            m_figures[Households] = number(f.households);
            m_figures[Funds] = ActivityVocabulary::yuan(f.fundsFen);
        }
        if (yearly && types) {
            QList<qint64> order;
            for (const ActivityType &type : types.value())
                order.append(type.id);
            QList<qint64> present;
            QHash<qint64, QString> names;
            for (const MonthlyTypeCount &c : yearly->perMonth) {
                if (!present.contains(c.typeId))
                    present.append(c.typeId);
                names.insert(c.typeId, c.typeName);
            }
            auto place = [&order](qint64 id) {
                const qsizetype at = order.indexOf(id);
                return at < 0 ? order.size() : at;
            };
            std::stable_sort(present.begin(), present.end(),
                             [&place](qint64 a, qint64 b) { return place(a) < place(b); });
            // Colours by place among the types shown, so that no two look alike.
            for (qint64 id : present) {
                activityHeaders.append(names.value(id));
                activityColors.append(paletteColor(int(activityColors.size()) - 1));
            }
            if (!present.isEmpty()) {
                for (int month = 1; month <= 12; ++month) {
                    // Numbers: twelve month names do not fit under the bars.
                    QVariantList row = {QString::number(month)};
                    for (qsizetype i = 0; i < present.size(); ++i)
                        row.append(0);
                    activityRows.append(row);
                }
                for (const MonthlyTypeCount &c : yearly->perMonth) {
                    if (c.month >= 1 && c.month <= 12) {
                        QVariant &cell = activityRows[c.month - 1][present.indexOf(c.typeId) + 1];
                        cell = cell.toInt() + c.count;
                    }
                }
            }
        } else {
            failed(!yearly ? yearly.error() : types.error());
        }
    }
    m_models[Activities]->setTable(activityHeaders, activityRows, {}, activityColors);

    // 三会一课 duties short of the rule, and what the organizations did for the people.
    QList<QVariantList> shortRows;
    QVariantList shortKeys;
    if (m_ledger) {
        if (yearly) {
            for (const Shortfall &s : yearly->shortfalls) {
                shortRows.append({s.orgName, s.typeName, periodInYear(s.period),
                                  QStringLiteral("%1/%2").arg(s.held).arg(s.required)});
                shortKeys.append(s.orgId);
            }
        }
    }
    m_shortfalls->setTable({tr("Branch"), tr("Duty"), tr("Period"), tr("Held/required")}, shortRows,
                           shortKeys);

    m_board->updateTexts();
    if (!firstError.isEmpty())
        Q_EMIT message(firstError);
}

QChartView *DashboardPage::chartView(Chart chart) const
{
    return m_board->view(chart);
}

ChartTableModel *DashboardPage::chartModel(Chart chart) const
{
    return m_models[chart];
}

QTableView *DashboardPage::shortfallView() const
{
    return m_board->table();
}

QString DashboardPage::figureText(Figure figure) const
{
    return m_figures[figure];
}

QString DashboardPage::suggestedFileName(Chart chart, const QString &suffix) const
{
    QString name = m_heading + QLatin1Char('-') + chartTitle(chart, year());
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|,").contains(c) || c.isSpace())
            c = QLatin1Char('-');
    }
    return name + QLatin1Char('.') + suffix;
}

namespace {
// Lays a widget out at `size` without showing it, so that grab() and render() draw the layout
// of that size: charts arrange their axes and labels when their views get their size.
void layOutHidden(QWidget *widget, QSize size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
    // Layouts, then the charts' own deferred updates (bar labels follow their bars' geometry).
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 200) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
    }
}
} // namespace

Result<void> DashboardPage::exportChartPng(Chart chart, const QString &path, QSize size) const
{
    std::unique_ptr<QChartView> view(chartViewFor(chart, m_models[chart]));
    view->chart()->setTitle(chartTitle(chart, year()));
    layOutHidden(view.get(), size);
    const QPixmap picture = view->grab();
    if (picture.isNull() || !picture.save(path, "PNG"))
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
    return {};
}

Result<void> DashboardPage::exportPdf(const QString &path, QPageSize::PageSizeId size) const
{
    // A board of its own at the paper's proportions, so the page looks the same whatever the
    // size of the window.
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setTitle(m_heading);
    writer.setCreator(QStringLiteral("PartyLedger"));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const int width = 1600;
    const QSize boardSize(width, int(std::lround(double(width) * page.height() / page.width())));

    auto *self = const_cast<DashboardPage *>(this);
    std::unique_ptr<DashboardBoard> board(new DashboardBoard(self, true));
    layOutHidden(board.get(), boardSize);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
    const double scale = double(page.width()) / boardSize.width();
    painter.scale(scale, scale);
    // The charts through their scenes, the way Qt prints a graphics scene: rendered as
    // widgets into a PDF, bar charts lose their value labels. The rest as widgets.
    QRegion widgets(board->rect());
    for (int c = 0; c < ChartCount; ++c)
        widgets -= QRect(board->view(Chart(c))->mapTo(board.get(), QPoint()),
                         board->view(Chart(c))->size());
    board->render(&painter, QPoint(), widgets,
                  QWidget::DrawWindowBackground | QWidget::DrawChildren);
    for (int c = 0; c < ChartCount; ++c) {
        QChartView *view = board->view(Chart(c));
        const QRectF target(view->mapTo(board.get(), QPoint()), view->size());
        view->scene()->render(&painter, target, view->sceneRect(), Qt::IgnoreAspectRatio);
    }
    if (!painter.end())
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
    return {};
}

void DashboardPage::chooseChartFile(Chart chart)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as image"), suggestedFileName(chart, QStringLiteral("png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportChartPng(chart, path); !saved)
        QMessageBox::warning(this, tr("Dashboard"), saved.error());
    else
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void DashboardPage::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard as PDF"),
        m_heading + QLatin1Char('-') + QString::number(year()) + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportPdf(path); !saved)
        QMessageBox::warning(this, tr("Dashboard"), saved.error());
    else
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

} // namespace PartyLedger
