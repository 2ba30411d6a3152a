#pragma once

#include "period.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace PartyLedger {

// A year and, within it, the whole year, a quarter or a month: the periods reports use.
class PeriodSelector : public QWidget {
    Q_OBJECT
public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    Period period() const;
    void setPeriod(const Period &period);

Q_SIGNALS:
    void periodChanged(const Period &period);

private:
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr; // 0: the year, 1-4: quarters, 5-16: months
};

} // namespace PartyLedger
