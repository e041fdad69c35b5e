// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorPresenter.h"

#include "troubleshooting/ErrorCatalogue.h"
#include "widgets/MessageBanner.h"

const ErrorEntry *ErrorPresenter::show(MessageBanner *banner, const AzureError &error)
{
    return show(banner, error, ErrorCatalogue::instance());
}

const ErrorEntry *ErrorPresenter::show(MessageBanner *banner, const AzureError &error,
                                       const ErrorCatalogue &catalogue)
{
    if (!banner) {
        return nullptr;
    }
    if (!error.isError()) {
        banner->clear();
        return nullptr;
    }
    const ErrorEntry *entry = catalogue.find(error);
    banner->showMessage(MessageBanner::Kind::Error, text(error, entry), details(error, entry));
    if (entry) {
        banner->setAction(tr("&Troubleshoot"), entry->id);
    } else {
        banner->setAction({}, {});
    }
    return entry;
}

QString ErrorPresenter::text(const AzureError &error, const ErrorEntry *entry)
{
    const QString message = error.userMessage();
    if (entry) {
        return tr("%1. %2").arg(entry->title, message);
    }
    // Unknown: the raw code matters to support and to searches, so it is always visible.
    if (!error.code().isEmpty()) {
        return tr("%1 (error code %2)").arg(message, error.code());
    }
    return message;
}

QString ErrorPresenter::details(const AzureError &error, const ErrorEntry *entry)
{
    QString d = error.toDetailsText();
    if (entry) {
        d += QStringLiteral("\n") + tr("Troubleshooting entry: %1").arg(entry->id);
    }
    return d;
}
