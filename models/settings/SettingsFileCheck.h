// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

// Looks at the settings file once at start, before anything is saved. QSettings reads what
// it can of a damaged file and, at the next save, rewrites it with only that: whatever it
// could not parse would be gone without the user knowing. So a damaged file is first copied
// aside, and the user is told which defaults now apply and where the copy is.
class SettingsFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFileCheck)

public:
    struct Result
    {
        QSettings::Status status = QSettings::NoError;
        QString fileName;
        QString keptCopy; // the damaged file's copy, when one was made
        // Empty when the file was read (or does not exist yet); otherwise what happened and
        // what to do, in the language installed when this is called.
        QString problem() const;
    };

    // Call with the process's first QSettings of the file: later ones share its parsed
    // contents and report no error.
    static Result check(const QSettings &settings);
};
