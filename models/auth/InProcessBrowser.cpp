// SPDX-License-Identifier: GPL-3.0-or-later
#include "InProcessBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

InProcessBrowser::InProcessBrowser(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

bool InProcessBrowser::open(const QUrl &url)
{
    if (!m_nam || !url.isValid()) {
        return false;
    }
    follow(url, 0);
    return true;
}

std::function<bool(const QUrl &)> InProcessBrowser::opener()
{
    QPointer<InProcessBrowser> self(this);
    return [self](const QUrl &url) {
        return self && self->open(url);
    };
}

void InProcessBrowser::follow(const QUrl &url, int hops)
{
    QNetworkRequest request(url);
    // Redirects are followed by hand so the hop to the loopback listener is visible.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location =
            reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location") &&
            hops < maxRedirects) {
            follow(location, hops + 1);
            return;
        }
        Q_EMIT done(reply->url(), status);
    });
}
