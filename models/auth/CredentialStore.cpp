// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "evb.auth.keychain", QtInfoMsg)

namespace {
const QString kIndexKey = QStringLiteral("__index");
// A chunked secret's head entry: the marker, then the number of chunks.
const QString kChunkMarker = QStringLiteral("evb-chunks:");

CredentialStore::Result resultOf(const QKeychain::Job *job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = CredentialStore::tr("The keychain has no such entry.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.unavailable = true;
        r.error = CredentialStore::tr("No keychain is available on this system (%1).")
                      .arg(job->errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.unavailable = true;
        r.error =
            CredentialStore::tr("Access to the keychain was denied (%1).").arg(job->errorString());
        break;
    default:
        r.error = CredentialStore::tr("The keychain reported an error: %1").arg(job->errorString());
        // Secret Service problems (no D-Bus session, locked collection) arrive as OtherError.
        r.unavailable = true;
        break;
    }
    return r;
}
} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString CredentialStore::entryName(const QString &account, const QString &key)
{
    return account + QLatin1Char('/') + key;
}

// Keychain jobs have no parent: the Secret Service backend keeps a raw pointer to its job until
// the D-Bus answer arrives, so a job deleted with the store would be used after free. A job
// that outlives the store finishes, deletes itself, and its answer reaches nobody (the
// connections below use the store as context).
void CredentialStore::writeRaw(const QString &name, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void CredentialStore::readRaw(const QString &name, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(resultOf(j), read->textData());
    });
    job->start();
}

void CredentialStore::deleteRaw(const QString &name, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.notFound) { // deleting what is not there is fine
            r = Result{true, false, false, {}};
        }
        done(r);
    });
    job->start();
}

void CredentialStore::write(const QString &account, const QString &key, const QString &secret,
                            Done done)
{
    const QString name = entryName(account, key);
    auto afterWrite = [this, account, key, done](const Result &r) {
        if (!r.ok) {
            done(r);
            return;
        }
        updateIndex(account, key, true, done);
    };
    if (secret.size() <= m_chunkSize) {
        writeRaw(name, secret, afterWrite);
        return;
    }
    QStringList chunks;
    for (qsizetype i = 0; i < secret.size(); i += m_chunkSize) {
        chunks << secret.mid(i, m_chunkSize);
    }
    writeChunks(name, chunks, 0, [this, name, count = chunks.size(), afterWrite](const Result &r) {
        if (!r.ok) {
            afterWrite(r);
            return;
        }
        // The head entry is written last, so a reader never sees a half-written secret.
        writeRaw(name, kChunkMarker + QString::number(count), afterWrite);
    });
}

void CredentialStore::writeChunks(const QString &name, const QStringList &chunks, int index,
                                  Done done)
{
    if (index >= chunks.size()) {
        done(Result{true, false, false, {}});
        return;
    }
    writeRaw(name + QLatin1Char('.') + QString::number(index), chunks.at(index),
             [this, name, chunks, index, done](const Result &r) {
                 if (!r.ok) {
                     done(r);
                     return;
                 }
                 writeChunks(name, chunks, index + 1, done);
             });
}

void CredentialStore::read(const QString &account, const QString &key, ReadDone done)
{
    const QString name = entryName(account, key);
    readRaw(name, [this, name, done](const Result &r, const QString &value) {
        if (!r.ok || !value.startsWith(kChunkMarker)) {
            done(r, value);
            return;
        }
        bool ok = false;
        const int count = value.mid(kChunkMarker.size()).toInt(&ok);
        if (!ok || count <= 0 || count > 1000) {
            done(Result{false, false, false, tr("A keychain entry is damaged; sign in again.")},
                 {});
            return;
        }
        readChunks(name, count, 0, {}, done);
    });
}

void CredentialStore::readChunks(const QString &name, int count, int index, QString collected,
                                 ReadDone done)
{
    if (index >= count) {
        done(Result{true, false, false, {}}, collected);
        return;
    }
    readRaw(name + QLatin1Char('.') + QString::number(index),
            [this, name, count, index, collected, done](const Result &r, const QString &part) {
                if (!r.ok) {
                    done(r.notFound ? Result{false, false, false,
                                             tr("A keychain entry is incomplete; sign in again.")}
                                    : r,
                         {});
                    return;
                }
                readChunks(name, count, index + 1, collected + part, done);
            });
}

void CredentialStore::remove(const QString &account, const QString &key, Done done)
{
    const QString name = entryName(account, key);
    readRaw(name, [this, account, key, name, done](const Result &r, const QString &value) {
        if (!r.ok && !r.notFound) {
            done(r);
            return;
        }
        int chunks = 0;
        if (value.startsWith(kChunkMarker)) {
            chunks = qBound(0, value.mid(kChunkMarker.size()).toInt(), 1000);
        }
        // The head goes first, so a half-finished removal never looks like a valid secret.
        deleteRaw(name, [this, account, key, name, chunks, done](const Result &rr) {
            if (!rr.ok) {
                done(rr);
                return;
            }
            removeChunks(name, chunks, 0, [this, account, key, done](const Result &rc) {
                if (!rc.ok) {
                    done(rc);
                    return;
                }
                updateIndex(account, key, false, done);
            });
        });
    });
}

void CredentialStore::removeChunks(const QString &name, int count, int index, Done done)
{
    if (index >= count) {
        done(Result{true, false, false, {}});
        return;
    }
    deleteRaw(name + QLatin1Char('.') + QString::number(index),
              [this, name, count, index, done](const Result &r) {
                  if (!r.ok) {
                      done(r);
                      return;
                  }
                  removeChunks(name, count, index + 1, done);
              });
}

void CredentialStore::keys(const QString &account, ListDone done)
{
    readRaw(entryName(account, kIndexKey), [done](const Result &r, const QString &value) {
        if (r.notFound) {
            done(Result{true, false, false, {}}, {});
            return;
        }
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(value.toUtf8()).array()) {
            keys << v.toString();
        }
        done(r, keys);
    });
}

void CredentialStore::updateIndex(const QString &account, const QString &key, bool add, Done done)
{
    keys(account, [this, account, key, add, done](const Result &r, QStringList keys) {
        if (!r.ok) {
            done(r);
            return;
        }
        const bool present = keys.contains(key);
        if (add == present) {
            done(r);
            return;
        }
        if (add) {
            keys << key;
        } else {
            keys.removeAll(key);
        }
        if (keys.isEmpty()) {
            deleteRaw(entryName(account, kIndexKey), done);
            return;
        }
        writeRaw(
            entryName(account, kIndexKey),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact)),
            done);
    });
}

void CredentialStore::removeAll(const QString &account, Done done)
{
    keys(account, [this, account, done](const Result &r, const QStringList &keys) {
        if (!r.ok) {
            done(r);
            return;
        }
        removeKeys(account, keys, done);
    });
}

void CredentialStore::removeKeys(const QString &account, QStringList keys, Done done)
{
    if (keys.isEmpty()) {
        done(Result{true, false, false, {}});
        return;
    }
    const QString key = keys.takeFirst();
    remove(account, key, [this, account, keys, done](const Result &r) {
        if (!r.ok) {
            done(r);
            return;
        }
        removeKeys(account, keys, done);
    });
}
