// SPDX-License-Identifier: GPL-3.0-or-later
// The error parser reads whatever a failing service sends: ARM/Key Vault {"error":{...}},
// OAuth {"error":"..."}, Blob XML <Error>, or garbage. Everything it builds must be safe
// to show and copy.
#include "FuzzHttp.h"
#include "net/AzureError.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RestResponse response = responseFromBytes(data, size);
    if (response.status < 400 || response.status > 599) {
        response.status = 400 + (response.status & 0xff) % 200; // always an error answer
    }
    const AzureError e = AzureError::fromHttpResponse(response);
    (void)e.userMessage();
    (void)e.toDetailsText();
    for (const AzureError::Detail &d : e.details()) {
        (void)d.message.size();
    }
    // The same body as the "error" of a failed operation status.
    const AzureError op = AzureError::fromErrorObject(
        response.object().value(QLatin1String("error")), AzureError::Category::OperationFailed);
    (void)op.toDetailsText();
    (void)AzureError::badResponse(QStringLiteral("fuzz"), response).userMessage();
    return 0;
}
