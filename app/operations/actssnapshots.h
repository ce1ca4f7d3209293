#pragma once

#include "actcatalog.h"

// The acts of restore points: restore (one Cloud PC to one of its snapshots) and create snapshot.
void appendSnapshotActs(QList<ActDefinition> &acts);
