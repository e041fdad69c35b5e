// SPDX-License-Identifier: GPL-3.0-or-later
// Errors of any step: sign-in, authorisation, throttling, and the app's own preflight
// findings that have no service code.
#include "ErrorCatalogue.h"

using Op = ErrorEntry::Operation;

void ErrorCatalogue::addGeneralEntries(QList<ErrorEntry> &entries)
{
    entries.append(
        {QStringLiteral("authorization-failed"),
         Op::General,
         {QStringLiteral("AuthorizationFailed"), QStringLiteral("LinkedAuthorizationFailed")},
         {},
         tr("Your account may not do this"),
         tr("Azure Resource Manager refused the request: your role on the resource, its resource "
            "group or subscription does not include the action."),
         {tr("The message names the action and the scope; ask an Owner or User Access "
             "Administrator to grant a role that includes it."),
          tr("Sign in again after the role was assigned, then retry.")},
         FixActions::signInAgain,
         tr("Sign in again")});

    entries.append({QStringLiteral("sign-in-expired"),
                    Op::SignIn,
                    {QStringLiteral("invalid_grant"), QStringLiteral("InvalidAuthenticationToken"),
                     QStringLiteral("ExpiredAuthenticationToken"),
                     QStringLiteral("interaction_required"), QStringLiteral("NotSignedIn")},
                    {QStringLiteral("AADSTS700082"), QStringLiteral("AADSTS50173")},
                    tr("Your sign-in has expired"),
                    tr("The saved sign-in is no longer accepted (expired, revoked, or a password "
                       "change)."),
                    {tr("Sign in again."), tr("Retry the operation.")},
                    FixActions::signInAgain,
                    tr("Sign in again")});

    entries.append(
        {QStringLiteral("service-principal-credentials"),
         Op::SignIn,
         {QStringLiteral("invalid_client"), QStringLiteral("unauthorized_client")},
         {QStringLiteral("AADSTS7000215"), QStringLiteral("AADSTS700016"),
          QStringLiteral("AADSTS7000222")},
         tr("The service principal's credentials were refused"),
         tr("Microsoft Entra ID does not know this client id in the tenant, or the client secret "
            "is wrong or has expired."),
         {tr("Check the tenant: the app registration must exist in (or be consented to) the "
             "tenant you sign in to."),
          tr("Use the secret's value, not its id; the value is shown only once when the secret "
             "is created in the app registration's Certificates & secrets page."),
          tr("If the secret expired, create a new one and sign in with it.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("tenant-not-found"),
         Op::SignIn,
         {},
         {QStringLiteral("AADSTS90002"), QStringLiteral("AADSTS50059")},
         tr("The tenant was not found"),
         tr("The tenant id or domain does not exist in the chosen cloud."),
         {tr("Check the tenant id (a GUID) or its domain, such as contoso.onmicrosoft.com."),
          tr("Check the cloud: a tenant of Azure US Government or Azure operated by 21Vianet is "
             "not found in the public cloud.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("throttled"),
         Op::General,
         {QStringLiteral("SubscriptionRequestsThrottled"),
          QStringLiteral("ResourceRequestsThrottled"), QStringLiteral("TooManyRequests")},
         {QStringLiteral("excessive volume of traffic")},
         tr("Azure is limiting the request rate"),
         tr("Too many requests were sent in a short time; Azure asks to wait before "
            "sending more. The app already retried after the delay Azure asked for."),
         {tr("Wait a minute and retry."),
          tr("Work on fewer VMs at once, or close other tools using the same "
             "subscription.")},
         {},
         {}});

    // Found by the preflight check only; no service code.
    entries.append({QStringLiteral("vault-region-mismatch"),
                    Op::EnableBackup,
                    {},
                    {},
                    tr("The VM is in another region than the vault"),
                    tr("A Recovery Services vault protects only VMs of its own region."),
                    {tr("Choose (or create) a vault in the VM's region.")},
                    {},
                    {}});

    entries.append({QStringLiteral("keyvault-check-not-permitted"),
                    Op::EnableBackup,
                    {},
                    {},
                    tr("The key vault could not be checked"),
                    tr("Your account may not read this key vault's keys or secrets, so the app "
                       "cannot confirm that the VM's key and secret exist. Backup itself does not "
                       "need your access; it needs the Backup service's."),
                    {tr("Ask the key vault's owner to confirm the key and secret exist and are "
                        "enabled, or to give you read access to their metadata.")},
                    {},
                    {}});
}
