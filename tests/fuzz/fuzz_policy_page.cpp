// A page of GET /deviceManagement/virtualEndpoint/provisioningPolicies(?$expand=assignments) into
// ProvisioningPolicy and ProvisioningPolicyModel.
#include "fuzzgraphpage.h"
#include "provisioningpolicy.h"
#include "provisioningpolicymodel.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // toJson writes the policy as the list (without $expand) sends it: no assignments.
    return fuzzGraphPage<ProvisioningPolicy, ProvisioningPolicyModel>(
        data, size, [](ProvisioningPolicy &policy) { policy.assignedGroupIds.clear(); });
}
