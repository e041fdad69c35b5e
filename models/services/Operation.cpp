// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operation.h"

#include <QTimer>

Operation::Operation(QObject *parent)
    : QObject(parent)
{}

void Operation::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    // Run from the event loop, so a caller may connect after start() and an operation
    // that fails at once still reports asynchronously.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished) {
            run();
        }
    });
}

void Operation::abort()
{
    if (m_step) {
        m_step->abort();
    }
    if (m_started && !m_finished) {
        fail(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                        tr("The operation was canceled.")));
    }
}

void Operation::succeed()
{
    finish({});
}

void Operation::fail(const AzureError &error)
{
    finish(error);
}

void Operation::finish(const AzureError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, &Operation::finished);
}

void Operation::runStep(Operation *step, std::function<void()> next)
{
    runStep(step, std::move(next), [this](const AzureError &error) { fail(error); });
}

void Operation::runStep(Operation *step, std::function<void()> next,
                        std::function<void(const AzureError &)> failed)
{
    m_step = step;
    connect(step, &Operation::finished, this,
            [this, step, next = std::move(next), failed = std::move(failed)] {
                step->deleteLater();
                if (isFinished()) {
                    return; // aborted or failed meanwhile
                }
                if (!step->isOk()) {
                    failed(step->error());
                    return;
                }
                next();
            });
    step->start();
}
