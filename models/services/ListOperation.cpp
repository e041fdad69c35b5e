// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListOperation.h"

#include "net/ArmClient.h"
#include "net/Pager.h"

ListOperationBase::ListOperationBase(ArmClient *arm, const QStringList &paths, QObject *parent)
    : Operation(parent)
    , m_arm(arm)
    , m_paths(paths)
{}

void ListOperationBase::run()
{
    if (!m_arm || m_paths.isEmpty()) {
        succeed();
        return;
    }
    m_pending = int(m_paths.size());
    for (const QString &path : m_paths) {
        Pager *pager = m_arm->list(path);
        m_pagers.append(pager);
        connect(pager, &Pager::pageReceived, this, [this](const QJsonArray &page) {
            ++m_pages;
            const int added = addPage(page);
            if (added > 0) {
                Q_EMIT itemsAdded(itemCount() - added, added);
            }
        });
        connect(pager, &Pager::finished, this, [this, pager] { onPageFinished(pager); });
        pager->start();
    }
}

void ListOperationBase::onPageFinished(Pager *pager)
{
    if (!pager->isOk()) {
        m_errors.append(pager->error());
    }
    if (--m_pending > 0 || isFinished()) {
        return;
    }
    if (!m_errors.isEmpty() && m_errors.size() == m_paths.size()) {
        fail(m_errors.first());
    } else {
        succeed();
    }
}

void ListOperationBase::abort()
{
    for (const auto &pager : std::as_const(m_pagers)) {
        if (pager) {
            pager->abort();
        }
    }
    Operation::abort();
}
