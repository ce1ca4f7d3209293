#pragma once

#include "actcatalog.h"

// Sets how each act of the catalog is followed to its end (ActDefinition::follow, remoteActionName,
// changesStatus, followTimeLimitSeconds): one line per act, in actfollowing.cpp.
void applyFollowing(QList<ActDefinition> &acts);
