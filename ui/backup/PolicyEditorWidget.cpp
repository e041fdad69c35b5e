// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyEditorWidget.h"

#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
template <typename W> W *named(W *w, const char *name, const QString &accessible)
{
    w->setObjectName(QLatin1String(name));
    w->setAccessibleName(accessible);
    return w;
}

QSpinBox *spin(int min, int max, const char *name, const QString &accessible)
{
    auto *s = named(new QSpinBox, name, accessible);
    s->setRange(min, max);
    return s;
}
} // namespace

PolicyEditorWidget::PolicyEditorWidget(QWidget *parent)
    : QWidget(parent)
    , m_name(named(new QLineEdit, "policyNameEdit", tr("Policy name")))
    , m_tier(named(new QComboBox, "policyTierCombo", tr("Policy type")))
    , m_frequency(named(new QComboBox, "policyFrequencyCombo", tr("Backup frequency")))
    , m_time(named(new QTimeEdit, "policyTimeEdit", tr("Backup time")))
    , m_weekDay(named(new QComboBox, "policyWeekDayCombo", tr("Day of the week")))
    , m_hourInterval(named(new QComboBox, "policyHourIntervalCombo", tr("Every how many hours")))
    , m_hourWindow(spin(4, 24, "policyHourWindowSpin", tr("Backup window in hours")))
    , m_timeZone(named(new QComboBox, "policyTimeZoneCombo", tr("Time zone")))
    , m_instantRp(spin(0, 30, "policyInstantRpSpin", tr("Keep instant restore snapshots, days")))
    , m_daily(spin(0, 9999, "policyDailySpin", tr("Keep daily backups, days")))
    , m_weekly(spin(0, 5163, "policyWeeklySpin", tr("Keep weekly backups, weeks")))
    , m_monthly(spin(0, 1188, "policyMonthlySpin", tr("Keep monthly backups, months")))
    , m_yearly(spin(0, 99, "policyYearlySpin", tr("Keep yearly backups, years")))
{
    m_tier->addItem(tr("Standard (daily or weekly)"), int(BackupPolicy::Tier::Standard));
    m_tier->addItem(tr("Enhanced (several backups a day)"), int(BackupPolicy::Tier::Enhanced));
    m_frequency->addItem(tr("Daily"), int(BackupPolicy::Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(BackupPolicy::Frequency::Weekly));
    m_frequency->addItem(tr("Hourly"), int(BackupPolicy::Frequency::Hourly));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    // The service names days in English; show them translated, send them as named.
    const QStringList days{QStringLiteral("Sunday"),   QStringLiteral("Monday"),
                           QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"),
                           QStringLiteral("Thursday"), QStringLiteral("Friday"),
                           QStringLiteral("Saturday")};
    for (int i = 0; i < days.size(); ++i) {
        m_weekDay->addItem(QLocale().dayName(i == 0 ? 7 : i), days.at(i));
    }
    for (int h : {4, 6, 8, 12, 24}) {
        m_hourInterval->addItem(tr("Every %n hour(s)", nullptr, h), h);
    }
    for (const char *tz :
         {"UTC", "Eastern Standard Time", "Pacific Standard Time", "GMT Standard Time",
          "W. Europe Standard Time", "India Standard Time", "Tokyo Standard Time"}) {
        m_timeZone->addItem(QLatin1String(tz));
    }
    // Then every other zone the service knows, so a typed zone can be checked as you type.
    m_timeZone->insertSeparator(m_timeZone->count());
    for (const QString &tz : BackupPolicy::serviceTimeZones()) {
        if (m_timeZone->findText(tz, Qt::MatchFixedString) < 0) {
            m_timeZone->addItem(tz);
        }
    }
    m_timeZone->setEditable(true);
    m_name->setPlaceholderText(tr("for example DailyEncryptedVms"));

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(errorLabel(key));
        form->addRow(label, box);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(box))) {
            l->setBuddy(field);
        }
    };
    row(tr("&Name:"), m_name, QStringLiteral("name"));
    row(tr("T&ype:"), m_tier, QStringLiteral("tier"));
    row(tr("&Frequency:"), m_frequency, QStringLiteral("frequency"));
    row(tr("&Time:"), m_time, QStringLiteral("runTime"));
    row(tr("Da&y:"), m_weekDay, QStringLiteral("weekDays"));
    row(tr("&Interval:"), m_hourInterval, QStringLiteral("hourInterval"));
    row(tr("&Window (hours):"), m_hourWindow, QStringLiteral("hourWindow"));
    row(tr("Time &zone:"), m_timeZone, QStringLiteral("timeZone"));
    row(tr("&Snapshots (days):"), m_instantRp, QStringLiteral("instantRpDays"));
    row(tr("&Daily retention (days):"), m_daily, QStringLiteral("dailyRetentionDays"));
    row(tr("W&eekly retention (weeks):"), m_weekly, QStringLiteral("weeklyRetentionWeeks"));
    row(tr("&Monthly retention (months):"), m_monthly, QStringLiteral("monthlyRetentionMonths"));
    row(tr("Yea&rly retention (years):"), m_yearly, QStringLiteral("yearlyRetentionYears"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    const auto edited = [this] {
        if (!m_loading) {
            updateVisibility();
            revalidate();
        }
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    for (QComboBox *c : {m_tier, m_frequency, m_weekDay, m_hourInterval, m_timeZone}) {
        connect(c, &QComboBox::currentIndexChanged, this, edited);
    }
    connect(m_timeZone, &QComboBox::editTextChanged, this, edited);
    connect(m_time, &QTimeEdit::timeChanged, this, edited);
    for (QSpinBox *s : {m_hourWindow, m_instantRp, m_daily, m_weekly, m_monthly, m_yearly}) {
        connect(s, &QSpinBox::valueChanged, this, edited);
    }
    load(BackupPolicy::defaultStandard());
}

QLabel *PolicyEditorWidget::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ThemeColors::errorText(p));
    label->setPalette(p);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void PolicyEditorWidget::setNameEditable(bool editable)
{
    m_name->setReadOnly(!editable);
}

void PolicyEditorWidget::load(const BackupPolicy &policy)
{
    m_loading = true;
    m_base = policy;
    m_name->setText(policy.name);
    m_tier->setCurrentIndex(m_tier->findData(int(policy.tier)));
    m_frequency->setCurrentIndex(m_frequency->findData(int(policy.frequency)));
    m_time->setTime(policy.runTime);
    m_weekDay->setCurrentIndex(
        qMax(0, m_weekDay->findData(policy.weekDays.value(0, QStringLiteral("Sunday")))));
    m_hourInterval->setCurrentIndex(qMax(0, m_hourInterval->findData(policy.hourInterval)));
    m_hourWindow->setValue(policy.hourWindow);
    m_timeZone->setCurrentText(policy.timeZone);
    m_instantRp->setValue(policy.instantRpDays);
    m_daily->setValue(policy.dailyRetentionDays);
    m_weekly->setValue(policy.weeklyRetentionWeeks);
    m_monthly->setValue(policy.monthlyRetentionMonths);
    m_yearly->setValue(policy.yearlyRetentionYears);
    m_loading = false;
    updateVisibility();
    revalidate();
}

BackupPolicy PolicyEditorWidget::save() const
{
    BackupPolicy p = m_base;
    p.name = m_name->text().trimmed();
    p.tier = BackupPolicy::Tier(m_tier->currentData().toInt());
    p.frequency = BackupPolicy::Frequency(m_frequency->currentData().toInt());
    p.runTime = m_time->time();
    p.weekDays = p.frequency == BackupPolicy::Frequency::Weekly
                     ? QStringList{m_weekDay->currentData().toString()}
                     : QStringList();
    p.hourInterval = m_hourInterval->currentData().toInt();
    p.hourWindow = m_hourWindow->value();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.instantRpDays = m_instantRp->value();
    p.dailyRetentionDays = m_daily->value();
    p.weeklyRetentionWeeks = m_weekly->value();
    p.monthlyRetentionMonths = m_monthly->value();
    p.yearlyRetentionYears = m_yearly->value();
    return p;
}

void PolicyEditorWidget::updateVisibility()
{
    const auto f = BackupPolicy::Frequency(m_frequency->currentData().toInt());
    const auto show = [](QWidget *w, bool visible) {
        w->setEnabled(visible);
    };
    show(m_weekDay, f == BackupPolicy::Frequency::Weekly);
    show(m_hourInterval, f == BackupPolicy::Frequency::Hourly);
    show(m_hourWindow, f == BackupPolicy::Frequency::Hourly);
    show(m_daily, f != BackupPolicy::Frequency::Weekly);
}

void PolicyEditorWidget::revalidate()
{
    m_issues = save().validate();
    QHash<QString, QStringList> byField;
    for (const BackupPolicy::Issue &i : std::as_const(m_issues)) {
        byField[m_errors.contains(i.field) ? i.field : QStringLiteral("name")].append(i.message);
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    Q_EMIT changed();
}

QString PolicyEditorWidget::describe(const BackupPolicy &p)
{
    QString schedule;
    switch (p.frequency) {
    case BackupPolicy::Frequency::Daily:
        schedule = tr("Daily at %1").arg(p.runTime.toString(QStringLiteral("HH:mm")));
        break;
    case BackupPolicy::Frequency::Weekly:
        schedule = tr("Weekly on %1 at %2")
                       .arg(p.weekDays.join(QStringLiteral(", ")),
                            p.runTime.toString(QStringLiteral("HH:mm")));
        break;
    case BackupPolicy::Frequency::Hourly:
        schedule = tr("Every %n hour(s) from %1 for %2 hours", nullptr, p.hourInterval)
                       .arg(p.runTime.toString(QStringLiteral("HH:mm")))
                       .arg(p.hourWindow);
        break;
    }
    QStringList lines;
    lines << tr("Type: %1")
                 .arg(p.tier == BackupPolicy::Tier::Enhanced ? tr("Enhanced") : tr("Standard"));
    lines << tr("Schedule: %1 (%2)").arg(schedule, p.timeZone);
    lines << tr("Instant restore snapshots: %n day(s)", nullptr, p.instantRpDays);
    QStringList retention;
    if (p.dailyRetentionDays > 0) {
        retention << tr("daily %n day(s)", nullptr, p.dailyRetentionDays);
    }
    if (p.weeklyRetentionWeeks > 0) {
        retention << tr("weekly %n week(s)", nullptr, p.weeklyRetentionWeeks);
    }
    if (p.monthlyRetentionMonths > 0) {
        retention << tr("monthly %n month(s)", nullptr, p.monthlyRetentionMonths);
    }
    if (p.yearlyRetentionYears > 0) {
        retention << tr("yearly %n year(s)", nullptr, p.yearlyRetentionYears);
    }
    lines << tr("Retention: %1").arg(retention.join(QStringLiteral(", ")));
    if (p.protectedItemsCount > 0) {
        lines << tr("Already protects %n item(s)", nullptr, p.protectedItemsCount);
    }
    return lines.join(QLatin1Char('\n'));
}
