#pragma once

#include "listloader.h"

#include <functional>

// A ListLoader for one KeyedTableModel: asks Graph for the list with `start`, parses each page into the
// model's item type and appends it.
template <typename Model> class ModelLoader : public ListLoader
{
public:
    using Start = std::function<GraphListJob *(GraphClient *)>;

    ModelLoader(GraphClient *client, Model *model, Start start, QString what, QObject *parent = nullptr)
        : ListLoader(client, parent)
        , m_model(model)
        , m_start(std::move(start))
        , m_what(std::move(what))
    {}

    Model *model() const { return m_model; }

protected:
    GraphListJob *startJob() override { return m_start(client()); }
    void clearModel() override { m_model->clear(); }
    void addPage(const QJsonArray &items) override
    {
        m_model->append(parse<typename Model::Item>(items, m_what));
    }
    qint64 loadedCount() const override { return m_model->rowCount(); }

private:
    Model *m_model;
    Start m_start;
    QString m_what;
};
