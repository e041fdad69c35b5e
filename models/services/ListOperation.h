// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <type_traits>

class ArmClient;
class Pager;

// Reads one or more ARM collections (one path per subscription or vault) concurrently and
// page by page. Items arrive as pages do (itemsAdded), so a view fills while the rest loads.
// A path that fails does not stop the others: its error is kept in errors(), and the
// operation fails only when every path failed.
class ListOperationBase : public Operation
{
    Q_OBJECT
public:
    ListOperationBase(ArmClient *arm, const QStringList &paths, QObject *parent = nullptr);
    void abort() override;

    int pageCount() const { return m_pages; }
    // One error per failed path (a subscription that refused us, a vault that is gone).
    QList<AzureError> errors() const { return m_errors; }

Q_SIGNALS:
    void itemsAdded(int first, int count);

protected:
    void run() override;
    // Parses one page into the derived class's list; returns how many items it added.
    virtual int addPage(const QJsonArray &items) = 0;
    virtual int itemCount() const = 0;

private:
    void onPageFinished(Pager *pager);

    QPointer<ArmClient> m_arm;
    QStringList m_paths;
    QList<QPointer<Pager>> m_pagers;
    QList<AzureError> m_errors;
    int m_pending = 0;
    int m_pages = 0;
};

// The typed list: T needs a static T::fromJson(const QJsonObject &), or pass a parser;
// ListOperation<QJsonObject> keeps the raw items. `keep` may drop items (for example
// protected items of other workloads).
template <typename T> class ListOperation : public ListOperationBase
{
public:
    using Parser = std::function<T(const QJsonObject &)>;
    using Filter = std::function<bool(const T &)>;

    static Parser defaultParser()
    {
        if constexpr (std::is_same_v<T, QJsonObject>) {
            return [](const QJsonObject &o) {
                return o;
            };
        } else {
            return &T::fromJson;
        }
    }

    ListOperation(ArmClient *arm, const QStringList &paths, QObject *parent = nullptr,
                  Parser parse = defaultParser(), Filter keep = {})
        : ListOperationBase(arm, paths, parent)
        , m_parse(std::move(parse))
        , m_keep(std::move(keep))
    {}

    const QList<T> &items() const { return m_items; }

protected:
    int addPage(const QJsonArray &page) override
    {
        const qsizetype before = m_items.size();
        for (const QJsonValue &v : page) {
            if (!v.isObject()) {
                continue; // tolerate junk entries rather than failing the whole list
            }
            T item = m_parse(v.toObject());
            if (!m_keep || m_keep(item)) {
                m_items.append(std::move(item));
            }
        }
        return int(m_items.size() - before);
    }
    int itemCount() const override { return int(m_items.size()); }

private:
    Parser m_parse;
    Filter m_keep;
    QList<T> m_items;
};
