// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

// An inline message above a page or dialog, instead of a modal box: information, a
// warning or an error, with "Copy details" (codes, request ids, time: what support needs)
// and an optional action button (for example "Troubleshoot" or "Sign in again").
// Colours come from the palette, so it reads well in light and dark themes.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
        Success
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = {});
    // An action button next to "Copy details"; empty text hides it.
    void setAction(const QString &text, const QString &actionId);
    void clear();
    // Moves the keyboard focus to the message, for when the control that had it goes away
    // (a button disabled by the action it started): the reader then hears the outcome.
    void focusMessage();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const { return m_details; }
    QString actionId() const { return m_actionId; }

Q_SIGNALS:
    void actionTriggered(const QString &actionId);

private:
    void applyStyle();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_copy;
    QPushButton *m_action;
    QString m_details;
    QString m_actionId;
};
