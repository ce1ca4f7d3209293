#pragma once

#include "actcatalog.h"

#include <QList>

// The acts on Frontline power and review: power on, power off, place under review / end review, retry
// partner agents (beta). Appended to the catalog by makeCatalog().
void appendPowerActs(QList<ActDefinition> &acts);
