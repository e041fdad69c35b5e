// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFileCheck.h"

#include <QDateTime>
#include <QFile>
#include <QSettings>

namespace {
// "<file>.damaged", or with the time when an earlier copy is already there: an older
// copy is never overwritten.
QString copyAside(const QString &path)
{
    QString target = path + QStringLiteral(".damaged");
    if (QFile::exists(target)) {
        target = path + QStringLiteral(".damaged-") +
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    return QFile::copy(path, target) ? target : QString();
}
} // namespace

SettingsFileCheck::Result SettingsFileCheck::check(const QSettings &settings)
{
    Result result;
    result.status = settings.status();
    result.fileName = settings.fileName();
    if (result.status == QSettings::FormatError) {
        result.keptCopy = copyAside(result.fileName);
    }
    return result;
}

QString SettingsFileCheck::Result::problem() const
{
    switch (status) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return tr("The settings file %1 cannot be read or written, so default settings are used "
                  "and nothing you change is kept. Check that the file and its folder belong to "
                  "you, then start the app again.")
            .arg(fileName);
    case QSettings::FormatError:
        if (keptCopy.isEmpty()) {
            return tr("The settings file %1 is damaged, so default settings are used where it "
                      "could not be read. It will be written anew; you may have to sign in and "
                      "choose your subscriptions again.")
                .arg(fileName);
        }
        return tr("The settings file %1 is damaged, so default settings are used where it could "
                  "not be read. A copy of the damaged file is kept as %2; the file itself will "
                  "be written anew. You may have to sign in and choose your subscriptions again.")
            .arg(fileName, keptCopy);
    }
    return {};
}
