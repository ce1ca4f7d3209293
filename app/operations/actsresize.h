#pragma once

#include "actcatalog.h"

// The resize act (a Cloud PC to another service plan of its type): its catalog entry.
void appendResizeActs(QList<ActDefinition> &acts);
// Whether an act of the catalog can resize this Cloud PC now (it must be provisioned): empty when it can,
// otherwise why not (translated).
QString resizeNotApplicable(const CloudPc &pc);
