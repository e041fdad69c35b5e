// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checks of tst_Accessibility: accessible names, keys for actions, Tab reachability and
// colour contrast. Header-only, for the UI tests.
#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWizardPage>

#include <algorithm>
#include <cmath>

namespace AccessibilityAudit {
inline QString describe(QWidget *w)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

// Part of the window's content: not hidden, except that wizard and stack pages count.
inline bool present(QWidget *w, QWidget *root)
{
    for (QWidget *a = w; a && a != root; a = a->parentWidget()) {
        const bool page =
            qobject_cast<QWizardPage *>(a) || qobject_cast<QStackedWidget *>(a->parentWidget());
        if (a->isHidden() && !page) {
            return false;
        }
    }
    return true;
}

inline bool focusable(QWidget *w)
{
    // Qt's own inner parts (spin box editors, tab bars, ...) speak through their owner.
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() &&
           !w->objectName().startsWith(QLatin1String("qt_"));
}

inline QString accessibleName(QWidget *w)
{
    // What a screen reader reads: the accessible name, else the text, else a buddy label's.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return (iface ? iface->text(QAccessible::Name) : w->accessibleName()).trimmed();
}

inline QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (focusable(w) && present(w, root) && accessibleName(w).isEmpty()) {
            problems << QStringLiteral("no accessible name: ") + describe(w);
        }
    }
    return problems;
}

inline bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

inline void collectActions(const QList<QAction *> &actions, QList<QAction *> *out)
{
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible()) {
            continue;
        }
        if (a->menu()) {
            collectActions(a->menu()->actions(), out);
        }
        out->append(a);
    }
}

inline QStringList actionsWithoutKeys(QMainWindow *window)
{
    QList<QAction *> actions;
    collectActions(window->menuBar()->actions(), &actions);
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        collectActions(bar->actions(), &actions);
    }
    QStringList problems;
    for (QAction *a : std::as_const(actions)) {
        if (a->shortcut().isEmpty() && !hasMnemonic(a->text())) {
            problems << QStringLiteral("no shortcut or mnemonic: action '%1'").arg(a->text());
        }
    }
    return problems;
}

// Tab enters an exclusive group of radio buttons once, at the checked one; arrows move inside.
inline bool radioGroupReached(QWidget *w, const QSet<QWidget *> &reached)
{
    auto *radio = qobject_cast<QRadioButton *>(w);
    if (!radio || !radio->autoExclusive()) {
        return false;
    }
    for (QWidget *other : reached) {
        auto *peer = qobject_cast<QRadioButton *>(other);
        if (peer && (radio->group() ? peer->group() == radio->group()
                                    : peer->parentWidget() == radio->parentWidget())) {
            return true;
        }
    }
    return false;
}

// Presses Tab from the first control until every visible, enabled, focusable control had the
// focus (or the focus came round without them).
inline QStringList unreachableByTab(QWidget *window)
{
    QList<QWidget *> targets;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (focusable(w) && w->isVisible() && w->isEnabled() && w->window() == window) {
            targets << w;
        }
    }
    QStringList problems;
    if (targets.isEmpty()) {
        return problems;
    }
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        return {QStringLiteral("window did not become active")};
    }
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window) {
        targets.first()->setFocus(Qt::TabFocusReason);
    }
    QSet<QWidget *> reached{QApplication::focusWidget()};
    QStringList walk{QApplication::focusWidget()->objectName()};
    const auto allReached = [&] {
        return std::all_of(targets.cbegin(), targets.cend(), [&](QWidget *w) {
            return reached.contains(w) || radioGroupReached(w, reached);
        });
    };
    const int limit = 60 + 8 * int(targets.size());
    int stayed = 0;
    for (int i = 0; i < limit && !allReached(); ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        stayed = after == before ? stayed + 1 : 0;
        const bool textEdit =
            qobject_cast<QPlainTextEdit *>(before) || qobject_cast<QTextEdit *>(before);
        // Rich text with links moves between them first; more than a screenful is a trap.
        if ((textEdit && stayed > 0) || stayed > 20) {
            problems << QStringLiteral("Tab does not leave ") + describe(before);
            break;
        }
        reached.insert(after);
        walk << (after ? after->objectName() : QStringLiteral("(none)"));
    }
    for (QWidget *w : std::as_const(targets)) {
        // A control that turned off or went away during the walk is not a finding.
        if (!reached.contains(w) && !radioGroupReached(w, reached) && w->isVisible() &&
            w->isEnabled()) {
            problems << QStringLiteral("not reached by Tab: ") + describe(w);
        }
    }
    if (!problems.isEmpty()) {
        walk.removeDuplicates();
        problems << QStringLiteral("Tab went through: ") + walk.join(QStringLiteral(" > "));
        QStringList chain;
        for (QWidget *w = window->nextInFocusChain(); w && w != window && chain.size() < 300;
             w = w->nextInFocusChain()) {
            if (focusable(w)) {
                chain << QStringLiteral("%1%2%3").arg(
                    w->objectName(), w->isVisible() ? QString() : QStringLiteral("(hidden)"),
                    w->isEnabled() ? QString() : QStringLiteral("(off)"));
            }
        }
        problems << QStringLiteral("focus chain: ") + chain.join(QStringLiteral(" > "));
    }
    return problems;
}

