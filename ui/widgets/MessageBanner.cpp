// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include "WindowFit.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy &details"), this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    // Messages carry names and server text ("contoso <script>"): never read them as HTML.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Message"));
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copy->setAccessibleName(tr("Copy details"));
    m_copy->setAccessibleDescription(tr("Copies the error code, request ids and time for support"));
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    m_action->hide();

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_copy);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_details.isEmpty() ? m_text->text() : m_details);
    });
    connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionTriggered(m_actionId); });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    // The message is what a screen reader must say, not "Message" (issue 20 #24).
    m_text->setAccessibleName(text.isEmpty() ? tr("Message") : text);
    m_details = details;
    m_copy->setVisible(!details.isEmpty() || kind == Kind::Error);
    applyStyle();
    show();
    if (qobject_cast<QDialog *>(window())) {
        WindowFit::keep(this); // the banner's lines must not squeeze the dialog's fields
    }
    // Screen readers hear the message when it appears, as they would for a message box.
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::setAction(const QString &text, const QString &actionId)
{
    m_actionId = actionId;
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    m_action->setVisible(!text.isEmpty());
}

void MessageBanner::focusMessage()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void MessageBanner::clear()
{
    m_text->clear();
    m_details.clear();
    setAction({}, {});
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString name = tr("Information");
    QColor tint = palette().color(QPalette::Highlight);
    switch (m_kind) {
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        name = tr("Warning");
        tint = QColor(0xd8, 0x9b, 0x00);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        name = tr("Error");
        tint = QColor(0xc4, 0x2b, 0x1c);
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        name = tr("Done");
        tint = QColor(0x10, 0x7c, 0x10);
        break;
    case Kind::Information:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    setAccessibleName(name);
    // A light wash of the kind's colour over the window colour: readable in dark themes too.
    QPalette p = palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    QColor wash = base;
    wash.setRedF(base.redF() * 0.85 + tint.redF() * 0.15);
    wash.setGreenF(base.greenF() * 0.85 + tint.greenF() * 0.15);
    wash.setBlueF(base.blueF() * 0.85 + tint.blueF() * 0.15);
    p.setColor(QPalette::Window, wash);
    setPalette(p);
}
