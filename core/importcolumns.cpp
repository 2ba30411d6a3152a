#include "importcolumns.h"

#include <QSet>

namespace PartyLedger {

namespace {
// Brackets whose content is a note on the title: "入党时间(年月)", "帮扶资金（元）",
// "姓名【必填】".
bool opensNote(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'（' || c == u'【' || c == u'〔' ||
           c == u'［';
}

bool closesNote(QChar c)
{
    return c == u')' || c == u']' || c == u'}' || c == u'）' || c == u'】' || c == u'〕' ||
           c == u'］';
}

// The field of each column of one row (0: none), each field at most once, first column wins.
QList<int> fieldsOf(const QList<SheetCell> &row, const QHash<QString, int> &vocabulary)
{
    QList<int> fields;
    QSet<int> seen;
    for (const SheetCell &cell : row) {
        const int field = vocabulary.value(ImportColumns::key(cell.text), 0);
        const bool fresh = field != 0 && !seen.contains(field);
        fields.append(fresh ? field : 0);
        if (fresh)
            seen.insert(field);
    }
    return fields;
}

int recognized(const QList<int> &fields)
{
    return int(std::count_if(fields.cbegin(), fields.cend(), [](int field) { return field != 0; }));
}
} // namespace

QString ImportColumns::key(const QString &title)
{
    // Digits, lower-case ASCII letters and common Han characters are their own key: most cells
    // looked up (男, 正式党员, a branch's name) need no normalizing, which costs a microsecond.
    const bool plain = std::all_of(title.cbegin(), title.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') ||
               (c >= u'\u4E00' && c <= u'\u9FFF');
    });
    if (plain)
        return title;
    const QString folded = title.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    int depth = 0;
    for (QChar c : folded) {
        if (opensNote(c)) {
            ++depth;
        } else if (closesNote(c)) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && c.isLetterOrNumber()) {
            key.append(c);
        }
    }
    return key;
}

QStringList ImportColumns::titles(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromUtf8(name);
    return list;
}

QHash<QString, int> ImportColumns::vocabulary(const QList<std::pair<int, QStringList>> &titles)
{
    QHash<QString, int> keys;
    for (const auto &[field, names] : titles) {
        for (const QString &name : names)
            keys.insert(key(name), field);
    }
    return keys;
}

Result<ImportColumns::Found> ImportColumns::find(const Sheet &sheet,
                                                 const QHash<QString, int> &vocabulary,
                                                 const QString &expected)
{
    const int searched = std::min(int(sheet.rows.size()), RowsSearched);
    bool anything = false;
    int best = -1;
    QList<int> bestFields;
    for (int row = 0; row < searched; ++row) {
        const QList<SheetCell> &cells = sheet.rows.at(row);
        anything = anything || std::any_of(cells.cbegin(), cells.cend(),
                                           [](const SheetCell &c) { return !c.isEmpty(); });
        QList<int> fields = fieldsOf(cells, vocabulary);
        if (recognized(fields) > recognized(bestFields)) {
            best = row;
            bestFields = std::move(fields);
        }
    }
    if (!anything)
        return Error{tr("The sheet %1 has nothing in its first %2 rows; choose the sheet that "
                        "holds the table.")
                         .arg(sheet.name)
                         .arg(RowsSearched)};
    // One recognized title could be a stray word in a title row; two make a header.
    if (recognized(bestFields) < 2)
        return Error{tr("No header row was found in the first %1 rows of the sheet %2. The "
                        "table needs a row of column titles such as %3.")
                         .arg(RowsSearched)
                         .arg(sheet.name, expected)};

    return header(sheet, vocabulary, best);
}

int ImportColumns::widestRow(const Sheet &sheet)
{
    int widest = -1;
    qsizetype most = 0;
    for (int row = 0; row < sheet.rows.size() && row < RowsSearched; ++row) {
        const QList<SheetCell> &cells = sheet.rows.at(row);
        const qsizetype filled = std::count_if(cells.cbegin(), cells.cend(),
                                               [](const SheetCell &c) { return !c.isEmpty(); });
        if (filled > most) {
            widest = row;
            most = filled;
        }
    }
    return widest;
}

ImportColumns::Found ImportColumns::at(const Sheet &sheet, const QHash<QString, int> &vocabulary,
                                       int headerRow)
{
    Found found = header(sheet, vocabulary, headerRow);
    // Data wider than the row the user chose: the columns without a title can still be mapped.
    if (found.headerRow < 0)
        return found;
    qsizetype width = found.fields.size();
    for (int row = found.firstDataRow;
         row < sheet.rows.size() && row < found.headerRow + RowsSearched; ++row)
        width = std::max(width, sheet.rows.at(row).size());
    while (found.fields.size() < width) {
        found.fields.append(0);
        found.titles.append(QString());
    }
    return found;
}

ImportColumns::Found ImportColumns::header(const Sheet &sheet,
                                           const QHash<QString, int> &vocabulary, int headerRow)
{
    if (sheet.rows.isEmpty())
        return {};
    const int best = std::clamp(headerRow, 0, int(sheet.rows.size()) - 1);
    const QList<int> bestFields = fieldsOf(sheet.rows.value(best), vocabulary);
    Found found;
    found.headerRow = best;
    found.firstDataRow = best + 1;
    found.fields = bestFields;
    for (const SheetCell &cell : sheet.rows.at(best))
        found.titles.append(cell.text.simplified());

    // A two-row header: a title merged over sub-titles ("联系方式" over "手机", "电话"). The
    // row below counts as header only if each of its cells is a known title or a copy of the
    // merged cell above it; any other text makes it data.
    if (best + 1 < sheet.rows.size()) {
        const QList<SheetCell> &below = sheet.rows.at(best + 1);
        const QList<int> belowFields = fieldsOf(below, vocabulary);
        bool header = recognized(belowFields) > 0;
        for (int column = 0; header && column < below.size(); ++column) {
            const SheetCell &cell = below.at(column);
            header = cell.isEmpty() || vocabulary.contains(key(cell.text)) ||
                     cell.text == sheet.cell(best, column).text;
        }
        QSet<int> taken(bestFields.cbegin(), bestFields.cend());
        for (int column = 0; header && column < below.size(); ++column) {
            const int field = belowFields.at(column);
            if (field == 0 || below.at(column).text == sheet.cell(best, column).text)
                continue;
            while (found.fields.size() <= column) {
                found.fields.append(0);
                found.titles.append(QString());
            }
            // The sub-title replaces the merged title; a field already taken stays where it is.
            if (found.fields.at(column) != field) {
                if (taken.contains(field))
                    continue;
                taken.remove(found.fields.at(column));
                taken.insert(field);
                found.fields[column] = field;
            }
            found.titles[column] = below.at(column).text.simplified();
        }
        if (header)
            found.firstDataRow = best + 2;
    }
    return found;
}

} // namespace PartyLedger
