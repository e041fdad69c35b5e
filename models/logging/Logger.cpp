// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logger.h"

#include "Redactor.h"

#include <QDir>
#include <QStandardPaths>

#include <atomic>
#include <spdlog/logger.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

namespace {
// The Logger that owns the Qt message handler; see the class comment.
std::atomic<Logger *> g_installed{nullptr};

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}
} // namespace

QString Logger::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
}

Logger::Logger()
    : Logger(Options())
{}

Logger::Logger(const Options &options)
    : m_options(options)
{
    const QString dir = m_options.directory.isEmpty() ? defaultDirectory() : m_options.directory;
    QDir().mkpath(dir);
    m_filePath = QDir(dir).filePath(m_options.fileName);

    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            m_filePath.toStdString(), m_options.maxFileBytes, m_options.maxFiles));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable log directory must not stop the app; the ring buffer still works.
        m_filePath.clear();
    }
    m_recent = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(m_options.recentLines);
    sinks.push_back(m_recent);
    // Not registered in spdlog's global registry: each Logger is self-contained.
    m_logger = std::make_shared<spdlog::logger>("evb", sinks.begin(), sinks.end());
    m_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %-8l %v", spdlog::pattern_time_type::utc);
    m_logger->set_level(spdlog::level::trace); // Qt's category rules do the filtering
    // Every line goes to the file at once (a write, no fsync): a crash report shows the last
    // lines before the crash, and buffered ones would die with the process. The app logs
    // little at its default level, so the cost is a few system calls a second.
    m_logger->flush_on(spdlog::level::trace);
}

Logger::~Logger()
{
    if (m_installed) {
        Logger *self = this;
        if (g_installed.compare_exchange_strong(self, nullptr)) {
            qInstallMessageHandler(m_previous);
        }
    }
    if (m_logger) {
        m_logger->flush();
    }
}

void Logger::installMessageHandler()
{
    if (m_installed) {
        return;
    }
    m_installed = true;
    g_installed.store(this);
    m_previous = qInstallMessageHandler(&Logger::handleMessage);
}

void Logger::handleMessage(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    Logger *logger = g_installed.load();
    if (!logger) {
        return;
    }
    const QString category =
        context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    logger->write(type, category, message);
    if (logger->m_options.alsoToPreviousHandler && logger->m_previous) {
        logger->m_previous(type, context, Redactor::redact(message));
    }
}

void Logger::write(QtMsgType type, const QString &category, const QString &message)
{
    const QString line =
        QLatin1Char('[') + category + QStringLiteral("] ") + Redactor::redact(message);
    m_logger->log(levelFor(type), "{}", line.toStdString());
}

void Logger::flush()
{
    m_logger->flush();
}

QStringList Logger::recentLines() const
{
    QStringList lines;
    for (const std::string &line : m_recent->last_formatted()) {
        lines << QString::fromStdString(line).trimmed();
    }
    return lines;
}
