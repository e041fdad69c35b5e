// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {
constexpr int formatVersion = 1;
const QStringList stateNames{QStringLiteral("planned"), QStringLiteral("sent"),
                             QStringLiteral("accepted"), QStringLiteral("failed")};
} // namespace

QString BulkJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

BulkJournal::BulkJournal(const QString &directory, const QString &kind, const QString &vaultId,
                         const QList<Item> &items, const QString &extra)
    : m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_kind(kind)
    , m_vaultId(vaultId)
    , m_extra(extra)
    , m_created(QDateTime::currentDateTimeUtc())
    , m_items(items)
{
    m_path = QDir(directory).filePath(m_runId + QStringLiteral(".json"));
}

QString BulkJournal::stateName(ItemState state)
{
    return stateNames.value(int(state));
}

int BulkJournal::count(ItemState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const Item &i) { return i.state == state; }));
}

bool BulkJournal::create(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error) {
            *error = tr("Cannot create the folder %1.").arg(QFileInfo(m_path).absolutePath());
        }
        return false;
    }
    return write(error);
}

bool BulkJournal::setState(const QString &itemId, ItemState state, const QString &errorCode,
                           QString *error)
{
    for (Item &item : m_items) {
        if (item.id.compare(itemId, Qt::CaseInsensitive) == 0) {
            item.state = state;
            item.errorCode = errorCode;
            return m_path.isEmpty() || write(error);
        }
    }
    return false;
}

bool BulkJournal::setAccepted(const QString &itemId, const QString &jobId, QString *error)
{
    for (Item &item : m_items) {
        if (item.id.compare(itemId, Qt::CaseInsensitive) == 0) {
            item.state = ItemState::Accepted;
            item.errorCode.clear();
            item.jobId = jobId;
            return m_path.isEmpty() || write(error);
        }
    }
    return false;
}

bool BulkJournal::close()
{
    return m_path.isEmpty() || !QFile::exists(m_path) || QFile::remove(m_path);
}

bool BulkJournal::write(QString *error)
{
    QJsonArray items;
    for (const Item &i : std::as_const(m_items)) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("state"), stateName(i.state)}};
        if (!i.errorCode.isEmpty()) {
            o.insert(QStringLiteral("errorCode"), i.errorCode);
        }
        if (!i.jobId.isEmpty()) {
            o.insert(QStringLiteral("jobId"), i.jobId);
        }
        items.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("runId"), m_runId},
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("vaultId"), m_vaultId},
        {QStringLiteral("extra"), m_extra},
        {QStringLiteral("created"), m_created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("items"), items}};
    // QSaveFile writes a temporary file, syncs it to disk on commit, then renames it over
    // the old one: a kill at any moment leaves a complete journal.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error) {
            *error = tr("Cannot write the run journal %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    return true;
}

std::optional<BulkJournal> BulkJournal::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = tr("unknown format version");
        return std::nullopt;
    }
    BulkJournal j;
    j.m_path = path;
    j.m_runId = root.value(QStringLiteral("runId")).toString();
    j.m_kind = root.value(QStringLiteral("kind")).toString();
    j.m_vaultId = root.value(QStringLiteral("vaultId")).toString();
    j.m_extra = root.value(QStringLiteral("extra")).toString();
    // Optional: journals of earlier versions have none (and stay readable).
    j.m_created =
        QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (j.m_runId.isEmpty() || j.m_kind.isEmpty() || j.m_vaultId.isEmpty() ||
        !root.value(QStringLiteral("items")).isArray()) {
        *error = tr("run id, kind, vault or items missing");
        return std::nullopt;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        Item item;
        item.id = o.value(QStringLiteral("id")).toString();
        item.name = o.value(QStringLiteral("name")).toString();
        const int state = int(stateNames.indexOf(o.value(QStringLiteral("state")).toString()));
        item.errorCode = o.value(QStringLiteral("errorCode")).toString();
        item.jobId = o.value(QStringLiteral("jobId")).toString();
        if (item.id.isEmpty() || state < 0) {
            *error = tr("an item without id or with an unknown state");
            return std::nullopt;
        }
        item.state = ItemState(state);
        j.m_items.append(item);
    }
    return j;
}

QList<BulkJournal> BulkJournal::loadUnfinished(const QString &directory, QStringList *problems)
{
    QList<BulkJournal> runs;
    const QDir dir(directory);
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed)) {
        QString error;
        if (auto journal = read(info.absoluteFilePath(), &error)) {
            runs.append(*journal);
            continue;
        }
        const QString aside = info.absoluteFilePath() + QStringLiteral(".corrupt");
        QFile::remove(aside);
        QFile::rename(info.absoluteFilePath(), aside);
        if (problems) {
            problems->append(tr("The record of an interrupted run (%1) could not be read (%2). "
                                "It was set aside as %3; check the vault's backup items and "
                                "jobs to see what that run did.")
                                 .arg(info.fileName(), error, QFileInfo(aside).fileName()));
        }
    }
    return runs;
}
