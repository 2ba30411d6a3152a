#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

// Core tests need an event loop and translations machinery, never a display.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
