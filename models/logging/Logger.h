// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <mutex>

namespace spdlog {
class logger;
namespace sinks {
template <typename Mutex> class ringbuffer_sink;
}
} // namespace spdlog

// The app's log: a rotating file (5 MB x 3 by default) under AppLocalDataLocation/logs plus a
// ring buffer of recent lines for crash reports and "Copy diagnostics". Every line is
// redacted (Redactor) before it is stored.
//
// Call sites log through Qt categories (evb.net, evb.http, evb.auth, evb.sandbox, evb.ui, ...);
// installMessageHandler() bridges them here with time (UTC), level and category. Qt allows
// only one message handler per process, so the one installed Logger is remembered in a
// static pointer that the destructor clears (it restores the previous handler). The app
// creates exactly one Logger in its composition root; tests create their own.
class Logger
{
public:
    struct Options
    {
        QString directory; // empty = defaultDirectory()
        QString fileName = QStringLiteral("encrypted-vm-backup.log");
        std::size_t maxFileBytes = 5 * 1024 * 1024;
        std::size_t maxFiles = 3;
        std::size_t recentLines = 500;
        bool alsoToPreviousHandler = false; // e.g. stderr in debug builds
    };

    Logger(); // default options
    explicit Logger(const Options &options);
    ~Logger();
    Logger(const Logger &) = delete;
    Logger &operator=(const Logger &) = delete;

    void installMessageHandler();
    // Writes one line; `message` is redacted here.
    void write(QtMsgType type, const QString &category, const QString &message);
    void flush();

    QStringList recentLines() const;
    QString filePath() const { return m_filePath; }

    static QString defaultDirectory();

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);

    Options m_options;
    QString m_filePath;
    std::shared_ptr<spdlog::logger> m_logger;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink<std::mutex>> m_recent;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};
