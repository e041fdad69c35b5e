// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupPolicy.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

// Edits an Azure VM backup policy draft: load(policy), the user edits, save() returns it.
// BackupPolicy::validate() runs as the user types and each message appears under its
// field, so the wizard's "Create new" and a later "Edit policy" dialog share one editor.
class PolicyEditorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEditorWidget(QWidget *parent = nullptr);

    void load(const BackupPolicy &policy);
    BackupPolicy save() const;
    bool isValid() const { return m_issues.isEmpty(); }
    QList<BackupPolicy::Issue> issues() const { return m_issues; }
    void setNameEditable(bool editable); // an existing policy keeps its name

    // A few lines describing a policy: schedule, time zone, retention, snapshots, tier.
    static QString describe(const BackupPolicy &policy);

Q_SIGNALS:
    void changed();

private:
    void revalidate();
    void updateVisibility();
    QLabel *errorLabel(const QString &field);

    BackupPolicy m_base; // keeps what the editor does not show (id, item count)
    QLineEdit *m_name;
    QComboBox *m_tier;
    QComboBox *m_frequency;
    QTimeEdit *m_time;
    QComboBox *m_weekDay;
    QComboBox *m_hourInterval;
    QSpinBox *m_hourWindow;
    QComboBox *m_timeZone;
    QSpinBox *m_instantRp;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_yearly;
    QHash<QString, QLabel *> m_errors;
    QList<BackupPolicy::Issue> m_issues;
    bool m_loading = false;
};
