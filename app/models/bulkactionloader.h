#pragma once

#include "bulkactionmodel.h"
#include "modelloader.h"

// Fills a BulkActionModel from Graph (beta) page by page.
class BulkActionLoader : public ModelLoader<BulkActionModel>
{
    Q_OBJECT
public:
    BulkActionLoader(GraphClient *client, BulkActionModel *model, QObject *parent = nullptr);
};
