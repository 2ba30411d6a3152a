#include "chartmodels.h"

#include <algorithm>

namespace PartyLedger {

ChartTableModel::ChartTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChartTableModel::setTable(const QStringList &headers, const QList<QVariantList> &rows,
                               const QVariantList &keys, const QList<QColor> &colors)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_keys = keys;
    m_colors = colors;
    endResetModel();
}

void ChartTableModel::clear()
{
    if (m_rows.isEmpty() && m_headers.isEmpty())
        return;
    setTable({}, {});
}

QVariant ChartTableModel::key(int row) const
{
    return m_keys.value(row);
}

QVariant ChartTableModel::cell(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(column) : QVariant();
}

QStringList ChartTableModel::categories() const
{
    QStringList labels;
    labels.reserve(m_rows.size());
    for (const QVariantList &row : m_rows)
        labels.append(row.value(0).toString());
    return labels;
}

double ChartTableModel::maximum(bool stacked) const
{
    double most = 0;
    for (const QVariantList &row : m_rows) {
        double sum = 0;
        for (qsizetype c = 1; c < row.size(); ++c) {
            const double value = row[c].toDouble();
            sum = stacked ? sum + value : std::max(sum, value);
        }
        most = std::max(most, sum);
    }
    return most;
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return cell(index.row(), index.column());
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DecorationRole) {
        const QColor color = m_colors.value(section);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section + 1;
}

ReversedRowsProxy::ReversedRowsProxy(QAbstractItemModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    sort(0, Qt::DescendingOrder);
}

bool ReversedRowsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.row() < right.row();
}

} // namespace PartyLedger