inline double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The Alt+letter of a text, lower-case, or nothing ("&&" is a literal ampersand).
inline QString mnemonicOf(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?:^|[^&])(?:&&)*&([^&\\s])"));
    const QRegularExpressionMatch m = mnemonic.match(text);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// Two visible things in one window answering the same Alt+letter: the menu bar's titles,
// buttons, check boxes, group boxes and labels with a buddy. Qt then cycles between them, so
// Alt+V or Alt+H no longer opens its menu at the first press (issue 20 #23).
inline QStringList mnemonicClashes(QWidget *window)
{
    QHash<QString, QStringList> owners;
    const auto add = [&owners](const QString &text, const QString &who) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty()) {
            owners[key] << who;
        }
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (a->isVisible() && a->menu()) {
                add(a->text(), QStringLiteral("menu '%1'").arg(a->text()));
            }
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible()) {
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QToolButton *>(w)) { // tool buttons of actions show no mnemonic
                add(button->text(), describe(w));
            }
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box->title(), describe(w));
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            add(label->text(), describe(w));
        }
    }
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1) {
            problems << QStringLiteral("Alt+%1 is taken by: %2")
                            .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
    }
    return problems;
}

// "Label in name" (WCAG 2.5.3): what a button or message shows must be in what a screen
// reader says for it, or a voice user cannot name it and a listener hears something else
// than a sighted user reads (a wizard button showing "Continue" announced as "Commit", a
// banner announced as "Message"; issue 20 #24).
inline QStringList labelsNotInNames(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible()) {
            continue;
        }
        QString shown;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            shown = button->text();
        } else if (auto *label = qobject_cast<QLabel *>(w);
                   label && label->textFormat() != Qt::RichText && focusable(w)) {
            shown = label->text();
        }
        shown.remove(QRegularExpression(QStringLiteral("&(?!&)")))
            .replace(QStringLiteral("&&"), QStringLiteral("&"));
        // Ellipses and arrows are decoration: "Change…" is fine announced as "Change storage
        // replication", "Next >" as "Next".
        shown.remove(QRegularExpression(QStringLiteral("(…|\\.\\.\\.|\\s*>)$")));
        shown = shown.simplified();
        if (shown.isEmpty() || shown.contains(QLatin1Char('<'))) {
            continue;
        }
        const QString name = accessibleName(w).simplified();
        if (!name.contains(shown, Qt::CaseInsensitive)) {
            problems << QStringLiteral("shows '%1' but is announced as '%2': %3")
                            .arg(shown, name, describe(w));
        }
    }
    return problems;
}

inline QStringList audit(QWidget *window)
{
    return unnamedControls(window) + mnemonicClashes(window) + labelsNotInNames(window) +
           unreachableByTab(window);
}

} // namespace AccessibilityAudit

#define CHECK_CLEAN(problems)                                                                      \
    do {                                                                                           \
        const QStringList p_ = (problems);                                                         \
        QVERIFY2(p_.isEmpty(), qPrintable(p_.join(QLatin1Char('\n'))));                            \
    } while (false)
