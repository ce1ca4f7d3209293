#include "onpremisesconnectionloader.h"

#include "graphclient.h"
#include "graphrequests.h"

OnPremisesConnectionLoader::OnPremisesConnectionLoader(GraphClient *client, OnPremisesConnectionModel *model,
                                                       QObject *parent)
    : ModelLoader<OnPremisesConnectionModel>(
          client, model,
          [](GraphClient *graph) { return graph->list(GraphRequests::listOnPremisesConnections()); },
          tr("network connection"), parent)
{}
