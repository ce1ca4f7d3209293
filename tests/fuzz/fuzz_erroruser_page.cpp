// A page of GET /users?$filter=serviceProvisioningErrors/any(…)&$select=… into ProvisioningErrorUser and
// ProvisioningErrorUserModel.
#include "fuzzgraphpage.h"
#include "provisioningerroruser.h"
#include "provisioningerrorusermodel.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzGraphPage<ProvisioningErrorUser, ProvisioningErrorUserModel>(
        data, size, {}, [](const ProvisioningErrorUser &user) {
            const std::optional<ServiceProvisioningError> latest = user.latestUnresolvedError();
            FUZZ_CHECK(latest.has_value() == !user.unresolvedErrors().isEmpty());
        });
}
