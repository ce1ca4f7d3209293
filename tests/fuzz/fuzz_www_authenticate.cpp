// The WWW-Authenticate header of a Graph 401 into a Conditional Access claims challenge.
#include "claimschallenge.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString claims = ClaimsChallenge::claimsJson(fuzzBytes(data, size));
    // What goes on to the authorize request is a JSON object or nothing at all.
    if (!claims.isEmpty())
        FUZZ_CHECK(QJsonDocument::fromJson(claims.toUtf8()).isObject());
    return 0;
}
