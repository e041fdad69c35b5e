// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Secrets (refresh tokens, client secrets) in the operating system's keychain through
// QtKeychain, and nowhere else. Entries are scoped per account ("<account>/<key>"), and
// each account keeps an index entry listing its keys, so signing out removes all of them.
// Secrets longer than the chunk size are split over several entries, because the Windows
// Credential Manager refuses blobs over 2560 bytes.
//
// When no keychain is reachable (no Secret Service, locked and the user cancelled) every
// call reports an error; the caller keeps the secret in memory for the session and tells
// the user that the sign-in cannot be remembered. There is no plaintext fallback.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;    // reading a key that was never written
        bool unavailable = false; // no keychain backend, or access denied
        QString error;            // human-readable, never contains the secret
    };
    using Done = std::function<void(const Result &)>;
    using ReadDone = std::function<void(const Result &, const QString &secret)>;
    using ListDone = std::function<void(const Result &, const QStringList &keys)>;

    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    // Windows' limit is 2560 bytes of UTF-16; 1200 characters stay safely below it.
    static constexpr int defaultChunkSize = 1200;
    void setChunkSize(int characters)
    {
        m_chunkSize = characters > 0 ? characters : defaultChunkSize;
    }

    void write(const QString &account, const QString &key, const QString &secret, Done done);
    void read(const QString &account, const QString &key, ReadDone done);
    void remove(const QString &account, const QString &key, Done done);
    // Every key this store wrote for `account`, from its index.
    void keys(const QString &account, ListDone done);
    // Removes every key of `account` and its index (sign-out).
    void removeAll(const QString &account, Done done);

private:
    void writeRaw(const QString &name, const QString &value, Done done);
    void readRaw(const QString &name, ReadDone done);
    void deleteRaw(const QString &name, Done done);
    void writeChunks(const QString &name, const QStringList &chunks, int index, Done done);
    void readChunks(const QString &name, int count, int index, QString collected, ReadDone done);
    void removeChunks(const QString &name, int count, int index, Done done);
    void removeKeys(const QString &account, QStringList keys, Done done);
    void updateIndex(const QString &account, const QString &key, bool add, Done done);
    static QString entryName(const QString &account, const QString &key);

    QString m_service;
    int m_chunkSize = defaultChunkSize;
};
