#pragma once

#include "modelloader.h"
#include "onpremisesconnectionmodel.h"

// Fills an OnPremisesConnectionModel with the tenant's Azure network connections (v1.0, with their health
// check details).
class OnPremisesConnectionLoader : public ModelLoader<OnPremisesConnectionModel>
{
    Q_OBJECT
public:
    OnPremisesConnectionLoader(GraphClient *client, OnPremisesConnectionModel *model,
                               QObject *parent = nullptr);
};
