// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny process for tst_CrashMarker: installs the app's crash marker in the given directory,
// says so on stdout, then ends the way it is told to: "abort", "segv" (a real invalid write),
// "overflow" (the stack runs out), "clean" (normal exit), or "wait" (until it is killed from
// outside).
#include "diagnostics/CrashMarker.h"
#include "logging/Logger.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// The crash the handler exists for: a real invalid write. Left alone by the sanitizers of
// the CI's second stage, which would otherwise report the null store and exit normally.
[[gnu::noinline, gnu::no_sanitize("undefined", "address")]] void writeNowhere()
{
    // Read at run time, so the compiler can neither drop the store nor turn it into a trap.
    volatile std::uintptr_t address = 0;
    *reinterpret_cast<volatile int *>(address) = 1;
}

// Runaway recursion until the stack is gone, as in a signal loop between two widgets: the
// handler must still record the SIGSEGV. The depth test is never true; it only keeps the
// compiler from seeing a recursion without end.
[[gnu::noinline, gnu::no_sanitize("undefined", "address")]] int recurse(int depth)
{
    volatile char frame[512];
    frame[0] = static_cast<char>(depth);
    if (depth < 0) {
        return frame[0];
    }
    return recurse(depth + 1) + frame[0];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr)
            << "usage: evb-crash-helper <directory> abort|segv|overflow|clean|wait\n";
        return 2;
    }
    // The app's log in the same folder, with one ordinary line just before the end: a crash
    // report is only as good as the lines the log kept.
    Logger::Options logOptions;
    logOptions.directory = args.at(1);
    Logger logger(logOptions);
    logger.installMessageHandler();
    CrashMarker marker(args.at(1));
    if (!marker.install(QStringLiteral("helper"))) {
        return 3;
    }
    qInfo("last line before the end: %s", qPrintable(args.at(2)));
    std::puts("installed");
    std::fflush(stdout);
    const QString mode = args.at(2);
    if (mode == QLatin1String("abort")) {
        std::abort();
    }
    if (mode == QLatin1String("segv")) {
        writeNowhere();
    }
    if (mode == QLatin1String("overflow")) {
        return recurse(0);
    }
    if (mode == QLatin1String("wait")) {
        return app.exec(); // until SIGKILL
    }
    return 0; // "clean": the marker's destructor removes it
}
