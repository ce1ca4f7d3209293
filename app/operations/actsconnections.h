#pragma once

#include "actcatalog.h"

// The acts on Azure network connections: run health checks.
void appendConnectionActs(QList<ActDefinition> &acts);
