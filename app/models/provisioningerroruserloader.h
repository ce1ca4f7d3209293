#pragma once

#include "modelloader.h"
#include "provisioningerrorusermodel.h"

// Fills a ProvisioningErrorUserModel with the users that have unresolved provisioning errors.
class ProvisioningErrorUserLoader : public ModelLoader<ProvisioningErrorUserModel>
{
    Q_OBJECT
public:
    ProvisioningErrorUserLoader(GraphClient *client, ProvisioningErrorUserModel *model,
                                QObject *parent = nullptr);
};
