// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "settings/AppSettings.h"

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
    const QCommandLineOption sandboxUrl(
        QStringLiteral("sandbox-url"),
        QCoreApplication::translate("AppOptions",
                                    "Use an evb-sandbox already running at this address "
                                    "instead of starting the built-in one."),
        QStringLiteral("url"));
    const QCommandLineOption enableBackupFor(
        QStringLiteral("enable-backup-for"),
        QCoreApplication::translate("AppOptions",
                                    "Enable backup for these VMs (comma-separated names or "
                                    "resource ids) once signed in; needs --vault and --policy."),
        QStringLiteral("vms"));
    const QCommandLineOption backupNowFor(
        QStringLiteral("backup-now-for"),
        QCoreApplication::translate("AppOptions",
                                    "Start backup now for these protected VMs (comma-separated "
                                    "names) once signed in; needs --vault."),
        QStringLiteral("vms"));
    const QCommandLineOption retainUntil(
        QStringLiteral("retain-until"),
        QCoreApplication::translate("AppOptions",
                                    "Keep the recovery points of --backup-now-for until this "
                                    "day (yyyy-MM-dd, UTC); 30 days from today by default."),
        QStringLiteral("date"));
    const QCommandLineOption grantAccessFor(
        QStringLiteral("grant-key-vault-access-for"),
        QCoreApplication::translate("AppOptions",
                                    "Grant the Backup service the access it lacks on the key "
                                    "vaults of these encrypted VMs (comma-separated names)."),
        QStringLiteral("vms"));
    const QCommandLineOption vault(
        QStringLiteral("vault"),
        QCoreApplication::translate("AppOptions",
                                    "Recovery Services vault for --enable-backup-for and "
                                    "--backup-now-for."),
        QStringLiteral("name"));
    const QCommandLineOption policy(
        QStringLiteral("policy"),
        QCoreApplication::translate("AppOptions", "Backup policy for --enable-backup-for."),
        QStringLiteral("name"));
    const QCommandLineOption maxInFlight(
        QStringLiteral("max-in-flight"),
        QCoreApplication::translate("AppOptions",
                                    "How many VMs --enable-backup-for sends at once."),
        QStringLiteral("count"), QStringLiteral("4"));
    const QCommandLineOption resume(
        QStringLiteral("resume-interrupted"),
        QCoreApplication::translate(
            "AppOptions",
            "What to do with bulk runs a crash left unfinished: ask (the default), continue, "
            "discard or later."),
        QStringLiteral("choice"), QStringLiteral("ask"));
    const QCommandLineOption exitWhenDone(
        QStringLiteral("exit-when-done"),
        QCoreApplication::translate(
            "AppOptions",
            "Quit once the scripted runs (--enable-backup-for, --backup-now-for, "
            "--grant-key-vault-access-for, --resume-interrupted) have finished; the exit "
            "status is 1 when an item failed."));
    const QCommandLineOption readyTimeout(
        QStringLiteral("ready-timeout"),
        QCoreApplication::translate(
            "AppOptions",
            "Scripted runs and --exit-when-ready: fail when not signed in with the vault list "
            "read within this many seconds."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    parser.addOptions({cloud, cloudFile, world, timeScale, verboseHttp, exitWhenReady, language,
                       sandboxUrl, sandboxSignIn, enableBackupFor, backupNowFor, retainUntil,
                       grantAccessFor, vault, policy, maxInFlight, resume, exitWhenDone,
                       readyTimeout});
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
    options.sandboxUrl = parser.value(sandboxUrl);
    if (!options.sandboxUrl.isEmpty() && !options.sandbox) {
        *error = QCoreApplication::translate(
            "AppOptions", "--sandbox-url cannot be combined with --cloud or --cloud-file.");
        return std::nullopt;
    }
    for (const QString &vm : parser.value(enableBackupFor).split(QLatin1Char(','))) {
        if (!vm.trimmed().isEmpty()) {
            options.enableBackupFor.append(vm.trimmed());
        }
    }
    const auto names = [&parser](const QCommandLineOption &o) {
        QStringList list;
        for (const QString &name : parser.value(o).split(QLatin1Char(','))) {
            if (!name.trimmed().isEmpty()) {
                list.append(name.trimmed());
            }
        }
        return list;
    };
    options.backupNowFor = names(backupNowFor);
    options.grantAccessFor = names(grantAccessFor);
    options.vault = parser.value(vault);
    if (!options.backupNowFor.isEmpty() && options.vault.isEmpty()) {
        *error = QCoreApplication::translate("AppOptions", "--backup-now-for needs --vault.");
        return std::nullopt;
    }
    if (parser.isSet(retainUntil)) {
        options.retainUntil = QDate::fromString(parser.value(retainUntil), Qt::ISODate);
        if (!options.retainUntil.isValid()) {
            *error = QCoreApplication::translate(
                         "AppOptions", "--retain-until needs a date as yyyy-MM-dd, got '%1'.")
                         .arg(parser.value(retainUntil));
            return std::nullopt;
        }
    }
    options.policy = parser.value(policy);
    if (!options.enableBackupFor.isEmpty() &&
        (options.vault.isEmpty() || options.policy.isEmpty())) {
        *error = QCoreApplication::translate("AppOptions",
                                             "--enable-backup-for needs --vault and --policy.");
        return std::nullopt;
    }
    options.readyTimeoutSeconds = parser.value(readyTimeout).toInt(&ok);
    if (!ok || options.readyTimeoutSeconds < 1) {
        *error = QCoreApplication::translate("AppOptions",
                                             "--ready-timeout needs a whole number of seconds "
                                             "from 1, got '%1'.")
                     .arg(parser.value(readyTimeout));
        return std::nullopt;
    }
    options.maxInFlight = parser.value(maxInFlight).toInt(&ok);
    if (!ok || options.maxInFlight < 1) {
        *error = QCoreApplication::translate("AppOptions",
                                             "--max-in-flight needs a whole number from 1, got "
                                             "'%1'.")
                     .arg(parser.value(maxInFlight));
        return std::nullopt;
    }
    options.resumeInterrupted = parser.value(resume).toLower();
    if (!QStringList{QStringLiteral("ask"), QStringLiteral("continue"), QStringLiteral("discard"),
                     QStringLiteral("later")}
             .contains(options.resumeInterrupted)) {
        *error = QCoreApplication::translate(
                     "AppOptions",
                     "--resume-interrupted takes ask, continue, discard or later, not '%1'.")
                     .arg(parser.value(resume));
        return std::nullopt;
    }
    options.exitWhenDone = parser.isSet(exitWhenDone);
    return options;
}

void AppOptions::applyPreferences(const AppSettings &settings)
{
    if (!sandbox) {
        return; // --cloud or --cloud-file: the command line wins
    }
    switch (settings.cloud()) {
    case AppSettings::Cloud::Sandbox:
        break;
    case AppSettings::Cloud::CustomFile:
        sandbox = false;
        cloudFile = settings.cloudFile();
        break;
    case AppSettings::Cloud::AzureCloud:
    case AppSettings::Cloud::AzureChinaCloud:
    case AppSettings::Cloud::AzureUSGovernment:
        sandbox = false;
        cloudName = AppSettings::cloudName(settings.cloud());
        break;
    }
}
