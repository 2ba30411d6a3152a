#include "awardcontentmodel.h"

#include "awardeditor.h"

#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace PartyLedger {

namespace {
const QString RecipientMime = QStringLiteral("application/x-partyledger-recipient");
// internalId 0 marks a category row; a recipient row holds its category's row + 1.
constexpr quintptr CategoryLevel = 0;
} // namespace

AwardContentModel::AwardContentModel(AwardEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
}

void AwardContentModel::setAward(const Award &award)
{
    beginResetModel();
    m_award = award;
    endResetModel();
}

const AwardCategory *AwardContentModel::categoryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == CategoryLevel ? index.row() : int(index.internalId()) - 1;
    return &m_award.categories[row];
}

const AwardRecipient *AwardContentModel::recipientAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == CategoryLevel)
        return nullptr;
    return &m_award.categories[int(index.internalId()) - 1].recipients[index.row()];
}

QModelIndex AwardContentModel::indexOfRecipient(qint64 recipientId) const
{
    for (int c = 0; c < m_award.categories.size(); ++c) {
        const auto &recipients = m_award.categories[c].recipients;
        for (int r = 0; r < recipients.size(); ++r) {
            if (recipients[r].id == recipientId)
                return createIndex(r, 0, quintptr(c + 1));
        }
    }
    return {};
}

QModelIndex AwardContentModel::indexOfCategory(qint64 categoryId) const
{
    for (int c = 0; c < m_award.categories.size(); ++c) {
        if (m_award.categories[c].id == categoryId)
            return createIndex(c, 0, CategoryLevel);
    }
    return {};
}

QModelIndex AwardContentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, CategoryLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AwardContentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CategoryLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, CategoryLevel);
}

int AwardContentModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_award.categories.size());
    if (parent.internalId() != CategoryLevel || parent.column() != 0)
        return 0;
    return int(m_award.categories[parent.row()].recipients.size());
}

int AwardContentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AwardContentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const AwardRecipient *recipient = recipientAt(index)) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return index.column() == NameColumn ? recipient->name : recipient->citation;
        case Qt::ToolTipRole:
            return recipient->memberId ? tr("A member of this ledger")
                   : recipient->orgId  ? tr("An organization of this ledger")
                                       : tr("Not in this ledger; name typed in");
        case RecipientIdRole:
            return recipient->id;
        case CategoryIdRole:
            return categoryAt(index)->id;
        default:
            return {};
        }
    }
    const AwardCategory &category = *categoryAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CitationColumn)
            return category.recipientKind == RecipientKind::Person
                       ? tr("%n person(s)", nullptr, int(category.recipients.size()))
                       : tr("%n organization(s)", nullptr, int(category.recipients.size()));
        return category.name;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(category.name) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case CategoryIdRole:
        return category.id;
    default:
        return {};
    }
}

bool AwardContentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_editor)
        return false;
    const QString text = value.toString().trimmed();
    Result<void> edited;
    if (const AwardRecipient *recipient = recipientAt(index)) {
        AwardRecipient changed = *recipient;
        (index.column() == NameColumn ? changed.name : changed.citation) = text;
        if (changed.name.isEmpty()) {
            Q_EMIT editFailed(tr("A recipient needs a name."));
            return false;
        }
        if (changed.name == recipient->name && changed.citation == recipient->citation)
            return false;
        edited = m_editor->editRecipient(m_award.id, changed);
    } else {
        const AwardCategory &category = *categoryAt(index);
        if (text.isEmpty() || text == category.name)
            return false;
        edited = m_editor->renameCategory(m_award.id, category.id, text);
    }
    if (!edited)
        Q_EMIT editFailed(edited.error());
    return edited.ok();
}

Qt::ItemFlags AwardContentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags;
    if (const AwardRecipient *recipient = recipientAt(index)) {
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        // A ledger member's or organization's name is theirs; a typed-in name can be corrected.
        const bool typedIn = recipient->memberId == 0 && recipient->orgId == 0;
        if (index.column() == CitationColumn || typedIn)
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    flags |= Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AwardContentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Unit and post (as printed)");
}

Qt::DropActions AwardContentModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AwardContentModel::mimeTypes() const
{
    return {RecipientMime};
}

QMimeData *AwardContentModel::mimeData(const QModelIndexList &indexes) const
{
    // Every selected recipient, in printed order; the columns of one row count once.
    QList<qint64> ids;
    for (const AwardCategory &category : m_award.categories) {
        for (const AwardRecipient &recipient : category.recipients) {
            const bool selected = std::any_of(indexes.begin(), indexes.end(), [&](const auto &i) {
                const AwardRecipient *r = recipientAt(i);
                return r && r->id == recipient.id;
            });
            if (selected)
                ids.append(recipient.id);
        }
    }
    if (ids.isEmpty())
        return nullptr;
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    auto *data = new QMimeData;
    data->setData(RecipientMime, text.join(QLatin1Char(',')).toLatin1());
    return data;
}

QList<qint64> AwardContentModel::draggedRecipients(const QMimeData *data) const
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(RecipientMime))
        return ids;
    for (const QByteArray &id : data->data(RecipientMime).split(','))
        ids.append(id.toLongLong());
    return ids;
}

bool AwardContentModel::dropTarget(const QMimeData *data, const QModelIndex &parent, int row,
                                   qint64 *categoryId, int *position) const
{
    const QList<qint64> dragged = draggedRecipients(data);
    if (!parent.isValid() || dragged.isEmpty())
        return false;
    const AwardCategory *category = categoryAt(parent);
    for (qint64 id : dragged) {
        const QModelIndex from = indexOfRecipient(id);
        // People stay among people, organizations among organizations.
        if (!from.isValid() || categoryAt(from)->recipientKind != category->recipientKind)
            return false;
    }
    *categoryId = category->id;
    if (recipientAt(parent)) {
        // Dropped on a recipient: before it, or after it when dragged down from above it.
        const QModelIndex first = indexOfRecipient(dragged.first());
        const bool fromAbove = categoryAt(first)->id == category->id && first.row() < parent.row();
        *position = parent.row() + (fromAbove ? 1 : 0);
    } else {
        *position = row < 0 ? int(category->recipients.size()) : row;
    }
    // Counted after the dragged ones have left their places above it.
    int above = 0;
    for (int r = 0; r < *position && r < category->recipients.size(); ++r)
        above += dragged.contains(category->recipients[r].id) ? 1 : 0;
    *position -= above;
    return true;
}

bool AwardContentModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                        const QModelIndex &parent) const
{
    qint64 categoryId = 0;
    int position = 0;
    return m_editor && action == Qt::MoveAction &&
           dropTarget(data, parent, row, &categoryId, &position);
}

bool AwardContentModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    qint64 categoryId = 0;
    int position = 0;
    if (!canDropMimeData(data, action, row, column, parent) ||
        !dropTarget(data, parent, row, &categoryId, &position))
        return false;
    auto moved =
        m_editor->moveRecipients(m_award.id, draggedRecipients(data), categoryId, position);
    if (!moved)
        Q_EMIT editFailed(moved.error());
    // The editor reloads the award; returning false keeps the view from removing rows itself.
    return false;
}

} // namespace PartyLedger
