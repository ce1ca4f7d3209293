// A page of GET /deviceManagement/virtualEndpoint/cloudPCs (v1.0 or beta) into CloudPc and CloudPcModel.
#include "cloudpc.h"
#include "cloudpcmodel.h"
#include "fuzzgraphpage.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzGraphPage<CloudPc, CloudPcModel>(data, size);
}
