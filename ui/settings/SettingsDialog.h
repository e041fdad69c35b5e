// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

// Preferences: the cloud to start with, the default subscription, the 2017 BEK-only rule,
// how much bulk work runs at once, the log level and the language. Renders and writes
// AppSettings; OK writes, Cancel forgets, "Restore Defaults" asks first and then resets.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `subscriptions`: (id, display name) of the signed-in session, for the default choice.
    SettingsDialog(QSettings *settings, const QList<QPair<QString, QString>> &subscriptions,
                   QWidget *parent = nullptr);

    // Replaceable so tests do not need a native file dialog or a modal question.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    void setResetConfirmation(std::function<bool()> confirm)
    {
        m_confirmReset = std::move(confirm);
    }

    // True when the form differs from the running app in something only a restart applies.
    bool restartNeeded() const;

    void accept() override;

Q_SIGNALS:
    // The settings were written. `restartNeeded`: some of them apply at the next start.
    void settingsApplied(bool restartNeeded);

private:
    void load();
    void updateState();
    void resetToDefaults();
    AppSettings::Cloud selectedCloud() const;
    QString selectedLanguage() const;

    QSettings *m_qsettings;
    AppSettings m_settings;
    // What the running app uses: the cloud and language read when the dialog opened.
    AppSettings::Cloud m_startCloud;
    QString m_startCloudFile;
    QString m_startLanguage;

    QComboBox *m_cloud;
    QLineEdit *m_cloudFile;
    QPushButton *m_browse;
    QComboBox *m_subscription;
    QRadioButton *m_rule2017;
    QRadioButton *m_ruleToday;
    QSpinBox *m_concurrency;
    QComboBox *m_logLevel;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<QString()> m_chooseFile;
    std::function<bool()> m_confirmReset;
};
