// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/Logger.h"
#include "net/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestUi, "evb.ui", QtInfoMsg)

class tst_Logger : public QObject
{
    Q_OBJECT

    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultDirectoryIsAppLocalData()
    {
        QVERIFY(Logger::defaultDirectory().endsWith(QStringLiteral("/logs")));
        QVERIFY(Logger::defaultDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    }

    void bridgesQtCategoriesWithRedaction()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        Logger logger(o);
        logger.installMessageHandler();
        qCWarning(lcNet) << "sending Authorization: Bearer abcdefghijkl to host";
        qCInfo(lcTestUi) << "page shown";
        qCDebug(lcTestUi) << "debug is filtered by the category";
        logger.flush();

        const QString text = readAll(logger.filePath());
        QVERIFY2(text.contains(QStringLiteral("[evb.net]")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[evb.ui] page shown")));
        QVERIFY(!text.contains(QStringLiteral("abcdefghijkl")));
        QVERIFY(text.contains(QStringLiteral("warning")));
        QVERIFY(text.contains(QStringLiteral("info")));
        QVERIFY(QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch());

        const QStringList recent = logger.recentLines();
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent.last().contains(QStringLiteral("page shown")));
        QVERIFY(!recent.join(QLatin1Char('\n')).contains(QStringLiteral("abcdefghijkl")));
    }

    void httpCategoryIsOffByDefault()
    {
        QVERIFY(!lcHttp().isInfoEnabled());
        QVERIFY(lcNet().isInfoEnabled());
        QVERIFY(!lcNet().isDebugEnabled());
    }

    void ringBufferKeepsOnlyRecent()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        o.recentLines = 3;
        Logger logger(o);
        for (int i = 0; i < 10; ++i) {
            logger.write(QtInfoMsg, QStringLiteral("evb.sandbox"),
                         QStringLiteral("line %1").arg(i));
        }
        const QStringList recent = logger.recentLines();
        QCOMPARE(recent.size(), 3);
        QVERIFY(recent.first().endsWith(QStringLiteral("line 7")));
        QVERIFY(recent.last().endsWith(QStringLiteral("line 9")));
    }

    void rotates()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        o.maxFileBytes = 2000;
        o.maxFiles = 2;
        Logger logger(o);
        for (int i = 0; i < 200; ++i) {
            logger.write(QtInfoMsg, QStringLiteral("evb.net"), QString(50, QLatin1Char('x')));
        }
        logger.flush();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 3); // current + 2 rotated
        QVERIFY(QFileInfo(logger.filePath()).size() <= 2000);
    }

    void destructorRestoresPreviousHandler()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        QString path;
        {
            Logger logger(o);
            logger.installMessageHandler();
            path = logger.filePath();
        }
        qCWarning(lcNet) << "after the logger is gone";
        QVERIFY(!readAll(path).contains(QStringLiteral("after the logger is gone")));
    }
};

QTEST_GUILESS_MAIN(tst_Logger)
#include "tst_Logger.moc"
