#pragma once

#include "award.h"

#include <QAbstractItemModel>

namespace PartyLedger {

class AwardEditor;

// One award as a tree: its categories, each with its recipients in printed order. Edits in place
// (names, citations) and drags go through the AwardEditor, so each is an undoable step; the
// model itself changes only when the award is loaded again.
class AwardContentModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CitationColumn, ColumnCount };
    enum Role { RecipientIdRole = Qt::UserRole + 1, CategoryIdRole };

    explicit AwardContentModel(AwardEditor *editor, QObject *parent = nullptr);

    void setEditor(AwardEditor *editor) { m_editor = editor; }
    void setAward(const Award &award);
    const Award &award() const { return m_award; }
    // The category an index is in (itself, or its parent's); nullptr for none.
    const AwardCategory *categoryAt(const QModelIndex &index) const;
    const AwardRecipient *recipientAt(const QModelIndex &index) const;
    QModelIndex indexOfRecipient(qint64 recipientId) const;
    QModelIndex indexOfCategory(qint64 categoryId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    // Where a drop lands: the category, and the position there counted after the dragged
    // recipients have left; false where they may not go.
    bool dropTarget(const QMimeData *data, const QModelIndex &parent, int row, qint64 *categoryId,
                    int *position) const;
    QList<qint64> draggedRecipients(const QMimeData *data) const;

    AwardEditor *m_editor = nullptr;
    Award m_award;
};

} // namespace PartyLedger
