#pragma once

#include "result.h"
#include "sheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace PartyLedger {

// Which column of a sheet feeds which field of an import: found from the header row, shown in
// the import dialog, and changed there by the user before anything is read. Field is the
// importer's enum; its value Field::Ignored leaves a column out.
template <typename Field> struct ColumnMapping {
    int headerRow = -1;    // zero-based index into Sheet::rows; rows above it (titles) are skipped
    int firstDataRow = -1; // the header may take two rows (a title merged over sub-titles)
    QStringList titles;    // the header text of every column, as messages name the column
    QList<Field> fields;   // one per column

    // The first column mapped to the field; -1 when none is.
    int columnOf(Field field) const { return int(fields.indexOf(field)); }
    bool has(Field field) const { return fields.contains(field); }
    // The column of every field, indexed by the field's number; -1 where none feeds it. A field
    // mapped to two columns (the user's choice in the dialog) is read from the first.
    template <size_t FieldCount> std::array<int, FieldCount> columnsByField() const
    {
        std::array<int, FieldCount> columns;
        columns.fill(-1);
        for (int column = int(fields.size()) - 1; column >= 0; --column)
            columns[size_t(fields.at(column))] = column;
        columns[size_t(Field::Ignored)] = -1;
        return columns;
    }
    // The header text of the field's column; empty when no column feeds it.
    QString titleOf(Field field) const
    {
        const int column = columnOf(field);
        return column < 0 ? QString() : titles.value(column);
    }
};

// Finding and reading the header row of a sheet, shared by the member, organization and
// activity imports.
class ImportColumns {
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
public:
    // The header is looked for among this many rows at the top of a sheet.
    static constexpr int RowsSearched = 10;

    // A column title reduced to what identifies it: notes in brackets ("入党时间(年月)"),
    // spaces, line breaks and punctuation dropped, full-width letters made ASCII, lower case.
    static QString key(const QString &title);
    // Titles as written in the source (UTF-8), for the vocabularies below.
    static QStringList titles(std::initializer_list<const char *> names);
    // Titles of every field (as people write them) to the field's number, by key().
    static QHash<QString, int> vocabulary(const QList<std::pair<int, QStringList>> &titles);

    // The row among the first RowsSearched with the most distinct recognized titles (at least
    // two), and the field of each of its columns (0 for none). A second header row is taken
    // along when it only refines the first. `expected` names a few titles for the message
    // when no header is found.
    struct Found {
        int headerRow = -1;
        int firstDataRow = -1;
        QStringList titles;
        QList<int> fields;
    };
    static Result<Found> find(const Sheet &sheet, const QHash<QString, int> &vocabulary,
                              const QString &expected);
    // The header the user says is in `headerRow` (zero-based), its titles recognized where they
    // can be. As wide as the widest of the rows below it, so every column can be mapped.
    static Found at(const Sheet &sheet, const QHash<QString, int> &vocabulary, int headerRow);
    // Among the first RowsSearched rows, the first with the most cells filled: a title row above
    // a table fills one, its header all. -1 when they are all empty.
    static int widestRow(const Sheet &sheet);

    template <typename Field>
    static Result<ColumnMapping<Field>>
    detect(const Sheet &sheet, const QHash<QString, int> &vocabulary, const QString &expected)
    {
        auto found = find(sheet, vocabulary, expected);
        if (!found)
            return Error{found.error()};
        return mappingOf<Field>(found.value());
    }
    // A header found, with its fields as the importer's enum; and back (the import dialog keeps
    // mappings of every kind of import as numbers).
    template <typename Field> static ColumnMapping<Field> mappingOf(const Found &found)
    {
        ColumnMapping<Field> mapping;
        mapping.headerRow = found.headerRow;
        mapping.firstDataRow = found.firstDataRow;
        mapping.titles = found.titles;
        for (int field : found.fields)
            mapping.fields.append(Field(field));
        return mapping;
    }
    template <typename Field> static Found foundOf(const ColumnMapping<Field> &mapping)
    {
        Found found;
        found.headerRow = mapping.headerRow;
        found.firstDataRow = mapping.firstDataRow;
        found.titles = mapping.titles;
        for (Field field : mapping.fields)
            found.fields.append(int(field));
        return found;
    }
    template <typename Field>
    static ColumnMapping<Field> mappingAt(const Sheet &sheet, const QHash<QString, int> &vocabulary,
                                          int headerRow)
    {
        return mappingOf<Field>(at(sheet, vocabulary, headerRow));
    }

    // Whether every cell a mapping reads in this row is empty: such rows are skipped silently.
    template <typename Field>
    static bool isBlank(const Sheet &sheet, int row, const ColumnMapping<Field> &mapping)
    {
        for (int column = 0; column < mapping.fields.size(); ++column) {
            if (mapping.fields.at(column) != Field::Ignored && !sheet.cell(row, column).isEmpty())
                return false;
        }
        return true;
    }

private:
    // The header in `headerRow` (clamped to the sheet), with a second row of sub-titles below
    // it taken along; as wide as the header row.
    static Found header(const Sheet &sheet, const QHash<QString, int> &vocabulary, int headerRow);
};

} // namespace PartyLedger
