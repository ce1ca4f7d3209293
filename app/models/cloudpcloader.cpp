#include "cloudpcloader.h"

#include "graphclient.h"

CloudPcLoader::CloudPcLoader(GraphClient *client, CloudPcModel *model, QObject *parent)
    : ModelLoader<CloudPcModel>(
          client, model, [this](GraphClient *graph) { return graph->listCloudPcs(m_version); },
          tr("Cloud PC"), parent)
{}
