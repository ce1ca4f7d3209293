// A page of GET /beta/deviceManagement/virtualEndpoint/bulkActions into BulkAction and BulkActionModel.
#include "bulkaction.h"
#include "bulkactionmodel.h"
#include "fuzzgraphpage.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzGraphPage<BulkAction, BulkActionModel>(data, size, {}, [](const BulkAction &action) {
        // The summary bar divides by these: a count is never negative.
        const BulkActionSummary &s = action.actionSummary;
        FUZZ_CHECK(s.successfulCount >= 0 && s.failedCount >= 0 && s.inProgressCount >= 0 &&
                   s.pendingCount >= 0 && s.notSupportedCount >= 0);
    });
}
