// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A small on-disk record of one bulk run (enable backup, grants, backup now), so a run cut
// short by a crash or a kill can be reconciled with the service at the next start. One JSON
// file per run, rewritten atomically (QSaveFile: a temporary file, flushed to disk, then
// renamed) on every state change, so a kill leaves either the old or the new state, never
// half of one. Holds ids, states and error codes only: never a token or a secret.
class BulkJournal
{
    Q_DECLARE_TR_FUNCTIONS(BulkJournal)

public:
    enum class ItemState
    {
        Planned,  // not sent yet
        Sent,     // the request left; the service may or may not have acted
        Accepted, // the service confirmed it
        Failed    // the service refused it or it failed (errorCode)
    };
    struct Item
    {
        QString id;   // the VM's (or item's) ARM id
        QString name; // for people reading the run
        ItemState state = ItemState::Planned;
        QString errorCode;
        QString jobId; // the service's job for this item, once known (backup now)
    };

    // Where journals live by default: a folder of the app data directory.
    static QString defaultDirectory();

    // A new run of `kind` ("enable-backup", ...) on `vaultId`; nothing is written until
    // create() is called.
    BulkJournal(const QString &directory, const QString &kind, const QString &vaultId,
                const QList<Item> &items, const QString &extra = {});
    BulkJournal() = default;

    bool create(QString *error = nullptr);
    bool setState(const QString &itemId, ItemState state, const QString &errorCode = {},
                  QString *error = nullptr);
    // Accepted with the job the service named for it, in one write.
    bool setAccepted(const QString &itemId, const QString &jobId, QString *error = nullptr);
    // The run ended with every item accepted or failed and shown to the user: nothing is
    // left to recover, the file goes.
    bool close();

    QString runId() const { return m_runId; }
    QString kind() const { return m_kind; }
    QString vaultId() const { return m_vaultId; }
    QString extra() const { return m_extra; } // e.g. the policy id of an enable run
    QString filePath() const { return m_path; }
    // When the run began (UTC); invalid for journals written before this was recorded.
    QDateTime created() const { return m_created; }
    const QList<Item> &items() const { return m_items; }
    int count(ItemState state) const;

    static QString stateName(ItemState state);

    // Runs left unfinished in `directory`. A file that cannot be read is renamed to
    // "*.corrupt" (kept for a person to look at, never read again) and described in
    // `problems`, so one bad file neither crashes the start nor hides the other runs.
    static QList<BulkJournal> loadUnfinished(const QString &directory, QStringList *problems);

private:
    bool write(QString *error);
    static std::optional<BulkJournal> read(const QString &path, QString *error);

    QString m_path;
    QString m_runId;
    QString m_kind;
    QString m_vaultId;
    QString m_extra;
    QDateTime m_created;
    QList<Item> m_items;
};
