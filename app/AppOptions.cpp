// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments, QString *error,
                                            QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "Back up and restore Azure VMs encrypted with Azure Disk Encryption."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cloud(
        QStringLiteral("cloud"),
        QCoreApplication::translate(
            "AppOptions", "Use real Azure: AzureCloud, AzureChinaCloud or AzureUSGovernment."),
        QStringLiteral("name"));
    const QCommandLineOption cloudFile(
        QStringLiteral("cloud-file"),
        QCoreApplication::translate("AppOptions",
                                    "Use the cloud described by this endpoints file."),
        QStringLiteral("file"));
    const QCommandLineOption world(
        QStringLiteral("sandbox-world"),
        QCoreApplication::translate("AppOptions", "World file for the embedded sandbox."),
        QStringLiteral("file"));
    const QCommandLineOption timeScale(
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("AppOptions", "Make sandbox jobs run faster (0.1: ten times)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption verboseHttp(
        QStringLiteral("verbose-http"),
        QCoreApplication::translate("AppOptions", "Log every HTTP exchange (secrets redacted)."));
    const QCommandLineOption exitWhenReady(
        QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("AppOptions",
                                    "Quit as soon as the vault list is shown (for benchmarks)."));
    const QCommandLineOption sandboxSignIn(
        QStringLiteral("sandbox-sign-in"),
        QCoreApplication::translate("AppOptions",
                                    "With no saved sign-in, sign in to the sandbox's demo "
                                    "user without the sign-in dialog."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("AppOptions", "Language of the user interface (en, de, ja)."),
        QStringLiteral("code"));
    parser.addOptions(
        {cloud, cloudFile, world, timeScale, verboseHttp, exitWhenReady, sandboxSignIn, language});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (helpText && (parser.isSet(help) || parser.isSet(version))) {
        *helpText = parser.isSet(help)
                        ? parser.helpText()
                        : QCoreApplication::applicationName() + QLatin1Char(' ') +
                              QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return std::nullopt;
    }

    AppOptions options;
    options.cloudName = parser.value(cloud);
    options.cloudFile = parser.value(cloudFile);
    options.sandbox = options.cloudName.isEmpty() && options.cloudFile.isEmpty();
    if (!options.cloudName.isEmpty() && !options.cloudFile.isEmpty()) {
        *error = QCoreApplication::translate("AppOptions",
                                             "Give either --cloud or --cloud-file, not both.");
        return std::nullopt;
    }
    options.sandboxWorld = parser.value(world);
    bool ok = false;
    options.sandboxTimeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.sandboxTimeScale <= 0) {
        *error = QCoreApplication::translate(
                     "AppOptions", "--sandbox-time-scale needs a positive number, got '%1'.")
                     .arg(parser.value(timeScale));
        return std::nullopt;
    }
    options.verboseHttp = parser.isSet(verboseHttp);
    options.exitWhenReady = parser.isSet(exitWhenReady);
    options.sandboxSignIn = parser.isSet(sandboxSignIn);
    if (options.sandboxSignIn && !options.sandbox) {
        *error = QCoreApplication::translate(
            "AppOptions", "--sandbox-sign-in works only with the sandbox, not with a cloud.");
        return std::nullopt;
    }
    options.language = parser.value(language);
    return options;
}
