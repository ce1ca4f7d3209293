// The emulator's service plans and resize, as GRAPH-NOTES "More Cloud PC acts" describes them:
// GET beta VE/servicePlans (a paged collection; v1.0 has no such segment) and POST VE/cloudPCs/{id}/resize
// (v1.0 and beta) with {"targetServicePlanId": "…"}.
#include "demoserviceplans.h"
#include "graphemulator.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QString kServicePlans = QStringLiteral("/deviceManagement/virtualEndpoint/servicePlans");

// Statuses a Cloud PC can be resized from: it must be provisioned.
bool canResize(CloudPcStatus status)
{
    return status == CloudPcStatus::Provisioned || status == CloudPcStatus::ProvisionedWithWarnings;
}
} // namespace

std::optional<EmulatorResponse> GraphEmulator::routeResize(const Context &context)
{
    const QString &resource = context.resource;
    const bool beta = context.version == QLatin1String("beta");
    if (resource == kServicePlans) {
        if (context.request.method != "GET")
            return error(context, 405, QStringLiteral("BadRequest"),
                         QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                             .arg(QString::fromLatin1(context.request.method)));
        if (!beta) // v1.0 has no servicePlans: Graph answers as for any unknown segment
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment 'servicePlans'."));
        const QVector<ServicePlan> &plans = DemoServicePlans::all();
        return page(context, plans.size(),
                    [&](qint64 i) { return QJsonValue(applySelect(context, plans[i].toJson())); });
    }

    static const QRegularExpression resize(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/resize$"));
    const QRegularExpressionMatch match = resize.match(resource);
    if (!match.hasMatch() || context.request.method != "POST")
        return std::nullopt;
    auto badRequest = [&](const QString &message) {
        return error(context, 400, QStringLiteral("BadRequest"), message);
    };
    EmulatorResponse failure;
    const std::optional<QJsonObject> body = jsonBody(context, &failure);
    if (!body)
        return failure;
    const QString id = match.captured(1);
    const int index = m_tenant.indexOfCloudPc(id);
    if (index < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Cloud PC '%1' was not found.").arg(id));
    const QJsonValue target = body->value(QStringLiteral("targetServicePlanId"));
    if (!target.isString() || target.toString().trimmed().isEmpty())
        return badRequest(QStringLiteral("targetServicePlanId is required: the id of a service plan (GET "
                                         "/beta/deviceManagement/virtualEndpoint/servicePlans)."));
    const ServicePlan *plan = DemoServicePlans::find(target.toString());
    if (!plan)
        return badRequest(
            QStringLiteral("The service plan '%1' does not exist in this tenant.").arg(target.toString()));
    CloudPc &pc = m_tenant.cloudPcs()[index];
    if (!canResize(pc.status))
        return badRequest(QStringLiteral("The Cloud PC '%1' cannot be resized while its status is %2; only a "
                                         "provisioned Cloud PC can be resized.")
                              .arg(pc.id, pc.statusText));
    const ServicePlan *current = DemoServicePlans::find(pc.servicePlanId);
    if (current && current->id == plan->id)
        return badRequest(QStringLiteral("The Cloud PC '%1' is already on the service plan '%2'.")
                              .arg(pc.id, plan->displayName));
    if (current && !plan->isCompatibleWith(*current))
        return badRequest(
            QStringLiteral("The service plan '%1' (%2, %3) is not of the type of the Cloud PC's "
                           "current plan '%4' (%5, %6): a Cloud PC is resized within its type.")
                .arg(plan->displayName, plan->type, plan->provisioningType, current->displayName,
                     current->type, current->provisioningType));
    m_activity.resize(index, plan->id, plan->displayName);
    countAct(QStringLiteral("resize"), pc.id);
    return EmulatorResponse::noContent(204);
}
