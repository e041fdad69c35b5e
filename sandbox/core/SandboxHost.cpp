// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHost.h"

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const Sandbox::Options &options, QString *error)
{
    m_thread.start();
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    bool ok = false;
    // The sandbox and its server must be created on the thread that will run them.
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            anchor->deleteLater();
            m_sandbox = new Sandbox(options);
            ok = m_sandbox->start(error);
            if (ok) {
                m_baseUrl = m_sandbox->baseUrl();
                m_endpoints = m_sandbox->cloudEndpoints();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
    }
    return ok;
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning()) {
        return;
    }
    if (m_sandbox) {
        Sandbox *sandbox = m_sandbox;
        m_sandbox = nullptr;
        QMetaObject::invokeMethod(
            sandbox, [sandbox] { delete sandbox; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    m_baseUrl.clear();
    m_endpoints = {};
}
