#pragma once

#include "serviceplan.h"

#include <QVector>

// The service plans of the demo tenant (Graph's beta `servicePlans`): Enterprise and Business plans of
// several sizes, dedicated, and two Frontline (shared) ones. Plan ids are the same in every demo tenant, as
// Graph's are the same in every tenant; the demo Cloud PCs are on some of them.
namespace DemoServicePlans {
const QVector<ServicePlan> &all();
// The plan with this id; nullptr when there is none.
const ServicePlan *find(const QString &id);
} // namespace DemoServicePlans
