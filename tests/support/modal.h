#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace PartyLedger::Testing {

// exec() blocks a widget test while a dialog is open, so what a person does in it is scheduled
// first: `act` runs on the next modal window of this type once it shows (up to 3 s). Failures
// inside are CHECKs, and the window is closed whatever happens, so the test goes on.
template <class Window> void onNextModal(std::function<void(Window *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        auto *window = qobject_cast<Window *>(QApplication::activeModalWidget());
        if (!window && ++*tries < 300)
            return;
        timer->stop();
        timer->deleteLater();
        CHECK(window);
        if (window) {
            act(window);
            if (window->isVisible())
                window->reject();
        }
    });
    timer->start();
}

} // namespace PartyLedger::Testing
