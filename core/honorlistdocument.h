#pragma once

#include "award.h"
#include "honororder.h"
#include "result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace PartyLedger {

struct HonorListOptions {
    HonorOrder order = HonorOrder::Entered;
    int columns = 1; // 1 or 2
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    qreal fontPointSize = 14;
    QString title;      // empty: 光荣榜
    QString subtitle;   // empty: the award's title
    bool footer = true; // the granting body and the date, under the last section
};

// Reports progress (done of total) and returns false to cancel.
using ProgressCallback = std::function<bool(int done, int total)>;

// The printed honor list (光荣榜): built once as a QTextDocument, shared by preview, print, PDF
// and ODT. Every value from the ledger is HTML-escaped.
class HonorListDocument {
    Q_DECLARE_TR_FUNCTIONS(HonorListDocument)
public:
    // Paper, orientation and margins; a printer set to this prints what the PDF shows.
    static QPageLayout pageLayout(const HonorListOptions &options);
    static std::unique_ptr<QTextDocument> build(const Award &award,
                                                const HonorListOptions &options);
    // Things to fix before printing: an empty category, a recipient without a name, a citation
    // too long for one line at this paper and font size. One sentence each; empty when fine.
    static QStringList warnings(const Award &award, const HonorListOptions &options);
    // Paints the document page by page on a printer or PDF writer, with page numbers when it
    // runs past one page.
    static Result<void> paint(const Award &award, const HonorListOptions &options,
                              QPagedPaintDevice *device, const ProgressCallback &progress = {});
    // What could be written but not quite as asked (glyphs whose copied text could not be set
    // right) goes to notes, one sentence each, or to the log (qWarning) when notes is null.
    static Result<void> writePdf(const Award &award, const HonorListOptions &options,
                                 const QString &path, const ProgressCallback &progress = {},
                                 QStringList *notes = nullptr);
    static Result<void> writeOdt(const Award &award, const HonorListOptions &options,
                                 const QString &path);
};

} // namespace PartyLedger
