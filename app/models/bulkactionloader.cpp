#include "bulkactionloader.h"

#include "graphclient.h"

BulkActionLoader::BulkActionLoader(GraphClient *client, BulkActionModel *model, QObject *parent)
    : ModelLoader<BulkActionModel>(
          client, model, [](GraphClient *graph) { return graph->listBulkActions(); }, tr("bulk action"),
          parent)
{}
