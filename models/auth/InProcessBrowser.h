// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// A "browser" for sign-in pages that need no person: GET the authorize URL, and follow its
// redirects (302 Location) until one points at the loopback listener, which completes the
// flow. "Try the sandbox" uses it against the sandbox's authorize endpoint (which approves
// the demo user at once); tests use it wherever a real browser would be. Never used with a
// real Entra authority, whose page needs a person.
class InProcessBrowser : public QObject
{
    Q_OBJECT
public:
    explicit InProcessBrowser(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // For BrowserSignInFlow: starts following `url`, returns true at once.
    bool open(const QUrl &url);
    std::function<bool(const QUrl &)> opener();

    int maxRedirects = 5;

Q_SIGNALS:
    // The last page reached (the loopback page, or an error page), with its HTTP status.
    void done(const QUrl &url, int status);

private:
    void follow(const QUrl &url, int hops);

    QPointer<QNetworkAccessManager> m_nam;
};
