#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

namespace PartyLedger {

// A small read-only table the dashboard's charts bind to through Qt Charts' model mappers (and
// its tables through views): the page fills it from the Ledger's results in one reset, so each
// mapper rebuilds its series once. By convention column 0 holds the category (a label, or the
// year of a line chart) and the columns after it the values, one per bar set; headers name the
// bar sets. Each row may carry a key (the organization id of a bar).
class ChartTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ChartTableModel(QObject *parent = nullptr);

    // rows[r][c]; keys, when given, one per row; colors, when given, one per column (a bar
    // set's colour, as the header's Qt::DecorationRole).
    void setTable(const QStringList &headers, const QList<QVariantList> &rows,
                  const QVariantList &keys = {}, const QList<QColor> &colors = {});
    void clear();

    QVariant key(int row) const;
    QVariant cell(int row, int column) const;
    QStringList headers() const { return m_headers; }
    // The labels of column 0, in order (a bar chart's categories).
    QStringList categories() const;
    // The largest value in a row (summed over the value columns when stacked).
    double maximum(bool stacked) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
    QVariantList m_keys;
    QList<QColor> m_colors;
};

// A model's rows bottom to top: a horizontal bar chart draws its first category at the bottom
// (and Qt Charts 6.4 ignores a reversed category axis there), the tree lists it on top.
class ReversedRowsProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReversedRowsProxy(QAbstractItemModel *source, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace PartyLedger
