#pragma once

#include "cloudpcmodel.h"
#include "graphrequest.h"
#include "modelloader.h"

// Fills a CloudPcModel from Graph page by page.
class CloudPcLoader : public ModelLoader<CloudPcModel>
{
    Q_OBJECT
public:
    CloudPcLoader(GraphClient *client, CloudPcModel *model, QObject *parent = nullptr);

    void setApiVersion(ApiVersion version) { m_version = version; }

private:
    ApiVersion m_version = ApiVersion::Beta;
};
