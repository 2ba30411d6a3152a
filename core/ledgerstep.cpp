#include "ledgerstep.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace PartyLedger {

namespace {
// One edit of the ledger. Its first redo is the edit itself, already written.
class Step : public QUndoCommand {
public:
    Step(const QString &text, std::function<Result<void>()> forward,
         std::function<Result<void>()> backward, std::function<void()> changed,
         std::function<void(const QString &)> failed)
        : QUndoCommand(text)
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
        , m_changed(std::move(changed))
        , m_failed(std::move(failed))
    {
    }

    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        run(m_forward);
    }
    void undo() override { run(m_backward); }

private:
    void run(const std::function<Result<void>()> &step)
    {
        if (auto written = step(); !written)
            m_failed(written.error());
        m_changed();
    }

    bool m_done = true;
    std::function<Result<void>()> m_forward;
    std::function<Result<void>()> m_backward;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
};
} // namespace

Result<void> LedgerStep::perform(QUndoStack *stack, const QString &text,
                                 const std::function<Result<void>()> &forward,
                                 const std::function<Result<void>()> &backward,
                                 const std::function<void()> &changed,
                                 const std::function<void(const QString &)> &failed)
{
    if (auto written = forward(); !written)
        return written;
    changed();
    stack->push(new Step(text, forward, backward, changed, [stack, failed](const QString &message) {
        // The stack has already moved past the failed step and may not be cleared from inside
        // its own undo, so that waits for the event loop.
        QMetaObject::invokeMethod(stack, &QUndoStack::clear, Qt::QueuedConnection);
        failed(message);
    }));
    return {};
}

} // namespace PartyLedger
