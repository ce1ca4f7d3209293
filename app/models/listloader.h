#pragma once

#include "grapherror.h"
#include "graphlistjob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <optional>

class GraphClient;
class GraphListJob;

// Fills a list model from Graph page by page; reload, cancel, and what went wrong on the way. Subclasses
// say which list to ask for and how a page goes into their model.
class ListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ListLoader(GraphClient *client, QObject *parent = nullptr);

    bool isLoading() const { return m_job != nullptr; }
    // Items Graph sent that could not be shown, or were shown with fields left empty.
    const QStringList &problems() const { return m_problems; }
    const GraphError &lastError() const { return m_lastError; }
    // Whether a load has completed since the last reload (so "empty" means empty, not "not loaded yet").
    bool hasLoaded() const { return m_loaded; }

public Q_SLOTS:
    void reload();
    void cancel();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(qint64 loaded);
    void finished(qint64 count, qint64 elapsedMs);
    void failed(const GraphError &error);
    void cancelled();

protected:
    GraphClient *client() const { return m_client; }
    virtual GraphListJob *startJob() = 0;
    virtual void clearModel() = 0;
    virtual void addPage(const QJsonArray &items) = 0;
    virtual qint64 loadedCount() const = 0;

    // Parses the objects of a page with T::fromJson; what cannot be parsed is noted in problems().
    template <typename T> QVector<T> parse(const QJsonArray &items, const QString &what)
    {
        QVector<T> parsed;
        parsed.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (!item.isObject()) {
                m_problems.append(tr("An item of the %1 list is not an object; skipped.").arg(what));
                continue;
            }
            if (std::optional<T> value = T::fromJson(item.toObject(), &m_problems))
                parsed.append(std::move(*value));
        }
        return parsed;
    }

private:
    void onPage(const QJsonArray &items);

    GraphClient *m_client;
    QPointer<GraphListJob> m_job;
    QStringList m_problems;
    GraphError m_lastError;
    QElapsedTimer m_timer;
    bool m_loaded = false;
};
