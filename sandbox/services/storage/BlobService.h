// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QString>

struct SandboxRequest;
struct SandboxResponse;
class RouteMatch;

// The Blob data plane at /blob/{account}/{container}[/{blob}]: get (with ranges) and put
// block blobs, create containers. Authorization is BlobAuth's (SharedKey, SAS, bearer).
// Blobs live in the world's "blobs" section (BlobData).
class BlobService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

private:
    SandboxResponse getBlob(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse putBlob(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse putContainer(const SandboxRequest &request, const RouteMatch &m);
};
