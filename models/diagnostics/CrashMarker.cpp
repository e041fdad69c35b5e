// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashMarker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
// The marker's descriptor for the handler; -1 when no marker is installed. A plain int
// read once per signal: the handler must not touch anything Qt or the allocator owns.
volatile std::sig_atomic_t g_markerFd = -1;

constexpr int kFatalSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};

// The handler's own stack. A stack overflow (runaway recursion) raises SIGSEGV with no stack
// left to run the handler on: it then faulted again and the run was reported as "ended from
// outside" with no signal. 64 KiB is well above MINSIGSTKSZ and what the handler uses.
alignas(16) char g_handlerStack[64 * 1024];

// Another process still running under that id. A reused id can only hide an old crash
// (no report is offered), never invent one.
bool isOtherLiveProcess(qint64 pid)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid()) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

extern "C" void onFatalSignal(int signal)
{
    const int fd = g_markerFd;
    if (fd >= 0) {
        // "signal=<n>\n", formatted by hand: only async-signal-safe calls from here on.
        char line[32] = {'s', 'i', 'g', 'n', 'a', 'l', '='};
        int length = 7;
        char digits[12];
        int count = 0;
        unsigned value = static_cast<unsigned>(signal);
        do {
            digits[count++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0 && count < 11);
        while (count > 0) {
            line[length++] = digits[--count];
        }
        line[length++] = '\n';
        [[maybe_unused]] const ssize_t written = ::write(fd, line, static_cast<size_t>(length));
    }
    // SA_RESETHAND already restored the default action: die of the same signal.
    ::raise(signal);
}
} // namespace

CrashMarker::CrashMarker(const QString &directory)
    : m_path(QDir(directory.isEmpty() ? defaultDirectory() : directory)
                 .filePath(QStringLiteral("running.marker")))
{}

CrashMarker::~CrashMarker()
{
    removeOnCleanExit();
}

QString CrashMarker::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

std::optional<CrashMarker::PreviousRun> CrashMarker::previousRun() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    PreviousRun run;
    run.markerTimeUtc = QFileInfo(file).lastModified().toUTC();
    // Small and written by us, but read defensively: a damaged marker still means "did not
    // close normally".
    const QList<QByteArray> lines = file.read(4096).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "signal") {
            run.signal = value.toInt();
        } else if (key == "version") {
            run.version = value.left(40);
        } else if (key == "pid") {
            run.pid = value.toLongLong();
        } else if (key == "started") {
            run.startedUtc = QDateTime::fromString(value, Qt::ISODate);
        }
    }
    if (isOtherLiveProcess(run.pid)) {
        return std::nullopt; // a second window of the app, still running: not a crash
    }
    return run;
}

bool CrashMarker::install(const QString &version)
{
    if (m_installed || g_markerFd >= 0) {
        return false;
    }
    // The marker belongs to an instance that is still running: leave it alone, or its crash
    // would go unnoticed (this process's clean exit would remove the file).
    if (QFile::exists(m_path) && !previousRun()) {
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.write(QStringLiteral("running\nversion=%1\npid=%2\nstarted=%3\n")
                   .arg(version)
                   .arg(QCoreApplication::applicationPid())
                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                   .toUtf8());
    file.close();
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    g_markerFd = fd;
    stack_t handlerStack = {};
    handlerStack.ss_sp = g_handlerStack;
    handlerStack.ss_size = sizeof g_handlerStack;
    const bool haveStack = sigaltstack(&handlerStack, nullptr) == 0;
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER | (haveStack ? SA_ONSTACK : 0);
    for (const int signal : kFatalSignals) {
        sigaction(signal, &action, nullptr);
    }
    m_installed = true;
    return true;
}

void CrashMarker::removeOnCleanExit()
{
    if (!m_installed) {
        return;
    }
    m_installed = false;
    const int fd = g_markerFd;
    g_markerFd = -1;
    for (const int signal : kFatalSignals) {
        std::signal(signal, SIG_DFL);
    }
    ::close(fd);
    QFile::remove(m_path);
}

QString CrashMarker::signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return QStringLiteral("SIGSEGV (segmentation fault)");
    case SIGABRT:
        return QStringLiteral("SIGABRT (abort)");
    case SIGBUS:
        return QStringLiteral("SIGBUS (bus error)");
    case SIGFPE:
        return QStringLiteral("SIGFPE (arithmetic error)");
    case SIGILL:
        return QStringLiteral("SIGILL (illegal instruction)");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}
