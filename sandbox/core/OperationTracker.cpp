// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationTracker.h"

#include <QUuid>

QString OperationTracker::start(const QString &name, double nominalSeconds,
                                std::function<Outcome()> complete)
{
    Operation op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.name = name;
    op.startTime = m_clock.now();
    op.endTime = m_clock.after(nominalSeconds);
    op.complete = std::move(complete);
    const QString id = op.id;
    m_operations.insert(id, std::move(op));
    return id;
}

void OperationTracker::finish(Operation &op)
{
    if (op.done) {
        return;
    }
    op.done = true;
    op.endTime = std::max(op.endTime, op.startTime);
    if (op.complete) {
        op.outcome = op.complete();
        op.complete = nullptr;
    }
}

void OperationTracker::settle()
{
    const QDateTime now = m_clock.now();
    for (Operation &op : m_operations) {
        if (!op.done && op.endTime <= now) {
            finish(op);
        }
    }
}

const OperationTracker::Operation *OperationTracker::find(const QString &id)
{
    auto it = m_operations.find(id.toLower());
    if (it == m_operations.end()) {
        // Ids are GUIDs; clients may change their case.
        for (auto i = m_operations.begin(); i != m_operations.end(); ++i) {
            if (i.key().compare(id, Qt::CaseInsensitive) == 0) {
                it = i;
                break;
            }
        }
    }
    if (it == m_operations.end()) {
        return nullptr;
    }
    if (!it->done && it->endTime <= m_clock.now()) {
        finish(*it);
    }
    return &*it;
}

bool OperationTracker::cancel(const QString &id, const QJsonObject &error)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end() || it->done) {
        return false;
    }
    it->done = true;
    it->complete = nullptr;
    it->endTime = m_clock.now();
    it->outcome.status = QStringLiteral("Canceled");
    it->outcome.error = error;
    return true;
}

SandboxResponse OperationTracker::statusResponse(const QString &id)
{
    const Operation *op = find(id);
    if (!op) {
        return SandboxResponse::armError(
            404, QStringLiteral("OperationNotFound"),
            QStringLiteral("The operation '%1' was not found.").arg(id));
    }
    QJsonObject body{{QStringLiteral("id"), op->id},
                     {QStringLiteral("name"), op->id},
                     {QStringLiteral("startTime"), op->startTime.toString(Qt::ISODateWithMs)}};
    if (op->done) {
        body.insert(QStringLiteral("status"), op->outcome.status);
        body.insert(QStringLiteral("endTime"), op->endTime.toString(Qt::ISODateWithMs));
        if (!op->outcome.error.isEmpty()) {
            body.insert(QStringLiteral("error"), op->outcome.error);
        }
        if (!op->outcome.properties.isEmpty()) {
            body.insert(QStringLiteral("properties"), op->outcome.properties);
        }
    } else {
        body.insert(QStringLiteral("status"), QStringLiteral("InProgress"));
        body.insert(QStringLiteral("percentComplete"),
                    int(m_clock.progress(op->startTime, op->endTime) * 100));
    }
    SandboxResponse r = SandboxResponse::json(body);
    if (!op->done) {
        r.setHeader("Retry-After", QByteArray::number((m_retryAfterMs + 999) / 1000));
        r.setHeader("retry-after-ms", QByteArray::number(m_retryAfterMs));
    }
    return r;
}

SandboxResponse OperationTracker::locationResponse(const QString &id)
{
    const Operation *op = find(id);
    if (!op) {
        return SandboxResponse::armError(
            404, QStringLiteral("OperationNotFound"),
            QStringLiteral("The operation '%1' was not found.").arg(id));
    }
    if (!op->done) {
        return SandboxResponse::accepted({}, {}, m_retryAfterMs);
    }
    if (op->outcome.status != QLatin1String("Succeeded")) {
        const QJsonObject e = op->outcome.error;
        return SandboxResponse::armError(400, e.value(QStringLiteral("code")).toString(),
                                         e.value(QStringLiteral("message")).toString());
    }
    return op->outcome.finalResponse;
}
