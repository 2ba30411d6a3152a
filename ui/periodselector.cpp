#include "periodselector.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace PartyLedger {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1921, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setSuffix(tr(" (year)"));
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("part"));
    m_part->addItem(tr("Whole year"));
    for (int q = 1; q <= 4; ++q)
        m_part->addItem(tr("Quarter %1").arg(q));
    for (int m = 1; m <= 12; ++m)
        m_part->addItem(tr("Month %1").arg(m));
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_year);
    layout->addWidget(m_part);
    const auto changed = [this] {
        Q_EMIT periodChanged(period());
    };
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_part, &QComboBox::currentIndexChanged, this, changed);
}

Period PeriodSelector::period() const
{
    const int year = m_year->value();
    const int part = m_part->currentIndex();
    if (part >= 1 && part <= 4)
        return Period::quarter(year, part);
    if (part >= 5)
        return Period::month(year, part - 4);
    return Period::year(year);
}

void PeriodSelector::setPeriod(const Period &period)
{
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker partBlocker(m_part);
    m_year->setValue(period.first.year());
    switch (period.kind) {
    case Period::Kind::Quarter:
        m_part->setCurrentIndex((period.first.month() - 1) / 3 + 1);
        break;
    case Period::Kind::Month:
        m_part->setCurrentIndex(period.first.month() + 4);
        break;
    default:
        m_part->setCurrentIndex(0);
    }
    Q_EMIT periodChanged(this->period());
}

} // namespace PartyLedger
