// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/AzureError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// One user-level Azure operation ("list the vaults", "enable backup of vm-x"): start() once,
// abort() at any time, exactly one finished(), then isOk() / error(). Unlike RestCall it is
// owned by its creator (QObject parent) and never deletes itself, so controllers can keep it
// for the result. finished() is always emitted from the event loop, never inside start().
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(QObject *parent = nullptr);

    void start();
    // Also aborts the step in progress (see runStep).
    virtual void abort();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const AzureError &error() const { return m_error; }

Q_SIGNALS:
    // 0..100, or -1 when unknown; `status` is a short human-readable state.
    void progress(int percent, const QString &status);
    void finished();

protected:
    virtual void run() = 0;
    // Ends the operation; later calls are ignored (an abort racing a reply).
    void succeed();
    void fail(const AzureError &error);
    // Runs `step` as the current part of this operation: abort() aborts it too; when it
    // fails, this operation fails with its error; when it succeeds, `next` runs. The step is
    // started here and deleted once it finished.
    void runStep(Operation *step, std::function<void()> next);
    // The same, but a failed step calls `failed` instead of failing this operation (for a
    // step whose failure the operation can still make sense of).
    void runStep(Operation *step, std::function<void()> next,
                 std::function<void(const AzureError &)> failed);

private:
    void finish(const AzureError &error);

    bool m_started = false;
    bool m_finished = false;
    AzureError m_error;
    QPointer<Operation> m_step;
};
