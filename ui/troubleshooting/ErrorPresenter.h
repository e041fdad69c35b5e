// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/AzureError.h"

#include <QCoreApplication>

class ErrorCatalogue;
struct ErrorEntry;
class MessageBanner;

// How every screen shows an Azure error: the catalogue's title for known errors with a
// "Troubleshoot" button (action id = the catalogue entry id; connect the banner's
// actionTriggered to open the troubleshooting screen on it), the service's message with its
// code otherwise. "Copy details" always carries code, message, request ids and time.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)
public:
    // Returns the entry shown, nullptr for an unknown error.
    static const ErrorEntry *show(MessageBanner *banner, const AzureError &error,
                                  const ErrorCatalogue &catalogue);
    static const ErrorEntry *show(MessageBanner *banner, const AzureError &error);

    // The banner's one-line text and the "Copy details" text, for custom presentations.
    static QString text(const AzureError &error, const ErrorEntry *entry);
    static QString details(const AzureError &error, const ErrorEntry *entry);
};
